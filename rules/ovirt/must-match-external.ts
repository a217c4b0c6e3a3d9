import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { nonDefaultRows } from "./_thresholds.js";

/**
 * Keys whose value is half of an agreement with something outside the engine (their descriptions in
 * engine-config.properties), and the message saying what the other half is. A non-default value is
 * not wrong, but the other side must have been changed too; there is no command to suggest.
 */
const KEYS: Readonly<Record<string, string>> = {
  FenceKdumpDestinationAddress: "fenceKdumpAddress",
  FenceKdumpDestinationPort: "fenceKdumpPort",
  FenceKdumpMessageInterval: "fenceKdumpInterval",
  FenceKdumpListenerTimeout: "fenceKdumpListenerTimeout",
  VolumeUtilizationChunkInMB: "volumeChunk",
  DwhHeartBeatInterval: "dwhHeartbeat",
};

const REDEPLOY = "and every host using kdump detection must be redeployed to use it";

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/must-match-external",
    engine: "ovirt",
    type: "suggestion",
    description: "Value must match a setting outside the engine",
    defaultSeverity: "info",
    defaultOptions: {},
    messages: {
      fenceKdumpAddress: `FenceKdumpDestinationAddress = {{value}} (default: the engine's FQDN): it must match LISTENER_ADDRESS of the fence_kdump listener, ${REDEPLOY}.`,
      fenceKdumpPort: `FenceKdumpDestinationPort = {{value}} (default {{preset}}): it must match LISTENER_PORT of the fence_kdump listener, ${REDEPLOY}.`,
      fenceKdumpInterval: `FenceKdumpMessageInterval = {{value}} (default {{preset}}): it must stay a few times lower than KDUMP_FINISHED_TIMEOUT of the fence_kdump listener, ${REDEPLOY}.`,
      fenceKdumpListenerTimeout:
        "FenceKdumpListenerTimeout = {{value}} (default {{preset}}): it must stay at least twice HEARTBEAT_INTERVAL of the fence_kdump listener, or the engine may take a running listener for dead.",
      volumeChunk:
        "VolumeUtilizationChunkInMB = {{value}} (default {{preset}}): it must match VDSM's volume_utilization_chunk_mb on every host, or the engine and VDSM disagree on how far thin disks are extended.",
      dwhHeartbeat:
        "DwhHeartBeatInterval = {{value}} (default {{preset}}): it must stay lower than the data warehouse's sampling interval, or the data warehouse may take the engine for stopped.",
    },
  },
  check(context) {
    for (const [key, messageId] of Object.entries(KEYS)) {
      for (const { record, preset, shown } of nonDefaultRows(context.document, key)) {
        context.report({
          messageId,
          values: { value: shown, preset },
          span: record.valueSpan,
          data: { key, version: record.version, value: record.value },
        });
      }
    }
  },
});

export default rule;
