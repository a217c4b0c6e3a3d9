import rule from "../../../rules/nova/unknown-group.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[DEFAULT]\nhost = compute01\n[libvirt]\nvirt_type = kvm\n",
    {
      name: "headers of removed groups with only comments under them are not reported",
      code: "[hyperv]\n# instances_path_share =\n\n[xenserver]\n\n[DEFAULT]\ndebug = true\n",
    },
    { name: "a case variant of a known group belongs to nova/section-case", code: "[LIBVIRT]\nvirt_type = kvm\n" },
    { name: "a [default] variant belongs to nova/lowercase-default-section", code: "[default]\ndebug = true\n[Default]\nhost = a\n" },
    {
      name: "dynamic groups and groups listed as such",
      code: "[mdev_nvidia-35]\ndevice_addresses = 0000:84:00.0\n[neutron_physnet_foo]\nnuma_nodes = 0\n[neutron_tunnel]\nnuma_nodes = 1\n[privsep_osbrick]\nthread_pool_size = 2\n",
    },
    { name: "a group that only deprecated names still use", code: "[keymgr]\nfixed_key = 0123\n" },
  ],
  invalid: [
    {
      name: "Ubuntu's appended [cells] section",
      code: "[DEFAULT]\ndebug = false\n[cells]\nenable = False\n",
      errors: [
        {
          messageId: "unknown",
          message: "Section [cells] is not a nova configuration group; oslo.config ignores it.",
          severity: "warning",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 8,
          fix: null,
        },
      ],
    },
    {
      name: "kolla-ansible's [privsep_entrypoint]",
      code: "[privsep_entrypoint]\nhelper_command = sudo nova-rootwrap /etc/nova/rootwrap.conf privsep-helper --config-file /etc/nova/nova.conf\n",
      errors: [{ messageId: "unknown", message: "Section [privsep_entrypoint] is not a nova configuration group; oslo.config ignores it.", line: 1, column: 1, endColumn: 21 }],
    },
    {
      name: "a typo within distance 2",
      code: "[placment]\nauth_type = password\n",
      errors: [
        {
          messageId: "unknownDidYouMean",
          message: "Section [placment] is not a nova configuration group; oslo.config ignores it. Did you mean [placement]?",
          line: 1,
          column: 1,
          endColumn: 11,
        },
      ],
    },
    {
      name: "names longer than 10 allow distance 3",
      code: "[filtre_schedulr]\nenabled_filters = ComputeFilter\n",
      errors: [{ message: "Section [filtre_schedulr] is not a nova configuration group; oslo.config ignores it. Did you mean [filter_scheduler]?" }],
    },
    {
      name: "names of 10 or fewer allow distance 2 only",
      code: "[libvirtxyz]\nvirt_type = kvm\n",
      errors: [{ messageId: "unknown", message: "Section [libvirtxyz] is not a nova configuration group; oslo.config ignores it." }],
    },
    {
      name: "dashes for underscores",
      code: "[oslo-messaging-rabbit]\nrabbit_quorum_queue = true\n",
      errors: [{ message: "Section [oslo-messaging-rabbit] is not a nova configuration group; oslo.config ignores it. Did you mean [oslo_messaging_rabbit]?" }],
    },
    {
      name: "DEFAULT is a candidate in its own spelling",
      code: "[DEFAULTS]\ndebug = true\n",
      errors: [{ message: "Section [DEFAULTS] is not a nova configuration group; oslo.config ignores it. Did you mean [DEFAULT]?" }],
    },
    {
      name: "the name is verbatim: spaces inside the brackets make another group, shown escaped",
      code: "[ libvirt ]\nvirt_type = kvm\n[a  b]\nx = 1\n",
      errors: [
        { message: "Section [ libvirt ] is not a nova configuration group; oslo.config ignores it. Did you mean [libvirt]?", line: 1, endColumn: 12 },
        { message: "Section [a \\x20b] is not a nova configuration group; oslo.config ignores it.", line: 3 },
      ],
    },
    {
      name: "one finding per group, on its first header with settings",
      code: "[cells]\n\n[DEFAULT]\ndebug = true\n[cells]\nenable = true\n[CELLS]\nname = cell1\n",
      errors: [{ line: 5, column: 1, endColumn: 8 }],
    },
    {
      name: "CRLF line ends",
      code: "[DEFAULT]\r\ndebug = true\r\n[os_region_name]\r\nopenstack =\r\n",
      errors: [{ message: "Section [os_region_name] is not a nova configuration group; oslo.config ignores it.", line: 3, column: 1, endColumn: 17 }],
    },
  ],
});
