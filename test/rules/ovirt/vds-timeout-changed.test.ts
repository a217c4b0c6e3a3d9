import rule from "../../../rules/ovirt/vds-timeout-changed.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const FIX = "engine-config -s vdsTimeout=180";

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // The default of every release.
    "vdsTimeout: 180 version: general\n",
    "vdsTimeout: +180 version: general\n",
    // Not an Integer: ovirt/value-type reports it, every other rule skips it.
    "vdsTimeout: 3 min version: general\n",
    // The last record of a (key, version) decides.
    "vdsTimeout: 60 version: general\nvdsTimeout: 180 version: general\n",
    // The engine reads this key's general row only.
    "vdsTimeout: 60 version: 4.8\n",
    // Glued and truncated records are unreadable (the corpus's damaged capture).
    "vdsTimeout: 18vdsRetries: 0 version: general\n",
    "vdsTimeout: 18",
    // Misspelt keys are ovirt/unknown-key's.
    "vdsTimout: 60 version: general\n",
  ],
  invalid: [
    {
      name: "lower",
      code: "vdsTimeout: 60 version: general\n",
      errors: [
        {
          messageId: "lower",
          message: `vdsTimeout = 60: slow but healthy VDSM operations will time out and count toward fencing. Fix: ${FIX}.`,
          severity: "warning",
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 15,
          data: { key: "vdsTimeout", value: "60" },
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "higher",
      code: "vdsRetries: 0 version: general\nvdsTimeout: 600 version: general\n",
      errors: [
        {
          messageId: "higher",
          message: `vdsTimeout = 600: a hung VDSM is detected only after 600 s per call. Fix: ${FIX}.`,
          line: 2,
          column: 13,
          endColumn: 16,
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "zero and negative values are lower",
      code: "vdsTimeout: -1 version: general\n",
      errors: [{ messageId: "lower", message: /^vdsTimeout = -1: slow but healthy/, column: 13, endColumn: 15 }],
    },
    {
      name: "179 and 181 are changes too",
      code: "vdsTimeout: 181 version: general\n",
      errors: [{ messageId: "higher", message: `vdsTimeout = 181: a hung VDSM is detected only after 181 s per call. Fix: ${FIX}.` }],
    },
    {
      name: "the later record wins; a lenient record still gives its value",
      code: "vdsTimeout: 180 version: general\n  vdsTimeout: 90 version: general\n",
      errors: [{ messageId: "lower", message: /^vdsTimeout = 90: /, line: 2, column: 15, endColumn: 17 }],
    },
  ],
});
