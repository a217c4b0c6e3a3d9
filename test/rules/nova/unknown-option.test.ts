import rule from "../../../rules/nova/unknown-option.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[DEFAULT]\nhost = compute01\nmax_concurrent_builds = 4\n[libvirt]\nvirt_type = kvm\n",
    { name: "deprecated names are known (nova/deprecated-option)", code: "[DEFAULT]\nlogdir = /var/log/nova\nvnc_enabled = true\n[keymgr]\nfixed_key = 00\n" },
    { name: "case and dash slips belong to nova/wrong-case-key", code: "[DEFAULT]\nDebug = true\nmy-ip = 192.0.2.1\n" },
    { name: "keys of ignored sections are not reported again", code: "[cells]\nenable = true\n[default]\nfoo = 1\n" },
    { name: "a case variant of a known group is that group", code: "[LIBVIRT]\nvirt_type = kvm\n" },
    { name: "dynamic options: the keystoneauth password plugin, dynamic groups", code: "[keystone_authtoken]\nauth_type = password\nusername = nova\nuser_domain_name = Default\n[mdev_nvidia-35]\nmax_instances = 4\n" },
    {
      name: "groups whose auth_type names another keystoneauth plugin are skipped (its options are not in the data)",
      code: "[keystone_authtoken]\nauth_type = v3applicationcredential\napplication_credential_id = 0123\napplication_credential_secret = s\n[placement]\nauth_plugin = v3token\ntoken = t\n",
    },
    {
      name: "inside one file the last auth_type counts",
      code: "[neutron]\nauth_type = password\n[neutron]\nauth_type = v3oidcpassword\nidentity_provider = idp\n",
    },
  ],
  invalid: [
    {
      name: "options moved out of [DEFAULT]: their namesakes in other groups, sorted by group",
      code: "[DEFAULT]\nlock_path = /var/lock/nova\ndefault_floating_pool = public\n",
      errors: [
        {
          messageId: "unknownDidYouMean",
          message: 'Unknown option "lock_path" in [DEFAULT]; oslo.config ignores it. Did you mean [os_brick] lock_path or [oslo_concurrency] lock_path?',
          severity: "warning",
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 10,
          fix: null,
        },
        {
          messageId: "unknownDidYouMean",
          message: 'Unknown option "default_floating_pool" in [DEFAULT]; oslo.config ignores it. Did you mean [neutron] default_floating_pool?',
          line: 3,
          column: 1,
          endColumn: 22,
        },
      ],
    },
    {
      name: "at most three namesakes",
      code: "[DEFAULT]\ncafile = /etc/ssl/ca.pem\n",
      errors: [
        {
          message:
            'Unknown option "cafile" in [DEFAULT]; oslo.config ignores it. Did you mean [barbican] cafile or [barbican_service_user] cafile or [cinder] cafile?',
        },
      ],
    },
    {
      name: "no namesake: a name of the same group within Levenshtein distance 2",
      code: "[DEFAULT]\nmax_concurent_builds = 4\n[libvirt]\nvirt_typ = kvm\n",
      errors: [
        { message: 'Unknown option "max_concurent_builds" in [DEFAULT]; oslo.config ignores it. Did you mean "max_concurrent_builds"?', line: 2 },
        { message: 'Unknown option "virt_typ" in [libvirt]; oslo.config ignores it. Did you mean "virt_type"?', line: 4 },
      ],
    },
    {
      name: "deprecated names of the group are candidates too",
      code: "[DEFAULT]\nlogdri = /var/log/nova\n",
      errors: [{ message: 'Unknown option "logdri" in [DEFAULT]; oslo.config ignores it. Did you mean "logdir"?' }],
    },
    {
      name: "leftovers without a close name",
      code: "[DEFAULT]\nverbose = true\nrpc_backend = rabbit\n",
      errors: [
        { messageId: "unknown", message: 'Unknown option "verbose" in [DEFAULT]; oslo.config ignores it.', line: 2, column: 1, endColumn: 8 },
        { messageId: "unknown", message: 'Unknown option "rpc_backend" in [DEFAULT]; oslo.config ignores it.', line: 3 },
      ],
    },
    {
      name: "no cross-group suggestions outside [DEFAULT]; the group is named canonically",
      code: "[placement]\nos_region_name = RegionOne\n[Service_User]\nauth_strategy = keystone\n",
      errors: [
        { message: 'Unknown option "os_region_name" in [placement]; oslo.config ignores it.', line: 2 },
        { message: 'Unknown option "auth_strategy" in [service_user]; oslo.config ignores it.', line: 4 },
      ],
    },
    {
      name: "auth_type password or v3password: the option data describes the plugin, so typos are found",
      code: "[keystone_authtoken]\nauth_type = v3password\nauth_uri = http://192.0.2.10:5000\n[neutron]\nauth_plugin = v3token\nauth_type = password\nsigning_dir = /tmp\n",
      errors: [
        { message: 'Unknown option "auth_uri" in [keystone_authtoken]; oslo.config ignores it. Did you mean "auth_url"?', line: 3 },
        { message: 'Unknown option "signing_dir" in [neutron]; oslo.config ignores it.', line: 7 },
      ],
    },
    {
      name: "an empty auth_type loads no plugin: the group is checked",
      code: "[neutron]\nauth_type =\nproject_nam = service\n",
      errors: [{ message: 'Unknown option "project_nam" in [neutron]; oslo.config ignores it. Did you mean "project_name"?', line: 3 }],
    },
    {
      name: "keys are shown as values: spaces and odd characters escaped",
      code: "[DEFAULT]\nmy ip = 192.0.2.1\nmy  ip = 192.0.2.1\n",
      errors: [
        { message: 'Unknown option "my ip" in [DEFAULT]; oslo.config ignores it. Did you mean "my_ip"?', line: 2, column: 1, endColumn: 6 },
        { message: 'Unknown option "my \\x20ip" in [DEFAULT]; oslo.config ignores it. Did you mean "my_ip"?', line: 3, column: 1, endColumn: 7 },
      ],
    },
    {
      name: "an older release: the option may exist there",
      code: "[DEFAULT]\nuse_neutron = true\nlock_path = /var/lock\n",
      settings: { release: "2025.1" },
      errors: [
        { message: 'Unknown option "use_neutron" in [DEFAULT]; oslo.config ignores it. (not in the 2026.2 option data)' },
        {
          message:
            'Unknown option "lock_path" in [DEFAULT]; oslo.config ignores it. Did you mean [os_brick] lock_path or [oslo_concurrency] lock_path? (not in the 2026.2 option data)',
        },
      ],
    },
    {
      name: "the option data's own release: no remark",
      code: "[DEFAULT]\nuse_neutron = true\n",
      settings: { release: "hibiscus" },
      errors: [{ message: 'Unknown option "use_neutron" in [DEFAULT]; oslo.config ignores it.' }],
    },
  ],
});
