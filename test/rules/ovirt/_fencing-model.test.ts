import { describe, expect, it } from "vitest";
import {
  chooseFencingModel,
  codeBranch,
  DEFAULT_FENCING_ASSUMPTIONS,
  estimateCodeModel,
  estimateFencingTime,
  estimateLegacyModel,
  FENCING_INPUT_DEFAULTS,
  isRegressionRelease,
  milestoneBand,
  parseEngineVersion,
  renderFencingExplanation,
  resolveFencingInputs,
  type CodeEstimate,
  type FencingAssumptions,
  type FencingInputKey,
  type FencingMilestone,
} from "../../../rules/ovirt/_fencing-model.js";

type Given = Partial<Record<FencingInputKey, number>>;

/** The code model on 4.5.7 with the given dump values and assumptions. */
function code(given: Given = {}, assumptions: Partial<FencingAssumptions> = {}, engineVersion = "4.5.7"): CodeEstimate {
  const { values } = resolveFencingInputs(given);
  return estimateCodeModel(values, { ...DEFAULT_FENCING_ASSUMPTIONS, ...assumptions }, engineVersion);
}

function fenceIssued(estimate: CodeEstimate): [number, number] | "soft fence only" {
  return estimate.fence.kind === "hardFence" ? [estimate.fence.fenceIssued.low, estimate.fence.fenceIssued.high] : "soft fence only";
}

/** One-line messages without doubled whitespace (§7.1). */
function expectOneLine(text: string): void {
  expect(text).not.toMatch(/[\r\n]/);
  expect(text).not.toMatch(/\s\s/);
}

describe("resolveFencingInputs", () => {
  it("uses the 4.5.7 defaults of §5 and lists every defaulted key in table order", () => {
    expect(FENCING_INPUT_DEFAULTS).toEqual({
      vdsConnectionTimeout: 20,
      vdsRetries: 0,
      vdsTimeout: 180,
      VDSAttemptsToResetCount: 2,
      TimeoutToResetVdsInSeconds: 60,
      DelayResetForSpmInSeconds: 20,
      DelayResetPerVmInSeconds: 0.5,
      VdsRefreshRate: 3,
      NumberVmRefreshesBeforeSave: 5,
      SSHInactivityTimeoutSeconds: 300,
      FenceStopStatusRetries: 18,
      FenceStopStatusDelayBetweenRetriesInSec: 10,
      KdumpStartedTimeout: 30,
    });
    const resolved = resolveFencingInputs({ vdsRetries: 3, vdsTimeout: undefined, vdsConnectionTimeout: Number.NaN });
    expect(resolved.values).toEqual({ ...FENCING_INPUT_DEFAULTS, vdsRetries: 3 });
    expect(resolved.defaulted).toEqual(Object.keys(FENCING_INPUT_DEFAULTS).filter((key) => key !== "vdsRetries"));
  });

  it("defaults nothing when every key is given", () => {
    expect(resolveFencingInputs({ ...FENCING_INPUT_DEFAULTS }).defaulted).toEqual([]);
  });
});

