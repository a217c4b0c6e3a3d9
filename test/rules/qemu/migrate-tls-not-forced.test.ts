import rule from "../../../rules/qemu/migrate-tls-not-forced.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const MESSAGE = "Migrations without VIR_MIGRATE_TLS are allowed and carry guest memory unencrypted.";

new RuleTester(qemuEngine).run(rule, {
  valid: [
    "migrate_tls_force = 1",
    'vnc_tls = 1\nmigrate_tls_force = 1\n',
    // The first entry wins: a later 0 changes nothing.
    "migrate_tls_force = 1\nmigrate_tls_force = 0\n",
    // Values failing the getter are qemu/value-type's and qemu/value-range's.
    'migrate_tls_force = "1"',
    'migrate_tls_force = "0"',
    "migrate_tls_force = 2",
    "migrate_tls_force = -0",
    // Before 6.10.0 libvirt cannot force TLS, whatever the file says.
    { code: "", settings: { libvirtVersion: "6.9.0" } },
    { code: "migrate_tls_force = 0", settings: { libvirtVersion: "6.9.0" } },
  ],
  invalid: [
    {
      name: "absent: once, at the top of the file",
      code: '# qemu.conf\nvnc_tls = 1\nMIGRATE_TLS_FORCE = 1\n',
      errors: [{ messageId: "notForced", message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 1, data: { explicit: false } }],
    },
    {
      name: "an empty file",
      code: "",
      errors: [{ messageId: "notForced", message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    {
      name: "explicitly 0: at the value",
      code: "vnc_tls = 1\nmigrate_tls_force = 0\n",
      errors: [{ messageId: "notForced", message: MESSAGE, line: 2, column: 21, endLine: 2, endColumn: 22, data: { explicit: true } }],
    },
    {
      name: "the first entry wins: a later 1 changes nothing",
      code: "migrate_tls_force = 0\nmigrate_tls_force = 1\n",
      errors: [{ messageId: "notForced", message: MESSAGE, line: 1, column: 21, endLine: 1, endColumn: 22 }],
    },
    {
      name: "6.10.0 is the first release with the key",
      code: "migrate_tls_force = 0",
      settings: { libvirtVersion: "6.10.0" },
      errors: [{ messageId: "notForced", message: MESSAGE, line: 1, column: 21 }],
    },
    {
      code: "",
      settings: { libvirtVersion: "9.0.0" },
      errors: [{ messageId: "notForced", message: MESSAGE, line: 1, column: 1 }],
    },
  ],
});
