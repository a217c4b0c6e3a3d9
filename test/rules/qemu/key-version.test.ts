import rule from "../../../rules/qemu/key-version.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

new RuleTester(qemuEngine).run(rule, {
  valid: [
    "",
    // The default target, 11.6.0, reads every catalogued key.
    'default_tls_priority = "NORMAL"\nrdp_listen = "127.0.0.1"\nauto_shutdown_try_save = "persistent"\ndefault_cpu_deprecated_features = "off"\n',
    { name: "keys read since 9.0.0 or earlier", code: 'vnc_tls = 1\nuser = "qemu"\nnvram = [ "a:b" ]\n', settings: { libvirtVersion: "9.0.0" } },
    { name: "a target below 9.0.0 reads the <=9.0.0 keys", code: "vnc_tls = 1\n", settings: { libvirtVersion: "8.0.0" } },
    { name: "concrete since, target at that release", code: 'default_tls_priority = "NORMAL"\n', settings: { libvirtVersion: "11.6.0" } },
    { name: "concrete since, target above it", code: "max_threads_per_process = 100\nmigrate_tls_force = 1\n", settings: { libvirtVersion: "9.0.0" } },
    { name: "after 9.0.0: every later target reads it", code: 'rdp_listen = "127.0.0.1"\nauto_start_delay = 10\n', settings: { libvirtVersion: "9.0.1" } },
    { name: "a two-part version compares as x.y.0", code: 'auto_shutdown_try_save = "none"\n', settings: { libvirtVersion: "11.2" } },
    {
      name: "vnc_tls_priority is read by no release: qemu/obsolete-key's, not a matter of upgrading",
      code: 'vnc_tls_priority = "NORMAL"\n',
      settings: { libvirtVersion: "11.3.0" },
    },
    { name: "clear_emulator_capabilities (since null) is qemu/obsolete-key's", code: "clear_emulator_capabilities = 0\n", settings: { libvirtVersion: "9.0.0" } },
    { name: "unknown keys are qemu/unknown-key's", code: "keepalive = 5\nDEFAULT_TLS_PRIORITY = 1\n", settings: { libvirtVersion: "9.0.0" } },
    { name: "commented-out keys are not settings", code: '#default_tls_priority = "NORMAL"\n', settings: { libvirtVersion: "11.3.0" } },
  ],
  invalid: [
    {
      name: "the spec's example",
      code: 'default_tls_priority = "NORMAL"\n',
      settings: { libvirtVersion: "11.3.0" },
      errors: [
        {
          messageId: "since",
          message: "default_tls_priority is read only by libvirt 11.6.0 and later; libvirt 11.3.0 ignores it.",
          severity: "warning",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 21,
          data: { key: "default_tls_priority", since: "11.6.0", libvirtVersion: "11.3.0" },
        },
      ],
    },
    {
      name: "since 11.2.0 with a target just below; the target is shown as written",
      code: 'vnc_tls = 1\n  auto_shutdown_try_save = "persistent"\nauto_shutdown_wait = 30\n',
      settings: { libvirtVersion: "11.1" },
      errors: [
        { message: "auto_shutdown_try_save is read only by libvirt 11.2.0 and later; libvirt 11.1 ignores it.", line: 2, column: 3, endLine: 2, endColumn: 25 },
        { message: "auto_shutdown_wait is read only by libvirt 11.2.0 and later; libvirt 11.1 ignores it.", line: 3, column: 1, endColumn: 19 },
      ],
    },
    {
      name: "after 9.0.0 (present in 11.3.0) with a target of 9.0.0 or older",
      code: 'rdp_listen = "0.0.0.0"\nqemu_rdp = "/usr/bin/qemu-rdp"\n',
      settings: { libvirtVersion: "9.0.0" },
      errors: [
        {
          messageId: "after",
          message: "rdp_listen is read only by libvirt releases after 9.0.0 (11.3.0 reads it); libvirt 9.0.0 ignores it.",
          line: 1,
          column: 1,
          endColumn: 11,
          data: { key: "rdp_listen", since: "after 9.0.0 (present in 11.3.0)", libvirtVersion: "9.0.0" },
        },
        { messageId: "after", message: "qemu_rdp is read only by libvirt releases after 9.0.0 (11.3.0 reads it); libvirt 9.0.0 ignores it.", line: 2 },
      ],
    },
    {
      name: "older targets: every key added after them",
      code: "max_threads_per_process = 100\nmigrate_tls_force = 1\ndeprecation_behavior = \"none\"\nsched_core = \"none\"\nstorage_use_nbdkit = 0\nvnc_tls = 1\n",
      settings: { libvirtVersion: "5.0.0" },
      errors: [
        { message: "max_threads_per_process is read only by libvirt 5.6.0 and later; libvirt 5.0.0 ignores it.", line: 1 },
        { message: "migrate_tls_force is read only by libvirt 6.10.0 and later; libvirt 5.0.0 ignores it.", line: 2 },
        { message: "deprecation_behavior is read only by libvirt 7.3.0 and later; libvirt 5.0.0 ignores it.", line: 3 },
        { message: "sched_core is read only by libvirt 8.9.0 and later; libvirt 5.0.0 ignores it.", line: 4 },
        { message: "storage_use_nbdkit is read only by libvirt 10.0.0 and later; libvirt 5.0.0 ignores it.", line: 5 },
      ],
    },
    {
      name: "the value does not matter: the target reads neither it nor its type",
      code: 'auto_shutdown_wait = "soon"\ndefault_tls_priority = [ 1 ]\n',
      settings: { libvirtVersion: "11.1.0" },
      errors: [
        { message: "auto_shutdown_wait is read only by libvirt 11.2.0 and later; libvirt 11.1.0 ignores it.", line: 1 },
        { message: "default_tls_priority is read only by libvirt 11.6.0 and later; libvirt 11.1.0 ignores it.", line: 2 },
      ],
    },
    {
      name: "first entry wins: one finding, at the first entry",
      code: 'chardev_tls_priority = "A"\nvnc_tls = 1\nchardev_tls_priority = "B"\n',
      settings: { libvirtVersion: "11.3.0" },
      errors: [{ message: "chardev_tls_priority is read only by libvirt 11.6.0 and later; libvirt 11.3.0 ignores it.", line: 1, column: 1 }],
    },
    {
      name: "a password key: the message shows no value anyway",
      code: 'rdp_password = "s3cret"\n',
      settings: { libvirtVersion: "8.0.0" },
      errors: [{ message: "rdp_password is read only by libvirt releases after 9.0.0 (11.3.0 reads it); libvirt 8.0.0 ignores it.", line: 1 }],
    },
  ],
});
