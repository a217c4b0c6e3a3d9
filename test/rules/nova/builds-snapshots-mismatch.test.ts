import rule from "../../../rules/nova/builds-snapshots-mismatch.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const message = (builds: number, snapshots: number, limit: number): string =>
  `In native threading mode builds and snapshots share one pool: max_concurrent_builds ${builds} and max_concurrent_snapshots ${snapshots} give a single limit of ${limit} for both. Set both to the same value.`;

const COMPUTE = { service: "nova-compute" };

new RuleTester(novaEngine).run(rule, {
  valid: [
    { name: "neither set: nova's own defaults are not the file's doing", code: "[DEFAULT]\n", settings: COMPUTE },
    { name: "equal values", code: "[DEFAULT]\nmax_concurrent_builds = 4\nmax_concurrent_snapshots = 4\n", settings: COMPUTE },
    { name: "builds set to the snapshots default", code: "[DEFAULT]\nmax_concurrent_builds = 5\n", settings: COMPUTE },
    { name: "0 becomes 10 in threading mode", code: "[DEFAULT]\nmax_concurrent_builds = 0\nmax_concurrent_snapshots = 10\n", settings: COMPUTE },
    { name: "eventlet mode limits each kind separately", code: "[DEFAULT]\nmax_concurrent_snapshots = 2\n", settings: { service: "nova-compute", release: "2026.1" } },
    { name: "another service: only nova-compute builds and snapshots", code: "[DEFAULT]\nmax_concurrent_snapshots = 2\n", settings: { service: "nova-scheduler" } },
    { name: "before 33.0.0", code: "[DEFAULT]\nmax_concurrent_snapshots = 2\n", settings: { release: "2025.2" } },
    { name: "an empty value is None: no verdict", code: "[DEFAULT]\nmax_concurrent_builds =\nmax_concurrent_snapshots = 2\n", settings: COMPUTE },
    {
      name: "both values come from the environment",
      code: "[DEFAULT]\nmax_concurrent_builds = 3\nmax_concurrent_snapshots = 2\n",
      settings: { service: "nova-compute", env: { OS_DEFAULT__MAX_CONCURRENT_BUILDS: "7", OS_DEFAULT__MAX_CONCURRENT_SNAPSHOTS: "7" } },
    },
  ],
  invalid: [
    {
      name: "threading: warning at the first of the two assignments",
      code: "[DEFAULT]\nmax_concurrent_builds = 10\nmax_concurrent_snapshots = 2\n",
      settings: COMPUTE,
      errors: [{ messageId: "mismatch", message: message(10, 2, 10), severity: "warning", line: 2, column: 25, endLine: 2, endColumn: 27 }],
    },
    {
      name: "mode unknown: info",
      code: "[DEFAULT]\nmax_concurrent_builds = 10\nmax_concurrent_snapshots = 2\n",
      errors: [{ messageId: "mismatch", message: message(10, 2, 10), severity: "info", line: 2 }],
    },
    {
      name: "only snapshots set: builds keeps its default 10",
      code: "[DEFAULT]\nmax_concurrent_snapshots = 2\n",
      settings: COMPUTE,
      errors: [{ message: message(10, 2, 10), line: 2, column: 28, endColumn: 29 }],
    },
    {
      name: "only builds set: snapshots keeps its default 5",
      code: "[DEFAULT]\nmax_concurrent_builds = 20\n",
      settings: COMPUTE,
      errors: [{ message: message(20, 5, 20), line: 2 }],
    },
    {
      name: "0 is shown as the threading value it becomes",
      code: "[DEFAULT]\nmax_concurrent_builds = 0\nmax_concurrent_snapshots = 2\n",
      settings: COMPUTE,
      errors: [{ message: message(10, 2, 10), line: 2 }],
    },
    {
      name: "file order decides where the finding goes",
      code: "[DEFAULT]\nmax_concurrent_snapshots = 8\nmax_concurrent_builds = 4\n",
      settings: COMPUTE,
      errors: [{ message: message(4, 8, 8), line: 2, column: 28, endColumn: 29 }],
    },
    {
      name: "builds from the environment, snapshots from the file",
      code: "[DEFAULT]\nmax_concurrent_builds = 2\nmax_concurrent_snapshots = 2\n",
      settings: { service: "nova-compute", env: { OS_DEFAULT__MAX_CONCURRENT_BUILDS: "6" } },
      errors: [{ message: message(6, 2, 6), line: 3 }],
    },
  ],
});
