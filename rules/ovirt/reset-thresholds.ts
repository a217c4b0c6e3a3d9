import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { defaultNumber, judgeNumber, remedyWithin, type Verdict } from "./_monitoring.js";

const ATTEMPTS = "VDSAttemptsToResetCount";
const GRACE = "TimeoutToResetVdsInSeconds";
/** Added to the grace period (spec §6.3 step 5); a negative value takes time away from it. */
const DELAYS = ["DelayResetForSpmInSeconds", "DelayResetPerVmInSeconds"] as const;

export interface ResetThresholdsOptions {
  attemptsMin: number;
  attemptsMax: number;
  /** 30 s is the lowest default upstream ever shipped. */
  graceMinSeconds: number;
  graceMaxSeconds: number;
}

/**
 * Failures needed before NonResponsive: the host stays Connecting while `failures ≤ N` (spec §6.3
 * step 5), so N + 1, and at least the one failure that triggers the check.
 */
function failuresNeeded(attempts: number): number {
  return Math.max(1, attempts + 1);
}

function judgeAttempts(attempts: number, { attemptsMin, attemptsMax }: ResetThresholdsOptions): Verdict | undefined {
  if (attempts >= attemptsMin && attempts <= attemptsMax) return undefined;
  const needed = failuresNeeded(attempts);
  const fixes = [{ key: ATTEMPTS, value: remedyWithin(ATTEMPTS, attemptsMin, attemptsMax) }];
  if (attempts > attemptsMax) return { messageId: "attemptsHigh", values: { needed }, fixes };
  return { messageId: "attemptsLow", values: { calls: needed === 1 ? "1 failed call" : `${needed} failed calls` }, fixes };
}

function judgeGrace(seconds: number, { graceMinSeconds, graceMaxSeconds }: ResetThresholdsOptions): Verdict | undefined {
  const fixes = [{ key: GRACE, value: remedyWithin(GRACE, graceMinSeconds, graceMaxSeconds) }];
  if (seconds < graceMinSeconds) return { messageId: "graceShort", fixes };
  return seconds > graceMaxSeconds ? { messageId: "graceLong", values: { seconds }, fixes } : undefined;
}

function judgeDelay(key: string, seconds: number): Verdict | undefined {
  return seconds < 0 ? { messageId: "negativeDelay", values: { key }, fixes: [{ key, value: defaultNumber(key) }] } : undefined;
}

const rule: OvirtRule<ResetThresholdsOptions> = defineRule({
  meta: {
    id: "ovirt/reset-thresholds",
    engine: "ovirt",
    type: "problem",
    description: "Failure count / grace period outside sane bounds",
    defaultSeverity: "warning",
    hasSuggestions: true,
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        attemptsMin: { type: "integer", minimum: 0, description: "Lowest VDSAttemptsToResetCount not reported (default 1)." },
        attemptsMax: { type: "integer", minimum: 0, description: "Highest VDSAttemptsToResetCount not reported (default 5)." },
        graceMinSeconds: { type: "integer", minimum: 0, description: "Lowest TimeoutToResetVdsInSeconds not reported (default 30)." },
        graceMaxSeconds: { type: "integer", minimum: 0, description: "Highest TimeoutToResetVdsInSeconds not reported (default 300)." },
      },
    },
    defaultOptions: { attemptsMin: 1, attemptsMax: 5, graceMinSeconds: 30, graceMaxSeconds: 300 },
    messages: {
      attemptsLow:
        "VDSAttemptsToResetCount = {{value}}: a host is declared NonResponsive after only {{calls}} once the grace period has passed, so a short network blip can get it fenced. Fix: {{fix}}.",
      attemptsHigh: "VDSAttemptsToResetCount = {{value}}: {{needed}} failed calls are needed before a dead host is declared NonResponsive. Fix: {{fix}}.",
      graceShort: "TimeoutToResetVdsInSeconds = {{value}}: a short network blip can get the host fenced. Fix: {{fix}}.",
      graceLong:
        "TimeoutToResetVdsInSeconds = {{value}}: a dead host is declared NonResponsive only after {{seconds}} s, so its HA VMs are restarted late. Fix: {{fix}}.",
      negativeDelay: "{{key}} = {{value}} is negative: it shortens the grace period before fencing instead of extending it. Fix: {{fix}}.",
    },
  },
  check(context) {
    const { document, options } = context;
    const reports = [
      judgeNumber(document, ATTEMPTS, (attempts) => judgeAttempts(attempts, options)),
      judgeNumber(document, GRACE, (seconds) => judgeGrace(seconds, options)),
      ...DELAYS.map((key) => judgeNumber(document, key, (seconds) => judgeDelay(key, seconds))),
    ];
    for (const report of reports) if (report) context.report(report);
  },
});

export default rule;
