import rule from "../../../rules/qemu/seccomp-sandbox-disabled.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const MESSAGE = "seccomp_sandbox = 0 turns off QEMU's system-call filter.";

new RuleTester(qemuEngine).run(rule, {
  valid: [
    // Absent: -1, on when QEMU supports it.
    "",
    "#seccomp_sandbox = 0",
    // The default written out (corpus file 30), and every other value: all enable the filter.
    "seccomp_sandbox = -1",
    "seccomp_sandbox = 1",
    "seccomp_sandbox = 2",
    "seccomp_sandbox = -2147483648",
    "seccomp_sandbox = 1\nseccomp_sandbox = 0",
    // Getter failures are qemu/value-type's and qemu/value-range's.
    'seccomp_sandbox = "0"',
    "seccomp_sandbox = [ 0 ]",
    "seccomp_sandbox = 4294967296",
  ],
  invalid: [
    {
      name: "exactly 0, at the value",
      code: "seccomp_sandbox = 0\n",
      errors: [
        {
          messageId: "disabled",
          message: MESSAGE,
          severity: "warning",
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 20,
          data: { key: "seccomp_sandbox", value: 0 },
        },
      ],
    },
    {
      name: "-0, +0 and 000 are 0 for the int getter",
      code: "seccomp_sandbox = -0",
      errors: [{ message: MESSAGE, column: 19, endColumn: 21 }],
    },
    {
      name: "+0",
      code: "seccomp_sandbox = +0",
      errors: [{ message: MESSAGE, column: 19, endColumn: 21 }],
    },
    {
      name: "000",
      code: "seccomp_sandbox = 000",
      errors: [{ message: MESSAGE, column: 19, endColumn: 22 }],
    },
    {
      name: "the first entry wins",
      code: "seccomp_sandbox = 0\nseccomp_sandbox = -1\n",
      errors: [{ message: MESSAGE, line: 1 }],
    },
  ],
});
