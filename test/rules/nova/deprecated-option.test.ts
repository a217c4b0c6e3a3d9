import rule from "../../../rules/nova/deprecated-option.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[DEFAULT]\nlog_dir = /var/log/nova\n[vnc]\nenabled = true\n",
    { name: "unknown names dropped upstream are not deprecated names", code: "[DEFAULT]\nsql_connection = sqlite://\nverbose = true\n" },
    { name: "keys of ignored sections", code: "[default]\nlogdir = /var/log/nova\n[cells]\nlogdir = /x\n" },
  ],
  invalid: [
    {
      name: "same group, current name not set: a safe rename (corpus file 04)",
      code: "[DEFAULT]\nlogdir = /var/log/nova\n",
      errors: [
        {
          messageId: "deprecated",
          message: 'Option "logdir" from group "DEFAULT" is deprecated. Use option "log_dir" from group "DEFAULT".',
          severity: "warning",
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 7,
          fix: { range: [10, 16], text: "log_dir" },
        },
      ],
      output: "[DEFAULT]\nlog_dir = /var/log/nova\n",
    },
    {
      name: "same group, current name set: renaming would change which value wins, so a suggestion",
      code: "[DEFAULT]\nlog_dir = /a\nlogdir = /b\n",
      errors: [{ line: 3, fix: null, suggestions: [{ desc: 'Rename to "log_dir".', fix: { range: [23, 29], text: "log_dir" } }] }],
    },
    {
      name: "a repeated deprecated name: only the occurrence oslo.config uses is renamed safely",
      code: "[DEFAULT]\nlogdir = /a\nlogdir = /b\n",
      errors: [
        { line: 2, fix: null, suggestions: [{ desc: 'Rename to "log_dir".', fix: { range: [10, 16], text: "log_dir" } }] },
        { line: 3, fix: { range: [22, 28], text: "log_dir" } },
      ],
      output: "[DEFAULT]\nlogdir = /a\nlog_dir = /b\n",
    },
    {
      name: "another group: the line moves into a section of that group opened in its place, and its own section reopens",
      code: "[DEFAULT]\nvnc_enabled = true\nhost = a\n[vnc]\nkeymap = en-us\n",
      errors: [
        {
          message: 'Option "vnc_enabled" from group "DEFAULT" is deprecated. Use option "enabled" from group "vnc".',
          line: 2,
          endColumn: 12,
          fix: null,
          suggestions: [{ desc: 'Move the setting to [vnc] as "enabled".', fix: { range: [10, 29], text: "[vnc]\nenabled = true\n[DEFAULT]\n" } }],
        },
      ],
    },
    {
      name: "continuation lines move along; CRLF; the reopened header keeps its spelling",
      code: "[DEFAULT]\r\napi_paste_config = /etc/nova/\r\n  api-paste.ini\r\nhost = a\r\n[LIBVIRT]\r\nremove_unused_resized_minimum_age_seconds = 3600\r\nvirt_type = kvm\r\n",
      errors: [
        {
          message: 'Option "api_paste_config" from group "DEFAULT" is deprecated. Use option "api_paste_config" from group "wsgi".',
          suggestions: [
            {
              desc: 'Move the setting to [wsgi] as "api_paste_config".',
              fix: { range: [11, 59], text: "[wsgi]\r\napi_paste_config = /etc/nova/\r\n  api-paste.ini\r\n[DEFAULT]\r\n" },
            },
          ],
        },
        {
          message:
            'Option "remove_unused_resized_minimum_age_seconds" from group "libvirt" is deprecated. Use option "remove_unused_resized_minimum_age_seconds" from group "image_cache".',
          line: 6,
          suggestions: [
            {
              desc: 'Move the setting to [image_cache] as "remove_unused_resized_minimum_age_seconds".',
              fix: { range: [80, 130], text: "[image_cache]\r\nremove_unused_resized_minimum_age_seconds = 3600\r\n[LIBVIRT]\r\n" },
            },
          ],
        },
      ],
    },
    {
      name: "the last setting of its section needs no reopening; a secret value is never printed, so that move is advice only",
      code: "[keymgr]\nfixed_key = 00ff\n[vgpu_nvidia-35]\ndevice_addresses = 0000:84:00.0",
      errors: [
        {
          message: 'Option "fixed_key" from group "keymgr" is deprecated. Use option "fixed_key" from group "key_manager".',
          line: 2,
          suggestions: [{ desc: 'Move the setting to [key_manager] as "fixed_key".' }],
        },
        {
          message: 'Option "device_addresses" from group "vgpu_nvidia-35" is deprecated. Use option "device_addresses" from group "mdev_nvidia-35".',
          line: 4,
          suggestions: [{ desc: 'Move the setting to [mdev_nvidia-35] as "device_addresses".', fix: { range: [43, 74], text: "[mdev_nvidia-35]\ndevice_addresses = 0000:84:00.0\n" } }],
        },
      ],
    },
    {
      name: "a case-variant section is its group; dashed old names",
      code: "[LIBVIRT]\ncpu_model = Haswell\n[cinder]\ntenant-id = 0123\n",
      errors: [
        { message: 'Option "cpu_model" from group "libvirt" is deprecated. Use option "cpu_models" from group "libvirt".', fix: { range: [10, 19], text: "cpu_models" } },
        { message: 'Option "tenant-id" from group "cinder" is deprecated. Use option "project_id" from group "cinder".', fix: { range: [39, 48], text: "project_id" } },
      ],
      output: "[LIBVIRT]\ncpu_models = Haswell\n[cinder]\nproject_id = 0123\n",
    },
    {
      name: "multi-valued: safe only when the option has no other assignment in the file",
      code: '[pci]\npassthrough_whitelist = {"vendor_id": "8086"}\n[DEFAULT]\n[pci]\ndevice_spec = {"vendor_id": "10de"}\npassthrough_whitelist = {"vendor_id": "15b3"}\n',
      errors: [
        { line: 2, fix: null, suggestions: [{ desc: 'Rename to "device_spec".', fix: { range: [6, 27], text: "device_spec" } }] },
        { line: 6, fix: null },
      ],
    },
    {
      name: "multi-valued, alone: safe",
      code: '[pci]\npassthrough_whitelist = {"vendor_id": "8086"}\n',
      errors: [{ fix: { range: [6, 27], text: "device_spec" } }],
      output: '[pci]\ndevice_spec = {"vendor_id": "8086"}\n',
    },
  ],
});
