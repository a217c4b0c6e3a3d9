import rule from "../../../rules/ovirt/time-drift-check.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const ON = "engine-config -s EnableHostTimeDrift=true";
const DRIFT = "engine-config -s HostTimeDriftInSec=300";
const off = (state: string): string =>
  `EnableHostTimeDrift is ${state}: the engine raises no alert when a host's clock drifts, which breaks certificates, logs and storage leases. Fix: ${ON}.`;

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // The 4.5.7 defaults.
    "EnableHostTimeDrift: true version: general\nHostTimeDriftInSec: 300 version: general\n",
    "EnableHostTimeDrift: True version: general\nHostTimeDriftInSec: 5 version: general\n",
    // Not an integer: ovirt/value-type reports it, every other rule skips it.
    "HostTimeDriftInSec: 5min version: general\n",
    "HostTimeDriftInSec: 900 version: general\nHostTimeDriftInSec: 300 version: general\n",
    // Only the general rows are read.
    "EnableHostTimeDrift: false version: 4.7\nHostTimeDriftInSec: 900 version: 4.7\n",
  ],
  invalid: [
    {
      name: "the check off",
      code: "EnableHostTimeDrift: false version: general\n",
      errors: [
        {
          messageId: "off",
          message: off("false"),
          severity: "info",
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 27,
          data: { key: "EnableHostTimeDrift", value: "false" },
          suggestions: [{ desc: ON }],
        },
      ],
    },
    {
      // The key has no declared type, so ovirt/value-type passes any text; Boolean.parseBoolean reads it as false.
      name: "text that reads as false",
      code: "EnableHostTimeDrift: no version: general\n",
      errors: [{ messageId: "off", message: off('"no" (read as false)'), column: 22, endColumn: 24 }],
    },
    {
      name: "a loose threshold",
      code: "HostTimeDriftInSec: 301 version: general\n",
      errors: [
        {
          messageId: "loose",
          message: `HostTimeDriftInSec = 301: a host's clock may drift 301 s from the engine's before an alert (more than 300). Fix: ${DRIFT}.`,
          severity: "info",
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 24,
          data: { key: "HostTimeDriftInSec", version: "general", value: "301" },
          suggestions: [{ desc: DRIFT }],
        },
      ],
    },
    {
      name: "both, each at its own value",
      code: "HostTimeDriftInSec: 3600 version: general\nEnableHostTimeDrift: FALSE version: general\n",
      errors: [
        { messageId: "loose", line: 1, message: /^HostTimeDriftInSec = 3600: .* drift 3600 s / },
        { messageId: "off", line: 2, message: off("false") },
      ],
    },
  ],
});
