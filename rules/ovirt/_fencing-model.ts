/**
 * How long until a dead oVirt host is declared NonResponsive and fenced (spec engine-config §6), for
 * `ovirt/fencing-time` (§7.5). Pure arithmetic, independent of parsing: the rule reads the dump, decides
 * which inputs are missing, and passes numbers in.
 *
 * Two models (§6 introduction):
 * - the **legacy model** (§6.1) reproduces the ha-timeouts page of the oVirt 3.2/3.3 era — one number;
 * - the **code model** (§6.4) follows the 4.x code — bands [low, high], because the failure cadence
 *   depends on engine-internal scheduling (§6.6 caveat 2).
 *
 * Every worked number of §6.5 follows from the §6.4 formulas read literally (the tests check each row);
 * the only choices this module makes where the spec is silent are commented where they are made.
 */

import { ovirtKey } from "../../src/catalogue/ovirt.js";

// ---------------------------------------------------------------------------------------------------
// Inputs

/**
 * The model inputs, keyed by engine-config key name (§6.4 "Inputs from the dump"):
 * C vdsConnectionTimeout (TCP connect deadline, also the sleep between connect retries); R vdsRetries
 * (retry count of the connection and request policies); T vdsTimeout (per-call wait for a VDSM reply);
 * N VDSAttemptsToResetCount (failures tolerated; N + 1 are needed); G₀ TimeoutToResetVdsInSeconds (base
 * grace period); Dₛ DelayResetForSpmInSeconds (added for the SPM); Dᵥ DelayResetPerVmInSeconds (added per
 * VM); r VdsRefreshRate (host monitoring cycle); k NumberVmRefreshesBeforeSave (only every k-th cycle
 * talks to VDSM); S SSHInactivityTimeoutSeconds (SSH soft fencing); FenceStopStatusRetries and
 * FenceStopStatusDelayBetweenRetriesInSec (polls for `off` after a power-management stop);
 * KdumpStartedTimeout (wait for the first fence_kdump message, when kdump detection is on).
 */
export const FENCING_INPUT_KEYS = [
  "vdsConnectionTimeout",
  "vdsRetries",
  "vdsTimeout",
  "VDSAttemptsToResetCount",
  "TimeoutToResetVdsInSeconds",
  "DelayResetForSpmInSeconds",
  "DelayResetPerVmInSeconds",
  "VdsRefreshRate",
  "NumberVmRefreshesBeforeSave",
  "SSHInactivityTimeoutSeconds",
  "FenceStopStatusRetries",
  "FenceStopStatusDelayBetweenRetriesInSec",
  "KdumpStartedTimeout",
] as const;

export type FencingInputKey = (typeof FENCING_INPUT_KEYS)[number];

/**
 * The 4.5.7 database defaults of the inputs (§5), taken from the key catalogue; a key that is absent,
 * unreadable or not a number takes its default.
 */
export const FENCING_INPUT_DEFAULTS: Readonly<Record<FencingInputKey, number>> = Object.fromEntries(
  FENCING_INPUT_KEYS.map((key) => [key, catalogueNumber(key)]),
) as Record<FencingInputKey, number>;

function catalogueNumber(key: string): number {
  const value = Number(ovirtKey(key)?.default ?? Number.NaN);
  if (!Number.isFinite(value)) throw new Error(`the catalogue has no numeric default for ${key}`);
  return value;
}


/** One number per model input, every key present. */
export type FencingInputs = Readonly<Record<FencingInputKey, number>>;

/** The inputs the model runs on, and which of them took their default (in the table's order). */
export interface ResolvedFencingInputs {
  readonly values: FencingInputs;
  readonly defaulted: readonly FencingInputKey[];
}

const INPUT_KEYS: readonly FencingInputKey[] = FENCING_INPUT_KEYS;

/**
 * Fills every input the dump does not give with its 4.5.7 default. The rule passes `undefined` (or
 * leaves the key out) for an absent, unreadable or mistyped value; a non-finite number counts as "not
 * a number" too, so NaN or Infinity never reaches the arithmetic.
 */
