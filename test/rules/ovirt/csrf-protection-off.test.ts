import rule from "../../../rules/ovirt/csrf-protection-off.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const FIX = "engine-config -s CSRFProtection=true";
const MESSAGE = `CSRFProtection is false: the engine's REST API does not require CSRF tokens. Fix: ${FIX}.`;

// The rule is off by default; the tester runs it at warning.
new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    "CSRFProtection: true version: general\n",
    "CSRFProtection: True version: general\n",
    // A Boolean key: anything but true/false fails ovirt/value-type and is skipped here.
    "CSRFProtection: no version: general\n",
    "CSRFProtection:  version: general\n",
    "CSRFProtection: false version: general\nCSRFProtection: true version: general\n",
    // Only the general row is read.
    "CSRFProtection: false version: 4.8\n",
  ],
  invalid: [
    {
      name: "the 4.5.7 default",
      code: "CSRFProtection: false version: general\n",
      errors: [
        {
          messageId: "off",
          message: MESSAGE,
          severity: "warning",
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 22,
          data: { key: "CSRFProtection", value: "false" },
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "any letter case; the last record decides",
      code: "CSRFProtection: true version: general\nCSRFProtection: FALSE version: general\n",
      errors: [{ messageId: "off", message: MESSAGE, line: 2, column: 17, endColumn: 22 }],
    },
  ],
});
