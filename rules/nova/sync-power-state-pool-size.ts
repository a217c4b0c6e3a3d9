import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { computeMode, integerHere, THRESHOLD_OPTIONS, type ThresholdOptions } from "./_concurrency.js";

/** The default before 33.0.0, sized for green threads; files carried over from then still hold it. */
const EVENTLET_ERA_DEFAULT = 1000;

const rule: NovaRule<ThresholdOptions> = defineRule({
  meta: {
    id: "nova/sync-power-state-pool-size",
    engine: "nova",
    type: "suggestion",
    description: "Large pool of real threads (old default 1000)",
    defaultSeverity: "warning",
    ...THRESHOLD_OPTIONS,
    messages: {
      large: "sync_power_state_pool_size = {{size}} starts up to {{size}} native threads on nova-compute; the default is 5 since 33.0.0.",
      eventletDefault:
        "sync_power_state_pool_size = {{size}} starts up to {{size}} native threads on nova-compute; the default is 5 since 33.0.0 (1000 was the eventlet-era default).",
    },
  },
  check(context) {
    const { document, settings, options } = context;
    const found = integerHere(document, settings, "sync_power_state_pool_size");
    if (found === undefined || found.value <= options.threshold) return;
    // Green threads are cheap: only native threads of nova-compute make a large pool cost memory.
    if (computeMode(document, settings, context.filePath) !== "threading") return;
    context.report({
      messageId: found.value === EVENTLET_ERA_DEFAULT ? "eventletDefault" : "large",
      values: { size: found.value },
      span: found.assignment.valueSpan,
    });
  },
});

export default rule;
