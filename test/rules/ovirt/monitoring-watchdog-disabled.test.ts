import rule from "../../../rules/ovirt/monitoring-watchdog-disabled.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const FIX = "engine-config -s HostMonitoringWatchdogIntervalInSeconds=900";

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // The 4.5.7 default.
    "HostMonitoringWatchdogIntervalInSeconds: 900 version: general\n",
    "HostMonitoringWatchdogIntervalInSeconds: 60 version: general\n",
    // Only the interval disables the watchdog.
    "HostMonitoringWatchdogInactivityThresholdInSeconds: 0 version: general\n",
    // Not an Integer: ovirt/value-type reports it, every other rule skips it.
    "HostMonitoringWatchdogIntervalInSeconds: off version: general\n",
    "HostMonitoringWatchdogIntervalInSeconds:  version: general\n",
    // The last record of a (key, version) decides.
    "HostMonitoringWatchdogIntervalInSeconds: 0 version: general\nHostMonitoringWatchdogIntervalInSeconds: 900 version: general\n",
    // The engine reads this key's general row only.
    "HostMonitoringWatchdogIntervalInSeconds: 0 version: 4.7\n",
  ],
  invalid: [
    {
      name: "0 disables the watchdog",
      code: "HostMonitoringWatchdogIntervalInSeconds: 0 version: general\n",
      errors: [
        {
          messageId: "disabled",
          message: `The host-monitoring watchdog is disabled (HostMonitoringWatchdogIntervalInSeconds = 0): stalled monitoring goes unnoticed. Fix: ${FIX}.`,
          severity: "warning",
          line: 1,
          column: 42,
          endLine: 1,
          endColumn: 43,
          data: { key: "HostMonitoringWatchdogIntervalInSeconds", value: "0" },
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "other spellings of 0 are quoted with their reading",
      code: "HostMonitoringWatchdogIntervalInSeconds: -00 version: general\n",
      errors: [
        {
          messageId: "disabled",
          message: `The host-monitoring watchdog is disabled (HostMonitoringWatchdogIntervalInSeconds = "-00" (read as 0)): stalled monitoring goes unnoticed. Fix: ${FIX}.`,
          column: 42,
          endColumn: 45,
        },
      ],
    },
    {
      name: "the later record wins",
      code: "HostMonitoringWatchdogIntervalInSeconds: 900 version: general\nvdsTimeout: 180 version: general\nHostMonitoringWatchdogIntervalInSeconds: 0 version: general\n",
      errors: [{ messageId: "disabled", line: 3, column: 42, endColumn: 43 }],
    },
  ],
});
