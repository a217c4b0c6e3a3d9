import rule from "../../../rules/qemu/guest-core-dumps.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const MESSAGE = "dump_guest_core = 1: QEMU core dumps include guest memory (secrets of every tenant).";

new RuleTester(qemuEngine).run(rule, {
  valid: [
    // Absent: libvirt's default is 0 on Linux.
    "",
    "#dump_guest_core = 1",
    "dump_guest_core = 0",
    "dump_guest_core = 0\ndump_guest_core = 1",
    // max_core alone does not put guest RAM in the dumps.
    'max_core = "unlimited"',
    // Getter failures are qemu/value-type's and qemu/value-range's.
    'dump_guest_core = "1"',
    "dump_guest_core = 2",
  ],
  invalid: [
    {
      name: "an explicit 1, at the value, as info",
      code: 'max_core = "unlimited"\ndump_guest_core = 1\n',
      errors: [
        {
          messageId: "included",
          message: MESSAGE,
          severity: "info",
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 20,
          data: { key: "dump_guest_core", value: true },
        },
      ],
    },
    {
      name: "the first entry wins",
      code: "dump_guest_core = 1\ndump_guest_core = 0\n",
      errors: [{ message: MESSAGE, line: 1 }],
    },
  ],
});
