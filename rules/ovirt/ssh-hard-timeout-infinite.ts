import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { integerReports, type IntegerCheck } from "./_thresholds.js";

/** 0 means no limit on the whole session (spec §5). */
const HARD_TIMEOUT: IntegerCheck = {
  key: "SSHInactivityHardTimeoutSeconds",
  judge: (seconds) => (seconds === 0 ? "infinite" : undefined),
  fallback: 1800,
};

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/ssh-hard-timeout-infinite",
    engine: "ovirt",
    type: "suggestion",
    description: "SSH sessions without a hard limit",
    defaultSeverity: "info",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      infinite:
        "SSHInactivityHardTimeoutSeconds = {{value}}: SSH sessions the engine opens to hosts (soft fencing, host deployment) have no time limit and may hang forever. Fix: {{fix}}.",
    },
  },
  check(context) {
    for (const report of integerReports(context.document, HARD_TIMEOUT)) context.report(report);
  },
});

export default rule;
