import rule from "../../../rules/qemu/tls-cert-dir-explicit.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const message = (key: string, shown: string): string =>
  `${key} is set explicitly: if ${shown} does not exist on the host, the QEMU driver fails to start.`;

const SERVICES = ["vnc", "spice", "rdp", "chardev", "migrate", "backup", "vxhs", "nbd"];

new RuleTester(qemuEngine).run(rule, {
  valid: [
    // Unset directories fall back silently.
    "",
    '#default_tls_x509_cert_dir = "/etc/pki/qemu"',
    'default_tls_x509_secret_uuid = "00000000-0000-0000-0000-000000000000"\nvnc_tls = 1',
    // Values failing their getter are qemu/value-type's.
    "default_tls_x509_cert_dir = 1",
    'vnc_tls_x509_cert_dir = [ "/etc/pki/libvirt-vnc" ]',
    // Keys the target does not read are not validated either (rdp_* came after 9.0.0).
    { code: 'rdp_tls_x509_cert_dir = "/etc/pki/libvirt-rdp"', settings: { libvirtVersion: "9.0.0" } },
    // Case-sensitive names: an unknown key.
    'DEFAULT_TLS_X509_CERT_DIR = "/etc/pki/qemu"',
  ],
  invalid: [
    {
      name: "the default directory (corpus 26)",
      code: 'default_tls_x509_cert_dir = "/etc/pki/qemu"\n',
      errors: [
        {
          messageId: "explicit",
          message: message("default_tls_x509_cert_dir", '"/etc/pki/qemu"'),
          severity: "info",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 26,
          data: {
            key: "default_tls_x509_cert_dir",
            directory: "/etc/pki/qemu",
            libvirtMessageIfMissing: "configuration file syntax error: default_tls_x509_cert_dir directory '/etc/pki/qemu' does not exist",
          },
        },
      ],
    },
    {
      name: "every service directory",
      code: SERVICES.map((service) => `${service}_tls_x509_cert_dir = "/etc/pki/${service}"`).join("\n"),
      errors: SERVICES.map((service, i) => ({
        message: message(`${service}_tls_x509_cert_dir`, `"/etc/pki/${service}"`),
        line: i + 1,
        column: 1,
        endColumn: service.length + 19,
      })),
    },
    {
      name: "long paths are shortened (corpus 28)",
      code: '  default_tls_x509_cert_dir = "/var/snap/openstack-hypervisor/common/etc/pki/qemu"\n',
      errors: [
        {
          message: message("default_tls_x509_cert_dir", '"/var/snap/openstack-hypervisor/common/et…"'),
          column: 3,
          endColumn: 28,
          data: { directory: "/var/snap/openstack-hypervisor/common/etc/pki/qemu" },
        },
      ],
    },
    {
      name: "the first entry wins",
      code: 'vnc_tls_x509_cert_dir = "/etc/pki/a"\nvnc_tls_x509_cert_dir = "/etc/pki/b"\n',
      errors: [{ message: message("vnc_tls_x509_cert_dir", '"/etc/pki/a"'), line: 1 }],
    },
  ],
});
