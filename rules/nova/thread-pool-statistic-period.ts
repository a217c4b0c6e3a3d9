import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { integerHere } from "./_concurrency.js";

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/thread-pool-statistic-period",
    engine: "nova",
    type: "suggestion",
    description: "0 gathers and logs statistics on every task",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      everySubmission:
        "thread_pool_statistic_period = 0 gathers and logs pool statistics on every task submission to every pool; use -1 (off) or a period such as 60 in production.",
    },
  },
  check(context) {
    const found = integerHere(context.document, context.settings, "thread_pool_statistic_period");
    if (found?.value === 0) context.report({ messageId: "everySubmission", span: found.assignment.valueSpan });
  },
});

export default rule;
