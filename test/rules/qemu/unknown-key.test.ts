import rule from "../../../rules/qemu/unknown-key.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

/** The finding for an unknown name on line 1, column 1, with its rename suggestion. */
function renamed(name: string, candidate: string, line = 1, column = 1) {
  return {
    messageId: "unknownDidYouMean",
    message: `"${name}" is not a qemu.conf key; libvirt ignores it. Did you mean "${candidate}"?`,
    line,
    column,
    endLine: line,
    endColumn: column + name.length,
    fix: null,
    suggestions: [{ desc: `Rename to "${candidate}".`, fix: { range: [0, name.length] as [number, number], text: candidate } }],
  };
}

new RuleTester(qemuEngine).run(rule, {
  valid: [
    "",
    'vnc_listen = "127.0.0.1"\nvnc_tls = 1\n',
    // Every catalogued key counts as known, whatever its status.
    "clear_emulator_capabilities = 0\nallow_disk_format_probing = 0\nvxhs_tls = 0\ndefault_tls_priority = \"x\"\n",
    // Names claimed by qemu/unplug-timeout, in any letter case.
    "unplug_timeout = 30\nVCPU_UNPLUG_TIMEOUT = 3\nhot_unplug_timeout_ms = 5000\n",
    { code: "site_owner = \"ops\"\nSiteOwner = 1\n", options: { allow: ["site_owner", "SiteOwner"] } },
    "# spice_listen_address = \"::\"\n",
  ],
  invalid: [
    {
      name: "a word too many: spice_listen_address → spice_listen",
      code: 'spice_listen_address = "0.0.0.0"\n',
      errors: [renamed("spice_listen_address", "spice_listen")],
    },
    {
      name: "letter case: SPICE_TLS → spice_tls",
      code: "SPICE_TLS = 1\n",
      errors: [renamed("SPICE_TLS", "spice_tls")],
    },
    {
      name: "a word too few: keepalive → keepalive_count (closer than keepalive_interval)",
      code: "keepalive = 5\n",
      errors: [renamed("keepalive", "keepalive_count")],
    },
    {
      name: "a missing plural s: cgroup_controller → cgroup_controllers",
      code: 'cgroup_controller = [ "cpu" ]\n',
      errors: [renamed("cgroup_controller", "cgroup_controllers")],
    },
    {
      name: "a transposition counts as one edit",
      code: 'secuirty_driver = "selinux"\n',
      errors: [renamed("secuirty_driver", "security_driver")],
    },
    {
      name: "two edits from 8 code points on",
      code: "dinamic_ownershp = 0\n",
      errors: [renamed("dinamic_ownershp", "dynamic_ownership")],
    },
    {
      name: "one edit below 8 code points",
      code: 'usr = "qemu"\n',
      errors: [renamed("usr", "user")],
    },
    {
      name: "a case slip wins over a closer typo",
      code: "Vnc_Listen = 1\n",
      errors: [renamed("Vnc_Listen", "vnc_listen")],
    },
    {
      name: "a typo wins over a word too many",
      code: "vnc_tls_x509_cert = 1\n",
      errors: [renamed("vnc_tls_x509_cert", "vnc_tls_x509_cert_dir")],
    },
    {
      name: "a tie goes to the alphabetically first key",
      code: "remote_display_port = 5900\n",
      errors: [renamed("remote_display_port", "remote_display_port_max")],
    },
    {
      name: "no candidate: two edits are too many for a short name",
      code: 'grp = "kvm"\nfrobnicate = 1\n',
      errors: [
        { messageId: "unknown", message: '"grp" is not a qemu.conf key; libvirt ignores it.', line: 1, column: 1, endColumn: 4 },
        { messageId: "unknown", message: '"frobnicate" is not a qemu.conf key; libvirt ignores it.', line: 2, column: 1, endColumn: 11 },
      ],
    },
    {
      name: "once per name, at its first entry; indented and after ;",
      code: "vnc_tls = 1;  usr = 1\nusr = 2\n\tkeepalive = 1 # x\n",
      errors: [
        {
          ...renamed("usr", "user", 1, 15),
          suggestions: [{ desc: 'Rename to "user".', fix: { range: [14, 17], text: "user" } }],
        },
        {
          ...renamed("keepalive", "keepalive_count", 3, 2),
          suggestions: [{ desc: 'Rename to "keepalive_count".', fix: { range: [31, 40], text: "keepalive_count" } }],
        },
      ],
    },
    {
      name: "names are case-sensitive, so allow is too",
      code: "VNC_TLS = 1\n",
      options: { allow: ["vnc_tls_upper", "Vnc_tls"] },
      errors: [renamed("VNC_TLS", "vnc_tls")],
    },
    {
      name: "a secret-looking unknown key: the message shows only the name",
      code: 'vnc_passwd = "hunter2"\n',
      errors: [renamed("vnc_passwd", "vnc_password")],
    },
    {
      name: "plug_timeout_x is claimed by qemu/unplug-timeout; unplug_timeouts (not a word boundary) is not",
      code: "plug_timeout_x = 1\nunplug_timeouts = 1\n",
      errors: [
        { messageId: "unknown", line: 2, message: '"unplug_timeouts" is not a qemu.conf key; libvirt ignores it.' },
      ],
    },
  ],
});
