import rule from "../../../rules/nova/parallel-connections-post-copy.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const MESSAGE = "Parallel migration connections (multifd) together with post-copy need QEMU 10.1.0 or newer on both hosts.";

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[libvirt]\n",
    { name: "multifd without post-copy", code: "[libvirt]\nlive_migration_parallel_connections = 4\n" },
    { name: "post-copy with one connection", code: "[libvirt]\nlive_migration_parallel_connections = 1\nlive_migration_permit_post_copy = true\n" },
    { name: "post-copy off", code: "[libvirt]\nlive_migration_parallel_connections = 4\nlive_migration_permit_post_copy = off\n" },
    { name: "post-copy overridden later", code: "[libvirt]\nlive_migration_parallel_connections = 4\nlive_migration_permit_post_copy = true\nlive_migration_permit_post_copy = false\n" },
    { name: "not a boolean", code: "[libvirt]\nlive_migration_parallel_connections = 4\nlive_migration_permit_post_copy = enabled\n" },
    { name: "no such option before 33.0.0", code: "[libvirt]\nlive_migration_parallel_connections = 4\nlive_migration_permit_post_copy = true\n", settings: { release: "2025.2" } },
    {
      name: "both values from the environment",
      code: "[libvirt]\n",
      settings: { env: { OS_LIBVIRT__LIVE_MIGRATION_PARALLEL_CONNECTIONS: "4", OS_LIBVIRT__LIVE_MIGRATION_PERMIT_POST_COPY: "true" } },
    },
    { name: "the options in [DEFAULT] are not libvirt's", code: "[DEFAULT]\nlive_migration_parallel_connections = 4\nlive_migration_permit_post_copy = true\n" },
  ],
  invalid: [
    {
      name: "both in the file: at the first",
      code: "[libvirt]\nlive_migration_parallel_connections = 4\nlive_migration_permit_post_copy = true\n",
      errors: [{ messageId: "needsQemu", message: MESSAGE, severity: "info", line: 2, column: 39, endLine: 2, endColumn: 40 }],
    },
    {
      name: "post-copy first, in any letter case",
      code: "[libvirt]\nlive_migration_permit_post_copy = Yes\nlive_migration_parallel_connections = 2\n",
      errors: [{ messageId: "needsQemu", line: 2, column: 35, endColumn: 38 }],
    },
    {
      name: "the other half from the environment",
      code: "[libvirt]\nlive_migration_permit_post_copy = true\n",
      settings: { env: { OS_LIBVIRT__LIVE_MIGRATION_PARALLEL_CONNECTIONS: "8" } },
      errors: [{ messageId: "needsQemu", line: 2 }],
    },
  ],
});
