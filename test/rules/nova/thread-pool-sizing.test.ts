import rule from "../../../rules/nova/thread-pool-sizing.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const CONDUCTOR = { service: "nova-conductor" };
const CONDUCTOR_EVENTLET = { service: "nova-conductor", release: "2026.1" };
const many = (key: string, size: number): string =>
  `${key} = ${size} means up to ${size} native threads per process; multiply by the worker processes ([conductor] workers, [scheduler] workers) for the service's total.`;

new RuleTester(novaEngine).run(rule, {
  valid: [
    { code: "[DEFAULT]\n", settings: CONDUCTOR },
    {
      name: "mode and service unknown: no verdict",
      code: "[DEFAULT]\ncell_worker_thread_pool_size = 500\nexecutor_thread_pool_size = 500\ndefault_thread_pool_size = 500\ndefault_green_pool_size = 500\n",
    },
    { name: "as many threads as cells", code: "[DEFAULT]\ncell_worker_thread_pool_size = 5\n", settings: { ...CONDUCTOR, cells: 5 } },
    { name: "no cell count, small pool", code: "[DEFAULT]\ncell_worker_thread_pool_size = 2\n", settings: CONDUCTOR },
    { name: "at the threshold", code: "[DEFAULT]\nexecutor_thread_pool_size = 100\ndefault_thread_pool_size = 100\n", settings: CONDUCTOR },
    { name: "a raised threshold", code: "[DEFAULT]\nexecutor_thread_pool_size = 256\n", settings: CONDUCTOR, options: { threshold: 256 } },
    { name: "the green pool in eventlet mode", code: "[DEFAULT]\ndefault_green_pool_size = 2000\n", settings: CONDUCTOR_EVENTLET },
    { name: "large pools in eventlet mode are green", code: "[DEFAULT]\nexecutor_thread_pool_size = 512\n", settings: CONDUCTOR_EVENTLET },
    { name: "the executor on an RPC server", code: "[DEFAULT]\nexecutor_thread_pool_size = 64\n", settings: { service: "nova-compute" } },
    {
      name: "the environment decides",
      code: "[DEFAULT]\nexecutor_thread_pool_size = 512\n",
      settings: { ...CONDUCTOR, env: { OS_DEFAULT__EXECUTOR_THREAD_POOL_SIZE: "64" } },
    },
    { name: "values other rules reject", code: "[DEFAULT]\ncell_worker_thread_pool_size = 0\ndefault_green_pool_size = 10\n", settings: { service: "nova-compute" } },
  ],
  invalid: [
    {
      name: "the cell pool on nova-compute",
      code: "[DEFAULT]\ncell_worker_thread_pool_size = 8\n",
      settings: { service: "nova-compute" },
      errors: [
        {
          messageId: "cellsOnCompute",
          message:
            "cell_worker_thread_pool_size has no effect on nova-compute: only the services that gather data across cells (nova-api, nova-metadata, nova-scheduler, nova-conductor) use this pool.",
          severity: "info",
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 29,
        },
      ],
    },
    {
      name: "the cell pool in eventlet mode",
      code: "[DEFAULT]\ncell_worker_thread_pool_size = 8\n",
      settings: CONDUCTOR_EVENTLET,
      errors: [
        {
          messageId: "cellsInEventlet",
          message: "cell_worker_thread_pool_size has no effect in eventlet mode: the cell worker pool is fixed at 1000 green threads.",
          line: 2,
          column: 1,
          endColumn: 29,
        },
      ],
    },
    {
      name: "fewer threads than cells",
      code: "[DEFAULT]\ncell_worker_thread_pool_size = 3\n",
      settings: { ...CONDUCTOR, cells: 5 },
      errors: [
        {
          messageId: "fewerThanCells",
          message: "cell_worker_thread_pool_size = 3 gives 3 threads for 5 cells: cross-cell requests such as server list wait for free threads.",
          line: 2,
          column: 32,
          endColumn: 33,
        },
      ],
    },
    {
      name: "a large cell pool",
      code: "[DEFAULT]\ncell_worker_thread_pool_size = 128\n",
      settings: { ...CONDUCTOR, cells: 2 },
      errors: [{ messageId: "manyThreads", message: many("cell_worker_thread_pool_size", 128), line: 2, column: 32, endColumn: 35 }],
    },
    {
      name: "the executor pool on the WSGI services, under either name",
      code: "[DEFAULT]\nrpc_thread_pool_size = 32\n",
      settings: { service: "nova-metadata" },
      errors: [
        {
          messageId: "notRpcServer",
          message: "rpc_thread_pool_size has no effect on nova-metadata: it sizes the RPC server pool, and nova-metadata serves no RPC.",
          line: 2,
          column: 1,
          endColumn: 21,
        },
      ],
    },
    {
      name: "the executor pool on nova-api",
      code: "[DEFAULT]\nexecutor_thread_pool_size = 32\n",
      settings: { service: "nova-api" },
      errors: [{ messageId: "notRpcServer", message: "executor_thread_pool_size has no effect on nova-api: it sizes the RPC server pool, and nova-api serves no RPC." }],
    },
    {
      name: "large pools in threading mode, one finding each",
      code: "[DEFAULT]\nexecutor_thread_pool_size = 256\ndefault_thread_pool_size = 101\n",
      settings: CONDUCTOR,
      errors: [
        { messageId: "manyThreads", message: many("executor_thread_pool_size", 256), line: 2, column: 29, endColumn: 32 },
        { messageId: "manyThreads", message: many("default_thread_pool_size", 101), line: 3, column: 28, endColumn: 31 },
      ],
    },
    {
      name: "a lower threshold",
      code: "[DEFAULT]\nexecutor_thread_pool_size = 64\n",
      settings: { service: "nova-scheduler" },
      options: { threshold: 32 },
      errors: [{ messageId: "manyThreads", message: many("executor_thread_pool_size", 64) }],
    },
    {
      name: "each mode's own pool only",
      code: "[DEFAULT]\ndefault_thread_pool_size = 20\ndefault_green_pool_size = 2000\n",
      settings: CONDUCTOR_EVENTLET,
      errors: [
        {
          messageId: "otherMode",
          message: "default_thread_pool_size has no effect in eventlet mode; default_green_pool_size is used instead.",
          line: 2,
          column: 1,
          endColumn: 25,
        },
      ],
    },
    {
      name: "the green pool in threading mode",
      code: "[DEFAULT]\ndefault_thread_pool_size = 20\ndefault_green_pool_size = 2000\n",
      settings: CONDUCTOR,
      errors: [
        {
          messageId: "otherMode",
          message: "default_green_pool_size has no effect in native threading mode; default_thread_pool_size is used instead.",
          line: 3,
          column: 1,
          endColumn: 24,
        },
      ],
    },
  ],
});
