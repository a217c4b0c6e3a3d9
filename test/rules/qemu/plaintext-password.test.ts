import rule from "../../../rules/qemu/plaintext-password.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const MESSAGE = (key: string): string => `${key} sets one console password for every guest, stored in clear text in this file.`;

new RuleTester(qemuEngine).run(rule, {
  valid: [
    { name: "no password", code: 'vnc_listen = "0.0.0.0"\nvnc_tls = 1\n' },
    { name: "an empty password is no secret", code: 'vnc_password = ""\nspice_password = ""\nrdp_password = ""\n' },
    { name: "first entry wins: empty first", code: 'spice_password = ""\nspice_password = "XYZ12345"\n' },
    { name: "a number fails the string getter", code: "vnc_password = 12345678\n" },
    { name: "rdp_password is not read by libvirt 9.0.0", code: 'rdp_password = "RDP12345"\n', settings: { libvirtVersion: "9.0.0" } },
    { name: "unknown keys are not console passwords", code: 'vnc_passwd = "XYZ12345"\nVNC_PASSWORD = "XYZ12345"\n' },
    { name: "rdp_username is no password", code: 'rdp_username = "user"\n' },
  ],
  invalid: [
    {
      name: "the spec's example; the value is never shown",
      code: 'spice_password = "XYZ12345"\n',
      errors: [
        {
          messageId: "plaintext",
          message: MESSAGE("spice_password"),
          severity: "warning",
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 28,
          fix: null,
          data: { key: "spice_password" },
        },
      ],
    },
    {
      name: "every console password (findings in file order)",
      code: 'rdp_password = "RDP12345"\nvnc_password = "XYZ12345"\nspice_password = \'hunter2\'\n',
      errors: [
        { message: MESSAGE("rdp_password"), line: 1, column: 16, endColumn: 26 },
        { message: MESSAGE("vnc_password"), line: 2, column: 16, endColumn: 26 },
        { message: MESSAGE("spice_password"), line: 3, column: 18, endColumn: 27 },
      ],
    },
    {
      name: "first entry wins: a password first",
      code: 'vnc_password = "XYZ12345"\nvnc_password = ""\n',
      errors: [{ message: MESSAGE("vnc_password"), line: 1 }],
    },
    {
      name: "a password that is only a NUL-cut prefix is still a password",
      code: 'vnc_password = "ab\u0000cd"\n',
      errors: [{ message: MESSAGE("vnc_password") }],
    },
    {
      name: "libvirt 9.0.0 reads the VNC and SPICE passwords",
      code: 'vnc_password = "XYZ12345"\nrdp_password = "RDP12345"\n',
      settings: { libvirtVersion: "9.0.0" },
      errors: [{ message: MESSAGE("vnc_password"), line: 1 }],
    },
  ],
});
