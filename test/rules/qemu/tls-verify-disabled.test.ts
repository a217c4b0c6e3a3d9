import rule from "../../../rules/qemu/tls-verify-disabled.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

new RuleTester(qemuEngine).run(rule, {
  valid: [
    { name: "nothing set: every verify key defaults to 1 (VNC's 0 is qemu/vnc-tls-no-verify's business)", code: "" },
    { name: "corpus file 28", code: 'remember_owner = 0\ndefault_tls_x509_verify = 1\n' },
    "chardev_tls_x509_verify = 1\nmigrate_tls_x509_verify = 1\nbackup_tls_x509_verify = 1\n",
    { name: "vnc_tls_x509_verify is not this rule's key", code: "vnc_tls_x509_verify = 0\n" },
    { name: "first entry wins: 1 first", code: "migrate_tls_x509_verify = 1\nmigrate_tls_x509_verify = 0\n" },
    { name: "a quoted 0 fails its getter", code: 'migrate_tls_x509_verify = "0"\n' },
    { name: "-0 is signed and fails the bool getter", code: "default_tls_x509_verify = -0\n" },
    { name: "unknown spellings are not read", code: "MIGRATE_TLS_X509_VERIFY = 0\n" },
  ],
  invalid: [
    {
      name: "the spec's example",
      code: "migrate_tls_x509_verify = 0\n",
      errors: [
        {
          messageId: "disabled",
          message: "migrate_tls_x509_verify = 0 disables client-certificate checks for migration.",
          severity: "warning",
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 28,
          fix: null,
          data: { key: "migrate_tls_x509_verify" },
        },
      ],
    },
    {
      code: "chardev_tls_x509_verify = 0\nbackup_tls_x509_verify = +0\n",
      errors: [
        { message: "chardev_tls_x509_verify = 0 disables client-certificate checks for character device TCP connections.", line: 1, column: 27 },
        { message: "backup_tls_x509_verify = 0 disables client-certificate checks for the backup NBD server.", line: 2, column: 26, endColumn: 28 },
      ],
    },
    {
      name: "default_tls_x509_verify = 0 names every service that inherits it",
      code: "default_tls_x509_verify = 0\n",
      errors: [
        {
          messageId: "disabled",
          message:
            "default_tls_x509_verify = 0 disables client-certificate checks for character device TCP connections, migration and the backup NBD server.",
          line: 1,
          column: 27,
          endColumn: 28,
          data: { key: "default_tls_x509_verify", inheritedBy: ["chardev_tls_x509_verify", "migrate_tls_x509_verify", "backup_tls_x509_verify"] },
        },
      ],
    },
    {
      name: "services with their own key do not inherit; their own 0 is reported too",
      code: "default_tls_x509_verify = 0\nchardev_tls_x509_verify = 1\nbackup_tls_x509_verify = 0\n",
      errors: [
        {
          message: "default_tls_x509_verify = 0 disables client-certificate checks for migration.",
          line: 1,
          data: { inheritedBy: ["migrate_tls_x509_verify"] },
        },
        { message: "backup_tls_x509_verify = 0 disables client-certificate checks for the backup NBD server.", line: 3 },
      ],
    },
    {
      name: "no service inherits the default",
      code: "default_tls_x509_verify = 0\nchardev_tls_x509_verify = 1\nmigrate_tls_x509_verify = 1\nbackup_tls_x509_verify = 1\n",
      errors: [
        {
          messageId: "disabledByDefault",
          message: "default_tls_x509_verify = 0 disables client-certificate checks for every TLS service that does not set its own verify key.",
          line: 1,
          data: { inheritedBy: [] },
        },
      ],
    },
    {
      name: "first entry wins: 0 first",
      code: "migrate_tls_x509_verify = 0\nmigrate_tls_x509_verify = 1\n",
      errors: [{ messageId: "disabled", line: 1 }],
    },
    {
      name: "the same verdict for libvirt 9.0.0",
      code: "chardev_tls_x509_verify = 0\n",
      settings: { libvirtVersion: "9.0.0" },
      errors: [{ line: 1 }],
    },
  ],
});
