import rule from "../../../rules/nova/thread-pool-statistic-period.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const MESSAGE =
  "thread_pool_statistic_period = 0 gathers and logs pool statistics on every task submission to every pool; use -1 (off) or a period such as 60 in production.";

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[DEFAULT]\n",
    "[DEFAULT]\nthread_pool_statistic_period = -1\n",
    "[DEFAULT]\nthread_pool_statistic_period = 60\n",
    { name: "overridden later", code: "[DEFAULT]\nthread_pool_statistic_period = 0\nthread_pool_statistic_period = 60\n" },
    { name: "empty is None", code: "[DEFAULT]\nthread_pool_statistic_period =\n" },
    { name: "below min is nova/invalid-value's", code: "[DEFAULT]\nthread_pool_statistic_period = -2\n" },
    { name: "the environment decides", code: "[DEFAULT]\nthread_pool_statistic_period = 0\n", settings: { env: { OS_DEFAULT__THREAD_POOL_STATISTIC_PERIOD: "-1" } } },
  ],
  invalid: [
    {
      code: "[DEFAULT]\nthread_pool_statistic_period = 0\n",
      errors: [{ messageId: "everySubmission", message: MESSAGE, severity: "warning", line: 2, column: 32, endLine: 2, endColumn: 33 }],
    },
    {
      name: "the winning value, written with a sign",
      code: "[DEFAULT]\nthread_pool_statistic_period = 60\nthread_pool_statistic_period = -0\n",
      errors: [{ messageId: "everySubmission", line: 3, column: 32, endColumn: 34 }],
    },
  ],
});
