import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { flagReport } from "./_flags.js";
import { integerReports, type IntegerCheck } from "./_thresholds.js";

/** The catalogue default: drift beyond it is what the alert is for. */
const MAX_DRIFT_SECONDS = 300;

const DRIFT: IntegerCheck = {
  key: "HostTimeDriftInSec",
  judge: (seconds) => (seconds > MAX_DRIFT_SECONDS ? "loose" : undefined),
  fallback: MAX_DRIFT_SECONDS,
};

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/time-drift-check",
    engine: "ovirt",
    type: "suggestion",
    description: "Host time-drift alerts off or loose",
    defaultSeverity: "info",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      off: "EnableHostTimeDrift is {{state}}: the engine raises no alert when a host's clock drifts, which breaks certificates, logs and storage leases. Fix: {{fix}}.",
      loose: `HostTimeDriftInSec = {{value}}: a host's clock may drift {{value}} s from the engine's before an alert (more than ${MAX_DRIFT_SECONDS}). Fix: {{fix}}.`,
    },
  },
  check(context) {
    const { document } = context;
    const off = flagReport(document, "EnableHostTimeDrift", false, "off");
    if (off) context.report(off);
    for (const report of integerReports(document, DRIFT)) context.report(report);
  },
});

export default rule;
