import rule from "../../../rules/qemu/remember-owner-disabled.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const MESSAGE = "remember_owner = 0: original file owners and labels are not restored after guests stop.";

new RuleTester(qemuEngine).run(rule, {
  valid: [
    // Absent: libvirt's default is 1 where xattrs are supported.
    "",
    "#remember_owner = 0",
    "remember_owner = 1",
    "remember_owner = 1\nremember_owner = 0",
    // Getter failures are qemu/value-type's.
    "remember_owner = '0'",
    "remember_owner = -0",
    "remember_owner = []",
  ],
  invalid: [
    {
      name: "an explicit 0, at the value, as info",
      code: "dynamic_ownership = 0\nremember_owner = 0\n",
      errors: [
        {
          messageId: "disabled",
          message: MESSAGE,
          severity: "info",
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 19,
          data: { key: "remember_owner", value: false },
        },
      ],
    },
    {
      name: "the first entry wins",
      code: "remember_owner = 0\nremember_owner = 1\n",
      errors: [{ message: MESSAGE, line: 1 }],
    },
    {
      name: "session daemons too",
      code: "remember_owner = 0",
      settings: { privileged: false },
      errors: [{ message: MESSAGE }],
    },
  ],
});