describe("§6.5 worked numbers (code model, engine ≥ 4.5.1)", () => {
  it.each<[string, Given, Partial<FencingAssumptions>, number, [number, number], [number, number] | "soft fence only"]>([
    // [scenario, dump values, assumptions, c, NonResponsive, PM "off" issued]
    ["4.5 defaults, routed", {}, {}, 20, [60, 95], [187, 222]],
    ["4.5 defaults, same L2", {}, { network: "l2" }, 3, [60, 78], [63, 81]],
    ["4.5 defaults, SPM with 40 VMs (G = 100)", {}, { spm: true, vmCount: 40 }, 20, [100, 135], [227, 262]],
    ["ha-timeouts advice: C = 2, R = 0", { vdsConnectionTimeout: 2, vdsRetries: 0 }, {}, 2, [60, 77], [187, 204]],
    ["R = 3 (C = 20)", { vdsRetries: 3 }, {}, 60, [135, 210], [262, 337]],
    [
      "C = 60, R = 2, N = 5, G₀ = 120",
      { vdsConnectionTimeout: 60, vdsRetries: 2, VDSAttemptsToResetCount: 5, TimeoutToResetVdsInSeconds: 120 },
      {},
      120,
      [615, 750],
      [742, 877],
    ],
    ["C = 180 (≥ K), R = 0", { vdsConnectionTimeout: 180, vdsRetries: 0 }, {}, 127, [269, 411], [396, 538]],
    ["4.5 defaults, refused", {}, { network: "refused" }, 0, [60, 75], "soft fence only"],
    ["4.5 defaults, heartbeat disabled (H = 0)", {}, { heartbeatSeconds: 0 }, 20, [220, 240], [347, 367]],
  ])("%s", (_scenario, given, assumptions, c, nonResponsive, issued) => {
    const estimate = code(given, assumptions);
    expect(estimate.branch).toBe("graceRule");
    expect(estimate.terms.c).toBe(c);
    expect([estimate.nonResponsive.low, estimate.nonResponsive.high]).toEqual(nonResponsive);
    expect(fenceIssued(estimate)).toEqual(issued);
  });

  it("4.5 defaults, routed: the terms, the SSH wait of K = 127 s and off confirmed ≤ 402 s", () => {
    const estimate = code();
    expect(estimate.terms).toEqual({ a: 1, c: 20, t1: { low: 15, high: 30 }, G: 60, L: 15 });
    expect(estimate.fence).toEqual({
      kind: "hardFence",
      ssh: 127,
      kdump: 0,
      fenceIssued: { low: 187, high: 222 },
      hostOffConfirmedHigh: 402,
    });
  });

  it("SPM with 40 VMs: G = ⌊60 + 20 + 40 × 0.5⌋ = 100", () => {
    expect(code({}, { spm: true, vmCount: 40 }).terms.G).toBe(100);
  });

  it("truncates a fractional grace period", () => {
    expect(code({}, { vmCount: 3 }).terms.G).toBe(61);
  });

  it("4.4.10.x / 4.5.0, defaults: NonResponsive = t1 = 15–30 s", () => {
    for (const version of ["4.4.10.7", "4.4.10", "4.5.0.2", "4.5.0"]) {
      const estimate = code({}, {}, version);
      expect(estimate.branch).toBe("invertedCheck");
      expect(estimate.nonResponsive).toEqual({ low: 15, high: 30 });
    }
  });

  it("refused: first failure within 0–3 s even with heartbeats disabled, and no hard fence", () => {
    const estimate = code({}, { network: "refused", heartbeatSeconds: 0 });
    expect(estimate.terms.t1).toEqual({ low: 0, high: 3 });
    expect(estimate.fence).toEqual({ kind: "softFenceOnly" });
    expect(milestoneBand(estimate, "fenceIssued")).toBeUndefined();
    expect(milestoneBand(estimate, "nonResponsive")).toEqual({ low: 60, high: 75 });
  });

  it("retry sleeps count in L2 and refused networks: c = 3 + (a − 1)·C and (a − 1)·C", () => {
    expect(code({ vdsRetries: 3 }, { network: "l2" }).terms.c).toBe(43);
    expect(code({ vdsRetries: 3 }, { network: "refused" }).terms.c).toBe(40);
  });

  it("SSH fails after min(K, S) when routed; kdump detection adds KdumpStartedTimeout", () => {
    expect(fenceIssued(code({ SSHInactivityTimeoutSeconds: 100 }))).toEqual([160, 195]);
    const withKdump = code({}, { kdump: true });
    expect(fenceIssued(withKdump)).toEqual([217, 252]);
    expect(withKdump.fence.kind === "hardFence" && withKdump.fence.hostOffConfirmedHigh).toBe(432);
  });
});

describe("§6.1 legacy model", () => {
  it.each<[string, Given, number, number]>([
    // [inputs, dump values, N × min(C, 63) × max(1, R), result]
    ["3.2 defaults: C 180, R 3, N 2, G₀ 60", { vdsConnectionTimeout: 180, vdsRetries: 3 }, 378, 378],
    ["C 2, R 0, N 2, G₀ 60", { vdsConnectionTimeout: 2, vdsRetries: 0 }, 4, 60],
    ["4.5 defaults: C 20, R 0, N 2, G₀ 60", {}, 40, 60],
  ])("%s", (_inputs, given, failureSeconds, seconds) => {
    const estimate = estimateLegacyModel(resolveFencingInputs(given).values, "3.2");
    expect(estimate.terms.failureSeconds).toBe(failureSeconds);
    expect(estimate.seconds).toBe(seconds);
  });

  it("keeps K₆₃ = 63 whatever kernel limit the options assume", () => {
    const estimate = estimateFencingTime({
      inputs: resolveFencingInputs({ vdsConnectionTimeout: 180, vdsRetries: 3 }).values,
      assumptions: { kernelConnectLimitSeconds: 131 },
      engineVersion: "3.2.0",
    });
    expect(estimate.model).toBe("legacy");
    expect(estimate.model === "legacy" && estimate.terms).toEqual({ N: 2, connect: 63, a: 3, failureSeconds: 378, G0: 60 });
    expect(milestoneBand(estimate, "nonResponsive")).toEqual({ low: 378, high: 378 });
    expect(milestoneBand(estimate, "fenceIssued")).toEqual({ low: 378, high: 378 });
  });
});

