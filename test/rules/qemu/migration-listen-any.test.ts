import rule from "../../../rules/qemu/migration-listen-any.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const MESSAGE = "Incoming migrations (guest memory) are accepted on every interface.";

new RuleTester(qemuEngine).run(rule, {
  valid: [
    // Absent: not reported (only an explicit wildcard is).
    "",
    '#migration_address = "0.0.0.0"\n',
    'migration_address = "192.168.10.5"',
    'migration_address = "fd00::5"',
    'migration_address = "[fd00::5]"',
    'migration_address = "migration.example.com"',
    'migration_address = "::ffff:0.0.0.0"',
    'migration_address = "0.0.0.0.0"',
    'migration_address = ""',
    // The local machine is qemu/value-enum's error, not a wildcard.
    'migration_address = "::1"',
    // Only migration_address is the listen address; migration_host names this host to the source.
    'migration_host = "0.0.0.0"',
    // The first entry wins: a later wildcard changes nothing.
    'migration_address = "10.0.0.1"\nmigration_address = "0.0.0.0"\n',
    // Values failing the getter are qemu/value-type's.
    "migration_address = 0",
    'migration_address = [ "0.0.0.0" ]',
  ],
  invalid: [
    {
      name: "corpus file 30",
      code: 'migration_address = "0.0.0.0"\nmigration_port_min = 49152\n',
      errors: [{ messageId: "listenAny", message: MESSAGE, severity: "warning", line: 1, column: 21, endLine: 1, endColumn: 30, data: { address: "0.0.0.0" } }],
    },
    {
      code: "migration_address = '::'",
      errors: [{ messageId: "listenAny", message: MESSAGE, line: 1, column: 21, endLine: 1, endColumn: 25, data: { address: "::" } }],
    },
    {
      name: "other spellings of the IPv6 wildcard",
      code: 'migration_address = "[::]"',
      errors: [{ messageId: "listenAny", message: MESSAGE, line: 1, column: 21, endLine: 1, endColumn: 27 }],
    },
    {
      code: 'migration_address = "0:0:0:0:0:0:0:0"',
      errors: [{ messageId: "listenAny", message: MESSAGE, line: 1, column: 21 }],
    },
    {
      name: "the first entry wins: a later specific address changes nothing",
      code: 'migration_address = "0.0.0.0"\nmigration_address = "10.0.0.1"\n',
      errors: [{ messageId: "listenAny", message: MESSAGE, line: 1, column: 21, endLine: 1, endColumn: 30 }],
    },
  ],
});
