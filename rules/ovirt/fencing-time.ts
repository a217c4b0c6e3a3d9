import { defineRule } from "../../src/core/rule.js";
import { engineVersion, type OvirtRule } from "../../src/engines/ovirt.js";
import type { EcRecord, EngineConfigDocument } from "../../src/parsers/engine-config-types.js";
import {
  chooseFencingModel,
  FENCING_INPUT_KEYS,
  estimateFencingTime,
  milestoneBand,
  renderFencingExplanation,
  resolveFencingInputs,
  type FencingAssumptions,
  type FencingEstimate,
  type FencingInputKey,
  type FencingMilestone,
  type FencingModelOption,
  type FencingNetwork,
  LEGACY_KERNEL_CONNECT_LIMIT_SECONDS,
} from "./_fencing-model.js";
import { readNumber } from "./_monitoring.js";
import { displayKeyValue } from "./_values.js";

export interface FencingTimeOptions {
  budgetSeconds: number;
  milestone: FencingMilestone;
  model: FencingModelOption;
  heartbeatSeconds: number;
  kernelConnectLimitSeconds: number;
  network: FencingNetwork;
  spm: boolean;
  vmCount: number;
}

/**
 * The dump keys each model reads (spec §6.4 "Inputs from the dump", §6.1). KdumpStartedTimeout is left
 * out: it counts only for hosts with kdump detection on, which no option of this rule assumes.
 */
const MODEL_INPUTS: Readonly<Record<"code" | "legacy", readonly FencingInputKey[]>> = {
  code: FENCING_INPUT_KEYS.filter((key) => key !== "KdumpStartedTimeout"),
  legacy: ["vdsConnectionTimeout", "vdsRetries", "VDSAttemptsToResetCount", "TimeoutToResetVdsInSeconds"],
};

/** What the dump gives the model: the numbers it holds, why others are missing, and where it mentions them. */
interface DumpInputs {
  given: Partial<Record<FencingInputKey, number>>;
  /** The dump's text of inputs it holds but that are not numbers, by key. */
  notNumbers: Partial<Record<FencingInputKey, string>>;
  /** Records of the inputs, readable or not a number, in file order. */
  records: EcRecord[];
}

function readInputs(document: EngineConfigDocument, keys: readonly FencingInputKey[]): DumpInputs {
  const inputs: DumpInputs = { given: {}, notNumbers: {}, records: [] };
  for (const key of keys) {
    const reading = readNumber(document, key);
    if (reading.kind === "absent") continue;
    inputs.records.push(reading.record);
    // Double keys accept NaN and Infinity; the model treats them like any value that is not a number.
    if (reading.kind === "value" && Number.isFinite(reading.value)) inputs.given[key] = reading.value;
    else inputs.notNumbers[key] = reading.record.value;
  }
  inputs.records.sort((a, b) => a.span.start - b.span.start);
  return inputs;
}

/** A defaulted input as the message lists it; one the dump holds but cannot be read as a number says so. */
function defaultedText(key: FencingInputKey, inputs: DumpInputs): string {
  const text = inputs.notNumbers[key];
  return text === undefined ? key : `${key} (${displayKeyValue(key, text)} is not a number)`;
}

/** `name=value` pairs for json `data` (which holds strings, numbers and string lists, not objects). */
function pairs(entries: Iterable<readonly [string, string | number | boolean]>): string[] {
  return [...entries].map(([name, value]) => `${name}=${String(value)}`);
}

/** The assumptions the estimate rests on: the legacy page knows only its 63 s connect limit. */
function assumedData(estimate: FencingEstimate): string[] {
  if (estimate.model === "legacy") {
    return pairs([["kernelConnectLimitSeconds", LEGACY_KERNEL_CONNECT_LIMIT_SECONDS], ["engineVersion", estimate.engineVersion]]);
  }
  const { heartbeatSeconds, kernelConnectLimitSeconds, network, spm, vmCount } = estimate.assumptions;
  return pairs(
    Object.entries({ heartbeatSeconds, kernelConnectLimitSeconds, network, spm, vmCount, engineVersion: estimate.engineVersion }),
  );
}

const rule: OvirtRule<FencingTimeOptions> = defineRule({
  meta: {
    id: "ovirt/fencing-time",
    engine: "ovirt",
    type: "suggestion",
    description: "The estimated time to fence a dead host, always shown; over the budget it is a warning",
    defaultSeverity: "info",
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        budgetSeconds: { type: "number", minimum: 0, description: "Estimates whose upper bound exceeds this many seconds are warnings (default 180)." },
        milestone: { enum: ["nonResponsive", "fenceIssued"], description: "What the estimate measures: the host declared NonResponsive (default) or the power-off issued." },
        model: { enum: ["auto", "code", "legacy"], description: "auto (default): the code model for 4.x engines, the ha-timeouts page's legacy model for 3.x." },
        heartbeatSeconds: { type: "number", minimum: 0, description: "vdsHeartbeatInSeconds, a database-only key (default 30; 0 = heartbeats off)." },
        kernelConnectLimitSeconds: { type: "number", exclusiveMinimum: 0, description: "When the kernel gives up an unanswered connect: 63, 127 (default) or 131." },
        network: { enum: ["routed", "l2", "refused"], description: "Where the dead host sits: routed (default), l2 (same segment) or refused (host up, VDSM down)." },
        spm: { type: "boolean", description: "Estimate for the SPM host (default false)." },
        vmCount: { type: "integer", minimum: 0, description: "VMs running on the host (default 0)." },
      },
    },
    defaultOptions: {
      budgetSeconds: 180,
      milestone: "nonResponsive",
      model: "auto",
      heartbeatSeconds: 30,
      kernelConnectLimitSeconds: 127,
      network: "routed",
      spm: false,
      vmCount: 0,
    },
    messages: {
      estimate: "{{explanation}}",
    },
  },
  check(context) {
    const { document, options } = context;
    const version = engineVersion(document, context.settings);
    const keys = MODEL_INPUTS[chooseFencingModel(options.model, version)];
    const inputs = readInputs(document, keys);
    // The estimate is shown only for a dump that says something about fencing (spec §7.5).
    const anchor = inputs.records[0];
    if (anchor === undefined) return;
    const resolved = resolveFencingInputs(inputs.given);
    const { heartbeatSeconds, kernelConnectLimitSeconds, network, spm, vmCount } = options;
    const assumptions: FencingAssumptions = { heartbeatSeconds, kernelConnectLimitSeconds, network, spm, vmCount, kdump: false };
    const estimate = estimateFencingTime({ inputs: resolved.values, assumptions, engineVersion: version, model: options.model });
    const band = milestoneBand(estimate, options.milestone);
    const defaulted = resolved.defaulted.filter((key) => keys.includes(key)).map((key) => defaultedText(key, inputs));
    const explanation = renderFencingExplanation({ estimate, milestone: options.milestone, budgetSeconds: options.budgetSeconds, defaulted });
    context.report({
      messageId: "estimate",
      values: { explanation },
      span: anchor.keySpan,
      // Over the budget the estimate is a warning; a severity set in the configuration grades both.
      ...(band !== undefined && band.high > options.budgetSeconds ? { severity: "warning" as const } : {}),
      data: {
        lowSeconds: band?.low ?? null,
        highSeconds: band?.high ?? null,
        milestone: options.milestone,
        model: estimate.model,
        inputs: pairs(keys.map((key) => [key, resolved.values[key]] as const)),
        assumed: assumedData(estimate),
        defaulted,
      },
    });
  },
});

export default rule;
