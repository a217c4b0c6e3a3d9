import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { defaultNumber, judgeNumber, type Verdict } from "./_monitoring.js";

const KEY = "vdsTimeout";

/** The ha-timeouts page: "This value shouldn't be changed"; 180 s in every release (spec §5). */
function judge(seconds: number): Verdict | undefined {
  const expected = defaultNumber(KEY);
  if (seconds === expected) return undefined;
  return { messageId: seconds < expected ? "lower" : "higher", values: { seconds }, fixes: [{ key: KEY, value: expected }] };
}

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/vds-timeout-changed",
    engine: "ovirt",
    type: "problem",
    description: "vdsTimeout ≠ 180",
    defaultSeverity: "warning",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      lower: "vdsTimeout = {{value}}: slow but healthy VDSM operations will time out and count toward fencing. Fix: {{fix}}.",
      higher: "vdsTimeout = {{value}}: a hung VDSM is detected only after {{seconds}} s per call. Fix: {{fix}}.",
    },
  },
  check(context) {
    const report = judgeNumber(context.document, KEY, judge);
    if (report) context.report(report);
  },
});

export default rule;