export function resolveFencingInputs(
  given: Partial<Record<FencingInputKey, number | undefined>>,
): ResolvedFencingInputs {
  const usable = (key: FencingInputKey): number | undefined => {
    const value = given[key];
    return value !== undefined && Number.isFinite(value) ? value : undefined;
  };
  const values = Object.fromEntries(
    INPUT_KEYS.map((key) => [key, usable(key) ?? FENCING_INPUT_DEFAULTS[key]]),
  ) as Record<FencingInputKey, number>;
  return { values, defaulted: INPUT_KEYS.filter((key) => usable(key) === undefined) };
}

// ---------------------------------------------------------------------------------------------------
// Assumptions

/**
 * Where the dead host sits (§6.4): `routed` — silent behind a router, a connect waits for C or the kernel
 * limit K; `l2` — same segment, ARP fails after ≈ 3 s; `refused` — host OS up, VDSM down, a RST at once.
 */
export type FencingNetwork = "routed" | "l2" | "refused";

/** What a dump cannot tell (§6.4 "Assumptions"; the rule options of `ovirt/fencing-time`). */
export interface FencingAssumptions {
  /** H: STOMP heartbeat (DB-only key `vdsHeartbeatInSeconds`); 0 disables heartbeats. */
  readonly heartbeatSeconds: number;
  /** K: when the kernel gives up an unanswered connect (63, 127 or 131; §6.2). */
  readonly kernelConnectLimitSeconds: number;
  readonly network: FencingNetwork;
  /** Whether the host is the SPM (adds Dₛ to the grace period). */
  readonly spm: boolean;
  /** VMs running on the host (each adds Dᵥ to the grace period). */
  readonly vmCount: number;
  /** Whether kdump detection is enabled for the host (adds KdumpStartedTimeout before the hard fence). */
  readonly kdump: boolean;
}

export const DEFAULT_FENCING_ASSUMPTIONS: FencingAssumptions = {
  heartbeatSeconds: 30,
  kernelConnectLimitSeconds: 127,
  network: "routed",
  spm: false,
  vmCount: 0,
  kdump: false,
};

// ---------------------------------------------------------------------------------------------------
// Model choice

/** The rule option `model` (§7.5): `auto` picks by engine version. */
export type FencingModelOption = "auto" | "code" | "legacy";

/**
 * Which grace check the code model follows (§6.3 step 5): `graceRule` — 4.0 … 4.4.9 and ≥ 4.5.1, N + 1
 * failures **and** G elapsed; `invertedCheck` — 4.4.10.x and 4.5.0.x, NonResponsive at the first failure.
 */
export type CodeBranch = "graceRule" | "invertedCheck";

/**
 * The numeric components of an engine version: `4.5.7`, `4.4.10.7`, or a release string such as
 * `4.5.7-1.el9` (only the leading dotted digits count). Undefined when it does not start with a digit.
 */
export function parseEngineVersion(text: string): readonly number[] | undefined {
  const match = /^\s*(\d+(?:\.\d+)*)/.exec(text);
  return match?.[1]?.split(".").map(Number);
}

/**
 * 3.x (and older) engines are the XML-RPC era the ha-timeouts page describes (§6 introduction). An
 * unparseable version is not treated as old: the rules' default engine is 4.5.7 (§7.1).
 */
function isLegacyEngine(version: readonly number[] | undefined): boolean {
  return version !== undefined && (version[0] ?? 0) < 4;
}

/**
 * 4.4.10.x and 4.5.0.x shipped the inverted grace check (§6.3 step 5; also `ovirt/fencing-regression-
 * release`). Missing components count as 0, so `4.5` reads as 4.5.0.
 */
export function isRegressionRelease(engineVersion: string): boolean {
  const [major = 0, minor = 0, patch = 0] = parseEngineVersion(engineVersion) ?? [];
  return major === 4 && ((minor === 4 && patch === 10) || (minor === 5 && patch === 0));
}

