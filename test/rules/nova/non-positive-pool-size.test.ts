import rule from "../../../rules/nova/non-positive-pool-size.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const message = (key: string, size: number): string =>
  `${key} = ${size} cannot work: the pool executor rejects sizes ≤ 0 ("Max workers must be greater than zero").`;

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[DEFAULT]\n",
    "[DEFAULT]\nsync_power_state_pool_size = 1\nexecutor_thread_pool_size = 64\n",
    { name: "overridden later", code: "[DEFAULT]\nexecutor_thread_pool_size = 0\nexecutor_thread_pool_size = 8\n" },
    { name: "before 33.0.0 the power-state pool was a GreenPool", code: "[DEFAULT]\nsync_power_state_pool_size = 0\n", settings: { release: "2025.2" } },
    { name: "empty is None", code: "[DEFAULT]\nsync_power_state_pool_size =\n" },
    { name: "the current name beats the deprecated one in one file", code: "[DEFAULT]\nexecutor_thread_pool_size = 8\nrpc_thread_pool_size = 0\n" },
    { name: "the environment decides", code: "[DEFAULT]\nexecutor_thread_pool_size = -1\n", settings: { env: { OS_DEFAULT__EXECUTOR_THREAD_POOL_SIZE: "16" } } },
  ],
  invalid: [
    {
      name: "both pools",
      code: "[DEFAULT]\nsync_power_state_pool_size = 0\nexecutor_thread_pool_size = -4\n",
      errors: [
        { messageId: "nonPositive", message: message("sync_power_state_pool_size", 0), severity: "error", line: 2, column: 30, endLine: 2, endColumn: 31 },
        { messageId: "nonPositive", message: message("executor_thread_pool_size", -4), line: 3, column: 29, endLine: 3, endColumn: 31 },
      ],
    },
    {
      name: "the executor pool in any release, under its deprecated name",
      code: "[DEFAULT]\nrpc_thread_pool_size = 0\n",
      settings: { release: "liberty" },
      errors: [{ messageId: "nonPositive", message: message("rpc_thread_pool_size", 0), line: 2, column: 24, endColumn: 25 }],
    },
    {
      name: "negative power-state pool (oslo has no min)",
      code: "[DEFAULT]\nsync_power_state_pool_size = -3\n",
      errors: [{ messageId: "nonPositive", message: message("sync_power_state_pool_size", -3), line: 2 }],
    },
  ],
});
