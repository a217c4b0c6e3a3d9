import rule from "../../../rules/ovirt/must-match-external.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const REDEPLOY = "and every host using kdump detection must be redeployed to use it.";

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // The 4.5.7 defaults.
    [
      "FenceKdumpDestinationAddress:  version: general",
      "FenceKdumpDestinationPort: 7410 version: general",
      "FenceKdumpMessageInterval: 5 version: general",
      "FenceKdumpListenerTimeout: 90 version: general",
      "VolumeUtilizationChunkInMB: 2560 version: general",
      "DwhHeartBeatInterval: 15 version: general",
      "",
    ].join("\n"),
    // Compared as the engine reads an Integer.
    "FenceKdumpDestinationPort: +7410 version: general\nDwhHeartBeatInterval: 015 version: general\n",
    // Not an integer: ovirt/value-type reports it, every other rule skips it.
    "FenceKdumpDestinationPort: kdump version: general\nVolumeUtilizationChunkInMB: 2G version: general\n",
    // The last record decides; only general rows are read.
    "DwhHeartBeatInterval: 60 version: general\nDwhHeartBeatInterval: 15 version: general\n",
    "FenceKdumpDestinationPort: 7411 version: 4.7\n",
    // Other FenceKdump-like names are not catalogue keys.
    "FenceKdumpDestinationHost: x version: general\n",
  ],
  invalid: [
    {
      name: "the listener address",
      code: "FenceKdumpDestinationAddress: 192.0.2.10 version: general\n",
      errors: [
        {
          messageId: "fenceKdumpAddress",
          message: `FenceKdumpDestinationAddress = "192.0.2.10" (default: the engine's FQDN): it must match LISTENER_ADDRESS of the fence_kdump listener, ${REDEPLOY}`,
          severity: "info",
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 41,
          data: { key: "FenceKdumpDestinationAddress", version: "general", value: "192.0.2.10" },
        },
      ],
    },
    {
      name: "every key with its own consequence, in file order",
      code: [
        "FenceKdumpDestinationPort: 7411 version: general",
        "FenceKdumpMessageInterval: 10 version: general",
        "FenceKdumpListenerTimeout: 30 version: general",
        "VolumeUtilizationChunkInMB: 1024 version: general",
        "DwhHeartBeatInterval: 60 version: general",
        "",
      ].join("\n"),
      errors: [
        {
          messageId: "fenceKdumpPort",
          message: `FenceKdumpDestinationPort = 7411 (default 7410): it must match LISTENER_PORT of the fence_kdump listener, ${REDEPLOY}`,
          line: 1,
          column: 28,
          endColumn: 32,
        },
        {
          messageId: "fenceKdumpInterval",
          message: `FenceKdumpMessageInterval = 10 (default 5): it must stay a few times lower than KDUMP_FINISHED_TIMEOUT of the fence_kdump listener, ${REDEPLOY}`,
          line: 2,
        },
        {
          messageId: "fenceKdumpListenerTimeout",
          message:
            "FenceKdumpListenerTimeout = 30 (default 90): it must stay at least twice HEARTBEAT_INTERVAL of the fence_kdump listener, or the engine may take a running listener for dead.",
          line: 3,
        },
        {
          messageId: "volumeChunk",
          message:
            "VolumeUtilizationChunkInMB = 1024 (default 2560): it must match VDSM's volume_utilization_chunk_mb on every host, or the engine and VDSM disagree on how far thin disks are extended.",
          line: 4,
        },
        {
          messageId: "dwhHeartbeat",
          message:
            "DwhHeartBeatInterval = 60 (default 15): it must stay lower than the data warehouse's sampling interval, or the data warehouse may take the engine for stopped.",
          line: 5,
        },
      ],
    },
    {
      name: "an Integer is shown as the engine reads it",
      code: "FenceKdumpDestinationPort: +07411 version: general\n",
      errors: [{ messageId: "fenceKdumpPort", message: /^FenceKdumpDestinationPort = 7411 \(default 7410\)/, column: 28, endColumn: 34 }],
    },
  ],
});
