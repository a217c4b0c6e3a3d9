import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { defaultNumber, judgeNumber, type Verdict } from "./_monitoring.js";

const KEY = "HostMonitoringWatchdogIntervalInSeconds";

/** An interval of 0 turns the watchdog off (the key's description); the remedy restores 900 s. */
function judge(seconds: number): Verdict | undefined {
  return seconds === 0 ? { messageId: "disabled", fixes: [{ key: KEY, value: defaultNumber(KEY) }] } : undefined;
}

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/monitoring-watchdog-disabled",
    engine: "ovirt",
    type: "problem",
    description: "Host-monitoring watchdog off",
    defaultSeverity: "warning",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      disabled: "The host-monitoring watchdog is disabled (HostMonitoringWatchdogIntervalInSeconds = {{value}}): stalled monitoring goes unnoticed. Fix: {{fix}}.",
    },
  },
  check(context) {
    const report = judgeNumber(context.document, KEY, judge);
    if (report) context.report(report);
  },
});

export default rule;
