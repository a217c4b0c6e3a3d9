import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { integerReports, type IntegerCheck } from "./_thresholds.js";

/** The catalogue default, in percent of a host's physical memory. */
const MAX_PERCENT = 200;

const OVERCOMMIT: IntegerCheck = {
  key: "MaxVdsMemOverCommit",
  judge: (percent) => (percent > MAX_PERCENT ? "high" : undefined),
  fallback: MAX_PERCENT,
};

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/memory-overcommit",
    engine: "ovirt",
    type: "suggestion",
    description: "Memory overcommit above 200 %",
    defaultSeverity: "info",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      high: `MaxVdsMemOverCommit = {{value}}: clusters optimized for desktop load may commit {{value}} % of a host's memory (more than ${MAX_PERCENT} %), inviting host swapping and OOM kills. Fix: {{fix}}.`,
    },
  },
  check(context) {
    for (const report of integerReports(context.document, OVERCOMMIT)) context.report(report);
  },
});

export default rule;
