import { describe, expect, it } from "vitest";
import rule from "../../../rules/qemu/obsolete-key.js";
import { QEMU_KEYS } from "../../../src/catalogue/qemu.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

describe("catalogue assumptions of qemu/obsolete-key", () => {
  it("the only keys libvirt stopped reading in newer releases are the VxHS ones", () => {
    const names = QEMU_KEYS.filter((key) => key.status === "ignored-in-newer").map((key) => key.key);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^vxhs_/);
  });
});

new RuleTester(qemuEngine).run(rule, {
  valid: [
    "",
    'vnc_listen = "127.0.0.1"\ndefault_tls_priority = "@SYSTEM"\n',
    // `= 1` is refused by libvirt (qemu/value-range); other values fail the bool getter (qemu/value-type).
    "allow_disk_format_probing = 1\n",
    "allow_disk_format_probing = -0\n",
    'allow_disk_format_probing = "0"\n',
    // Unknown keys are qemu/unknown-key's, even with the vxhs_ prefix.
    "vxhs_enabled = 1\n",
    "# clear_emulator_capabilities = 0\n",
  ],
  invalid: [
    {
      name: "clear_emulator_capabilities = 0: the intent to keep capabilities",
      code: 'user = "root"\nclear_emulator_capabilities = 0\n',
      errors: [
        {
          messageId: "keepCapabilities",
          message:
            "clear_emulator_capabilities is obsolete; libvirt ignores it. Setting it to 0 shows an intent to keep QEMU's capabilities, typical of setups that run QEMU as root.",
          severity: "warning",
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 28,
          fix: { range: [14, 46], text: "" },
        },
      ],
      output: 'user = "root"\n',
    },
    {
      name: "clear_emulator_capabilities with any other value",
      code: "clear_emulator_capabilities = 1\nvnc_tls = 1\n",
      errors: [
        {
          messageId: "obsolete",
          message: "clear_emulator_capabilities is obsolete; libvirt ignores it.",
          line: 1,
          column: 1,
          endColumn: 28,
          fix: { range: [0, 32], text: "" },
        },
      ],
      output: "vnc_tls = 1\n",
    },
    {
      name: "clear_emulator_capabilities as a string is still obsolete (libvirt does not read it at all)",
      code: 'clear_emulator_capabilities = "0"\n',
      errors: [{ messageId: "obsolete", fix: { range: [0, 34], text: "" } }],
      output: "",
    },
    {
      name: "allow_disk_format_probing = 0 (also written +0)",
      code: "allow_disk_format_probing = +0 # legacy\r\nvnc_tls = 1\r\n",
      errors: [
        {
          messageId: "removed",
          message: "allow_disk_format_probing was removed from libvirt; 0 is still accepted but has no effect.",
          line: 1,
          column: 1,
          endColumn: 26,
          fix: { range: [0, 41], text: "" },
        },
      ],
      output: "vnc_tls = 1\r\n",
    },
    {
      name: "nvram: deprecated, no fix",
      code: 'nvram = [\n  "/usr/share/OVMF/OVMF_CODE.fd:/usr/share/OVMF/OVMF_VARS.fd"\n]\n',
      errors: [
        {
          messageId: "deprecatedNvram",
          message: "nvram is deprecated since libvirt 5.10.0; libvirt ignores it when firmware descriptor files exist.",
          line: 1,
          column: 1,
          endColumn: 6,
          fix: null,
        },
      ],
      output: 'nvram = [\n  "/usr/share/OVMF/OVMF_CODE.fd:/usr/share/OVMF/OVMF_VARS.fd"\n]\n',
    },
    {
      name: "vnc_tls_priority: documented but not read, no fix",
      code: 'vnc_tls = 1\nvnc_tls_priority = "NORMAL"\n',
      errors: [
        {
          messageId: "notRead",
          message: "vnc_tls_priority is documented but not read by libvirt's VNC settings; set default_tls_priority instead.",
          line: 2,
          column: 1,
          endColumn: 17,
          fix: null,
        },
      ],
    },
    {
      name: "every vxhs_* key",
      code: 'vxhs_tls = 1\nvxhs_tls_x509_cert_dir = "/etc/pki/libvirt-vxhs"; vxhs_tls_x509_secret_uuid = "u"\n',
      errors: [
        {
          messageId: "vxhs",
          message: "vxhs_tls is obsolete; VxHS was removed from QEMU 5.2 and newer libvirt ignores it.",
          line: 1,
          column: 1,
          endColumn: 9,
          fix: { range: [0, 13], text: "" },
        },
        {
          messageId: "vxhs",
          message: "vxhs_tls_x509_cert_dir is obsolete; VxHS was removed from QEMU 5.2 and newer libvirt ignores it.",
          line: 2,
          column: 1,
          endColumn: 23,
          fix: { range: [13, 63], text: "" },
        },
        {
          messageId: "vxhs",
          message: "vxhs_tls_x509_secret_uuid is obsolete; VxHS was removed from QEMU 5.2 and newer libvirt ignores it.",
          line: 2,
          column: 51,
          endColumn: 76,
          fix: { range: [61, 94], text: "" },
        },
      ],
      // The two fixes on line 2 overlap; one --fix pass applies the first, the next pass the other.
      output: 'vxhs_tls_x509_secret_uuid = "u"\n',
    },
    {
      name: "only the effective (first) entry: later ones are qemu/duplicate-key's",
      code: "clear_emulator_capabilities = 1\nclear_emulator_capabilities = 0\n",
      errors: [{ messageId: "obsolete", line: 1, fix: { range: [0, 32], text: "" } }],
      output: "clear_emulator_capabilities = 0\n",
    },
  ],
});