describe("model selection by engine version", () => {
  it.each([
    // [engine version, model option, model, code branch]
    ["4.5.7", "auto", "code", "graceRule"],
    ["4.5.7-1.el9", "auto", "code", "graceRule"],
    ["4.5.1", "auto", "code", "graceRule"],
    ["4.5.0.2", "auto", "code", "invertedCheck"],
    ["4.5.0", "auto", "code", "invertedCheck"],
    ["4.5", "auto", "code", "invertedCheck"],
    ["4.4.10.7", "auto", "code", "invertedCheck"],
    ["4.4.9", "auto", "code", "graceRule"],
    ["4.4.1", "auto", "code", "graceRule"],
    ["4.3.11.4", "auto", "code", "graceRule"],
    ["4.0.0", "auto", "code", "graceRule"],
    ["3.6.1", "auto", "legacy", "graceRule"],
    ["3.2", "auto", "legacy", "graceRule"],
    ["3.6.1", "code", "code", "graceRule"],
    ["4.5.7", "legacy", "legacy", "graceRule"],
    ["not a version", "auto", "code", "graceRule"],
  ] as const)("%s with model %s → %s (%s)", (version, option, model, branch) => {
    expect(chooseFencingModel(option, version)).toBe(model);
    expect(codeBranch(version)).toBe(branch);
    expect(isRegressionRelease(version)).toBe(branch === "invertedCheck");
    const estimate = estimateFencingTime({ inputs: FENCING_INPUT_DEFAULTS, engineVersion: version, model: option });
    expect(estimate.model).toBe(model);
  });

  it("parses the leading dotted digits", () => {
    expect(parseEngineVersion("4.4.10.7")).toEqual([4, 4, 10, 7]);
    expect(parseEngineVersion("4.5.7-1.el9")).toEqual([4, 5, 7]);
    expect(parseEngineVersion("v4")).toBeUndefined();
  });

  it("defaults the model option to auto and the assumptions to §6.4", () => {
    const estimate = estimateFencingTime({ inputs: FENCING_INPUT_DEFAULTS, engineVersion: "4.5.7" });
    expect(estimate.model === "code" && estimate.assumptions).toEqual(DEFAULT_FENCING_ASSUMPTIONS);
  });
});

