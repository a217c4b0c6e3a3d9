import rule from "../../../rules/qemu/unrendered-placeholder.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

new RuleTester(qemuEngine).run(rule, {
  valid: [
    "",
    'user = "qemu"\ngroup = "kvm"\nvnc_listen = "0.0.0.0"\n',
    { name: "the template's commented-out placeholders", code: '#user = "@QEMU_USER@"\n#group = "@QEMU_GROUP@"\n' },
    {
      name: "text that only resembles a placeholder",
      code: 'a = "user@example.com"\nb = "@@"\nc = "@qemu_user@"\nd = "@1X@"\ne = "$HOME/x"\nf = "{ x }"\ng = "50% <b>"\nh = "a{b}"\ni = "@QEMU USER@"\n',
    },
    { name: "numbers have no text", code: "max_files = 1024\n" },
    { name: "a value failing its getter is qemu/value-type's", code: 'vnc_tls = "@VNC_TLS@"\nuser = [ "@QEMU_USER@" ]\n' },
    { name: "first entry wins: a later placeholder has no effect", code: 'user = "qemu"\nuser = "@QEMU_USER@"\n' },
  ],
  invalid: [
    {
      name: "the spec's example: a build-time placeholder",
      code: 'user = "@QEMU_USER@"\ngroup = "@QEMU_GROUP@"\n',
      errors: [
        {
          messageId: "placeholder",
          message: 'user contains the unrendered placeholder "@QEMU_USER@".',
          severity: "error",
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 21,
          data: { key: "user" },
        },
        { message: 'group contains the unrendered placeholder "@QEMU_GROUP@".', line: 2, column: 9, endColumn: 23 },
      ],
    },
    {
      name: "template syntax: the whole expression is shown",
      code: [
        'group = "{{ nova_group }}"',
        'vnc_listen = "{% if tls %}0.0.0.0{% endif %}"',
        "migration_host = '<%= @fqdn %>'",
        'memory_backing_dir = "${SNAP_COMMON}/lib"',
        'auto_dump_path = "/var/lib/{{"',
        "",
      ].join("\n"),
      errors: [
        { message: 'group contains the unrendered placeholder "{{ nova_group }}".', line: 1, column: 9, endColumn: 27 },
        { message: 'vnc_listen contains the unrendered placeholder "{% if tls %}".', line: 2, column: 14 },
        { message: 'migration_host contains the unrendered placeholder "<%= @fqdn %>".', line: 3, column: 18, endColumn: 32 },
        { message: 'memory_backing_dir contains the unrendered placeholder "${SNAP_COMMON}".', line: 4 },
        // An unclosed opening is shown alone.
        { message: 'auto_dump_path contains the unrendered placeholder "{{".', line: 5 },
      ],
    },
    {
      name: "one finding per string, for its first placeholder",
      code: 'a = "@A@ and {{ b }}"\nb = "{{ b }} and @A@"\n',
      errors: [
        { message: 'a contains the unrendered placeholder "@A@".', line: 1 },
        { message: 'b contains the unrendered placeholder "{{ b }}".', line: 2 },
      ],
    },
    {
      name: "list elements are reported each at its own token",
      code: 'cgroup_device_acl = [\n  "/dev/null",\n  "{{ extra_dev }}", "@DEV@"\n]\n',
      errors: [
        { message: 'cgroup_device_acl contains the unrendered placeholder "{{ extra_dev }}".', line: 3, column: 3, endLine: 3, endColumn: 20 },
        { message: 'cgroup_device_acl contains the unrendered placeholder "@DEV@".', line: 3, column: 22, endColumn: 29 },
      ],
    },
    {
      name: "any key: unknown keys, nested lists, and keys the target does not read",
      code: "my_setting = '@FOO@'\nx = [ [ \"{% raw %}\" ] ]\ndefault_tls_priority = \"{{ prio }}\"\n",
      settings: { libvirtVersion: "11.3.0" },
      errors: [
        { message: 'my_setting contains the unrendered placeholder "@FOO@".', line: 1, column: 14, endColumn: 21, data: { key: "my_setting" } },
        { message: 'x contains the unrendered placeholder "{% raw %}".', line: 2, column: 9 },
        { message: 'default_tls_priority contains the unrendered placeholder "{{ prio }}".', line: 3 },
      ],
    },
    {
      name: "a triple-quoted string across lines is reported at its whole token",
      code: 'spice_listen = """\n{{ addr }}"""\n',
      errors: [{ message: 'spice_listen contains the unrendered placeholder "{{ addr }}".', line: 1, column: 16, endLine: 2, endColumn: 14 }],
    },
    {
      name: "passwords and secret-looking unknown keys never show the placeholder",
      code: 'vnc_password = "{{ vnc_pw }}"\nspice_password = "x@PW@"\nrdp_password = "${RDP}"\ndb_secret = "@SECRET@"\nvnc_tls_x509_secret_uuid = "{{ uuid }}"\n',
      errors: [
        { message: "vnc_password contains the unrendered placeholder (hidden).", line: 1 },
        { message: "spice_password contains the unrendered placeholder (hidden).", line: 2 },
        { message: "rdp_password contains the unrendered placeholder (hidden).", line: 3 },
        { message: "db_secret contains the unrendered placeholder (hidden).", line: 4 },
        // A secret's UUID names a libvirt secret object and is shown.
        { message: 'vnc_tls_x509_secret_uuid contains the unrendered placeholder "{{ uuid }}".', line: 5 },
      ],
    },
    {
      name: "the placeholder is escaped and cut like any displayed value",
      code: 'a = "{{  x\t}}"\nb = "{{ a_very_long_variable_name_that_goes_on_and_on }}"\n',
      errors: [
        { message: 'a contains the unrendered placeholder "{{ \\x20x\\t}}".', line: 1 },
        { message: 'b contains the unrendered placeholder "{{ a_very_long_variable_name_that_goes_o…".', line: 2 },
      ],
    },
  ],
});
