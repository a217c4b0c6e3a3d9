import rule from "../../../rules/ovirt/password-decrypt-failed.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const LINE = "SysPrepDefaultPassword: Failed to decrypt the current value.";
const OTHER = "OtherPassword: Failed to decrypt the current value.";
const MESSAGE =
  "SysPrepDefaultPassword could not be decrypted (the engine's key changed or the database was restored); engine-config -a skipped this key's remaining rows.";

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    "SysPrepDefaultPassword: Set version: general\n",
    "SysPrepDefaultPassword: Empty version: general\n",
    // What engine-config -g prints again on its own line after the exception: no key, so no finding here.
    { name: "the bare message of -g", code: "Failed to decrypt the current value.\n" },
  ],
  invalid: [
    {
      name: "the decryption failure line",
      code: `vdsTimeout: 180 version: general\n${LINE}\n`,
      errors: [{ messageId: "decryptFailed", message: MESSAGE, severity: "warning", line: 2, column: 1, endLine: 2, endColumn: LINE.length + 1 }],
    },
    {
      name: "trailing blanks and CRLF; any key",
      code: `${LINE}  \r\n${OTHER}\r\n`,
      errors: [
        { message: MESSAGE, line: 1, column: 1, endLine: 1, endColumn: LINE.length + 3 },
        {
          message:
            "OtherPassword could not be decrypted (the engine's key changed or the database was restored); engine-config -a skipped this key's remaining rows.",
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: OTHER.length + 1,
        },
      ],
    },
  ],
});
