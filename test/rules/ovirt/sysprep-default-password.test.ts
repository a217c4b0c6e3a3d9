import rule from "../../../rules/ovirt/sysprep-default-password.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const MESSAGE = "An engine-wide default Windows administrator password is stored (SysPrepDefaultPassword).";

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // The 4.5.7 default.
    "SysPrepDefaultPassword: Empty version: general\n",
    // engine-config prints only Set or Empty: anything else fails ovirt/value-type (hidden) and is skipped.
    "SysPrepDefaultPassword: set version: general\n",
    "SysPrepDefaultPassword: hunter2 version: general\n",
    "SysPrepDefaultPassword: Set version: general\nSysPrepDefaultPassword: Empty version: general\n",
    // Only the general row is read; a decrypt failure is ovirt/password-decrypt-failed's.
    "SysPrepDefaultPassword: Set version: 4.7\n",
    "SysPrepDefaultPassword: Failed to decrypt the current value.\n",
  ],
  invalid: [
    {
      name: "Set",
      code: "SysPrepDefaultUser: Administrator version: general\nSysPrepDefaultPassword: Set version: general\n",
      errors: [
        {
          messageId: "stored",
          message: MESSAGE,
          severity: "info",
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 28,
          data: { key: "SysPrepDefaultPassword" },
        },
      ],
    },
    {
      name: "the last record decides",
      code: "SysPrepDefaultPassword: Empty version: general\nSysPrepDefaultPassword: Set version: general\n",
      errors: [{ messageId: "stored", message: MESSAGE, line: 2 }],
    },
  ],
});
