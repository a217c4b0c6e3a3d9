import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { integerHere } from "./_concurrency.js";
import { releaseMajor } from "./_mode.js";

/** What 0 turns into since 33.0.0 (openstack/nova `nova/thread_pool_factory.py`), and what it limits. */
const LIMITS = [
  { option: "max_concurrent_builds", threads: 10, kind: "builds" },
  { option: "max_concurrent_snapshots", threads: 5, kind: "snapshots" },
] as const;

/** The release that deprecated 0 ("unlimited") for both options. */
const ZERO_DEPRECATED_SINCE = 33;

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/zero-concurrency-limit",
    engine: "nova",
    type: "suggestion",
    description: "max_concurrent_builds/_snapshots = 0",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      deprecated:
        '{{option}} = 0 ("unlimited") is deprecated since 33.0.0: nova uses {{threads}} in native threading mode and 1000 in eventlet mode. Set an explicit positive limit.',
      unlimited: "{{option}} = 0 means unlimited concurrent {{kind}}; set an explicit limit.",
    },
  },
  check(context) {
    const { document, settings } = context;
    const deprecated = releaseMajor(settings) >= ZERO_DEPRECATED_SINCE;
    for (const { option, threads, kind } of LIMITS) {
      const found = integerHere(document, settings, option);
      if (found?.value !== 0) continue;
      context.report({
        messageId: deprecated ? "deprecated" : "unlimited",
        values: deprecated ? { option, threads } : { option, kind },
        span: found.assignment.valueSpan,
      });
    }
  },
});

export default rule;
