import rule from "../../../rules/qemu/vnc-listen-insecure.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { OUTPUT_SPEC_QEMU_CONF } from "../../helpers/fixtures.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const GOLDEN = OUTPUT_SPEC_QEMU_CONF;

if (GOLDEN.length !== 754) throw new Error(`the golden fixture must be 754 bytes, not ${GOLDEN.length}`);

const INSECURE = (address: string): string =>
  `VNC listens on ${address} without TLS or SASL: any host that can reach it can open the guest consoles.`;
const PASSWORD_ONLY = (address: string): string =>
  `VNC listens on ${address} without TLS or SASL, protected only by a VNC password (8 characters at most, sent without encryption).`;

new RuleTester(qemuEngine).run(rule, {
  valid: [
    { name: "absent vnc_listen: libvirt's default 127.0.0.1", code: "" },
    { name: "absent vnc_listen, TLS off", code: "vnc_tls = 0\nvnc_sasl = 0\n" },
    'vnc_listen = "127.0.0.1"\n',
    'vnc_listen = "127.10.20.30"\n',
    'vnc_listen = "::1"\n',
    'vnc_listen = "[::1]"\n',
    'vnc_listen = "localhost"\n',
    'vnc_listen = "ip6-localhost"\n',
    { name: "an empty address is not judged", code: 'vnc_listen = ""\n' },
    { name: "TLS", code: 'vnc_listen = "0.0.0.0"\nvnc_tls = 1\n' },
    { name: "SASL", code: 'vnc_listen = "0.0.0.0"\nvnc_sasl = 1\n' },
    { name: "the automatic unix socket takes precedence over vnc_listen", code: 'vnc_listen = "0.0.0.0"\nvnc_auto_unix_socket = 1\n' },
    { name: "first entry wins: loopback first", code: 'vnc_listen = "127.0.0.1"\nvnc_listen = "0.0.0.0"\n' },
    { name: "first entry wins: TLS on first", code: 'vnc_listen = "0.0.0.0"\nvnc_tls = 1\nvnc_tls = 0\n' },
    { name: "SPICE keys say nothing about VNC", code: 'spice_listen = "0.0.0.0"\n' },
    { name: "vnc_listen failing its getter is value-type's business", code: "vnc_listen = 0\n" },
    { name: "a quoted vnc_tls fails its getter: verdict unknown", code: 'vnc_listen = "0.0.0.0"\nvnc_tls = "1"\n' },
    { name: "vnc_sasl out of range fails its getter", code: 'vnc_listen = "0.0.0.0"\nvnc_sasl = 2\n' },
    { name: "vnc_auto_unix_socket as a list fails its getter", code: 'vnc_listen = "0.0.0.0"\nvnc_auto_unix_socket = [1]\n' },
    { name: "case matters: VNC_LISTEN is an unknown key", code: 'VNC_LISTEN = "0.0.0.0"\n' },
  ],
  invalid: [
    {
      name: "golden finding of output-and-cli §2",
      code: GOLDEN,
      errors: [
        {
          messageId: "insecure",
          message: 'VNC listens on "0.0.0.0" without TLS or SASL: any host that can reach it can open the guest consoles.',
          severity: "error",
          line: 12,
          column: 14,
          endLine: 12,
          endColumn: 23,
          fix: null,
        },
      ],
    },
    {
      name: "TLS and SASL explicitly off (corpus file 12)",
      code: 'stdio_handler = "logd"\nspice_listen = "0.0.0.0"\nvnc_listen = "0.0.0.0"\nvnc_tls = 0\nvnc_sasl = 0\n',
      errors: [{ messageId: "insecure", message: INSECURE('"0.0.0.0"'), line: 3, column: 14, endLine: 3, endColumn: 23 }],
    },
    {
      name: "IPv6 wildcard, bracketed or not",
      code: "vnc_listen = '::'\n",
      errors: [{ message: INSECURE('"::"'), line: 1, column: 14, endColumn: 18 }],
    },
    {
      code: 'vnc_listen = "[::]"\n',
      errors: [{ message: INSECURE('"[::]"'), column: 14, endColumn: 20 }],
    },
    {
      name: "a host name is network-facing",
      code: 'vnc_listen = "kvm1.example.com"\n',
      errors: [{ message: INSECURE('"kvm1.example.com"'), column: 14, endColumn: 32 }],
    },
    {
      name: "a long address is shortened to 40 code points",
      code: `vnc_listen = "${"a".repeat(45)}.example.com"\n`,
      errors: [{ message: INSECURE(`"${"a".repeat(40)}…"`), column: 14, endColumn: 73 }],
    },
    {
      name: "first entry wins: the network address is the one libvirt uses",
      code: 'vnc_listen = "0.0.0.0"\nvnc_listen = "127.0.0.1"\nvnc_tls = 0\nvnc_tls = 1\n',
      errors: [{ messageId: "insecure", line: 1, column: 14, endColumn: 23 }],
    },
    {
      name: "the automatic unix socket explicitly off",
      code: 'vnc_auto_unix_socket = 0\nvnc_listen = "0.0.0.0"\n',
      errors: [{ messageId: "insecure", line: 2 }],
    },
    {
      name: "SPICE's TLS does not protect VNC",
      code: 'vnc_listen = "0.0.0.0"\nspice_tls = 1\nspice_sasl = 1\nspice_auto_unix_socket = 1\n',
      errors: [{ messageId: "insecure", line: 1 }],
    },
    {
      name: "a VNC password as the only protection; the password is never shown",
      code: 'vnc_listen = "0.0.0.0"\nvnc_password = "s3cr3t!x"\n',
      errors: [
        {
          messageId: "passwordOnly",
          message: PASSWORD_ONLY('"0.0.0.0"'),
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 23,
        },
      ],
    },
    {
      name: "an empty password protects nothing",
      code: 'vnc_listen = "0.0.0.0"\nvnc_password = ""\n',
      errors: [{ messageId: "insecure", message: INSECURE('"0.0.0.0"') }],
    },
    {
      name: "first entry wins for the password too",
      code: 'vnc_listen = "0.0.0.0"\nvnc_password = ""\nvnc_password = "s3cr3t!x"\n',
      errors: [{ messageId: "insecure" }],
    },
    {
      name: "a password failing its getter is not counted",
      code: 'vnc_listen = "0.0.0.0"\nvnc_password = 12345678\n',
      errors: [{ messageId: "insecure" }],
    },
    {
      name: "the same verdict for libvirt 9.0.0",
      code: 'vnc_listen = "0.0.0.0"\n',
      settings: { libvirtVersion: "9.0.0", privileged: false },
      errors: [{ messageId: "insecure", line: 1 }],
    },
  ],
});
