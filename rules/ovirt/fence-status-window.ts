import { defineRule, type ReportDescriptor } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import type { EcRecord, EngineConfigDocument } from "../../src/parsers/engine-config-types.js";
import { defaultNumber, valueOrDefault, valueReport, type Setting } from "./_monitoring.js";

/** The status polls after a power-management stop or start (spec §5; `SingleAgentFenceActionExecutor`). */
interface Polling {
  retries: string;
  delay: string;
  messageId: "stopWindow" | "startWindow";
}

const POLLINGS: readonly Polling[] = [
  { retries: "FenceStopStatusRetries", delay: "FenceStopStatusDelayBetweenRetriesInSec", messageId: "stopWindow" },
  { retries: "FenceStartStatusRetries", delay: "FenceStartStatusDelayBetweenRetriesInSec", messageId: "startWindow" },
];

export interface FenceStatusWindowOptions {
  minSeconds: number;
}

/** One key of a pair: the number the engine uses and the dump's record, when the dump has one. */
interface Factor {
  key: string;
  value: number;
  record?: EcRecord;
}

/**
 * The settings that reach `minSeconds`: the delay is raised to its default (10 s) when below it, and the
 * retries, if still short, to their default (18) or as many as the window needs. Only keys whose value
 * changes are set.
 */
function remedy(retries: Factor, delay: Factor, minSeconds: number): Setting[] {
  const newDelay = Math.max(delay.value, defaultNumber(delay.key));
  const newRetries =
    retries.value * newDelay >= minSeconds ? retries.value : Math.max(defaultNumber(retries.key), Math.ceil(minSeconds / newDelay));
  const settings: Setting[] = [];
  if (newRetries !== retries.value) settings.push({ key: retries.key, value: newRetries });
  if (newDelay !== delay.value) settings.push({ key: delay.key, value: newDelay });
  return settings;
}

/**
 * The pair's finding, at the value of the first key in the dump that the remedy changes (or of the other
 * one, when the remedy changes only a key the dump lacks). A pair the dump does not mention is at its
 * defaults; a value failing `ovirt/value-type` makes the pair unknown, so it is skipped (spec §7.1).
 */
function check(document: EngineConfigDocument, polling: Polling, minSeconds: number): ReportDescriptor | undefined {
  const read = (key: string): Factor | undefined => {
    const reading = valueOrDefault(document, key);
    return reading && { key, ...reading };
  };
  const retries = read(polling.retries);
  const delay = read(polling.delay);
  if (retries === undefined || delay === undefined) return undefined;
  // No poll runs for a count or delay ≤ 0, whatever the sign of the product.
  const window = Math.max(0, retries.value) * Math.max(0, delay.value);
  if (window >= minSeconds) return undefined;
  const fixes = remedy(retries, delay, minSeconds);
  const present = [retries, delay]
    .filter((factor): factor is Required<Factor> => factor.record !== undefined)
    .sort((a, b) => a.record.span.start - b.record.span.start);
  const anchor = present.find((factor) => fixes.some((setting) => setting.key === factor.key)) ?? present[0];
  if (anchor === undefined) return undefined;
  return valueReport(anchor.record, anchor.value, {
    messageId: polling.messageId,
    values: { window, retries: retries.value, delay: delay.value },
    fixes,
  });
}

const rule: OvirtRule<FenceStatusWindowOptions> = defineRule({
  meta: {
    id: "ovirt/fence-status-window",
    engine: "ovirt",
    type: "problem",
    description: "PM status polling window too short",
    defaultSeverity: "warning",
    hasSuggestions: true,
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        minSeconds: {
          type: "integer",
          minimum: 0,
          description: "Shortest status polling window (retries × delay) not reported, in seconds (default 60).",
        },
      },
    },
    defaultOptions: { minSeconds: 60 },
    messages: {
      stopWindow:
        "Power-off is confirmed for at most {{window}} s ({{retries}} × {{delay}} s): a slow fence device makes the fence operation fail and HA VMs are not restarted. Fix: {{fix}}.",
      startWindow:
        "Power-on is confirmed for at most {{window}} s ({{retries}} × {{delay}} s): a slow fence device gets the restart reported as failed and the host stays down. Fix: {{fix}}.",
    },
  },
  check(context) {
    for (const polling of POLLINGS) {
      const report = check(context.document, polling, context.options.minSeconds);
      if (report) context.report(report);
    }
  },
});

export default rule;
