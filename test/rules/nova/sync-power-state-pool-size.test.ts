import rule from "../../../rules/nova/sync-power-state-pool-size.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const COMPUTE = { service: "nova-compute", release: "2026.2" };
const large = (size: number): string =>
  `sync_power_state_pool_size = ${size} starts up to ${size} native threads on nova-compute; the default is 5 since 33.0.0.`;

new RuleTester(novaEngine).run(rule, {
  valid: [
    { code: "[DEFAULT]\n", settings: COMPUTE },
    { name: "at the threshold", code: "[DEFAULT]\nsync_power_state_pool_size = 100\n", settings: COMPUTE },
    { name: "mode unknown", code: "[DEFAULT]\nsync_power_state_pool_size = 1000\n" },
    { name: "eventlet mode: green threads are cheap", code: "[DEFAULT]\nsync_power_state_pool_size = 1000\n", settings: { service: "nova-compute", release: "2026.1" } },
    { name: "a raised threshold", code: "[DEFAULT]\nsync_power_state_pool_size = 1000\n", settings: COMPUTE, options: { threshold: 1000 } },
    { name: "another service: the pool is nova-compute's", code: "[DEFAULT]\nsync_power_state_pool_size = 1000\n", settings: { service: "nova-conductor" } },
    { name: "overridden later", code: "[DEFAULT]\nsync_power_state_pool_size = 1000\nsync_power_state_pool_size = 10\n", settings: COMPUTE },
  ],
  invalid: [
    {
      name: "the eventlet-era default (corpus 94 as nova-compute)",
      code: "[DEFAULT]\nsync_power_state_pool_size = 1000\n",
      settings: COMPUTE,
      errors: [
        {
          messageId: "eventletDefault",
          message:
            "sync_power_state_pool_size = 1000 starts up to 1000 native threads on nova-compute; the default is 5 since 33.0.0 (1000 was the eventlet-era default).",
          severity: "warning",
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 34,
        },
      ],
    },
    {
      name: "above the threshold",
      code: "[DEFAULT]\nsync_power_state_pool_size = 101\n",
      settings: COMPUTE,
      errors: [{ messageId: "large", message: large(101), line: 2, column: 30, endColumn: 33 }],
    },
    {
      name: "a lower threshold",
      code: "[DEFAULT]\nsync_power_state_pool_size = 20\n",
      settings: COMPUTE,
      options: { threshold: 16 },
      errors: [{ messageId: "large", message: large(20) }],
    },
    {
      name: "native threading forced by the variable, service unknown",
      code: "[DEFAULT]\nsync_power_state_pool_size = 500\n",
      settings: { env: { OS_NOVA_DISABLE_EVENTLET_PATCHING: "yes" } },
      errors: [{ messageId: "large", message: large(500) }],
    },
  ],
});
