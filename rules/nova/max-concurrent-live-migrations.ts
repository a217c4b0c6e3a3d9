import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { computeMode, integerHere } from "./_concurrency.js";
import { releaseMajor } from "./_mode.js";

/** 33.0.0 deprecated 0 ("unlimited") and added [libvirt] live_migration_parallel_connections. */
const PARALLEL_CONNECTIONS_SINCE = 33;

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/max-concurrent-live-migrations",
    engine: "nova",
    type: "suggestion",
    description: "Value ≠ 1",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      zeroDeprecated:
        'max_concurrent_live_migrations = 0 ("unlimited") is deprecated since 33.0.0: nova uses 5 threads in native threading mode and 1000 green threads in eventlet mode. Set 1 and use [libvirt] live_migration_parallel_connections for faster migrations.',
      zeroUnlimited: "max_concurrent_live_migrations = 0 means unlimited outgoing live migrations; upstream recommends 1.",
      many: "Running {{count}} live migrations at once from one host is almost always a bad idea (nova concurrency guide); keep 1 and raise [libvirt] live_migration_parallel_connections instead.",
      manyThreads:
        "Running {{count}} live migrations at once from one host is almost always a bad idea (nova concurrency guide); keep 1 and raise [libvirt] live_migration_parallel_connections instead. Each one is a native thread in this service's mode.",
      manyBefore33: "Running {{count}} live migrations at once from one host is almost always a bad idea (nova concurrency guide); keep 1.",
      manyBefore33Threads:
        "Running {{count}} live migrations at once from one host is almost always a bad idea (nova concurrency guide); keep 1. Each one is a native thread in this service's mode.",
    },
  },
  check(context) {
    const { document, settings } = context;
    const found = integerHere(document, settings, "max_concurrent_live_migrations");
    if (found === undefined || found.value === 1) return;
    const current = releaseMajor(settings) >= PARALLEL_CONNECTIONS_SINCE;
    const span = found.assignment.valueSpan;
    if (found.value === 0) {
      context.report({ messageId: current ? "zeroDeprecated" : "zeroUnlimited", span });
      return;
    }
    const threads = computeMode(document, settings, context.filePath) === "threading";
    const messageId = current ? (threads ? "manyThreads" : "many") : threads ? "manyBefore33Threads" : "manyBefore33";
    context.report({ messageId, values: { count: found.value }, span });
  },
});

export default rule;
