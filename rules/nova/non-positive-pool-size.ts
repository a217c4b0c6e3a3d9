import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { integerHere } from "./_concurrency.js";
import { releaseMajor } from "./_mode.js";

/**
 * Pool sizes without a `min` in oslo, and the first release whose pool is a futurist executor, which
 * refuses a size ≤ 0. executor_thread_pool_size (oslo.messaging) has always been one.
 */
const POOLS = [
  { option: "sync_power_state_pool_size", since: 33 },
  { option: "executor_thread_pool_size", since: 0 },
] as const;

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/non-positive-pool-size",
    engine: "nova",
    type: "problem",
    description: "Pool size ≤ 0 where oslo has no minimum",
    defaultSeverity: "error",
    defaultOptions: {},
    messages: {
      nonPositive: '{{key}} = {{size}} cannot work: the pool executor rejects sizes ≤ 0 ("Max workers must be greater than zero").',
    },
  },
  check(context) {
    const { document, settings } = context;
    const release = releaseMajor(settings);
    for (const { option, since } of POOLS) {
      if (release < since) continue;
      const found = integerHere(document, settings, option);
      if (found === undefined || found.value > 0) continue;
      // The key as written: executor_thread_pool_size may be set through its old name rpc_thread_pool_size.
      context.report({ messageId: "nonPositive", values: { key: found.assignment.key, size: found.value }, span: found.assignment.valueSpan });
    }
  },
});

export default rule;