/** The model the option selects for this engine: `auto` is legacy for 3.x, code otherwise (§6). */
export function chooseFencingModel(option: FencingModelOption, engineVersion: string): "code" | "legacy" {
  if (option !== "auto") return option;
  return isLegacyEngine(parseEngineVersion(engineVersion)) ? "legacy" : "code";
}

/** The grace check of this engine, when the code model runs (also when forced onto a 3.x engine). */
export function codeBranch(engineVersion: string): CodeBranch {
  return isRegressionRelease(engineVersion) ? "invertedCheck" : "graceRule";
}

// ---------------------------------------------------------------------------------------------------
// Code model (§6.4)

/** Seconds, lower and upper estimate; equal ends for a point value. */
export interface Band {
  readonly low: number;
  readonly high: number;
}

/** The intermediate terms of §6.4, so a message can show the arithmetic. */
export interface CodeTerms {
  /** max(1, R): attempts per connect or call (R = 0 and R = 1 both mean one; §6.3 step 2). */
  readonly a: number;
  /** Time per failure once the connection is gone. */
  readonly c: number;
  /** When the first failure arrives. */
  readonly t1: Band;
  /** Grace period, truncated to whole seconds. */
  readonly G: number;
  /** Upper bound of how long `lastUpdate` keeps advancing after death. */
  readonly L: number;
}

/**
 * What follows NonResponsive. A refused connection means the host OS is up, so SSH soft fencing is
 * expected to restart VDSM and no power-off is issued (§6.4 `ssh`; §6.5 row "refused").
 */
export type FenceOutcome =
  | {
      readonly kind: "hardFence";
      /** How long the SSH soft-fencing attempt takes to fail. */
      readonly ssh: number;
      /** KdumpStartedTimeout when kdump detection is on, else 0. */
      readonly kdump: number;
      /** When the power-off ("off") is issued. */
      readonly fenceIssued: Band;
      /** Latest time the power-off is confirmed (fence status polls exhausted). */
      readonly hostOffConfirmedHigh: number;
    }
  | { readonly kind: "softFenceOnly" };

export interface CodeEstimate {
  readonly model: "code";
  readonly branch: CodeBranch;
  readonly engineVersion: string;
  readonly inputs: FencingInputs;
  readonly assumptions: FencingAssumptions;
  readonly terms: CodeTerms;
  readonly nonResponsive: Band;
  readonly fence: FenceOutcome;
}

/**
 * Per-failure time c (§6.4). Routed: a connect to a silent host waits C per attempt, but once C ≥ K
 * the kernel's failure ends it after K and escapes the retry loop (§6.3 step 2). L2: ARP fails after
 * ≈ 3 s, then the retry sleeps. Refused: the RST is immediate, only the retry sleeps remain.
 */
function perFailureSeconds(inputs: FencingInputs, assumptions: FencingAssumptions, a: number): number {
  const C = inputs.vdsConnectionTimeout;
  const K = assumptions.kernelConnectLimitSeconds;
  switch (assumptions.network) {
    case "routed":
      return C >= K ? K : C * a;
    case "l2":
      return 3 + (a - 1) * C;
    case "refused":
      return (a - 1) * C;
  }
}

/**
 * First failure t1 (§6.3 step 3, §6.4). The heartbeat detects a silent death within [H/2, H]; with
 * heartbeats off (H = 0) only the outstanding call's timeout T·a does. A refused connection fails at
 * once whatever H is: the spec lists "[0, 3] for refused" and "when H = 0" side by side, and we read the
 * network answer as taking precedence, because the RST needs no heartbeat to be noticed (§6.3 step 3:
 * "within ≈ 0–3 s when the network answers").
 */
function firstFailure(inputs: FencingInputs, assumptions: FencingAssumptions, a: number): Band {
  const H = assumptions.heartbeatSeconds;
  if (assumptions.network === "refused") return { low: 0, high: 3 };
  if (H === 0) return { low: inputs.vdsTimeout * a, high: inputs.vdsTimeout * a };
  return { low: H / 2, high: H };
}

