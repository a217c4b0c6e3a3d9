import rule from "../../../rules/ovirt/vds-connection-timeout.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const FIX = "engine-config -s vdsConnectionTimeout=20";
const KERNEL_CAPPED = (value: string, fix = FIX): string =>
  `vdsConnectionTimeout = ${value}: each failed connect to a dead host takes up to the kernel limit (≈127 s) instead of seconds, delaying fencing. Fix: ${fix}.`;
const TOO_LOW = (value: string, fix = FIX): string =>
  `vdsConnectionTimeout = ${value}: connects to busy hosts or over slow links fail and count toward fencing. Fix: ${fix}.`;

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // The 4.5.7 default.
    "vdsConnectionTimeout: 20 version: general\n",
    // The ha-timeouts page's advice is the lower bound; 30 the upper one.
    "vdsConnectionTimeout: 2 version: general\n",
    "vdsConnectionTimeout: 30 version: general\n",
    // Not an Integer: ovirt/value-type reports it, every other rule skips it.
    "vdsConnectionTimeout: 180s version: general\n",
    "vdsConnectionTimeout:  version: general\n",
    // The last record of a (key, version) decides.
    "vdsConnectionTimeout: 180 version: general\nvdsConnectionTimeout: 2 version: general\n",
    // The engine reads this key's general row only.
    "vdsConnectionTimeout: 180 version: 4.2\n",
    { code: "vdsConnectionTimeout: 60 version: general\n", options: { maxSeconds: 60 } },
    { code: "vdsConnectionTimeout: 1 version: general\n", options: { minSeconds: 1 } },
    { code: "vdsConnectionTimeout: 0 version: general\n", options: { minSeconds: 0 } },
  ],
  invalid: [
    {
      name: "the 3.2 default 180 is cut by the kernel",
      code: "vdsConnectionTimeout: 180 version: general\n",
      errors: [
        {
          messageId: "kernelCapped",
          message: KERNEL_CAPPED("180"),
          severity: "warning",
          line: 1,
          column: 23,
          endLine: 1,
          endColumn: 26,
          data: { key: "vdsConnectionTimeout", value: "180" },
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "63 s is the smallest kernel limit",
      code: "vdsConnectionTimeout: 63 version: general\n",
      errors: [{ messageId: "kernelCapped", message: KERNEL_CAPPED("63"), column: 23, endColumn: 25 }],
    },
    {
      name: "above the maximum, below any kernel limit",
      code: "vdsConnectionTimeout: 31 version: general\nvdsRetries: 0 version: general\n",
      errors: [
        {
          messageId: "tooHigh",
          message: `vdsConnectionTimeout = 31: each failed connect to a dead host takes 31 s instead of a few, delaying fencing. Fix: ${FIX}.`,
          line: 1,
          column: 23,
          endColumn: 25,
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "62 s is still below the kernel limit",
      code: "vdsConnectionTimeout: 62 version: general\n",
      errors: [{ messageId: "tooHigh", message: /^vdsConnectionTimeout = 62: each failed connect to a dead host takes 62 s /, column: 23, endColumn: 25 }],
    },
    {
      name: "below the minimum",
      code: "vdsConnectionTimeout: 1 version: general\n",
      errors: [{ messageId: "tooLow", message: TOO_LOW("1"), line: 1, column: 23, endColumn: 24, suggestions: [{ desc: FIX }] }],
    },
    {
      name: "zero; a row of a cluster level is not read",
      code: "vdsConnectionTimeout: 0 version: general\nvdsConnectionTimeout: -5 version: 4.7\n",
      errors: [{ messageId: "tooLow", message: TOO_LOW("0"), line: 1 }],
    },
    {
      name: "a negative value",
      code: "vdsConnectionTimeout: -5 version: general\n",
      errors: [{ messageId: "tooLow", message: TOO_LOW("-5"), column: 23, endColumn: 25 }],
    },
    {
      name: "another spelling of the number is quoted with its reading",
      code: "vdsConnectionTimeout: 0180 version: general\n",
      errors: [{ messageId: "kernelCapped", message: KERNEL_CAPPED('"0180" (read as 180)'), column: 23, endColumn: 27 }],
    },
    {
      name: "the later record wins",
      code: "vdsConnectionTimeout: 20 version: general\nvdsConnectionTimeout: 120 version: general\n",
      errors: [{ messageId: "kernelCapped", line: 2, column: 23, endColumn: 26 }],
    },
    {
      name: "maxSeconds below the default: the remedy is the maximum",
      code: "vdsConnectionTimeout: 20 version: general\n",
      options: { maxSeconds: 10 },
      errors: [
        {
          messageId: "tooHigh",
          message: "vdsConnectionTimeout = 20: each failed connect to a dead host takes 20 s instead of a few, delaying fencing. Fix: engine-config -s vdsConnectionTimeout=10.",
          suggestions: [{ desc: "engine-config -s vdsConnectionTimeout=10" }],
        },
      ],
    },
    {
      name: "minSeconds above the default: the remedy is the minimum",
      code: "vdsConnectionTimeout: 2 version: general\n",
      options: { minSeconds: 25 },
      errors: [{ messageId: "tooLow", message: TOO_LOW("2", "engine-config -s vdsConnectionTimeout=25"), suggestions: [{ desc: "engine-config -s vdsConnectionTimeout=25" }] }],
    },
    {
      name: "maxSeconds above the kernel limit",
      code: "vdsConnectionTimeout: 120 version: general\n",
      options: { maxSeconds: 100 },
      errors: [{ messageId: "kernelCapped", message: KERNEL_CAPPED("120") }],
    },
  ],
});
