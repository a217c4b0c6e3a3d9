import rule from "../../../rules/nova/zero-concurrency-limit.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const BUILDS =
  'max_concurrent_builds = 0 ("unlimited") is deprecated since 33.0.0: nova uses 10 in native threading mode and 1000 in eventlet mode. Set an explicit positive limit.';
const SNAPSHOTS =
  'max_concurrent_snapshots = 0 ("unlimited") is deprecated since 33.0.0: nova uses 5 in native threading mode and 1000 in eventlet mode. Set an explicit positive limit.';

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[DEFAULT]\n",
    "[DEFAULT]\nmax_concurrent_builds = 10\nmax_concurrent_snapshots = 5\n",
    { name: "the last value wins", code: "[DEFAULT]\nmax_concurrent_builds = 0\nmax_concurrent_builds = 4\n" },
    { name: "empty is None, not 0", code: "[DEFAULT]\nmax_concurrent_builds =\nmax_concurrent_snapshots = \n" },
    { name: "0 in another group", code: "[compute]\nmax_concurrent_builds = 0\n" },
    { name: "the environment decides", code: "[DEFAULT]\nmax_concurrent_snapshots = 0\n", settings: { env: { OS_DEFAULT__MAX_CONCURRENT_SNAPSHOTS: "2" } } },
    { name: "not an integer", code: "[DEFAULT]\nmax_concurrent_builds = zero\n" },
  ],
  invalid: [
    {
      name: "both options at 0",
      code: "[DEFAULT]\nmax_concurrent_builds = 0\nmax_concurrent_snapshots = 0\n",
      errors: [
        { messageId: "deprecated", message: BUILDS, severity: "warning", line: 2, column: 25, endLine: 2, endColumn: 26 },
        { messageId: "deprecated", message: SNAPSHOTS, line: 3, column: 28, endLine: 3, endColumn: 29 },
      ],
    },
    {
      name: "0 written as oslo still reads it",
      code: "[DEFAULT]\nmax_concurrent_snapshots = +0\n",
      errors: [{ messageId: "deprecated", message: SNAPSHOTS, line: 2, column: 28, endColumn: 30 }],
    },
    {
      name: "before 33.0.0: unlimited",
      code: "[DEFAULT]\nmax_concurrent_builds = 0\nmax_concurrent_snapshots = 0\n",
      settings: { release: "2025.2" },
      errors: [
        { messageId: "unlimited", message: "max_concurrent_builds = 0 means unlimited concurrent builds; set an explicit limit.", line: 2 },
        { messageId: "unlimited", message: "max_concurrent_snapshots = 0 means unlimited concurrent snapshots; set an explicit limit.", line: 3 },
      ],
    },
    {
      name: "the winning 0 is reported",
      code: "[DEFAULT]\nmax_concurrent_builds = 3\nmax_concurrent_builds = 0\n",
      errors: [{ messageId: "deprecated", message: BUILDS, line: 3, column: 25 }],
    },
  ],
});
