import rule from "../../../rules/nova/max-concurrent-live-migrations.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const KEY = "max_concurrent_live_migrations";
/** The value of `max_concurrent_live_migrations = <value>` starts in column 34. */
const at = (line: number, value: string) => ({ line, column: 34, endLine: line, endColumn: 34 + value.length });

const MANY = (count: number) =>
  `Running ${count} live migrations at once from one host is almost always a bad idea (nova concurrency guide); keep 1 and raise [libvirt] live_migration_parallel_connections instead.`;
const THREADS = " Each one is a native thread in this service's mode.";
const MANY_OLD = (count: number) =>
  `Running ${count} live migrations at once from one host is almost always a bad idea (nova concurrency guide); keep 1.`;

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[DEFAULT]\n",
    `[DEFAULT]\n${KEY} = 1\n`,
    { name: "the last value wins", code: `[DEFAULT]\n${KEY} = 4\n${KEY} = 1\n` },
    { name: "an empty value is nova/empty-value's", code: `[DEFAULT]\n${KEY} =\n` },
    { name: "below min is nova/invalid-value's", code: `[DEFAULT]\n${KEY} = -1\n` },
    { name: "not an integer", code: `[DEFAULT]\n${KEY} = 2.0\n` },
    { name: "[default] is not DEFAULT", code: `[default]\n${KEY} = 4\n` },
    { name: "another group", code: `[libvirt]\n${KEY} = 4\n` },
    { name: "the environment wins over the file", code: `[DEFAULT]\n${KEY} = 4\n`, settings: { env: { OS_DEFAULT__MAX_CONCURRENT_LIVE_MIGRATIONS: "1" } } },
    { name: "a column-1 comment is no assignment", code: `[DEFAULT]\n#${KEY} = 4\n` },
    { name: "an unresolved reference is nova/unresolved-substitution's", code: `[DEFAULT]\n${KEY} = $nope\n` },
  ],
  invalid: [
    {
      name: "0 is deprecated since 33.0.0 (default release 2026.2)",
      code: `[DEFAULT]\n${KEY} = 0\n`,
      errors: [
        {
          messageId: "zeroDeprecated",
          message:
            'max_concurrent_live_migrations = 0 ("unlimited") is deprecated since 33.0.0: nova uses 5 threads in native threading mode and 1000 green threads in eventlet mode. Set 1 and use [libvirt] live_migration_parallel_connections for faster migrations.',
          severity: "warning",
          ...at(2, "0"),
        },
      ],
    },
    {
      name: "0 before 33.0.0 means unlimited",
      code: `[DEFAULT]\n${KEY} = 0\n`,
      settings: { release: "2025.2" },
      errors: [{ messageId: "zeroUnlimited", message: "max_concurrent_live_migrations = 0 means unlimited outgoing live migrations; upstream recommends 1.", ...at(2, "0") }],
    },
    {
      name: "more than one, mode unknown",
      code: `[DEFAULT]\n${KEY} = 4\n`,
      errors: [{ messageId: "many", message: MANY(4), ...at(2, "4") }],
    },
    {
      name: "more than one on nova-compute 2026.2 (native threading)",
      code: `[DEFAULT]\n${KEY} = 4\n`,
      settings: { service: "nova-compute" },
      errors: [{ messageId: "manyThreads", message: MANY(4) + THREADS, ...at(2, "4") }],
    },
    {
      name: "another service's mode says nothing of nova-compute's threads",
      code: `[DEFAULT]\n${KEY} = 4\n`,
      settings: { service: "nova-conductor" },
      errors: [{ messageId: "many", message: MANY(4) }],
    },
    {
      name: "eventlet mode says nothing of threads",
      code: `[DEFAULT]\n${KEY} = 4\n`,
      settings: { service: "nova-compute", release: "2026.1" },
      errors: [{ messageId: "many", message: MANY(4) }],
    },
    {
      name: "before 33.0.0 there is no live_migration_parallel_connections to advise",
      code: `[DEFAULT]\n${KEY} = 2\n`,
      settings: { release: "flamingo" },
      errors: [{ messageId: "manyBefore33", message: MANY_OLD(2), ...at(2, "2") }],
    },
    {
      name: "before 33.0.0 with native threads forced by the variable",
      code: `[DEFAULT]\n${KEY} = 2\n`,
      settings: { release: "32.0.0", service: "nova-compute", env: { OS_NOVA_DISABLE_EVENTLET_PATCHING: "true" } },
      errors: [{ messageId: "manyBefore33Threads", message: MANY_OLD(2) + THREADS }],
    },
    {
      name: "the winning repeat is reported (corpus 94)",
      code: `[DEFAULT]\n${KEY} = 1\n${KEY} = 3\n`,
      errors: [{ messageId: "many", message: MANY(3), ...at(3, "3") }],
    },
    {
      name: "the value as oslo's int reads it, quotes included in the span",
      code: `[DEFAULT]\n${KEY} = "1_0"\n`,
      errors: [{ messageId: "many", message: MANY(10), ...at(2, '"1_0"') }],
    },
    {
      name: "the value after $ substitution",
      code: `[DEFAULT]\nmax_concurrent_builds = 3\n${KEY} = \${max_concurrent_builds}\n`,
      errors: [{ messageId: "many", message: MANY(3), ...at(3, "${max_concurrent_builds}") }],
    },
    {
      name: "sections merge: the later [DEFAULT] wins",
      code: `[DEFAULT]\n${KEY} = 1\n[libvirt]\nvirt_type = kvm\n[DEFAULT]\n${KEY} = 8\n`,
      errors: [{ messageId: "many", message: MANY(8), ...at(6, "8") }],
    },
  ],
});
