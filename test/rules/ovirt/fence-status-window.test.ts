import rule from "../../../rules/ovirt/fence-status-window.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const STOP_CONSEQUENCE = "a slow fence device makes the fence operation fail and HA VMs are not restarted";
const START_CONSEQUENCE = "a slow fence device gets the restart reported as failed and the host stays down";

/** The 4.5.7 values (forced by every engine-setup). */
const DEFAULTS = [
  "FenceStopStatusRetries: 18 version: general",
  "FenceStopStatusDelayBetweenRetriesInSec: 10 version: general",
  "FenceStartStatusRetries: 18 version: general",
  "FenceStartStatusDelayBetweenRetriesInSec: 10 version: general",
  "",
].join("\n");

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    DEFAULTS,
    // The defaults before 4.2's seed change: 3 × 60 s.
    "FenceStopStatusRetries: 3 version: general\nFenceStopStatusDelayBetweenRetriesInSec: 60 version: general\n",
    // Exactly the minimum; a key the dump lacks is at its default (6 × 10 s).
    "FenceStopStatusRetries: 6 version: general\n",
    "FenceStartStatusDelayBetweenRetriesInSec: 4 version: general\n",
    // Not an Integer: ovirt/value-type reports it, and the window is unknown.
    "FenceStopStatusRetries: 1 version: general\nFenceStopStatusDelayBetweenRetriesInSec: ten version: general\n",
    "FenceStopStatusRetries: one version: general\n",
    // The last record of a (key, version) decides; the engine reads general rows only.
    "FenceStopStatusRetries: 1 version: general\nFenceStopStatusRetries: 18 version: general\n",
    "FenceStopStatusRetries: 1 version: 4.7\n",
    { code: "FenceStopStatusRetries: 1 version: general\n", options: { minSeconds: 10 } },
  ],
  invalid: [
    {
      name: "one poll after power-off",
      code: "FenceStopStatusRetries: 1 version: general\nFenceStopStatusDelayBetweenRetriesInSec: 10 version: general\n",
      errors: [
        {
          messageId: "stopWindow",
          message: `Power-off is confirmed for at most 10 s (1 × 10 s): ${STOP_CONSEQUENCE}. Fix: engine-config -s FenceStopStatusRetries=18.`,
          severity: "warning",
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 26,
          data: { key: "FenceStopStatusRetries", value: "1" },
          suggestions: [{ desc: "engine-config -s FenceStopStatusRetries=18" }],
        },
      ],
    },
    {
      name: "a short delay: the finding is at the delay, which the remedy changes",
      code: "FenceStartStatusRetries: 18 version: general\nFenceStartStatusDelayBetweenRetriesInSec: 3 version: general\n",
      errors: [
        {
          messageId: "startWindow",
          message: `Power-on is confirmed for at most 54 s (18 × 3 s): ${START_CONSEQUENCE}. Fix: engine-config -s FenceStartStatusDelayBetweenRetriesInSec=10.`,
          line: 2,
          column: 43,
          endColumn: 44,
          suggestions: [{ desc: "engine-config -s FenceStartStatusDelayBetweenRetriesInSec=10" }],
        },
      ],
    },
    {
      name: "a longer delay keeps the retries",
      code: "FenceStopStatusDelayBetweenRetriesInSec: 1 version: general\nFenceStopStatusRetries: 30 version: general\n",
      errors: [
        {
          messageId: "stopWindow",
          message: `Power-off is confirmed for at most 30 s (30 × 1 s): ${STOP_CONSEQUENCE}. Fix: engine-config -s FenceStopStatusDelayBetweenRetriesInSec=10.`,
          line: 1,
          column: 42,
          endColumn: 43,
        },
      ],
    },
    {
      name: "both too small: both are set, the finding is at the first in the file",
      code: "FenceStopStatusDelayBetweenRetriesInSec: 2 version: general\nFenceStopStatusRetries: 2 version: general\n",
      errors: [
        {
          messageId: "stopWindow",
          message: `Power-off is confirmed for at most 4 s (2 × 2 s): ${STOP_CONSEQUENCE}. Fix: engine-config -s FenceStopStatusRetries=18 && engine-config -s FenceStopStatusDelayBetweenRetriesInSec=10.`,
          line: 1,
          column: 42,
          endColumn: 43,
          suggestions: [{ desc: "engine-config -s FenceStopStatusRetries=18 && engine-config -s FenceStopStatusDelayBetweenRetriesInSec=10" }],
        },
      ],
    },
    {
      name: "no poll runs for 0 or negative values",
      code: "FenceStopStatusRetries: -18 version: general\nFenceStopStatusDelayBetweenRetriesInSec: -10 version: general\nFenceStartStatusRetries: 0 version: general\n",
      errors: [
        {
          messageId: "stopWindow",
          message: `Power-off is confirmed for at most 0 s (-18 × -10 s): ${STOP_CONSEQUENCE}. Fix: engine-config -s FenceStopStatusRetries=18 && engine-config -s FenceStopStatusDelayBetweenRetriesInSec=10.`,
          line: 1,
          column: 25,
          endColumn: 28,
        },
        {
          messageId: "startWindow",
          message: `Power-on is confirmed for at most 0 s (0 × 10 s): ${START_CONSEQUENCE}. Fix: engine-config -s FenceStartStatusRetries=18.`,
          line: 3,
          column: 26,
          endColumn: 27,
        },
      ],
    },
    {
      name: "a missing key takes its default",
      code: "FenceStopStatusDelayBetweenRetriesInSec: 3 version: general\n",
      errors: [{ messageId: "stopWindow", message: `Power-off is confirmed for at most 54 s (18 × 3 s): ${STOP_CONSEQUENCE}. Fix: engine-config -s FenceStopStatusDelayBetweenRetriesInSec=10.`, line: 1 }],
    },
    {
      name: "minSeconds above the default window: more retries",
      code: DEFAULTS,
      options: { minSeconds: 300 },
      errors: [
        {
          messageId: "stopWindow",
          message: `Power-off is confirmed for at most 180 s (18 × 10 s): ${STOP_CONSEQUENCE}. Fix: engine-config -s FenceStopStatusRetries=30.`,
          line: 1,
          column: 25,
          endColumn: 27,
        },
        {
          messageId: "startWindow",
          message: `Power-on is confirmed for at most 180 s (18 × 10 s): ${START_CONSEQUENCE}. Fix: engine-config -s FenceStartStatusRetries=30.`,
          line: 3,
          column: 26,
          endColumn: 28,
        },
      ],
    },
    {
      name: "the remedy changes only a key the dump lacks: the finding is at the other",
      code: "FenceStopStatusDelayBetweenRetriesInSec: 20 version: general\n",
      options: { minSeconds: 400 },
      errors: [
        {
          messageId: "stopWindow",
          message: `Power-off is confirmed for at most 360 s (18 × 20 s): ${STOP_CONSEQUENCE}. Fix: engine-config -s FenceStopStatusRetries=20.`,
          line: 1,
          column: 42,
          endColumn: 44,
        },
      ],
    },
  ],
});
