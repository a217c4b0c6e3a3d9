import rule from "../../../rules/nova/duplicate-key.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[DEFAULT]\nhost = a\nmy_ip = 192.0.2.1\n",
    {
      name: "multi-valued options collect every occurrence, deprecated names included",
      code: '[pci]\ndevice_spec = {"vendor_id": "10de"}\n[filter_scheduler]\navailable_filters = nova.scheduler.filters.all_filters\navailable_filters = x.Y\n[pci]\ndevice_spec = {"vendor_id": "8086"}\npassthrough_whitelist = {"vendor_id": "15b3"}\n',
    },
    { name: "the same name in different groups", code: "[cinder]\ncafile = /a.pem\n[glance]\ncafile = /b.pem\n" },
    { name: "unknown and wrong-case keys are not options", code: "[DEFAULT]\nverbose = true\nverbose = false\nDebug = true\nDebug = false\n" },
    { name: "each dynamic group is a group of its own", code: "[mdev_nvidia-35]\nmax_instances = 1\n[mdev_nvidia-36]\nmax_instances = 2\n" },
    { name: "keys of ignored sections", code: "[default]\ndebug = true\ndebug = false\n[cells]\nenable = a\nenable = b\n" },
  ],
  invalid: [
    {
      name: "a repeated key, as in corpus file 94",
      code: "[DEFAULT]\nmax_concurrent_live_migrations = 1\nmax_concurrent_live_migrations = 3\n",
      errors: [
        {
          messageId: "setAgain",
          message: '"max_concurrent_live_migrations" is set again on line 3; oslo.config uses the last value.',
          severity: "warning",
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 31,
          fix: { range: [10, 45], text: "" },
        },
      ],
      output: "[DEFAULT]\nmax_concurrent_live_migrations = 3\n",
    },
    {
      name: "every earlier occurrence names the line that wins; continuation lines go with their key; a last line without line end",
      code: "[DEFAULT]\nhost = a\n  b\n\thost-c\nhost = d\nmy_ip = 1\nhost = e",
      errors: [
        { messageId: "setAgain", message: '"host" is set again on line 7; oslo.config uses the last value.', line: 2, endColumn: 5, fix: { range: [10, 31], text: "" } },
        { messageId: "setAgain", message: '"host" is set again on line 7; oslo.config uses the last value.', line: 5, fix: { range: [31, 40], text: "" } },
      ],
      output: "[DEFAULT]\nmy_ip = 1\nhost = e",
    },
    {
      name: "CRLF: the line end goes with the line",
      code: "[DEFAULT]\r\ndebug = true\r\ndebug = false\r\n",
      errors: [{ message: '"debug" is set again on line 3; oslo.config uses the last value.', line: 2, fix: { range: [11, 25], text: "" } }],
      output: "[DEFAULT]\r\ndebug = false\r\n",
    },
    {
      name: "repeated and case-variant sections are one group",
      code: "[LIBVIRT]\nvirt_type = qemu\n\n[libvirt]\nvirt_type = kvm\n",
      errors: [{ message: '"virt_type" is set again on line 5; oslo.config uses the last value.', line: 2, fix: { range: [10, 27], text: "" } }],
      output: "[LIBVIRT]\n\n[libvirt]\nvirt_type = kvm\n",
    },
    {
      name: "the current name beats a deprecated name that comes after it",
      code: "[DEFAULT]\nexecutor_thread_pool_size = 64\nrpc_thread_pool_size = 32\n",
      errors: [
        {
          messageId: "shadowed",
          message: '"rpc_thread_pool_size" is ignored because "executor_thread_pool_size" is set in the same file.',
          line: 3,
          column: 1,
          endColumn: 21,
          fix: { range: [41, 67], text: "" },
        },
      ],
      output: "[DEFAULT]\nexecutor_thread_pool_size = 64\n",
    },
    {
      name: "… and one that comes before it",
      code: "[DEFAULT]\nrpc_thread_pool_size = 32\nexecutor_thread_pool_size = 64",
      errors: [{ messageId: "shadowed", line: 2, fix: { range: [10, 36], text: "" } }],
      output: "[DEFAULT]\nexecutor_thread_pool_size = 64",
    },
    {
      name: "a deprecated name of another group",
      code: "[DEFAULT]\nvnc_enabled = false\n[vnc]\nenabled = true\n",
      errors: [{ message: '"vnc_enabled" is ignored because "enabled" is set in the same file.', line: 2, fix: { range: [10, 30], text: "" } }],
      output: "[DEFAULT]\n[vnc]\nenabled = true\n",
    },
    {
      name: "between two deprecated names, oslo's look-up order decides",
      code: "[DEFAULT]\nlog_config = /etc/a.conf\nlog-config = /etc/b.conf\n",
      errors: [{ message: '"log_config" is ignored because "log-config" is set in the same file.', line: 2, fix: { range: [10, 35], text: "" } }],
    },
    {
      name: "an old dynamic group against its current one",
      code: "[mdev_nvidia-35]\ndevice_addresses = 0000:84:00.0\n[vgpu_nvidia-35]\ndevice_addresses = 0000:85:00.0\n[vgpu_nvidia-36]\ndevice_addresses = 0000:86:00.0\n",
      errors: [{ message: '"device_addresses" is ignored because "device_addresses" is set in the same file.', line: 4 }],
    },
    {
      name: "a repeated deprecated name without the current one",
      code: "[DEFAULT]\nlogdir = /a\nlogdir = /b\n",
      errors: [{ messageId: "setAgain", message: '"logdir" is set again on line 3; oslo.config uses the last value.', line: 2 }],
      output: "[DEFAULT]\nlogdir = /b\n",
    },
  ],
});