/** G₀ + Dₛ·[spm] + Dᵥ·vmCount, before the engine truncates it (§6.3 step 5). */
function graceSum(inputs: FencingInputs, assumptions: FencingAssumptions): number {
  const spmDelay = assumptions.spm ? inputs.DelayResetForSpmInSeconds : 0;
  return inputs.TimeoutToResetVdsInSeconds + spmDelay + inputs.DelayResetPerVmInSeconds * assumptions.vmCount;
}

/** All §6.4 terms for these inputs. */
export function codeTerms(inputs: FencingInputs, assumptions: FencingAssumptions): CodeTerms {
  const a = Math.max(1, inputs.vdsRetries);
  return {
    a,
    c: perFailureSeconds(inputs, assumptions, a),
    t1: firstFailure(inputs, assumptions, a),
    // The Double sum is truncated to whole seconds (§5 DelayResetPerVmInSeconds, §6.4 `floor`).
    G: Math.floor(graceSum(inputs, assumptions)),
    L: inputs.VdsRefreshRate * inputs.NumberVmRefreshesBeforeSave,
  };
}

/**
 * NonResponsive band (§6.3 step 5, §6.4). Grace rule: N + 1 failures (t1, then N more at c each) **and**
 * G since `lastUpdate`, which may lag death by up to L; the high end then waits for the next failure
 * event (+ c). Inverted check: the first failure already does it.
 */
function nonResponsiveBand(terms: CodeTerms, N: number, branch: CodeBranch): Band {
  if (branch === "invertedCheck") return terms.t1;
  return {
    low: Math.max(terms.t1.low + N * terms.c, terms.G),
    high: Math.max(terms.t1.high + N * terms.c, terms.L + terms.G) + terms.c,
  };
}

/**
 * SSH soft fencing, kdump wait and power-off (§6.3 step 6, §6.4): the SSH connect to a dead host fails
 * after K (routed, capped by S) or ≈ 3 s (L2); the stop-status polls bound the confirmation.
 */
function fenceOutcome(inputs: FencingInputs, assumptions: FencingAssumptions, nonResponsive: Band): FenceOutcome {
  if (assumptions.network === "refused") return { kind: "softFenceOnly" };
  const ssh =
    assumptions.network === "routed"
      ? Math.min(assumptions.kernelConnectLimitSeconds, inputs.SSHInactivityTimeoutSeconds)
      : 3;
  const kdump = assumptions.kdump ? inputs.KdumpStartedTimeout : 0;
  const fenceIssued = { low: nonResponsive.low + ssh + kdump, high: nonResponsive.high + ssh + kdump };
  const statusWindow = inputs.FenceStopStatusRetries * inputs.FenceStopStatusDelayBetweenRetriesInSec;
  return { kind: "hardFence", ssh, kdump, fenceIssued, hostOffConfirmedHigh: fenceIssued.high + statusWindow };
}

/** The code model (§6.4) for one set of inputs, assumptions and engine version. */
export function estimateCodeModel(
  inputs: FencingInputs,
  assumptions: FencingAssumptions,
  engineVersion: string,
): CodeEstimate {
  const branch = codeBranch(engineVersion);
  const terms = codeTerms(inputs, assumptions);
  const nonResponsive = nonResponsiveBand(terms, inputs.VDSAttemptsToResetCount, branch);
  const fence = fenceOutcome(inputs, assumptions, nonResponsive);
  return { model: "code", branch, engineVersion, inputs, assumptions, terms, nonResponsive, fence };
}

// ---------------------------------------------------------------------------------------------------
// Legacy model (§6.1)

/**
 * The legacy model's connect limit K₆₃: the page's "approx 63s" came from the pre-3.7 kernel default
 * (§6.2), so it stays 63 whatever K the code model assumes.
 */
export const LEGACY_KERNEL_CONNECT_LIMIT_SECONDS = 63;

/** The terms of `max(N × min(C, K₆₃) × max(1, R), G₀)`. */
export interface LegacyTerms {
  readonly N: number;
  /** min(C, 63): one connect attempt to a silent host. */
  readonly connect: number;
  /** max(1, R). */
  readonly a: number;
  /** N × connect × a: time until the failures are counted. */
  readonly failureSeconds: number;
  readonly G0: number;
}

