import rule from "../../../rules/ovirt/reset-thresholds.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const ATTEMPTS_FIX = "engine-config -s VDSAttemptsToResetCount=2";
const GRACE_FIX = "engine-config -s TimeoutToResetVdsInSeconds=60";

/** The 4.5.7 defaults of the four keys. */
const DEFAULTS = [
  "VDSAttemptsToResetCount: 2 version: general",
  "TimeoutToResetVdsInSeconds: 60 version: general",
  "DelayResetForSpmInSeconds: 20 version: general",
  "DelayResetPerVmInSeconds: 0.5 version: general",
  "",
].join("\n");

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    DEFAULTS,
    // The bounds themselves; 30 s is the lowest default upstream ever shipped.
    "VDSAttemptsToResetCount: 1 version: general\nTimeoutToResetVdsInSeconds: 30 version: general\n",
    "VDSAttemptsToResetCount: 5 version: general\nTimeoutToResetVdsInSeconds: 300 version: general\n",
    // Zero delays add nothing, which is allowed; NaN is not negative.
    "DelayResetForSpmInSeconds: 0 version: general\nDelayResetPerVmInSeconds: -0.0 version: general\n",
    "DelayResetPerVmInSeconds: NaN version: general\n",
    // Not a number of the key's type: ovirt/value-type reports it, every other rule skips it.
    "VDSAttemptsToResetCount: 0.5 version: general\nTimeoutToResetVdsInSeconds: 10s version: general\nDelayResetForSpmInSeconds: -1 s version: general\n",
    // The last record of a (key, version) decides.
    "TimeoutToResetVdsInSeconds: 10 version: general\nTimeoutToResetVdsInSeconds: 90 version: general\n",
    // The engine reads these keys' general rows only; unreadable records give no value.
    "VDSAttemptsToResetCount: 0 version: 4.6\nTimeoutToResetVdsInSeconds: 10\nVDSAttemptsToResetCount: 9 version: \n",
    { code: "VDSAttemptsToResetCount: 0 version: general\n", options: { attemptsMin: 0 } },
    { code: "TimeoutToResetVdsInSeconds: 600 version: general\n", options: { graceMaxSeconds: 600 } },
  ],
  invalid: [
    {
      name: "a grace period shorter than upstream ever shipped",
      code: "TimeoutToResetVdsInSeconds: 10 version: general\n",
      errors: [
        {
          messageId: "graceShort",
          message: `TimeoutToResetVdsInSeconds = 10: a short network blip can get the host fenced. Fix: ${GRACE_FIX}.`,
          severity: "warning",
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 31,
          data: { key: "TimeoutToResetVdsInSeconds", value: "10" },
          suggestions: [{ desc: GRACE_FIX }],
        },
      ],
    },
    {
      name: "a very long grace period",
      code: "TimeoutToResetVdsInSeconds: 600 version: general\n",
      errors: [
        {
          messageId: "graceLong",
          message: `TimeoutToResetVdsInSeconds = 600: a dead host is declared NonResponsive only after 600 s, so its HA VMs are restarted late. Fix: ${GRACE_FIX}.`,
          column: 29,
          endColumn: 32,
          suggestions: [{ desc: GRACE_FIX }],
        },
      ],
    },
    {
      name: "many failures needed",
      code: "VDSAttemptsToResetCount: 10 version: general\n",
      errors: [
        {
          messageId: "attemptsHigh",
          message: `VDSAttemptsToResetCount = 10: 11 failed calls are needed before a dead host is declared NonResponsive. Fix: ${ATTEMPTS_FIX}.`,
          line: 1,
          column: 26,
          endColumn: 28,
          data: { key: "VDSAttemptsToResetCount", value: "10" },
          suggestions: [{ desc: ATTEMPTS_FIX }],
        },
      ],
    },
    {
      name: "no failure tolerated",
      code: "VDSAttemptsToResetCount: 0 version: general\n",
      errors: [
        {
          messageId: "attemptsLow",
          message: `VDSAttemptsToResetCount = 0: a host is declared NonResponsive after only 1 failed call once the grace period has passed, so a short network blip can get it fenced. Fix: ${ATTEMPTS_FIX}.`,
          column: 26,
          endColumn: 27,
          suggestions: [{ desc: ATTEMPTS_FIX }],
        },
      ],
    },
    {
      name: "a negative count still needs the one failure that triggers the check",
      code: "VDSAttemptsToResetCount: -3 version: general\n",
      errors: [{ messageId: "attemptsLow", message: /^VDSAttemptsToResetCount = -3: a host is declared NonResponsive after only 1 failed call /, column: 26, endColumn: 28 }],
    },
    {
      name: "attemptsMin above 1: the count of calls is named",
      code: "VDSAttemptsToResetCount: 1 version: general\n",
      options: { attemptsMin: 2 },
      errors: [
        {
          messageId: "attemptsLow",
          message: `VDSAttemptsToResetCount = 1: a host is declared NonResponsive after only 2 failed calls once the grace period has passed, so a short network blip can get it fenced. Fix: ${ATTEMPTS_FIX}.`,
        },
      ],
    },
    {
      name: "bounds that exclude the default: the remedy is the nearest bound",
      code: "VDSAttemptsToResetCount: 2 version: general\nTimeoutToResetVdsInSeconds: 60 version: general\n",
      options: { attemptsMin: 3, graceMaxSeconds: 45 },
      errors: [
        { messageId: "attemptsLow", line: 1, suggestions: [{ desc: "engine-config -s VDSAttemptsToResetCount=3" }] },
        {
          messageId: "graceLong",
          message: "TimeoutToResetVdsInSeconds = 60: a dead host is declared NonResponsive only after 60 s, so its HA VMs are restarted late. Fix: engine-config -s TimeoutToResetVdsInSeconds=45.",
          line: 2,
          suggestions: [{ desc: "engine-config -s TimeoutToResetVdsInSeconds=45" }],
        },
      ],
    },
    {
      name: "negative delays shorten the grace period",
      code: "DelayResetPerVmInSeconds: -0.5 version: general\nDelayResetForSpmInSeconds: -20 version: general\n",
      errors: [
        {
          messageId: "negativeDelay",
          message:
            "DelayResetPerVmInSeconds = -0.5 is negative: it shortens the grace period before fencing instead of extending it. Fix: engine-config -s DelayResetPerVmInSeconds=0.5.",
          line: 1,
          column: 27,
          endColumn: 31,
          data: { key: "DelayResetPerVmInSeconds", value: "-0.5" },
          suggestions: [{ desc: "engine-config -s DelayResetPerVmInSeconds=0.5" }],
        },
        {
          messageId: "negativeDelay",
          message:
            "DelayResetForSpmInSeconds = -20 is negative: it shortens the grace period before fencing instead of extending it. Fix: engine-config -s DelayResetForSpmInSeconds=20.",
          line: 2,
          column: 28,
          endColumn: 31,
          suggestions: [{ desc: "engine-config -s DelayResetForSpmInSeconds=20" }],
        },
      ],
    },
    {
      name: "Double.parseDouble spellings are quoted with their reading",
      code: "DelayResetForSpmInSeconds: -2e1 version: general\nDelayResetPerVmInSeconds: -Infinity version: general\n",
      errors: [
        { messageId: "negativeDelay", message: /^DelayResetForSpmInSeconds = "-2e1" \(read as -20\) is negative: /, line: 1 },
        { messageId: "negativeDelay", message: /^DelayResetPerVmInSeconds = -Infinity is negative: /, line: 2 },
      ],
    },
    {
      name: "every key is judged on its own",
      code: "DelayResetForSpmInSeconds: -1 version: general\nTimeoutToResetVdsInSeconds: 5 version: general\nVDSAttemptsToResetCount: 100 version: general\n",
      errors: [
        { messageId: "negativeDelay", line: 1 },
        { messageId: "graceShort", line: 2 },
        { messageId: "attemptsHigh", message: /: 101 failed calls are needed /, line: 3 },
      ],
    },
  ],
});
