import rule from "../../../rules/qemu/helper-path-relative.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const relative = (key: string, value: string): string => `${key} ${value} is looked up in $PATH; the helper runs privileged.`;

new RuleTester(qemuEngine).run(rule, {
  valid: [
    // Absent: libvirt's defaults are not reported (the rule judges what the file sets).
    "",
    '#pr_helper = "qemu-pr-helper"\n',
    [
      'bridge_helper = "/usr/libexec/qemu-bridge-helper"',
      'pr_helper = "/usr/bin/qemu-pr-helper"',
      'slirp_helper = "/usr/bin/slirp-helper"',
      'qemu_rdp = "/usr/bin/qemu-rdp"',
      'dbus_daemon = "/usr/bin/dbus-daemon"',
    ].join("\n"),
    // An empty name is not looked up anywhere.
    'pr_helper = ""',
    // The first entry wins: a later relative name changes nothing.
    'pr_helper = "/usr/bin/qemu-pr-helper"\npr_helper = "qemu-pr-helper"\n',
    // Values failing the getter are qemu/value-type's.
    "pr_helper = 1",
    'bridge_helper = [ "qemu-bridge-helper" ]',
    // libvirt 9.0.0 does not read qemu_rdp.
    { code: 'qemu_rdp = "qemu-rdp"', settings: { libvirtVersion: "9.0.0" } },
    // Other keys do not matter.
    'PR_HELPER = "qemu-pr-helper"\nvirtiofsd = "virtiofsd"\n',
  ],
  invalid: [
    {
      name: "the spec's example",
      code: 'pr_helper = "qemu-pr-helper"',
      errors: [
        {
          messageId: "relative",
          message: relative("pr_helper", '"qemu-pr-helper"'),
          severity: "warning",
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 29,
          data: { key: "pr_helper", path: "qemu-pr-helper" },
        },
      ],
    },
    {
      name: "every helper key, in file order",
      code: [
        "dbus_daemon = 'dbus-daemon'",
        'qemu_rdp = "qemu-rdp"',
        'slirp_helper = "bin/slirp-helper"',
        'pr_helper = "./qemu-pr-helper"',
        'bridge_helper = "~/bin/qemu-bridge-helper"',
      ].join("\n"),
      errors: [
        { messageId: "relative", message: relative("dbus_daemon", '"dbus-daemon"'), line: 1, column: 15, endLine: 1, endColumn: 28 },
        { messageId: "relative", message: relative("qemu_rdp", '"qemu-rdp"'), line: 2, column: 12, endLine: 2, endColumn: 22 },
        { messageId: "relative", message: relative("slirp_helper", '"bin/slirp-helper"'), line: 3, column: 16, endLine: 3, endColumn: 34 },
        { messageId: "relative", message: relative("pr_helper", '"./qemu-pr-helper"'), line: 4, column: 13, endLine: 4, endColumn: 31 },
        { messageId: "relative", message: relative("bridge_helper", '"~/bin/qemu-bridge-helper"'), line: 5, column: 17, endLine: 5, endColumn: 43 },
      ],
    },
    {
      name: "the first entry wins: a later absolute path changes nothing",
      code: 'bridge_helper = "qemu-bridge-helper"\nbridge_helper = "/usr/libexec/qemu-bridge-helper"\n',
      errors: [{ messageId: "relative", message: relative("bridge_helper", '"qemu-bridge-helper"'), line: 1, column: 17, endLine: 1, endColumn: 37 }],
    },
    {
      name: "values are shown shortened and escaped",
      code: 'pr_helper = "  qemu-pr-helper-with-a-very-long-name-indeed"',
      errors: [{ messageId: "relative", message: relative("pr_helper", '"  qemu-pr-helper-with-a-very-long-name-i…"'.replace("  ", " \\x20")), line: 1, column: 13 }],
    },
    {
      code: 'qemu_rdp = "qemu-rdp"',
      settings: { libvirtVersion: "11.3.0" },
      errors: [{ messageId: "relative", message: relative("qemu_rdp", '"qemu-rdp"'), line: 1, column: 12 }],
    },
  ],
});
