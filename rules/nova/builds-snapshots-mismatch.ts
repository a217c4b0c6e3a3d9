import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { computeMode, effectiveInteger, firstHere } from "./_concurrency.js";
import { releaseMajor } from "./_mode.js";

/** The release whose nova-compute runs builds and snapshots in one executor in threading mode. */
const SHARED_POOL_SINCE = 33;

/** Native threading mode's replacements for 0 ("unlimited"), openstack/nova `nova/thread_pool_factory.py`. */
const BUILDS_FOR_ZERO = 10;
const SNAPSHOTS_FOR_ZERO = 5;

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/builds-snapshots-mismatch",
    engine: "nova",
    type: "suggestion",
    description: "Shared limit = max(builds, snapshots)",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      mismatch:
        "In native threading mode builds and snapshots share one pool: max_concurrent_builds {{builds}} and max_concurrent_snapshots {{snapshots}} give a single limit of {{limit}} for both. Set both to the same value.",
    },
  },
  check(context) {
    const { document, settings } = context;
    if (releaseMajor(settings) < SHARED_POOL_SINCE) return;
    const mode = computeMode(document, settings, context.filePath);
    // Eventlet mode keeps two semaphores, one per kind: the limits stay independent.
    if (mode === undefined || mode === "eventlet") return;
    const builds = effectiveInteger(document, settings, "max_concurrent_builds");
    const snapshots = effectiveInteger(document, settings, "max_concurrent_snapshots");
    if (builds === undefined || snapshots === undefined || (!builds.set && !snapshots.set)) return;
    const values = {
      builds: threadingLimit(builds.value, BUILDS_FOR_ZERO),
      snapshots: threadingLimit(snapshots.value, SNAPSHOTS_FOR_ZERO),
    };
    if (values.builds === values.snapshots) return;
    const at = firstHere(builds.here, snapshots.here);
    if (at === undefined) return;
    context.report({
      messageId: "mismatch",
      values: { ...values, limit: Math.max(values.builds, values.snapshots) },
      span: at.valueSpan,
      // Without a known mode this is a note about what threading mode would do.
      severity: mode === "threading" ? "warning" : "info",
    });
  },
});

/** nova's getters compare with 0 (`> 0`); the options' `min` is 0, so only 0 itself is replaced. */
function threadingLimit(value: number, forZero: number): number {
  return value > 0 ? value : forZero;
}

export default rule;
