import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { judgeNumber, type Verdict } from "./_monitoring.js";

const KEY = "vdsRetries";

/**
 * Attempts start at vdsRetries and the call gives up at ≤ 0 (vdsm-jsonrpc-java `RetryContext`), so 0,
 * 1 and negative values all mean one attempt; only ≥ 2 multiplies the timeouts (spec §6.3 step 2).
 */
function judge(retries: number): Verdict | undefined {
  if (retries === 0) return undefined;
  const messageId = retries < 0 ? "negative" : retries === 1 ? "noEffect" : "multiplies";
  return { messageId, values: { retries }, fixes: [{ key: KEY, value: 0 }] };
}

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/vds-retries",
    engine: "ovirt",
    type: "problem",
    description: "vdsRetries ≠ 0",
    defaultSeverity: "error",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      multiplies:
        "vdsRetries = {{value}} multiplies every connect and call timeout by {{retries}}, can re-send non-idempotent VDSM verbs, and stalls the shared reactor thread: a dead host is fenced later (estimate: see ovirt/fencing-time). Set 0. Fix: {{fix}}.",
      noEffect: "vdsRetries = {{value}} behaves like 0 (one attempt); set 0 as the ha-timeouts page advises. Fix: {{fix}}.",
      negative: "A negative vdsRetries ({{value}}) behaves like 0; set 0. Fix: {{fix}}.",
    },
  },
  check(context) {
    const report = judgeNumber(context.document, KEY, judge);
    if (report) context.report(report);
  },
});

export default rule;