export interface LegacyEstimate {
  readonly model: "legacy";
  readonly engineVersion: string;
  readonly inputs: FencingInputs;
  readonly terms: LegacyTerms;
  /** When fencing starts: both the failure count and the grace period are exceeded. */
  readonly seconds: number;
}

/**
 * The legacy model keeps the page's N failures (not the N + 1 the code of that era needed; §6.1 caveat)
 * and ignores every assumption: H, the network and the grace-period additions play no part on the page.
 */
export function estimateLegacyModel(inputs: FencingInputs, engineVersion: string): LegacyEstimate {
  const N = inputs.VDSAttemptsToResetCount;
  const connect = Math.min(inputs.vdsConnectionTimeout, LEGACY_KERNEL_CONNECT_LIMIT_SECONDS);
  const a = Math.max(1, inputs.vdsRetries);
  const failureSeconds = N * connect * a;
  const G0 = inputs.TimeoutToResetVdsInSeconds;
  return {
    model: "legacy",
    engineVersion,
    inputs,
    terms: { N, connect, a, failureSeconds, G0 },
    seconds: Math.max(failureSeconds, G0),
  };
}

// ---------------------------------------------------------------------------------------------------
// Entry point

export type FencingEstimate = CodeEstimate | LegacyEstimate;

export interface FencingRequest {
  readonly inputs: FencingInputs;
  /** Missing assumptions take `DEFAULT_FENCING_ASSUMPTIONS`. */
  readonly assumptions?: Partial<FencingAssumptions>;
  /** §3.6: `ProductRPMVersion` or the `ovirtVersion` setting. */
  readonly engineVersion: string;
  readonly model?: FencingModelOption;
}

/** Runs the model the option and engine version select (§6 introduction, §7.5 option `model`). */
export function estimateFencingTime(request: FencingRequest): FencingEstimate {
  const assumptions = { ...DEFAULT_FENCING_ASSUMPTIONS, ...request.assumptions };
  return chooseFencingModel(request.model ?? "auto", request.engineVersion) === "legacy"
    ? estimateLegacyModel(request.inputs, request.engineVersion)
    : estimateCodeModel(request.inputs, assumptions, request.engineVersion);
}

/** The rule option `milestone` (§7.5). */
export type FencingMilestone = "nonResponsive" | "fenceIssued";

/**
 * The band the rule compares with its budget. The legacy page gives one figure — when fencing starts —
 * and has no later stage, so it answers both milestones. Undefined when no power-off is issued at all
 * (`refused` network asking for `fenceIssued`).
 */
