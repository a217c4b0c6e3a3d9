import rule from "../../../rules/qemu/duplicate-key.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { OUTPUT_SPEC_QEMU_CONF } from "../../helpers/fixtures.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const GOLDEN = OUTPUT_SPEC_QEMU_CONF;

if (GOLDEN.length !== 754) throw new Error(`the golden fixture must be 754 bytes, not ${GOLDEN.length}`);

new RuleTester(qemuEngine).run(rule, {
  valid: [
    "",
    'user = "qemu"\ngroup = "qemu"\n',
    // Names are case-sensitive: these are two different (unknown and known) keys.
    "vnc_tls = 1\nVNC_TLS = 1\n",
    "# user = \"root\"\nuser = \"qemu\"\n",
  ],
  invalid: [
    {
      name: "golden finding of output-and-cli §2",
      code: GOLDEN,
      errors: [
        {
          messageId: "duplicate",
          message: '"max_processes" is already set on line 27; libvirt uses the first value ("0") and ignores this one ("4096").',
          severity: "warning",
          line: 30,
          column: 1,
          endLine: 30,
          endColumn: 14,
          fix: { range: [733, 754], text: "" },
        },
      ],
      output: GOLDEN.slice(0, 733),
    },
    {
      name: "the first value wins, whatever comes after",
      code: 'security_driver = "selinux"\nuser = "qemu"\nsecurity_driver = "none"\n',
      errors: [
        {
          messageId: "duplicate",
          message: '"security_driver" is already set on line 1; libvirt uses the first value ("selinux") and ignores this one ("none").',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 16,
          fix: { range: [42, 67], text: "" },
        },
      ],
      output: 'security_driver = "selinux"\nuser = "qemu"\n',
    },
    {
      name: "every later entry is reported against the first",
      code: "max_files = 1\nmax_files = 2\nmax_files = 3\n",
      errors: [
        { message: '"max_files" is already set on line 1; libvirt uses the first value ("1") and ignores this one ("2").', line: 2, fix: { range: [14, 28], text: "" } },
        { message: '"max_files" is already set on line 1; libvirt uses the first value ("1") and ignores this one ("3").', line: 3, fix: { range: [28, 42], text: "" } },
      ],
      output: "max_files = 1\n",
    },
    {
      name: "same value: quoting form, + and leading zeros do not matter",
      code: "user = 'qemu'\nuser = \"qemu\"\nmax_files = 010\nmax_files = +10\n",
      errors: [
        {
          messageId: "sameValue",
          message: '"user" is already set on line 1 to the same value; this line has no effect.',
          line: 2,
          column: 1,
          endColumn: 5,
          fix: { range: [14, 28], text: "" },
        },
        {
          messageId: "sameValue",
          message: '"max_files" is already set on line 3 to the same value; this line has no effect.',
          line: 4,
          fix: { range: [44, 60], text: "" },
        },
      ],
      output: "user = 'qemu'\nmax_files = 010\n",
    },
    {
      name: "same list, written differently",
      code: 'namespaces = [ "mount" ]\nnamespaces = ["mount",]\n',
      errors: [{ messageId: "sameValue", line: 2, fix: { range: [25, 49], text: "" } }],
      output: 'namespaces = [ "mount" ]\n',
    },
    {
      name: "-0 is not 0 for libvirt; numbers are shown as written",
      code: "vnc_tls = 0\nvnc_tls = -0\nvnc_sasl = +1\nvnc_sasl = 001\nvnc_sasl = 2\n",
      errors: [
        { messageId: "duplicate", message: '"vnc_tls" is already set on line 1; libvirt uses the first value ("0") and ignores this one ("-0").', line: 2 },
        { messageId: "sameValue", line: 4 },
        { messageId: "duplicate", message: '"vnc_sasl" is already set on line 3; libvirt uses the first value ("+1") and ignores this one ("2").', line: 5 },
      ],
    },
    {
      name: "a string and a number are different values; strings show their stored text",
      code: "user = \"0\"\nuser = 0\nuser = '\"root\"'\n",
      errors: [
        { messageId: "duplicate", message: '"user" is already set on line 1; libvirt uses the first value ("0") and ignores this one ("0").', line: 2 },
        {
          messageId: "duplicate",
          message: '"user" is already set on line 1; libvirt uses the first value ("0") and ignores this one ("\\"root\\"").',
          line: 3,
        },
      ],
    },
    {
      name: "a multi-line list is shown as written, escaped and cut at 40 code points; its lines are deleted",
      code: 'cgroup_device_acl = [ "/dev/null" ]\nuser = "qemu"\ncgroup_device_acl = [\n  "/dev/null", "/dev/full",\n  "/dev/zero"\n]\ngroup = "kvm"\n',
      errors: [
        {
          messageId: "duplicate",
          message:
            '"cgroup_device_acl" is already set on line 1; libvirt uses the first value ("[ \\"/dev/null\\" ]") and ignores this one ("[\\n\\x20\\x20\\"/dev/null\\", \\"/dev/full\\",\\n\\x20\\x20\\"/dev/ze…").',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 18,
          fix: { range: [50, 116], text: "" },
        },
      ],
      output: 'cgroup_device_acl = [ "/dev/null" ]\nuser = "qemu"\ngroup = "kvm"\n',
    },
    {
      name: "the message names the display line of the first entry (CRLF)",
      code: "# c\r\nmax_core = 0\r\n\r\nmax_core = \"unlimited\"\r\nmax_files = 1\r\n",
      errors: [
        {
          message: '"max_core" is already set on line 2; libvirt uses the first value ("0") and ignores this one ("unlimited").',
          line: 4,
          column: 1,
          endColumn: 9,
          fix: { range: [21, 45], text: "" },
        },
      ],
      output: "# c\r\nmax_core = 0\r\n\r\nmax_files = 1\r\n",
    },
    {
      name: "two statements on one line: only the statement and its ; are deleted",
      code: "vnc_tls = 1; vnc_tls = 0; vnc_sasl = 1\nvnc_sasl = 0 # off\n",
      errors: [
        { message: '"vnc_tls" is already set on line 1; libvirt uses the first value ("1") and ignores this one ("0").', line: 1, column: 14, endColumn: 21, fix: { range: [13, 26], text: "" } },
        { message: '"vnc_sasl" is already set on line 1; libvirt uses the first value ("1") and ignores this one ("0").', line: 2, column: 1, fix: { range: [39, 58], text: "" } },
      ],
      output: "vnc_tls = 1; vnc_sasl = 1\n",
    },
    {
      name: "a later entry ending a line of two statements takes the ; before it",
      code: "max_files = 1\nmax_queued = 5; max_files = 2\n",
      errors: [{ line: 2, column: 17, endColumn: 26, fix: { range: [28, 43], text: "" } }],
      output: "max_files = 1\nmax_queued = 5\n",
    },
    {
      name: "console passwords are hidden",
      code: 'vnc_password = "s3cret"\nvnc_password = "other"\nspice_password = "a"\nspice_password = "b"\nrdp_password = "a"\nrdp_password = "b"\n',
      errors: [
        { messageId: "duplicateHidden", message: '"vnc_password" is already set on line 1; libvirt uses the first value (hidden) and ignores this one (hidden).', line: 2 },
        { messageId: "duplicateHidden", message: '"spice_password" is already set on line 3; libvirt uses the first value (hidden) and ignores this one (hidden).', line: 4 },
        { messageId: "duplicateHidden", message: '"rdp_password" is already set on line 5; libvirt uses the first value (hidden) and ignores this one (hidden).', line: 6 },
      ],
    },
    {
      name: "unknown keys that look secret are hidden; known *_secret_uuid keys are not",
      code: 'my_token = "t1"\nmy_token = "t2"\nDB_PASSWD = 1\nDB_PASSWD = 2\napi_secret = [ "a" ]\napi_secret = [ "b" ]\nvnc_tls_x509_secret_uuid = "u1"\nvnc_tls_x509_secret_uuid = "u2"\n',
      errors: [
        { messageId: "duplicateHidden", message: /first value \(hidden\) and ignores this one \(hidden\)\.$/, line: 2 },
        { messageId: "duplicateHidden", line: 4 },
        { messageId: "duplicateHidden", line: 6 },
        {
          messageId: "duplicate",
          message: '"vnc_tls_x509_secret_uuid" is already set on line 7; libvirt uses the first value ("u1") and ignores this one ("u2").',
          line: 8,
        },
      ],
    },
    {
      name: "an equal secret says only that it is the same",
      code: 'vnc_password = "x"\nvnc_password = "x"\n',
      errors: [{ messageId: "sameValue", message: '"vnc_password" is already set on line 1 to the same value; this line has no effect.' }],
      output: 'vnc_password = "x"\n',
    },
    {
      name: "deleting the only other entry never leaves a file of blank lines",
      code: "\nmax_files = 1\n\nmax_files = 1\n",
      errors: [{ messageId: "sameValue", fix: { range: [16, 30], text: "" } }],
      output: "\nmax_files = 1\n\n",
    },
  ],
});
