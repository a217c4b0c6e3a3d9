import rule from "../../../rules/qemu/vnc-tls-no-verify.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const MESSAGE = "VNC uses TLS but does not verify client certificates: any client can connect.";

new RuleTester(qemuEngine).run(rule, {
  valid: [
    { name: "TLS with the default loopback listen address (corpus file 26)", code: 'default_tls_x509_cert_dir = "/etc/pki/qemu"\nvnc_tls = 1\n' },
    { name: "no TLS: qemu/vnc-listen-insecure's business", code: 'vnc_listen = "0.0.0.0"\n' },
    { name: "TLS off explicitly", code: 'vnc_listen = "0.0.0.0"\nvnc_tls = 0\n' },
    { name: "verification on", code: 'vnc_listen = "0.0.0.0"\nvnc_tls = 1\nvnc_tls_x509_verify = 1\n' },
    { name: "verification inherited from default_tls_x509_verify", code: 'vnc_listen = "0.0.0.0"\nvnc_tls = 1\ndefault_tls_x509_verify = 1\n' },
    { name: "loopback listen", code: 'vnc_listen = "127.0.0.1"\nvnc_tls = 1\n' },
    { name: "the automatic unix socket keeps VNC off the network", code: 'vnc_listen = "0.0.0.0"\nvnc_tls = 1\nvnc_auto_unix_socket = 1\n' },
    { name: "first entry wins: verification on first", code: 'vnc_listen = "0.0.0.0"\nvnc_tls = 1\nvnc_tls_x509_verify = 1\nvnc_tls_x509_verify = 0\n' },
    { name: "first entry wins: TLS off first", code: 'vnc_listen = "0.0.0.0"\nvnc_tls = 0\nvnc_tls = 1\n' },
    { name: "a quoted vnc_tls fails its getter", code: 'vnc_listen = "0.0.0.0"\nvnc_tls = "1"\n' },
    { name: "a quoted vnc_tls_x509_verify fails its getter", code: 'vnc_listen = "0.0.0.0"\nvnc_tls = 1\nvnc_tls_x509_verify = "0"\n' },
    {
      name: "default_tls_x509_verify failing its getter leaves the verdict unknown",
      code: 'vnc_listen = "0.0.0.0"\nvnc_tls = 1\ndefault_tls_x509_verify = 2\n',
    },
    { name: "SPICE TLS is not VNC TLS", code: 'spice_listen = "0.0.0.0"\nspice_tls = 1\n' },
  ],
  invalid: [
    {
      name: "neither verify key set: VNC's own default is 0; the finding points at vnc_tls",
      code: 'vnc_listen = "0.0.0.0"\nvnc_tls = 1\n',
      errors: [{ messageId: "noVerify", message: MESSAGE, severity: "warning", line: 2, column: 11, endLine: 2, endColumn: 12, fix: null }],
    },
    {
      name: "vnc_tls_x509_verify = 0: the finding points at it",
      code: 'vnc_listen = "::"\nvnc_tls = 1\nvnc_tls_x509_verify = 0\n',
      errors: [{ message: MESSAGE, line: 3, column: 23, endLine: 3, endColumn: 24 }],
    },
    {
      name: "vnc_tls_x509_verify = 0 overrides default_tls_x509_verify = 1",
      code: 'default_tls_x509_verify = 1\nvnc_listen = "0.0.0.0"\nvnc_tls = 1\nvnc_tls_x509_verify = 0\n',
      errors: [{ line: 4, column: 23 }],
    },
    {
      name: "inherited default_tls_x509_verify = 0: the finding points at it",
      code: 'default_tls_x509_verify = 0\nvnc_listen = "0.0.0.0"\nvnc_tls = 1\n',
      errors: [{ message: MESSAGE, line: 1, column: 27, endLine: 1, endColumn: 28 }],
    },
    {
      name: "first entry wins: verification off first",
      code: 'vnc_listen = "0.0.0.0"\nvnc_tls = 1\nvnc_tls_x509_verify = 0\nvnc_tls_x509_verify = 1\n',
      errors: [{ line: 3 }],
    },
    {
      name: "the automatic unix socket explicitly off",
      code: 'vnc_listen = "vnc.example.com"\nvnc_tls = 1\nvnc_auto_unix_socket = 0\n',
      errors: [{ line: 2 }],
    },
    {
      name: "the same verdict for libvirt 9.0.0",
      code: 'vnc_listen = "0.0.0.0"\nvnc_tls = 1\n',
      settings: { libvirtVersion: "9.0.0" },
      errors: [{ line: 2 }],
    },
  ],
});
