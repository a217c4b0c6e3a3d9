import rule from "../../../rules/qemu/value-enum.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const session = { privileged: false };
const localMachine = (key: string, value: string, shown: string): string =>
  `${key} ${shown} counts as the local machine: libvirt refuses names starting with "localhost", 127.0.0.1 and ::1 (libvirt: "${key} must not be the address of the local machine: ${value}").`;

new RuleTester(qemuEngine).run(rule, {
  valid: [
    'stdio_handler = "logd"',
    'stdio_handler = "file"',
    'sched_core = "vcpus"',
    'save_image_format = "sparse"\ndump_image_format = "zstd"\nsnapshot_image_format = "raw"',
    'auto_shutdown_try_save = "persistent"\nauto_shutdown_try_shutdown = "all"\nauto_shutdown_poweroff = "transient"',
    'max_core = "unlimited"',
    'default_cpu_deprecated_features = "on"',
    // Keys the target does not read are not checked.
    { code: 'auto_shutdown_try_save = "all"', settings: { libvirtVersion: "11.0.0" } },
    { code: 'default_cpu_deprecated_features = "x"', settings: { libvirtVersion: "11.3.0" } },
    { code: 'sched_core = "x"', settings: { libvirtVersion: "8.0.0" } },
    // §6 row 35 and the documented forms.
    'security_driver = "none"',
    'security_driver = [ "selinux", "apparmor" ]',
    'security_driver = [ "none" ]',
    "security_driver = []",
    'cgroup_controllers = [ "cpu", "devices", "name=systemd" ]',
    'namespaces = [ "mount" ]',
    { code: "namespaces = []", settings: session },
    'migration_host = "host.example.com"\nmigration_address = "0.0.0.0"',
    // libvirt compares numeric addresses with 127.0.0.1 and ::1 only.
    'migration_host = "127.0.0.2"',
    'migration_address = "[fe80::1]"',
    'migration_host = "my-localhost"',
    'lock_manager = "lockd"',
    'lock_manager = "sanlock"',
    // The built-in no-op manager, which an unset key selects.
    'lock_manager = "nop"',
    'nvram = [ "/usr/share/OVMF/OVMF_CODE.fd:/usr/share/OVMF/OVMF_VARS.fd", " a: b" ]',
    "nvram = []",
    // First entry wins.
    'stdio_handler = "logd"\nstdio_handler = "journald"',
    // Checked at VM start or by other rules, not at load.
    'deprecation_behavior = "x"',
    'hugetlbfs_mount = ""',
    // A type error is qemu/value-type's.
    "stdio_handler = 1",
  ],
  invalid: [
    {
      name: "the spec's example",
      code: 'stdio_handler = "journald"',
      errors: [
        {
          messageId: "notOneOf",
          message: 'stdio_handler "journald" is not "logd" or "file" (libvirt: "Unknown stdio handler journald").',
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 27,
          data: { key: "stdio_handler", libvirtFirst: true, libvirtMessage: "unsupported configuration: Unknown stdio handler journald" },
        },
      ],
    },
    {
      code: 'sched_core = "all"',
      errors: [{ messageId: "notOneOf", message: 'sched_core "all" is not "none", "vcpus", "emulator" or "full" (libvirt: "Unknown sched_core value all").' }],
    },
    {
      code: 'save_image_format = "lz4"',
      errors: [
        {
          messageId: "notOneOf",
          message: `save_image_format "lz4" is not "raw", "gzip", "bzip2", "xz", "lzop", "zstd" or "sparse" (libvirt: "Invalid save_image_format 'lz4'").`,
          column: 21,
          endColumn: 26,
          data: { libvirtFirst: true, libvirtMessage: "unsupported configuration: Invalid save_image_format 'lz4'" },
        },
      ],
    },
    {
      name: "sparse is new in 11.2.0, and older releases check formats only when they are used",
      code: 'snapshot_image_format = "sparse"',
      settings: { libvirtVersion: "11.1.0" },
      errors: [
        {
          messageId: "imageFormatAtRun",
          message: 'snapshot_image_format "sparse" is not "raw", "gzip", "bzip2", "xz", "lzop" or "zstd"; libvirt 11.1.0 loads the file but fails when a snapshot runs.',
          data: { libvirtFirst: false },
        },
      ],
    },
    {
      code: 'dump_image_format = "lz4"',
      settings: { libvirtVersion: "9.0.0" },
      errors: [{ messageId: "imageFormatAtRun", message: /libvirt 9\.0\.0 loads the file but fails when a dump runs\.$/ }],
    },
    {
      code: 'auto_shutdown_try_save = "all"',
      errors: [
        {
          messageId: "transientSave",
          message: `auto_shutdown_try_save "all" includes transient guests, which cannot be saved; use "none" or "persistent" (libvirt: "managed save cannot be requested for transient domains").`,
          data: { libvirtMessage: "invalid argument: managed save cannot be requested for transient domains" },
        },
      ],
    },
    {
      code: 'auto_shutdown_try_save = "transient"',
      errors: [{ messageId: "transientSave" }],
    },
    {
      code: 'auto_shutdown_try_save = "always"',
      errors: [{ messageId: "notOneOf", message: `auto_shutdown_try_save "always" is not "none" or "persistent" (libvirt: "unknown auto_shutdown_try_save 'always'").` }],
    },
    {
      code: 'auto_shutdown_poweroff = "yes"',
      errors: [
        {
          messageId: "notOneOf",
          message: `auto_shutdown_poweroff "yes" is not "none", "persistent", "transient" or "all" (libvirt: "unknown auto_shutdown_poweroff 'yes'").`,
          data: { libvirtMessage: "invalid argument: unknown auto_shutdown_poweroff 'yes'" },
        },
      ],
    },
    {
      code: 'max_core = "infinity"',
      errors: [
        {
          messageId: "coreSize",
          message: `max_core must be a number or "unlimited", not "infinity" (libvirt: "Unknown core size 'infinity'").`,
          column: 12,
          endColumn: 22,
          data: { libvirtMessage: "unsupported configuration: Unknown core size 'infinity'" },
        },
      ],
    },
    {
      code: 'default_cpu_deprecated_features = "yes"',
      errors: [
        {
          messageId: "notOneOf",
          message: 'default_cpu_deprecated_features "yes" is not "off", "on" or "none" (libvirt: "Unknown default_cpu_deprecated_features value yes").',
        },
      ],
    },
    {
      name: "one finding per unknown cgroup controller, at the element",
      code: 'cgroup_controllers = [ "cpu", "cpus", "blkio", "io" ]',
      errors: [
        {
          messageId: "unknownController",
          message: `cgroup_controllers element "cpus" is not a cgroup controller libvirt knows (libvirt: "Unknown cgroup controller 'cpus'").`,
          column: 31,
          endColumn: 37,
          data: { libvirtFirst: true, libvirtMessage: "configuration file syntax error: Unknown cgroup controller 'cpus'" },
        },
        { messageId: "unknownController", column: 48, endColumn: 52, data: { libvirtFirst: false } },
      ],
    },
    {
      code: 'namespaces = [ "net" ]',
      errors: [
        {
          messageId: "notOneOf",
          message: 'namespaces "net" is not "mount" (libvirt: "Unknown namespace: net").',
          column: 16,
          endColumn: 21,
          data: { libvirtMessage: "configuration file syntax error: Unknown namespace: net" },
        },
      ],
    },
    {
      name: "a session daemon cannot create namespaces",
      code: 'namespaces = [ "mount" ]',
      settings: session,
      errors: [
        {
          messageId: "sessionNamespaces",
          message: 'namespaces must be [] for a session daemon, which cannot create namespaces (libvirt: "cannot use namespaces in session mode").',
          column: 14,
          endColumn: 25,
          data: { libvirtMessage: "unsupported configuration: cannot use namespaces in session mode" },
        },
      ],
    },
    {
      name: "libvirt refuses the unknown name first, as it comes first",
      code: 'namespaces = [ "net", "mount" ]',
      settings: session,
      errors: [
        { messageId: "sessionNamespaces", column: 14, data: { libvirtFirst: false } },
        { messageId: "notOneOf", column: 16, data: { libvirtFirst: true } },
      ],
    },
    {
      code: 'security_driver = [ "selinux", "selinux" ]',
      errors: [
        {
          messageId: "duplicateDriver",
          message: 'security_driver lists "selinux" more than once (libvirt: "Duplicate security driver selinux").',
          column: 32,
          endColumn: 41,
          data: { libvirtMessage: "configuration file syntax error: Duplicate security driver selinux" },
        },
      ],
    },
    {
      name: "a repeated none is a duplicate, nothing else",
      code: 'security_driver = [ "none", "none" ]',
      errors: [{ messageId: "duplicateDriver", column: 29 }],
    },
    {
      code: 'security_driver = "dac"',
      errors: [
        {
          messageId: "dacDriver",
          message: 'security_driver must not list "dac": libvirt always adds the DAC driver itself (libvirt: "Security driver dac not found").',
          column: 19,
          endColumn: 24,
          data: { libvirtFirst: true, libvirtMessage: "internal error: Security driver dac not found" },
        },
      ],
    },
    {
      code: 'security_driver = [ "selinux", "none" ]',
      errors: [
        {
          messageId: "noneWithOthers",
          message: 'security_driver lists "none" with other drivers; the template allows "none" only on its own.',
          column: 32,
          endColumn: 38,
          data: { libvirtFirst: false },
        },
      ],
    },
    {
      code: 'security_driver = [ "selinux", "smack" ]',
      errors: [
        {
          messageId: "notOneOf",
          message: 'security_driver "smack" is not "selinux", "apparmor" or "none" (libvirt: "Security driver smack not found").',
          column: 32,
          endColumn: 39,
        },
      ],
    },
    {
      name: "an empty name keeps one space in the message",
      code: 'security_driver = ""',
      errors: [
        {
          messageId: "notOneOf",
          message: 'security_driver "" is not "selinux", "apparmor" or "none" (libvirt: "Security driver not found").',
          data: { libvirtMessage: "internal error: Security driver  not found" },
        },
      ],
    },
    {
      name: "duplicates fail at load, before unknown names fail at driver start",
      code: 'security_driver = [ "smack", "apparmor", "apparmor" ]',
      errors: [
        { messageId: "notOneOf", column: 21, data: { libvirtFirst: false } },
        { messageId: "duplicateDriver", column: 42, data: { libvirtFirst: true } },
      ],
    },
    {
      code: 'migration_host = "localhost.example"',
      errors: [
        {
          messageId: "localAddress",
          message: localMachine("migration_host", "localhost.example", '"localhost.example"'),
          column: 18,
          endColumn: 37,
          data: { libvirtMessage: "configuration file syntax error: migration_host must not be the address of the local machine: localhost.example" },
        },
      ],
    },
    {
      name: "brackets are stripped before the check and in libvirt's text",
      code: 'migration_host = "[::1]"',
      errors: [{ messageId: "localAddress", message: localMachine("migration_host", "::1", '"[::1]"') }],
    },
    {
      code: 'migration_address = "127.0.0.1"',
      errors: [{ messageId: "localAddress", message: localMachine("migration_address", "127.0.0.1", '"127.0.0.1"') }],
    },
    {
      name: "inet_aton's short form of 127.0.0.1",
      code: 'migration_address = "127.1"',
      errors: [{ messageId: "localAddress" }],
    },
    {
      code: 'migration_address = "0:0:0:0:0:0:0:1"',
      errors: [{ messageId: "localAddress" }],
    },
    {
      code: 'lock_manager = "lockd2"',
      errors: [
        {
          messageId: "notOneOf",
          message: 'lock_manager "lockd2" is not "lockd" or "sanlock" (libvirt: "Plugin <libdir>/libvirt/lock-driver/lockd2.so not accessible: No such file or directory").',
          column: 16,
          endColumn: 24,
        },
      ],
    },
    {
      code: 'nvram = [ "/a/CODE.fd:/a/VARS.fd", "/a/CODE.fd", "a:b:c", ":/a/VARS.fd", "/a/CODE.fd: " ]',
      errors: [
        {
          messageId: "nvramFormat",
          message: `nvram element "/a/CODE.fd" is not LOADER:NVRAM, two non-empty paths separated by one ":" (libvirt: "Invalid nvram format: '/a/CODE.fd'").`,
          column: 36,
          endColumn: 48,
          data: { libvirtFirst: true, libvirtMessage: "configuration file syntax error: Invalid nvram format: '/a/CODE.fd'" },
        },
        { messageId: "nvramFormat", column: 50, endColumn: 57 },
        { messageId: "nvramFormat", column: 59, endColumn: 72 },
        { messageId: "nvramFormat", column: 74, endColumn: 88 },
      ],
    },
    {
      name: "loader order decides: the image format is read before stdio_handler",
      code: 'stdio_handler = "x"\nsave_image_format = "x"',
      errors: [
        { messageId: "notOneOf", line: 1, data: { libvirtFirst: false } },
        { messageId: "notOneOf", line: 2, data: { libvirtFirst: true } },
      ],
    },
    {
      name: "only the first entry is judged",
      code: 'sched_core = "x"\nsched_core = "none"',
      errors: [{ messageId: "notOneOf", line: 1 }],
    },
  ],
});