describe("renderFencingExplanation", () => {
  function render(
    given: Given,
    options: { assumptions?: Partial<FencingAssumptions>; engineVersion?: string; milestone?: FencingMilestone } = {},
  ): string {
    const { values, defaulted } = resolveFencingInputs({ ...FENCING_INPUT_DEFAULTS, ...given });
    const estimate = estimateFencingTime({
      inputs: values,
      assumptions: options.assumptions ?? {},
      engineVersion: options.engineVersion ?? "4.5.7",
    });
    const text = renderFencingExplanation({ estimate, milestone: options.milestone ?? "nonResponsive", budgetSeconds: 180, defaulted });
    expectOneLine(text);
    return text;
  }

  it("renders the §7.5 example message", () => {
    expect(render({ vdsRetries: 3 })).toBe(
      "A dead host is declared NonResponsive after an estimated 135–210 s (budget 180 s): vdsRetries 3 × " +
        "vdsConnectionTimeout 20 s per failure, 3 failures needed. Assumed: heartbeat 30 s, kernel connect limit " +
        "127 s, routed network, non-SPM host with 0 VMs; defaulted: (none).",
    );
  });

  it("names the grace period when it decides the band, and the defaulted inputs", () => {
    const { values, defaulted } = resolveFencingInputs({ vdsRetries: 0 });
    const estimate = estimateFencingTime({ inputs: values, engineVersion: "4.5.7" });
    const text = renderFencingExplanation({ estimate, milestone: "nonResponsive", budgetSeconds: 60, defaulted: defaulted.slice(0, 2) });
    expectOneLine(text);
    expect(text).toBe(
      "A dead host is declared NonResponsive after an estimated 60–95 s (budget 60 s): vdsConnectionTimeout 20 s " +
        "per failure, 3 failures needed, grace TimeoutToResetVdsInSeconds 60 s. Assumed: heartbeat 30 s, kernel " +
        "connect limit 127 s, routed network, non-SPM host with 0 VMs; defaulted: vdsConnectionTimeout, vdsTimeout.",
    );
  });

  it("shows the grace sum for an SPM with VMs, and the power-off stages", () => {
    expect(render({}, { assumptions: { spm: true, vmCount: 40 }, milestone: "fenceIssued" })).toBe(
      "A dead host's power-off is issued after an estimated 227–262 s (budget 180 s): vdsConnectionTimeout 20 s " +
        "per failure, 3 failures needed, grace TimeoutToResetVdsInSeconds 60 s + DelayResetForSpmInSeconds 20 s + " +
        "40 VMs × DelayResetPerVmInSeconds 0.5 s = 100 s; NonResponsive after 100–135 s, then SSH soft fencing " +
        "fails after 127 s (kernel connect limit). Assumed: heartbeat 30 s, kernel connect limit 127 s, routed " +
        "network, SPM host with 40 VMs; defaulted: (none).",
    );
  });

  it("explains the per-failure time of each network", () => {
    expect(render({ vdsConnectionTimeout: 180 })).toContain(
      ": kernel connect limit 127 s per failure (vdsConnectionTimeout 180 s ≥ 127 s), 3 failures needed. Assumed:",
    );
    expect(render({ vdsRetries: 3 }, { assumptions: { network: "l2", kdump: true }, milestone: "fenceIssued" })).toBe(
      "A dead host's power-off is issued after an estimated 134–192 s (budget 180 s): ARP failure 3 s + " +
        "(vdsRetries 3 − 1) × vdsConnectionTimeout 20 s = 43 s per failure, 3 failures needed; NonResponsive " +
        "after 101–159 s, then SSH soft fencing fails after 3 s (ARP), then KdumpStartedTimeout 30 s. Assumed: " +
        "heartbeat 30 s, kernel connect limit 127 s, same L2 segment, non-SPM host with 0 VMs, kdump detection " +
        "on; defaulted: (none).",
    );
    expect(render({}, { assumptions: { network: "refused", vmCount: 1 } })).toBe(
      "A dead host is declared NonResponsive after an estimated 60–75 s (budget 180 s): refused connects fail at " +
        "once, 3 failures needed, grace TimeoutToResetVdsInSeconds 60 s + 1 VM × DelayResetPerVmInSeconds 0.5 s " +
        "= 60 s (truncated). Assumed: heartbeat 30 s, kernel connect limit 127 s, connections refused (host up, " +
        "VDSM down), non-SPM host with 1 VM; defaulted: (none).",
    );
  });

  it("says that a refused connection gets no power-off", () => {
    expect(render({}, { assumptions: { network: "refused" }, milestone: "fenceIssued" })).toBe(
      "No power-off is issued for a host whose VDSM refuses connections (budget 180 s): SSH soft fencing is " +
        "expected to restart VDSM; it is declared NonResponsive after an estimated 60–75 s: refused connects fail " +
        "at once, 3 failures needed, grace TimeoutToResetVdsInSeconds 60 s. Assumed: heartbeat 30 s, kernel " +
        "connect limit 127 s, connections refused (host up, VDSM down), non-SPM host with 0 VMs; defaulted: (none).",
    );
  });

  it("spells out the first failure when heartbeats are disabled", () => {
    expect(render({}, { assumptions: { heartbeatSeconds: 0 } })).toBe(
      "A dead host is declared NonResponsive after an estimated 220–240 s (budget 180 s): vdsConnectionTimeout " +
        "20 s per failure, 3 failures needed, first failure after vdsTimeout 180 s = 180 s. Assumed: heartbeat " +
        "disabled, kernel connect limit 127 s, routed network, non-SPM host with 0 VMs; defaulted: (none).",
    );
  });

  it("names the regression release", () => {
    expect(render({}, { engineVersion: "4.5.0.2" })).toBe(
      "A dead host is declared NonResponsive after an estimated 15–30 s (budget 180 s): engine 4.5.0.2 has the " +
        "inverted grace check of 4.4.10.x and 4.5.0.x and declares it at the first failed call. Assumed: heartbeat " +
        "30 s, kernel connect limit 127 s, routed network, non-SPM host with 0 VMs; defaulted: (none).",
    );
  });

  it("shows the legacy formula with K₆₃", () => {
    expect(render({ vdsConnectionTimeout: 180, vdsRetries: 3 }, { engineVersion: "3.2.0" })).toBe(
      "A dead host is declared NonResponsive after an estimated 378 s (budget 180 s): VDSAttemptsToResetCount 2 × " +
        "vdsRetries 3 × min(vdsConnectionTimeout 180 s, 63 s) = 378 s of failures vs grace " +
        "TimeoutToResetVdsInSeconds 60 s. Assumed: kernel connect limit 63 s (legacy ha-timeouts model); " +
        "defaulted: (none).",
    );
    expect(render({ vdsConnectionTimeout: 2 }, { engineVersion: "3.6.1" })).toContain(
      "after an estimated 60 s (budget 180 s): VDSAttemptsToResetCount 2 × min(vdsConnectionTimeout 2 s, 63 s) = 4 s of failures vs grace",
    );
  });
});
