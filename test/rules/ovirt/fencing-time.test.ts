import rule from "../../../rules/ovirt/fencing-time.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

/** Every input of the code model at its 4.5.7 default, in spec §6.4's order. */
const DEFAULTS: Readonly<Record<string, string>> = {
  vdsConnectionTimeout: "20",
  vdsRetries: "0",
  vdsTimeout: "180",
  VDSAttemptsToResetCount: "2",
  TimeoutToResetVdsInSeconds: "60",
  DelayResetForSpmInSeconds: "20",
  DelayResetPerVmInSeconds: "0.5",
  VdsRefreshRate: "3",
  NumberVmRefreshesBeforeSave: "5",
  SSHInactivityTimeoutSeconds: "300",
  FenceStopStatusRetries: "18",
  FenceStopStatusDelayBetweenRetriesInSec: "10",
};

/** A dump holding every code-model input, with some values changed. */
const dump = (changes: Record<string, string> = {}): string =>
  Object.entries({ ...DEFAULTS, ...changes })
    .map(([key, value]) => `${key}: ${value} version: general\n`)
    .join("");

const inputs = (changes: Record<string, string> = {}): string[] => Object.entries({ ...DEFAULTS, ...changes }).map(([key, value]) => `${key}=${value}`);

const ASSUMED = "Assumed: heartbeat 30 s, kernel connect limit 127 s, routed network, non-SPM host with 0 VMs";
const DEFAULT_ASSUMED_DATA = ["heartbeatSeconds=30", "kernelConnectLimitSeconds=127", "network=routed", "spm=false", "vmCount=0", "engineVersion=4.5.7"];
const LEGACY_ASSUMED = "Assumed: kernel connect limit 63 s (legacy ha-timeouts model)";

