import { defineRule } from "../../src/core/rule.js";
import type { NovaDocument, NovaRule, NovaSettings } from "../../src/engines/nova.js";
import { integerHere, THRESHOLD_OPTIONS, type IntegerHere, type ThresholdOptions } from "./_concurrency.js";
import { concurrencyMode, serviceOf, type ConcurrencyMode } from "./_mode.js";

/** The WSGI services: they serve HTTP, not RPC, so oslo.messaging's executor pool is never built. */
const NOT_RPC_SERVERS = new Set(["nova-api", "nova-metadata"]);

/**
 * One pool option's finding, if any, for the service and mode at hand: a pool that does not exist
 * points at the key (the setting does nothing), a size at the value.
 */
type Verdict = { messageId: string; values: Record<string, string | number>; at: "key" | "value" } | undefined;

interface Facts {
  mode: ConcurrencyMode;
  service: string | undefined;
  cells: number | undefined;
  threshold: number;
}

/** In threading mode every slot of these pools is a native thread. */
function sizing(found: IntegerHere, facts: Facts): Verdict {
  if (facts.mode !== "threading" || found.value <= facts.threshold) return undefined;
  return { messageId: "manyThreads", values: { key: found.assignment.key, size: found.value }, at: "value" };
}

const OPTIONS = ["cell_worker_thread_pool_size", "executor_thread_pool_size", "default_thread_pool_size", "default_green_pool_size"] as const;

/** Spec §14.3, one case per option: a pool that does not exist in this service or mode, then its size. */
function judge(option: (typeof OPTIONS)[number], found: IntegerHere, facts: Facts): Verdict {
  const key = found.assignment.key;
  switch (option) {
    case "cell_worker_thread_pool_size":
      if (facts.service === "nova-compute") return { messageId: "cellsOnCompute", values: {}, at: "key" };
      if (facts.mode === "eventlet") return { messageId: "cellsInEventlet", values: {}, at: "key" };
      if (facts.mode === "threading" && facts.cells !== undefined && found.value < facts.cells) {
        return { messageId: "fewerThanCells", values: { size: found.value, cells: facts.cells }, at: "value" };
      }
      return sizing(found, facts);
    case "executor_thread_pool_size":
      if (facts.service !== undefined && NOT_RPC_SERVERS.has(facts.service)) {
        return { messageId: "notRpcServer", values: { key, service: facts.service }, at: "key" };
      }
      return sizing(found, facts);
    case "default_thread_pool_size":
      if (facts.mode === "eventlet") {
        return { messageId: "otherMode", values: { key, mode: "eventlet", other: "default_green_pool_size" }, at: "key" };
      }
      return sizing(found, facts);
    case "default_green_pool_size":
      // The eventlet-mode counterpart of default_thread_pool_size; its size is bounded by oslo (min 100).
      if (facts.mode === "threading") {
        return { messageId: "otherMode", values: { key, mode: "native threading", other: "default_thread_pool_size" }, at: "key" };
      }
      return undefined;
  }
}

function facts(document: NovaDocument, settings: Readonly<NovaSettings>, filePath: string, threshold: number): Facts {
  return { mode: concurrencyMode(document, settings, filePath), service: serviceOf(document, settings, filePath), cells: settings.cells, threshold };
}

const rule: NovaRule<ThresholdOptions> = defineRule({
  meta: {
    id: "nova/thread-pool-sizing",
    engine: "nova",
    type: "suggestion",
    description: "Pool options that have no effect, or need sizing",
    defaultSeverity: "info",
    ...THRESHOLD_OPTIONS,
    messages: {
      cellsOnCompute:
        "cell_worker_thread_pool_size has no effect on nova-compute: only the services that gather data across cells (nova-api, nova-metadata, nova-scheduler, nova-conductor) use this pool.",
      cellsInEventlet: "cell_worker_thread_pool_size has no effect in eventlet mode: the cell worker pool is fixed at 1000 green threads.",
      fewerThanCells:
        "cell_worker_thread_pool_size = {{size}} gives {{size}} threads for {{cells}} cells: cross-cell requests such as server list wait for free threads.",
      notRpcServer: "{{key}} has no effect on {{service}}: it sizes the RPC server pool, and {{service}} serves no RPC.",
      otherMode: "{{key}} has no effect in {{mode}} mode; {{other}} is used instead.",
      manyThreads:
        "{{key}} = {{size}} means up to {{size}} native threads per process; multiply by the worker processes ([conductor] workers, [scheduler] workers) for the service's total.",
    },
  },
  check(context) {
    const { document, settings } = context;
    const known = facts(document, settings, context.filePath, context.options.threshold);
    for (const option of OPTIONS) {
      const found = integerHere(document, settings, option);
      const verdict = found && judge(option, found, known);
      if (found === undefined || verdict === undefined) continue;
      const { messageId, values, at } = verdict;
      context.report({ messageId, values, span: at === "key" ? found.assignment.keySpan : found.assignment.valueSpan });
    }
  },
});

export default rule;
