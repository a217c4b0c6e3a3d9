import rule from "../../../rules/nova/invalid-value.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[DEFAULT]\ndebug = true\nmax_concurrent_live_migrations = 1\nhost = compute_01\n",
    { name: "quotes are removed before conversion", code: '[libvirt]\nimages_type = "rbd"\n[DEFAULT]\ndebug = "True"\n' },
    { name: "an empty int is None (nova/empty-value's)", code: "[DEFAULT]\nmax_concurrent_live_migrations =\n" },
    { name: "keys oslo.config never reads are not converted", code: "[DEFAULT]\nDebug = enabled\nverbose = maybe\n[default]\ndebug = x\n[privsep_entrypoint]\ndebug = x\n" },
    { name: "a reference that names nothing is nova/unresolved-substitution's", code: "[DEFAULT]\ndebug = $nothing\n" },
    { name: "a reference to a default computed at run time is unknown", code: "[vnc]\nserver_listen = $my_ip\n" },
    { name: "a list over several lines", code: "[filter_scheduler]\nenabled_filters = ComputeFilter,\n    ImagePropertiesFilter,\n\tServerGroupAffinityFilter\n" },
    { name: "multi-valued options convert each occurrence", code: "[DEFAULT]\nreserved_huge_pages = node:0,size:2048,count:64\nreserved_huge_pages = node:1,size:1GB,count:1\n" },
    { name: "a reference set in the same file", code: "[DEFAULT]\nmy_ip = 192.0.2.1\n[vnc]\nserver_listen = $my_ip\n" },
  ],
  invalid: [
    {
      name: "a choice in the wrong case",
      code: "[libvirt]\nimages_type = RBD\n",
      errors: [
        {
          messageId: "invalid",
          message: '[libvirt] images_type: Valid values are [raw, flat, qcow2, lvm, rbd, ploop, default], but found "RBD"',
          severity: "error",
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 18,
          fix: null,
        },
      ],
    },
    {
      name: "bool, int bounds, float, port; every assignment is judged, not only the last",
      code: "[DEFAULT]\ndebug = enabled\ndebug = true\nmax_concurrent_live_migrations = -1\ncpu_allocation_ratio = 1,5\n[vnc]\nnovncproxy_port = 70000\n",
      errors: [
        { message: '[DEFAULT] debug: Unexpected boolean value "enabled"', line: 2, column: 9, endColumn: 16 },
        { message: "[DEFAULT] max_concurrent_live_migrations: Should be greater than or equal to 0", line: 4, column: 34, endColumn: 36 },
        { message: '[DEFAULT] cpu_allocation_ratio: could not convert string to float: "1,5"', line: 5, column: 24, endColumn: 27 },
        { message: "[vnc] novncproxy_port: Should be less than or equal to 65535", line: 7, column: 19, endColumn: 24 },
      ],
    },
    {
      name: "an int continued on a line of its own is no int; the span covers every piece",
      code: "[DEFAULT]\nmax_concurrent_builds = 4\n  # four\n",
      errors: [
        {
          message: '[DEFAULT] max_concurrent_builds: invalid literal for int() with base 10: "4\\n# four"',
          line: 2,
          column: 25,
          endLine: 3,
          endColumn: 9,
        },
      ],
    },
    {
      name: "corpus 92: the value is shown after $my_ip substitution",
      code: "[DEFAULT]\nmy_ip = 192.0.2.21\n\n[vnc]\nserver_proxyclient_address = $my_ip\n  # an indented comment right after a key is NOT a comment\n",
      errors: [
        {
          message: '[vnc] server_proxyclient_address: "192.0.2.21\\n# an indented comment right a…" is not a valid host address',
          line: 5,
          column: 30,
          endLine: 6,
          endColumn: 59,
        },
      ],
    },
    {
      name: "corpus 20: an inline comment is part of a choice",
      code: "[libvirt]\nvirt_type = qemu   # kvm if nested\n",
      errors: [{ message: '[libvirt] virt_type: Valid values are [kvm, lxc, qemu, parallels], but found "qemu \\x20\\x20# kvm if nested"', line: 2, column: 13, endColumn: 35 }],
    },
    {
      name: "list and multi-valued items; the error of a list names the pieces glued together",
      code: "[vnc]\nauth_schemes = vnc,none\n[DEFAULT]\nreserved_huge_pages = node:0,size:2048\nreserved_huge_pages = node1\n",
      errors: [
        { message: '[vnc] auth_schemes: Valid values are [none, vencrypt], but found "vnc,none"', line: 2 },
        { message: '[DEFAULT] reserved_huge_pages: Value should be NAME:VALUE pairs separated by ","', line: 5, column: 23, endColumn: 28 },
      ],
    },
    {
      name: "int choices print as oslo.config prints them",
      code: "[libvirt]\nrx_queue_size = 300\n",
      errors: [{ message: "[libvirt] rx_queue_size: Valid values are OrderedDict({256: None, 512: None, 1024: None}), but found 300" }],
    },
    {
      name: "regex and URI checks",
      code: "[cinder]\ncatalog_info = volumev3\n[vnc]\nnovncproxy_base_url = 127.0.0.1:6080\n[vault]\nvault_url = ftp://vault.example.net\n",
      errors: [
        { message: "[cinder] catalog_info: Value \"volumev3\" doesn't match regex '^[\\\\w-]+:\\\\w*:.*$'", line: 2 },
        { message: "[vnc] novncproxy_base_url: host was required but missing", line: 4 },
        { message: "[vault] vault_url: scheme was required to be one of ['http', 'https'] but was \"ftp\"", line: 6 },
      ],
    },
    {
      name: "empty bool, host and URI values are errors",
      code: "[DEFAULT]\ndebug =\nhost = ''\n[vnc]\nnovncproxy_base_url =\n",
      errors: [
        { message: '[DEFAULT] debug: Unexpected boolean value ""', line: 2, column: 8, endColumn: 8 },
        { message: '[DEFAULT] host: "" is not a valid host address', line: 3, column: 8, endColumn: 10 },
        { message: "[vnc] novncproxy_base_url: host, scheme were required but missing", line: 5 },
      ],
    },
    {
      name: "a deprecated name converts as its option; a case-variant section shows the canonical group",
      code: "[DEFAULT]\nvnc_enabled = sure\n[LIBVIRT]\nimages_type = RBD\n",
      errors: [
        { message: '[DEFAULT] vnc_enabled: Unexpected boolean value "sure"', line: 2 },
        { message: '[libvirt] images_type: Valid values are [raw, flat, qcow2, lvm, rbd, ploop, default], but found "RBD"', line: 4 },
      ],
    },
    {
      name: "a URL password in a shown value is masked",
      code: "[vnc]\nserver_listen = http://admin:s3cret@192.0.2.1\n",
      errors: [{ message: '[vnc] server_listen: "http://admin:***@192.0.2.1" is not a valid host address' }],
    },
    {
      name: "a value that a secret went into is hidden",
      code: "[neutron]\npassword = not a host\n[vnc]\nserver_listen = ${neutron.password}\n",
      errors: [{ messageId: "invalidHidden", message: "[vnc] server_listen: invalid value (hidden)", line: 4, column: 17, endColumn: 36 }],
    },
    {
      name: "$$ and \\$ are a literal $ in the converted text",
      code: "[DEFAULT]\nhost = a$$b\\$c\n",
      errors: [{ message: '[DEFAULT] host: "a$b$c" is not a valid host address', line: 2, column: 8, endColumn: 15 }],
    },
    {
      name: "a reference resolves through the service environment",
      code: "[vnc]\nserver_listen = $my_ip\n",
      settings: { env: { OS_DEFAULT__MY_IP: "192.0.2.300" } },
      errors: [{ message: '[vnc] server_listen: "192.0.2.300" is not a valid host address', line: 2 }],
    },
  ],
});
