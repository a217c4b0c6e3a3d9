import { describe, expect, it } from "vitest";
import rule, { storedByteLength } from "../../../rules/qemu/vnc-password.js";
import { createSource } from "../../../src/core/source.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { parseVirConf, type VirString } from "../../../src/parsers/virconf.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const TRUNCATED = "VNC passwords are limited to 8 bytes; libvirt truncates this one to its first 8.";
const EMPTY = "An empty vnc_password still enables password authentication, which QEMU then rejects: VNC is unusable.";

new RuleTester(qemuEngine).run(rule, {
  valid: [
    { name: "no password", code: "" },
    'vnc_password = "12345678"\n',
    'vnc_password = "x"\n',
    { name: "8 bytes in 4 characters (a later empty one is ignored)", code: 'vnc_password = "éééé"\nvnc_password = ""\n' },
    { name: "libvirt's string stops at a NUL byte", code: 'vnc_password = "12345678\u0000abc"\n' },
    { name: "first entry wins: a good password first", code: 'vnc_password = "12345678"\nvnc_password = "123456789"\n' },
    { name: "a number fails the string getter", code: "vnc_password = 123456789\n" },
    { name: "SPICE passwords are not truncated", code: 'spice_password = "a long spice password"\nspice_password = ""\n' },
    { name: "an empty SPICE password is not this rule's", code: 'spice_password = ""\n' },
  ],
  invalid: [
    {
      name: "longer than 8 bytes; the password is never shown",
      code: 'vnc_listen = "127.0.0.1"\nvnc_password = "correct horse"\n',
      errors: [
        {
          messageId: "truncated",
          message: TRUNCATED,
          severity: "warning",
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 31,
          fix: null,
          data: { libvirtMessage: "VNC password is 13 characters long, only 8 permitted, truncating" },
        },
      ],
    },
    {
      name: "bytes, not characters: 8 characters in 10 bytes",
      code: 'vnc_password = "pässwörd"\n',
      errors: [{ messageId: "truncated", column: 16, endColumn: 26, data: { libvirtMessage: "VNC password is 10 characters long, only 8 permitted, truncating" } }],
    },
    {
      name: "triple-quoted",
      code: 'vnc_password = """123456789"""\n',
      errors: [{ messageId: "truncated", column: 16, endColumn: 31 }],
    },
    {
      name: "empty",
      code: "vnc_password = ''\n",
      errors: [{ messageId: "empty", message: EMPTY, line: 1, column: 16, endLine: 1, endColumn: 18 }],
    },
    {
      name: "empty after libvirt's cut at a NUL byte",
      code: 'vnc_password = "\u0000secret"\n',
      errors: [{ messageId: "empty", message: EMPTY }],
    },
    {
      name: "first entry wins: a long password first",
      code: 'vnc_password = "123456789"\nvnc_password = "12345678"\n',
      errors: [{ messageId: "truncated", line: 1 }],
    },
    {
      name: "the same for libvirt 9.0.0",
      code: 'vnc_password = ""\n',
      settings: { libvirtVersion: "9.0.0" },
      errors: [{ messageId: "empty" }],
    },
  ],
});

describe("storedByteLength", () => {
  const lengthOf = (bytes: number[]): number => {
    const source = createSource(Uint8Array.from(bytes));
    const parsed = parseVirConf(source, { rejectOverflow: true });
    if (!parsed.ok) throw new Error("does not parse");
    return storedByteLength(source, parsed.document.effective.get("p")!.value as VirString);
  };
  const ascii = (text: string): number[] => [...Buffer.from(text, "latin1")];

  it("counts the file's bytes, not the decoded text (invalid UTF-8 is one U+FFFD per byte run)", () => {
    // p = "\xff\xfe\xfd\xfc" : four bytes that decode to replacement characters.
    expect(lengthOf([...ascii('p = "'), 0xff, 0xfe, 0xfd, 0xfc, ...ascii('"\n')])).toBe(4);
    expect(lengthOf([...ascii('p = "'), 0xc3, 0xa9, 0xff, ...ascii('"\n')])).toBe(3);
  });

  it("stops at the first NUL byte", () => {
    expect(lengthOf([...ascii('p = "ab'), 0, ...ascii('cd"\n')])).toBe(2);
  });
});