export function milestoneBand(estimate: FencingEstimate, milestone: FencingMilestone): Band | undefined {
  if (estimate.model === "legacy") return { low: estimate.seconds, high: estimate.seconds };
  if (milestone === "nonResponsive") return estimate.nonResponsive;
  return estimate.fence.kind === "hardFence" ? estimate.fence.fenceIssued : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Message text (§7.5 `ovirt/fencing-time`: one line, the arithmetic shown)

export interface FencingExplanationRequest {
  readonly estimate: FencingEstimate;
  readonly milestone: FencingMilestone;
  readonly budgetSeconds: number;
  /** Inputs that took their default (`ResolvedFencingInputs.defaulted`, plus any the rule adds). */
  readonly defaulted: readonly string[];
}

/** "60–95 s", or "378 s" for a point value. */
function bandText(band: Band): string {
  return band.low === band.high ? `${band.low} s` : `${band.low}–${band.high} s`;
}

/** "vdsRetries 3 × " when retries multiply a timeout (a > 1); R = 0 or 1 is one attempt and shows nothing. */
function retriesFactor(inputs: FencingInputs): string {
  return inputs.vdsRetries > 1 ? `vdsRetries ${inputs.vdsRetries} × ` : "";
}

/** Sleeps between connect attempts: "(vdsRetries 3 − 1) × vdsConnectionTimeout 20 s". */
function retrySleeps(inputs: FencingInputs): string {
  return `(vdsRetries ${inputs.vdsRetries} − 1) × vdsConnectionTimeout ${inputs.vdsConnectionTimeout} s`;
}

/** How c comes about, following the cases of `perFailureSeconds`. */
function perFailureText(estimate: CodeEstimate): string {
  const { inputs, assumptions, terms } = estimate;
  const C = inputs.vdsConnectionTimeout;
  const K = assumptions.kernelConnectLimitSeconds;
  const retried = terms.a > 1;
  switch (assumptions.network) {
    case "routed":
      return C >= K
        ? `kernel connect limit ${K} s per failure (vdsConnectionTimeout ${C} s ≥ ${K} s)`
        : `${retriesFactor(inputs)}vdsConnectionTimeout ${C} s per failure`;
    case "l2":
      return retried
        ? `ARP failure 3 s + ${retrySleeps(inputs)} = ${terms.c} s per failure`
        : "ARP failure 3 s per failure";
    case "refused":
      return retried ? `${retrySleeps(inputs)} = ${terms.c} s per failure` : "refused connects fail at once";
  }
}

/** The grace period's sum, shown only with the additions that apply. */
function graceText(estimate: CodeEstimate): string {
  const { inputs, assumptions, terms } = estimate;
  const parts = [`TimeoutToResetVdsInSeconds ${inputs.TimeoutToResetVdsInSeconds} s`];
  if (assumptions.spm) parts.push(`DelayResetForSpmInSeconds ${inputs.DelayResetForSpmInSeconds} s`);
  if (assumptions.vmCount !== 0) {
    parts.push(`${vmsText(assumptions.vmCount)} × DelayResetPerVmInSeconds ${inputs.DelayResetPerVmInSeconds} s`);
  }
  const expression = `grace ${parts.join(" + ")}`;
  if (parts.length === 1) return expression;
  const truncated = graceSum(inputs, assumptions) !== terms.G;
  return `${expression} = ${terms.G} s${truncated ? " (truncated)" : ""}`;
}

/**
 * Whether the grace period, rather than the failure count, decides either end of the band: only then
 * does the message name it (the §7.5 example, decided by failures alone, does not).
 */
function graceDecides(estimate: CodeEstimate): boolean {
  const { terms, inputs } = estimate;
  const failures = (t1: number): number => t1 + inputs.VDSAttemptsToResetCount * terms.c;
  return terms.G >= failures(terms.t1.low) || terms.L + terms.G >= failures(terms.t1.high);
}

/**
 * Without heartbeats the first failure is a call timeout (§6.3 step 3), which dominates the estimate
 * and is not visible from the assumptions alone, so the message spells it out.
 */
function firstFailureClauses(estimate: CodeEstimate): string[] {
  const { inputs, assumptions, terms } = estimate;
  if (assumptions.heartbeatSeconds !== 0 || assumptions.network === "refused") return [];
  return [`first failure after ${retriesFactor(inputs)}vdsTimeout ${inputs.vdsTimeout} s = ${terms.t1.high} s`];
}

/** The arithmetic behind NonResponsive in the code model. */
function nonResponsiveArithmetic(estimate: CodeEstimate): string {
  if (estimate.branch === "invertedCheck") {
    const regression =
      `engine ${estimate.engineVersion} has the inverted grace check of 4.4.10.x and 4.5.0.x ` +
      "and declares it at the first failed call";
    return [regression, ...firstFailureClauses(estimate)].join(", ");
  }
  const clauses = [
    perFailureText(estimate),
    `${estimate.inputs.VDSAttemptsToResetCount + 1} failures needed`,
    ...firstFailureClauses(estimate),
  ];
  if (graceDecides(estimate)) clauses.push(graceText(estimate));
  return clauses.join(", ");
}

/** What happens between NonResponsive and the power-off. */
function fenceStagesText(estimate: CodeEstimate): string {
  if (estimate.fence.kind === "softFenceOnly") return "";
  const { ssh, kdump } = estimate.fence;
  const sshWhy =
    estimate.assumptions.network === "l2"
      ? "ARP"
      : ssh === estimate.assumptions.kernelConnectLimitSeconds
        ? "kernel connect limit"
        : "SSHInactivityTimeoutSeconds";
  const kdumpText = kdump === 0 ? "" : `, then KdumpStartedTimeout ${kdump} s`;
  return (
    `; NonResponsive after ${bandText(estimate.nonResponsive)}, ` +
    `then SSH soft fencing fails after ${ssh} s (${sshWhy})${kdumpText}`
  );
}

/** "0 VMs", "1 VM", "40 VMs". */
function vmsText(count: number): string {
  return `${count} ${count === 1 ? "VM" : "VMs"}`;
}

function networkText(network: FencingNetwork): string {
  switch (network) {
    case "routed":
      return "routed network";
    case "l2":
      return "same L2 segment";
    case "refused":
      return "connections refused (host up, VDSM down)";
  }
}

/** "Assumed: …; defaulted: …." — the part every estimate message ends with. */
function assumedText(estimate: FencingEstimate, defaulted: readonly string[]): string {
  const defaultedText = `defaulted: ${defaulted.length === 0 ? "(none)" : defaulted.join(", ")}.`;
  if (estimate.model === "legacy") {
    return `Assumed: kernel connect limit ${LEGACY_KERNEL_CONNECT_LIMIT_SECONDS} s (legacy ha-timeouts model); ${defaultedText}`;
  }
  const { heartbeatSeconds: H, kernelConnectLimitSeconds: K, network, spm, vmCount, kdump } = estimate.assumptions;
  const assumed = [
    H === 0 ? "heartbeat disabled" : `heartbeat ${H} s`,
    `kernel connect limit ${K} s`,
    networkText(network),
    `${spm ? "SPM" : "non-SPM"} host with ${vmsText(vmCount)}`,
    ...(kdump ? ["kdump detection on"] : []),
  ];
  return `Assumed: ${assumed.join(", ")}; ${defaultedText}`;
}

/** The sentence's subject and verb for a milestone. */
function milestoneText(milestone: FencingMilestone): string {
  return milestone === "nonResponsive" ? "A dead host is declared NonResponsive" : "A dead host's power-off is issued";
}

/** The arithmetic of the legacy formula, with its two operands. */
function legacyArithmetic(estimate: LegacyEstimate): string {
  const { inputs, terms } = estimate;
  return (
    `VDSAttemptsToResetCount ${terms.N} × ${retriesFactor(inputs)}min(vdsConnectionTimeout ` +
    `${inputs.vdsConnectionTimeout} s, ${LEGACY_KERNEL_CONNECT_LIMIT_SECONDS} s) = ${terms.failureSeconds} s of failures ` +
    `vs grace TimeoutToResetVdsInSeconds ${terms.G0} s`
  );
}

/**
 * The one-line `ovirt/fencing-time` message (§7.5): the milestone's band against the budget, the
 * arithmetic that produced it, then the assumptions and the defaulted inputs. For a `refused` network
 * asked about the power-off, it says that none is issued and gives the NonResponsive band instead.
 */
export function renderFencingExplanation(request: FencingExplanationRequest): string {
  const { estimate, milestone, budgetSeconds, defaulted } = request;
  const budget = `(budget ${budgetSeconds} s)`;
  const tail = assumedText(estimate, defaulted);
  if (estimate.model === "legacy") {
    return `${milestoneText(milestone)} after an estimated ${estimate.seconds} s ${budget}: ${legacyArithmetic(estimate)}. ${tail}`;
  }
  const arithmetic = nonResponsiveArithmetic(estimate);
  const band = milestoneBand(estimate, milestone);
  if (band === undefined) {
    return (
      `No power-off is issued for a host whose VDSM refuses connections ${budget}: SSH soft fencing is expected ` +
      `to restart VDSM; it is declared NonResponsive after an estimated ${bandText(estimate.nonResponsive)}: ${arithmetic}. ${tail}`
    );
  }
  const stages = milestone === "fenceIssued" ? fenceStagesText(estimate) : "";
  return `${milestoneText(milestone)} after an estimated ${bandText(band)} ${budget}: ${arithmetic}${stages}. ${tail}`;
}
