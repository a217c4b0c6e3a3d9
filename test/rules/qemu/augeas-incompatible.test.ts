import rule from "../../../rules/qemu/augeas-incompatible.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const M = "augtool cannot edit this file: ";

new RuleTester(qemuEngine).run(rule, {
  valid: [
    "",
    {
      name: "what the lens reads: double-quoted strings, 0/1, digits, lists of strings over several lines",
      code: [
        "# a comment",
        "#",
        'vnc_listen = "0.0.0.0"',
        "vnc_tls = 1",
        "vnc_sasl=0",
        "  max_files = 32768",
        "max_processes = 000",
        'max_core = "unlimited"',
        "",
        '\tsecurity_driver = "selinux"',
        'hugetlbfs_mount = "/dev/hugepages"',
        'user = ""',
        "cgroup_device_acl = [",
        '    "/dev/null", "/dev/full",',
        "",
        '    "/dev/zero"  ,  "/dev/kvm"',
        "]",
        "namespaces = []",
        "cgroup_controllers = [ ]",
        "   ",
        "",
      ].join("\n"),
    },
    { name: "max_core as a number", code: "max_core = 99999999999\n" },
    { name: "the obsolete clear_emulator_capabilities is still in the lens", code: "clear_emulator_capabilities = 0\n" },
    { name: "the 11.6.0 keys are known", code: 'default_tls_priority = "NORMAL"\ndefault_cpu_deprecated_features = "off"\n' },
    { name: "duplicates are fine for the lens", code: "vnc_tls = 1\nvnc_tls = 0\n" },
    { name: "augtool adds a missing final newline", code: "vnc_tls = 1" },
    { name: "a comment line may end with CRLF: the lens keeps the CR in the comment", code: "# written on Windows\r\n#\r\nvnc_tls = 1\n" },
    { name: "a blank comment and a comment of blanks", code: "#\n#   \nvnc_tls = 1\n" },
  ],
  invalid: [
    {
      name: "the spec's example: a trailing comma, at the comma",
      code: 'cgroup_device_acl = [\n  "/dev/null",\n  "/dev/kvm",\n]\n',
      errors: [
        {
          messageId: "trailingComma",
          message: `${M}trailing comma in a list.`,
          severity: "warning",
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 14,
          data: { key: "cgroup_device_acl" },
        },
      ],
    },
    {
      name: "single- and triple-quoted strings, also as list elements and for max_core",
      code: "user = 'qemu'\ngroup = \"\"\"kvm\"\"\"\nnamespaces = [ \"mount\", 'x' ]\nmax_core = 'unlimited'\n",
      errors: [
        { messageId: "singleQuoted", message: `${M}single-quoted string; the lens accepts only double quotes.`, line: 1, column: 8, endColumn: 14 },
        { messageId: "tripleQuoted", message: `${M}triple-quoted string; the lens accepts only double quotes.`, line: 2, column: 9, endColumn: 18 },
        { messageId: "singleQuoted", line: 3, column: 25, endColumn: 28 },
        { messageId: "singleQuoted", line: 4, column: 12 },
      ],
    },
    {
      name: "signed numbers: -1 on an int key, +1 on a bool, -0, and a sign on max_core",
      code: "keepalive_interval = -1\nvnc_tls = +1\nvnc_sasl = -0\nmax_core = +0\n",
      errors: [
        { messageId: "signedNumber", message: `${M}signed number "-1"; the lens accepts only digits.`, line: 1, column: 22, endColumn: 24 },
        { messageId: "signedNumber", message: `${M}signed number "+1"; the lens accepts only digits.`, line: 2 },
        { messageId: "signedNumber", message: `${M}signed number "-0"; the lens accepts only digits.`, line: 3 },
        { messageId: "signedNumber", message: `${M}signed number "+0"; the lens accepts only digits.`, line: 4 },
      ],
    },
    {
      name: "bool spellings other than 0 and 1 (libvirt reads 01 as 1)",
      code: "vnc_tls = 01\nspice_tls = 000\n",
      errors: [
        { messageId: "boolSpelling", message: `${M}vnc_tls is written "01"; the lens accepts only 0 or 1.`, line: 1, column: 11, endColumn: 13 },
        { messageId: "boolSpelling", message: `${M}spice_tls is written "000"; the lens accepts only 0 or 1.`, line: 2 },
      ],
    },
    {
      name: "a value of another type than the key's lens entry",
      code: 'vnc_tls = "1"\nuser = 0\ncgroup_device_acl = "/dev/null"\nmax_core = "none"\nmax_files = [ "1" ]\nvnc_listen = [ "::" ]\n',
      errors: [
        { messageId: "wrongType", message: `${M}the lens expects 0 or 1 for vnc_tls.`, line: 1, column: 11, endColumn: 14 },
        { messageId: "wrongType", message: `${M}the lens expects a double-quoted string for user.`, line: 2 },
        { messageId: "wrongType", message: `${M}the lens expects a list of double-quoted strings for cgroup_device_acl.`, line: 3 },
        { messageId: "wrongType", message: `${M}the lens expects "unlimited" or a number without a sign for max_core.`, line: 4 },
        { messageId: "wrongType", message: `${M}the lens expects a number without a sign for max_files.`, line: 5, column: 13, endColumn: 20 },
        { messageId: "wrongType", message: `${M}the lens expects a double-quoted string for vnc_listen.`, line: 6 },
      ],
    },
    {
      name: "security_driver (and hugetlbfs_mount) written as a list, the documented form and [] included",
      code: 'security_driver = [ "selinux", "apparmor" ]\nhugetlbfs_mount = [ "/dev/hugepages2M" ]\n',
      errors: [
        {
          messageId: "listForString",
          message: `${M}security_driver written as a list; the lens accepts only a single string.`,
          line: 1,
          column: 19,
          endColumn: 44,
          data: { key: "security_driver" },
        },
        { messageId: "listForString", message: `${M}hugetlbfs_mount written as a list; the lens accepts only a single string.`, line: 2 },
      ],
    },
    {
      name: "the corpus case: security_driver = []",
      code: "security_driver = []\n",
      errors: [{ messageId: "listForString", line: 1, column: 19, endColumn: 21 }],
    },
    {
      name: "a non-string element of a list",
      code: 'cgroup_device_acl = [ "/dev/null", 1 ]\nnamespaces = [ [ "mount" ] ]\n',
      errors: [
        { messageId: "listElement", message: `${M}a number in a list; the lens accepts only double-quoted strings.`, line: 1, column: 36, endColumn: 37 },
        { messageId: "listElement", message: `${M}a list in a list; the lens accepts only double-quoted strings.`, line: 2, column: 16, endColumn: 27 },
      ],
    },
    {
      name: "a comment after a value, at the comment",
      code: "vnc_tls = 1 # on\nvnc_sasl = 0#off\n",
      errors: [
        {
          messageId: "commentAfterValue",
          message: `${M}comment after a value; the lens allows comments only on their own line.`,
          line: 1,
          column: 13,
          endColumn: 17,
          data: { key: "vnc_tls" },
        },
        { messageId: "commentAfterValue", line: 2, column: 13, endColumn: 17 },
      ],
    },
    {
      name: "; between statements, at the ; (the next statement is judged on its own)",
      code: "vnc_tls = 1; vnc_sasl = 0;\nspice_tls = 0 ;\n",
      errors: [
        { messageId: "semicolon", message: `${M}";" after a setting; the lens allows one setting per line.`, line: 1, column: 12, endColumn: 13, data: { key: "vnc_tls" } },
        { messageId: "semicolon", line: 1, column: 26, data: { key: "vnc_sasl" } },
        { messageId: "semicolon", line: 2, column: 15 },
      ],
    },
    {
      name: "unknown keys, at the name; case matters",
      code: 'VNC_TLS = 1\nunplug_timeout = 10\nspice_listen_address = "::"\n',
      errors: [
        { messageId: "unknownKey", message: `${M}unknown key VNC_TLS; the lens knows only libvirt's keys.`, line: 1, column: 1, endColumn: 8, data: { key: "VNC_TLS" } },
        { messageId: "unknownKey", message: `${M}unknown key unplug_timeout; the lens knows only libvirt's keys.`, line: 2 },
        { messageId: "unknownKey", line: 3 },
      ],
    },
    {
      name: "one finding per statement: its first offending construct in text order",
      code: "cgroup_device_acl = [ 'a', 1, ] # c\nmystery = 'x'; user = 'y' # z\nmax_files = -1 # c\n",
      errors: [
        { messageId: "singleQuoted", line: 1, column: 23 },
        { messageId: "unknownKey", line: 2, column: 1 },
        { messageId: "singleQuoted", line: 2, column: 23 },
        { messageId: "signedNumber", line: 3, column: 13 },
      ],
    },
    {
      name: "every statement counts, a later duplicate too",
      code: "user = 'a'\nuser = 'b'\n",
      errors: [
        { messageId: "singleQuoted", line: 1 },
        { messageId: "singleQuoted", line: 2 },
      ],
    },
    {
      name: "an indented comment",
      code: "vnc_tls = 1\n  # note\n\t#\nvnc_sasl = 1; # not indented: the ; is the fault\n",
      errors: [
        { messageId: "indentedComment", message: `${M}indented comment; the lens allows comments only at the start of a line.`, line: 2, column: 3, endColumn: 9 },
        { messageId: "indentedComment", line: 3, column: 2, endColumn: 3 },
        { messageId: "semicolon", line: 4, column: 13 },
      ],
    },
    {
      name: "CRLF line ends: once per file, at the first CR outside a comment line",
      code: "# saved on Windows\r\nvnc_tls = 1\r\nvnc_sasl = 0\r\n",
      errors: [{ messageId: "crlf", message: `${M}CRLF line ends; the lens accepts only LF.`, line: 2, column: 12, endLine: 2, endColumn: 13 }],
    },
    {
      name: "a CRLF blank line or list line fails too",
      code: "vnc_tls = 1\n\r\ncgroup_device_acl = [\r\n]\n",
      errors: [{ messageId: "crlf", line: 2, column: 1 }],
    },
    {
      name: "bare CR line ends",
      code: "vnc_tls = 1\rvnc_sasl = 0\r",
      errors: [{ messageId: "cr", message: `${M}CR line ends; the lens accepts only LF.`, line: 1, column: 12 }],
    },
    {
      name: "the line-end finding comes with the statement findings",
      code: "user = 'qemu'\r\nvnc_tls = 1\r\n",
      errors: [
        { messageId: "singleQuoted", line: 1, column: 8 },
        { messageId: "crlf", line: 1, column: 14 },
      ],
    },
  ],
});
