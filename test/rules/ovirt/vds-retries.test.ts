import rule from "../../../rules/ovirt/vds-retries.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const FIX = "engine-config -s vdsRetries=0";

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // The 4.5.7 default (since 3.3) and the ha-timeouts page's advice.
    "vdsRetries: 0 version: general\n",
    "vdsRetries: -0 version: general\n",
    // Not an Integer: ovirt/value-type reports it, every other rule skips it.
    "vdsRetries: zero version: general\n",
    "vdsRetries: 3.0 version: general\n",
    "vdsRetries: 3  version: general\n",
    "vdsRetries: 2147483648 version: general\n",
    // The last record of a (key, version) decides.
    "vdsRetries: 3 version: general\nvdsRetries: 0 version: general\n",
    // The engine reads this key's general row only.
    "vdsRetries: 3 version: 4.7\n",
    // Unreadable records never provide values.
    "vdsRetries 3 version: general\n",
    "vdsRetries: 3 version: \n",
    "vdsTimeout: 180 version: general\n",
  ],
  invalid: [
    {
      name: "3 (the 3.2 default) multiplies every timeout",
      code: "vdsRetries: 3 version: general\n",
      errors: [
        {
          messageId: "multiplies",
          message:
            "vdsRetries = 3 multiplies every connect and call timeout by 3, can re-send non-idempotent VDSM verbs, and stalls the shared reactor thread: a dead host is fenced later (estimate: see ovirt/fencing-time). Set 0. Fix: engine-config -s vdsRetries=0.",
          severity: "error",
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 14,
          data: { key: "vdsRetries", value: "3" },
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "2 is the smallest value that multiplies",
      code: "vdsTimeout: 180 version: general\nvdsRetries: 2 version: general\n",
      errors: [{ messageId: "multiplies", message: /^vdsRetries = 2 multiplies every connect and call timeout by 2, /, line: 2, column: 13, endColumn: 14 }],
    },
    {
      name: "1 means one attempt, like 0",
      code: "vdsRetries: 1 version: general\n",
      errors: [
        {
          messageId: "noEffect",
          message: "vdsRetries = 1 behaves like 0 (one attempt); set 0 as the ha-timeouts page advises. Fix: engine-config -s vdsRetries=0.",
          line: 1,
          column: 13,
          endColumn: 14,
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "a negative value means one attempt",
      code: "vdsRetries: -1 version: general\n",
      errors: [
        {
          messageId: "negative",
          message: "A negative vdsRetries (-1) behaves like 0; set 0. Fix: engine-config -s vdsRetries=0.",
          line: 1,
          column: 13,
          endColumn: 15,
          data: { key: "vdsRetries", value: "-1" },
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "a value Integer.parseInt accepts in another spelling is quoted with its reading",
      code: "vdsRetries: +03 version: general\n",
      errors: [{ messageId: "multiplies", message: /^vdsRetries = "\+03" \(read as 3\) multiplies every connect and call timeout by 3, /, column: 13, endColumn: 16 }],
    },
    {
      name: "the later record wins; earlier values are not reported",
      code: "vdsRetries: 0 version: general\nvdsRetries: 1 version: general\n",
      errors: [{ messageId: "noEffect", line: 2, column: 13, endColumn: 14 }],
    },
    {
      name: "a record read leniently still gives its value",
      code: "vdsRetries :5 version:general\n",
      errors: [{ messageId: "multiplies", message: /^vdsRetries = 5 multiplies every connect and call timeout by 5, /, line: 1, column: 13, endColumn: 14 }],
    },
  ],
});
