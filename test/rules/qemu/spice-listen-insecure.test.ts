import rule from "../../../rules/qemu/spice-listen-insecure.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const INSECURE = (address: string): string =>
  `SPICE listens on ${address} without TLS or SASL: any host that can reach it can open the guest consoles.`;
const PASSWORD_ONLY = (address: string): string =>
  `SPICE listens on ${address} without TLS or SASL, protected only by a SPICE password sent without encryption.`;

new RuleTester(qemuEngine).run(rule, {
  valid: [
    { name: "absent spice_listen: libvirt's default 127.0.0.1", code: "spice_tls = 0\n" },
    'spice_listen = "127.0.0.1"\n',
    'spice_listen = "::1"\n',
    'spice_listen = "localhost.localdomain"\n',
    { name: "an empty address is not judged", code: 'spice_listen = ""\n' },
    { name: "TLS", code: 'spice_listen = "0.0.0.0"\nspice_tls = 1\n' },
    { name: "SASL", code: 'spice_listen = "0.0.0.0"\nspice_sasl = 1\n' },
    { name: "the automatic unix socket takes precedence over spice_listen", code: 'spice_listen = "0.0.0.0"\nspice_auto_unix_socket = 1\n' },
    { name: "first entry wins: loopback first", code: 'spice_listen = "127.0.0.1"\nspice_listen = "0.0.0.0"\n' },
    { name: "first entry wins: SASL on first", code: 'spice_listen = "0.0.0.0"\nspice_sasl = 1\nspice_sasl = 0\n' },
    { name: "VNC keys say nothing about SPICE", code: 'vnc_listen = "0.0.0.0"\n' },
    { name: "spice_listen failing its getter is value-type's business", code: 'spice_listen = ["0.0.0.0"]\n' },
    { name: "a quoted spice_tls fails its getter: verdict unknown", code: 'spice_listen = "0.0.0.0"\nspice_tls = "1"\n' },
    { name: "a negative spice_auto_unix_socket fails its getter", code: 'spice_listen = "0.0.0.0"\nspice_auto_unix_socket = -1\n' },
    {
      name: "the rendered Ansible role of corpus file 30: loopback listen, TLS off",
      code: 'vnc_listen = "127.0.0.1"\nvnc_tls = 0\nspice_listen = "127.0.0.1"\nspice_tls = 0\nspice_sasl = 0\n',
    },
  ],
  invalid: [
    {
      name: "corpus file 10",
      code: 'spice_listen = "0.0.0.0"\nvnc_listen = "0.0.0.0"\ndynamic_ownership = 0\nremember_owner = 0\n',
      errors: [
        {
          messageId: "insecure",
          message: INSECURE('"0.0.0.0"'),
          severity: "error",
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 25,
          fix: null,
        },
      ],
    },
    {
      name: "IPv6 wildcard",
      code: 'spice_listen = "::"\n',
      errors: [{ message: INSECURE('"::"'), line: 1, column: 16, endColumn: 20 }],
    },
    {
      name: "a routable address",
      code: "spice_listen = '192.0.2.10'\n",
      errors: [{ message: INSECURE('"192.0.2.10"'), column: 16, endColumn: 28 }],
    },
    {
      name: "first entry wins: the network address is the one libvirt uses",
      code: 'spice_listen = "0.0.0.0"\nspice_listen = "127.0.0.1"\nspice_tls = 0\nspice_tls = 1\n',
      errors: [{ messageId: "insecure", line: 1 }],
    },
    {
      name: "the automatic unix socket explicitly off",
      code: 'spice_listen = "0.0.0.0"\nspice_auto_unix_socket = 0\n',
      errors: [{ messageId: "insecure", line: 1 }],
    },
    {
      name: "VNC's TLS does not protect SPICE",
      code: 'spice_listen = "0.0.0.0"\nvnc_tls = 1\nvnc_sasl = 1\nvnc_auto_unix_socket = 1\n',
      errors: [{ messageId: "insecure", line: 1 }],
    },
    {
      name: "a SPICE password as the only protection; the password is never shown",
      code: 'spice_listen = "0.0.0.0"\nspice_password = "correct horse"\n',
      errors: [{ messageId: "passwordOnly", message: PASSWORD_ONLY('"0.0.0.0"'), line: 1, column: 16, endLine: 1, endColumn: 25 }],
    },
    {
      name: "the VNC password does not protect SPICE",
      code: 'spice_listen = "0.0.0.0"\nvnc_password = "s3cr3t!x"\n',
      errors: [{ messageId: "insecure" }],
    },
    {
      name: "an empty password protects nothing",
      code: 'spice_listen = "0.0.0.0"\nspice_password = ""\n',
      errors: [{ messageId: "insecure" }],
    },
    {
      name: "the same verdict for libvirt 9.0.0",
      code: 'spice_listen = "0.0.0.0"\n',
      settings: { libvirtVersion: "9.0.0" },
      errors: [{ messageId: "insecure" }],
    },
  ],
});
