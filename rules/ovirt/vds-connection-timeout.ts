import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { judgeNumber, remedyWithin, type Verdict } from "./_monitoring.js";

const KEY = "vdsConnectionTimeout";

/**
 * The smallest kernel SYN limit (tcp_syn_retries = 5, spec §6.2): from here on the kernel, not this
 * key, may end a connect to a silent host.
 */
const KERNEL_LIMIT_FROM_SECONDS = 63;

export interface VdsConnectionTimeoutOptions {
  /** Below this, connects to busy hosts or over slow links fail (the ha-timeouts page's advice is 2). */
  minSeconds: number;
  /** Above this, every failed connect to a dead host delays fencing. */
  maxSeconds: number;
}

function judge(seconds: number, { minSeconds, maxSeconds }: VdsConnectionTimeoutOptions): Verdict | undefined {
  const fixes = [{ key: KEY, value: remedyWithin(KEY, minSeconds, maxSeconds) }];
  if (seconds < minSeconds) return { messageId: "tooLow", fixes };
  if (seconds <= maxSeconds) return undefined;
  return seconds >= KERNEL_LIMIT_FROM_SECONDS ? { messageId: "kernelCapped", fixes } : { messageId: "tooHigh", values: { seconds }, fixes };
}

const rule: OvirtRule<VdsConnectionTimeoutOptions> = defineRule({
  meta: {
    id: "ovirt/vds-connection-timeout",
    engine: "ovirt",
    type: "problem",
    description: "vdsConnectionTimeout outside 2–30 s",
    defaultSeverity: "warning",
    hasSuggestions: true,
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        minSeconds: { type: "integer", minimum: 0, description: "Values below this many seconds are reported (default 2)." },
        maxSeconds: { type: "integer", minimum: 1, description: "Values above this many seconds are reported (default 30)." },
      },
    },
    defaultOptions: { minSeconds: 2, maxSeconds: 30 },
    messages: {
      tooHigh: "vdsConnectionTimeout = {{value}}: each failed connect to a dead host takes {{seconds}} s instead of a few, delaying fencing. Fix: {{fix}}.",
      kernelCapped:
        "vdsConnectionTimeout = {{value}}: each failed connect to a dead host takes up to the kernel limit (≈127 s) instead of seconds, delaying fencing. Fix: {{fix}}.",
      tooLow: "vdsConnectionTimeout = {{value}}: connects to busy hosts or over slow links fail and count toward fencing. Fix: {{fix}}.",
    },
  },
  check(context) {
    const report = judgeNumber(context.document, KEY, (seconds) => judge(seconds, context.options));
    if (report) context.report(report);
  },
});

export default rule;
