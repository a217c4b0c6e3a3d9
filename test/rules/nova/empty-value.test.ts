import rule from "../../../rules/nova/empty-value.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[DEFAULT]\nmax_concurrent_live_migrations = 1\n",
    { name: "empty strings are legitimate (kolla-ansible's cafile =)", code: "[glance]\ncafile = \n[DEFAULT]\nstate_path =\n" },
    { name: "empty bool, host and URI values are nova/invalid-value's", code: "[DEFAULT]\ndebug =\nhost =\n[vnc]\nnovncproxy_base_url =\n" },
    { name: "an empty list is []", code: "[filter_scheduler]\nenabled_filters =\n" },
    { name: "None is already the default", code: "[DEFAULT]\ncpu_allocation_ratio =\n[conductor]\nworkers =\n" },
    { name: "keys oslo.config never reads", code: "[DEFAULT]\nMax_concurrent_builds =\n[default]\nmax_concurrent_builds =\n" },
    { name: "a continuation line makes the value non-empty", code: "[DEFAULT]\nmax_concurrent_builds =\n  4\n" },
  ],
  invalid: [
    {
      name: "the spec's example",
      code: "[DEFAULT]\nmax_concurrent_live_migrations =\n",
      errors: [
        {
          messageId: "emptyNumber",
          message: "An empty value does not restore the default of [DEFAULT] max_concurrent_live_migrations (1): oslo.config sets it to None.",
          severity: "warning",
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 33,
          fix: null,
        },
      ],
    },
    {
      name: "int, float and port; quotes removed; defaults shown as the sample config writes them",
      code: "[DEFAULT]\nsync_power_state_pool_size = \"\"\ninitial_cpu_allocation_ratio = ''\n[vnc]\nnovncproxy_port =\n[filter_scheduler]\nio_ops_weight_multiplier =\n",
      errors: [
        { message: "An empty value does not restore the default of [DEFAULT] sync_power_state_pool_size (5): oslo.config sets it to None.", line: 2, column: 30, endColumn: 32 },
        { message: "An empty value does not restore the default of [DEFAULT] initial_cpu_allocation_ratio (4.0): oslo.config sets it to None.", line: 3 },
        { message: "An empty value does not restore the default of [vnc] novncproxy_port (6080): oslo.config sets it to None.", line: 5 },
        { message: "An empty value does not restore the default of [filter_scheduler] io_ops_weight_multiplier (-1.0): oslo.config sets it to None.", line: 7 },
      ],
    },
    {
      name: "a default computed at run time; a case-variant section; a deprecated name",
      code: "[PRIVSEP]\nthread_pool_size =\n[DEFAULT]\nrpc_thread_pool_size =\n",
      errors: [
        { message: "An empty value does not restore the default of [privsep] thread_pool_size (computed at run time): oslo.config sets it to None.", line: 2 },
        { message: "An empty value does not restore the default of [DEFAULT] rpc_thread_pool_size (64): oslo.config sets it to None.", line: 4 },
      ],
    },
  ],
});