/** The ha-timeouts page's 3.2 defaults, as a 3.2 engine's dump prints them. */
const HA_TIMEOUTS_3_2 = [
  "vdsTimeout: 180 version: general",
  "vdsConnectionTimeout: 180 version: general",
  "vdsRetries: 3 version: general",
  "VDSAttemptsToResetCount: 2 version: general",
  "TimeoutToResetVdsInSeconds: 60 version: general",
  "",
].join("\n");

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    // Nothing about fencing in the dump: no estimate.
    "",
    "MaxVmNameLength: 64 version: general\n",
    // Kdump detection is not assumed, so its timeout is not an input.
    "KdumpStartedTimeout: 30 version: general\n",
    // Rows of a cluster level and unreadable records give no input.
    "vdsRetries: 3 version: 4.7\nvdsTimeout: 18vdsRetries: 0 version: general\nTimeoutToResetVdsInSeconds: 60\n",
    // The legacy model reads neither vdsTimeout nor the grace additions.
    { code: "vdsTimeout: 180 version: general\nDelayResetPerVmInSeconds: 0.5 version: general\n", settings: { ovirtVersion: "3.2" } },
  ],
  invalid: [
    {
      name: "4.5.7 defaults: 60–95 s, at the first input of the dump",
      code: `MaxVmNameLength: 64 version: general\n${dump()}`,
      errors: [
        {
          messageId: "estimate",
          message: `A dead host is declared NonResponsive after an estimated 60–95 s (budget 180 s): vdsConnectionTimeout 20 s per failure, 3 failures needed, grace TimeoutToResetVdsInSeconds 60 s. ${ASSUMED}; defaulted: (none).`,
          severity: "info",
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 21,
          data: {
            lowSeconds: 60,
            highSeconds: 95,
            milestone: "nonResponsive",
            model: "code",
            inputs: inputs(),
            assumed: DEFAULT_ASSUMED_DATA,
            defaulted: [],
          },
        },
      ],
    },
    {
      name: "the ha-timeouts advice vdsConnectionTimeout=2: 60–77 s",
      code: dump({ vdsConnectionTimeout: "2" }),
      errors: [
        {
          message: `A dead host is declared NonResponsive after an estimated 60–77 s (budget 180 s): vdsConnectionTimeout 2 s per failure, 3 failures needed, grace TimeoutToResetVdsInSeconds 60 s. ${ASSUMED}; defaulted: (none).`,
          severity: "info",
          data: { lowSeconds: 60, highSeconds: 77 },
        },
      ],
    },
    {
      name: "over the budget the estimate is a warning: vdsRetries 3 (the §7.5 example)",
      code: dump({ vdsRetries: "3" }),
      errors: [
        {
          message: `A dead host is declared NonResponsive after an estimated 135–210 s (budget 180 s): vdsRetries 3 × vdsConnectionTimeout 20 s per failure, 3 failures needed. ${ASSUMED}; defaulted: (none).`,
          severity: "warning",
          data: { lowSeconds: 135, highSeconds: 210, inputs: inputs({ vdsRetries: "3" }) },
        },
      ],
    },
    {
      name: "a connection timeout at or above the kernel limit",
      code: dump({ vdsConnectionTimeout: "180" }),
      errors: [
        {
          message: `A dead host is declared NonResponsive after an estimated 269–411 s (budget 180 s): kernel connect limit 127 s per failure (vdsConnectionTimeout 180 s ≥ 127 s), 3 failures needed. ${ASSUMED}; defaulted: (none).`,
          severity: "warning",
        },
      ],
    },
    {
      name: "§6.5: C = 60, R = 2, N = 5, G₀ = 120",
      code: dump({ vdsConnectionTimeout: "60", vdsRetries: "2", VDSAttemptsToResetCount: "5", TimeoutToResetVdsInSeconds: "120" }),
      errors: [{ message: /^A dead host is declared NonResponsive after an estimated 615–750 s \(budget 180 s\): vdsRetries 2 × vdsConnectionTimeout 60 s per failure, 6 failures needed\. /, severity: "warning" }],
    },
    {
      name: "a damaged dump (corpus file 16): the grace period of the readable record, vdsRetries defaulted because \"zero\" is not a number",
      code: "vdsConnectionTimeout:20 version:general\nTimeoutToResetVdsInSeconds: 60\nTimeoutToResetVdsInSeconds: 90 version: general\nvdsRetries: zero version: general\nvdsRetries: 0 version: general extra tokens\n",
      errors: [
        {
          message:
            `A dead host is declared NonResponsive after an estimated 90–125 s (budget 180 s): vdsConnectionTimeout 20 s per failure, 3 failures needed, grace TimeoutToResetVdsInSeconds 90 s. ${ASSUMED}; ` +
            'defaulted: vdsRetries ("zero" is not a number), vdsTimeout, VDSAttemptsToResetCount, DelayResetForSpmInSeconds, DelayResetPerVmInSeconds, VdsRefreshRate, NumberVmRefreshesBeforeSave, SSHInactivityTimeoutSeconds, FenceStopStatusRetries, FenceStopStatusDelayBetweenRetriesInSec.',
          severity: "info",
          line: 1,
          column: 1,
          endColumn: 21,
          data: {
            lowSeconds: 90,
            highSeconds: 125,
            defaulted: [
              'vdsRetries ("zero" is not a number)',
              "vdsTimeout",
              "VDSAttemptsToResetCount",
              "DelayResetForSpmInSeconds",
              "DelayResetPerVmInSeconds",
              "VdsRefreshRate",
              "NumberVmRefreshesBeforeSave",
              "SSHInactivityTimeoutSeconds",
              "FenceStopStatusRetries",
              "FenceStopStatusDelayBetweenRetriesInSec",
            ],
          },
        },
      ],
    },
    {
      name: "a value that fails value-type can be the first input: the estimate still appears there",
      code: "vdsRetries: zero version: general\n",
      errors: [{ message: /defaulted: vdsConnectionTimeout, vdsRetries \("zero" is not a number\), vdsTimeout, /, line: 1, column: 1, endColumn: 11 }],
    },
    {
      name: "NaN is a Double but not a number the model can use",
      code: dump({ DelayResetPerVmInSeconds: "NaN" }),
      options: { vmCount: 10 },
      errors: [
        {
          message:
            'A dead host is declared NonResponsive after an estimated 65–100 s (budget 180 s): vdsConnectionTimeout 20 s per failure, 3 failures needed, grace TimeoutToResetVdsInSeconds 60 s + 10 VMs × DelayResetPerVmInSeconds 0.5 s = 65 s. Assumed: heartbeat 30 s, kernel connect limit 127 s, routed network, non-SPM host with 10 VMs; defaulted: DelayResetPerVmInSeconds ("NaN" is not a number).',
        },
      ],
    },
    {
      name: "the effective record anchors the estimate, not one it supersedes",
      code: "vdsRetries: 3 version: general\nvdsConnectionTimeout: 20 version: general\nvdsRetries: 0 version: general\n",
      errors: [{ message: /after an estimated 60–95 s /, severity: "info", line: 2 }],
    },
    {
      name: "ha-timeouts page, 3.2 defaults on a 3.2 engine (legacy model): ≈ 6 min",
      code: HA_TIMEOUTS_3_2,
      settings: { ovirtVersion: "3.2" },
      errors: [
        {
          messageId: "estimate",
          message: `A dead host is declared NonResponsive after an estimated 378 s (budget 180 s): VDSAttemptsToResetCount 2 × vdsRetries 3 × min(vdsConnectionTimeout 180 s, 63 s) = 378 s of failures vs grace TimeoutToResetVdsInSeconds 60 s. ${LEGACY_ASSUMED}; defaulted: (none).`,
          severity: "warning",
          // vdsTimeout (line 1) is not an input of the legacy model.
          line: 2,
          column: 1,
          endColumn: 21,
          data: {
            lowSeconds: 378,
            highSeconds: 378,
            milestone: "nonResponsive",
            model: "legacy",
            inputs: ["vdsConnectionTimeout=180", "vdsRetries=3", "VDSAttemptsToResetCount=2", "TimeoutToResetVdsInSeconds=60"],
            assumed: ["kernelConnectLimitSeconds=63", "engineVersion=3.2"],
            defaulted: [],
          },
        },
      ],
    },
    {
      name: "ha-timeouts page, vdsConnectionTimeout=2 and vdsRetries=0 on a 3.2 engine (legacy model): ≈ 1 min",
      code: HA_TIMEOUTS_3_2.replace("vdsConnectionTimeout: 180", "vdsConnectionTimeout: 2").replace("vdsRetries: 3", "vdsRetries: 0"),
      settings: { ovirtVersion: "3.2" },
      errors: [
        {
          message: `A dead host is declared NonResponsive after an estimated 60 s (budget 180 s): VDSAttemptsToResetCount 2 × min(vdsConnectionTimeout 2 s, 63 s) = 4 s of failures vs grace TimeoutToResetVdsInSeconds 60 s. ${LEGACY_ASSUMED}; defaulted: (none).`,
          severity: "info",
          line: 2,
          data: { lowSeconds: 60, highSeconds: 60, model: "legacy" },
        },
      ],
    },
    {
      name: "a 3.x ProductRPMVersion selects the legacy model too",
      code: `ProductRPMVersion: 3.6.7.5-1.el6 version: general\n${dump()}`,
      errors: [{ message: /^A dead host is declared NonResponsive after an estimated 60 s \(budget 180 s\): VDSAttemptsToResetCount 2 × min\(/, line: 2, data: { model: "legacy", assumed: ["kernelConnectLimitSeconds=63", "engineVersion=3.6.7.5"] } }],
    },
    {
      name: "model legacy on a 4.5 engine",
      code: dump(),
      options: { model: "legacy" },
      errors: [{ message: /^A dead host is declared NonResponsive after an estimated 60 s \(budget 180 s\): VDSAttemptsToResetCount 2 × min\(vdsConnectionTimeout 20 s, 63 s\) = 40 s of failures /, data: { model: "legacy" } }],
    },
    {
      name: "model code on a 3.2 engine: absent inputs take their 4.5.7 defaults",
      code: "vdsConnectionTimeout: 2 version: general\nvdsRetries: 0 version: general\n",
      options: { model: "code" },
      settings: { ovirtVersion: "3.2" },
      errors: [
        {
          message:
            `A dead host is declared NonResponsive after an estimated 60–77 s (budget 180 s): vdsConnectionTimeout 2 s per failure, 3 failures needed, grace TimeoutToResetVdsInSeconds 60 s. ${ASSUMED}; ` +
            "defaulted: vdsTimeout, VDSAttemptsToResetCount, TimeoutToResetVdsInSeconds, DelayResetForSpmInSeconds, DelayResetPerVmInSeconds, VdsRefreshRate, NumberVmRefreshesBeforeSave, SSHInactivityTimeoutSeconds, FenceStopStatusRetries, FenceStopStatusDelayBetweenRetriesInSec.",
          data: { model: "code" },
        },
      ],
    },
    {
      name: "4.5.0 has the inverted grace check: 15–30 s",
      code: dump(),
      settings: { ovirtVersion: "4.5.0" },
      errors: [
        {
          message: `A dead host is declared NonResponsive after an estimated 15–30 s (budget 180 s): engine 4.5.0 has the inverted grace check of 4.4.10.x and 4.5.0.x and declares it at the first failed call. ${ASSUMED}; defaulted: (none).`,
          severity: "info",
        },
      ],
    },
    {
      name: "budgetSeconds: 60–95 s is over a 90 s budget",
      code: dump(),
      options: { budgetSeconds: 90 },
      errors: [{ message: /^A dead host is declared NonResponsive after an estimated 60–95 s \(budget 90 s\): /, severity: "warning" }],
    },
    {
      name: "budgetSeconds equal to the upper bound is within budget",
      code: dump(),
      options: { budgetSeconds: 95 },
      errors: [{ severity: "info" }],
    },
    {
      name: "milestone fenceIssued: SSH soft fencing waits for the kernel limit",
      code: dump(),
      options: { milestone: "fenceIssued" },
      errors: [
        {
          message: `A dead host's power-off is issued after an estimated 187–222 s (budget 180 s): vdsConnectionTimeout 20 s per failure, 3 failures needed, grace TimeoutToResetVdsInSeconds 60 s; NonResponsive after 60–95 s, then SSH soft fencing fails after 127 s (kernel connect limit). ${ASSUMED}; defaulted: (none).`,
          severity: "warning",
          data: { lowSeconds: 187, highSeconds: 222, milestone: "fenceIssued" },
        },
      ],
    },
    {
      name: "network l2, milestone fenceIssued",
      code: dump(),
      options: { network: "l2", milestone: "fenceIssued" },
      errors: [
        {
          message:
            "A dead host's power-off is issued after an estimated 63–81 s (budget 180 s): ARP failure 3 s per failure, 3 failures needed, grace TimeoutToResetVdsInSeconds 60 s; NonResponsive after 60–78 s, then SSH soft fencing fails after 3 s (ARP). Assumed: heartbeat 30 s, kernel connect limit 127 s, same L2 segment, non-SPM host with 0 VMs; defaulted: (none).",
          severity: "info",
          data: { assumed: ["heartbeatSeconds=30", "kernelConnectLimitSeconds=127", "network=l2", "spm=false", "vmCount=0", "engineVersion=4.5.7"] },
        },
      ],
    },
    {
      name: "network refused, milestone fenceIssued: no power-off, no band",
      code: dump(),
      options: { network: "refused", milestone: "fenceIssued" },
      errors: [
        {
          message: /^No power-off is issued for a host whose VDSM refuses connections \(budget 180 s\): SSH soft fencing is expected to restart VDSM; it is declared NonResponsive after an estimated 60–75 s: /,
          severity: "info",
          data: { lowSeconds: null, highSeconds: null, milestone: "fenceIssued" },
        },
      ],
    },
    {
      name: "the SPM with 40 VMs: a longer grace period",
      code: dump(),
      options: { spm: true, vmCount: 40 },
      errors: [
        {
          message:
            "A dead host is declared NonResponsive after an estimated 100–135 s (budget 180 s): vdsConnectionTimeout 20 s per failure, 3 failures needed, grace TimeoutToResetVdsInSeconds 60 s + DelayResetForSpmInSeconds 20 s + 40 VMs × DelayResetPerVmInSeconds 0.5 s = 100 s. Assumed: heartbeat 30 s, kernel connect limit 127 s, routed network, SPM host with 40 VMs; defaulted: (none).",
          data: { lowSeconds: 100, highSeconds: 135 },
        },
      ],
    },
    {
      name: "heartbeats disabled: the first failure is a call timeout",
      code: dump(),
      options: { heartbeatSeconds: 0 },
      errors: [{ message: /after an estimated 220–240 s \(budget 180 s\): .*first failure after vdsTimeout 180 s = 180 s\. Assumed: heartbeat disabled, /, severity: "warning" }],
    },
    {
      name: "a kernel that gives up after 63 s",
      code: dump({ vdsConnectionTimeout: "180" }),
      options: { kernelConnectLimitSeconds: 63 },
      errors: [{ message: /after an estimated 141–219 s \(budget 180 s\): kernel connect limit 63 s per failure \(vdsConnectionTimeout 180 s ≥ 63 s\)/, severity: "warning" }],
    },
  ],
});
