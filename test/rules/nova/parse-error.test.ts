import { describe, expect, it } from "vitest";
import rule from "../../../rules/nova/parse-error.js";
import { EMPTY_FILE_CONFIG } from "../../../src/config/types.js";
import { lintFile } from "../../../src/core/linter.js";
import { createSource } from "../../../src/core/source.js";
import { NOVA_MAX_BYTES, novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const BOM_HINT = "(the file starts with a UTF-8 byte order mark, which oslo.config keeps as part of line 1)";

new RuleTester(novaEngine).run(rule, {
  valid: [
    "",
    "[DEFAULT]\nhost = a\n",
    "# only comments\n; and blanks\n\n",
    { name: "CRLF", code: "[DEFAULT]\r\nhost = a\r\n  b\r\n" },
    { name: "an indented comment right after a value is a continuation", code: "[DEFAULT]\nhost = a\n  # more\n" },
    { name: "a BOM in the middle is part of a key", code: "[DEFAULT]\n\ufeffhost = a\n" },
  ],
  invalid: [
    {
      name: "no separator",
      code: "[DEFAULT]\nhost = a\njust_a_word\n",
      errors: [
        {
          message: "Parsing error: No ':' or '=' found in assignment",
          severity: "error",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 12,
          fix: null,
        },
      ],
    },
    {
      name: "empty key",
      code: "[DEFAULT]\n= value\n",
      errors: [{ message: "Parsing error: Key cannot be empty", line: 2, column: 1, endLine: 2, endColumn: 8 }],
    },
    {
      name: "indented line after a blank line",
      code: "[DEFAULT]\ndebug = true\n\n    max_concurrent_builds = 4\n",
      errors: [{ message: "Parsing error: Unexpected continuation line", line: 4, column: 1, endLine: 4, endColumn: 30 }],
    },
    {
      name: "indented comment after a blank line",
      code: "[DEFAULT]\nhost = a\n\n  # indented\n",
      errors: [
        {
          message: "Parsing error: Unexpected continuation line (an indented comment is not a comment in oslo.config)",
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 13,
          fix: null,
        },
      ],
    },
    {
      name: "indented ; comment right after a header",
      code: "[DEFAULT]\n\t; note\n",
      errors: [{ message: "Parsing error: Unexpected continuation line (an indented comment is not a comment in oslo.config)", line: 2, column: 1, endColumn: 8 }],
    },
    {
      name: "comment after a header",
      code: "[libvirt] # x\nvirt_type = kvm\n",
      errors: [{ message: "Parsing error: Invalid section (must end with ])", line: 1, column: 1, endLine: 1, endColumn: 14 }],
    },
    {
      name: "empty section name",
      code: "[DEFAULT]\n[]\n",
      errors: [{ message: "Parsing error: Empty section name", line: 2, column: 1, endLine: 2, endColumn: 3 }],
    },
    {
      name: "assignment before any section: at the key; oslo names the next line",
      code: "host = a\n[DEFAULT]\n",
      errors: [{ message: "Parsing error: Section must be started before assignment", line: 1, column: 1, endLine: 1, endColumn: 5, data: { osloLine: 2 } }],
    },
    {
      name: "byte order mark: safe fix deletes it",
      code: "\ufeff[DEFAULT]\nhost = a\n",
      errors: [
        {
          message: `Parsing error: No ':' or '=' found in assignment ${BOM_HINT}`,
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 10,
          fix: { range: [0, 1], text: "" },
        },
      ],
      output: "[DEFAULT]\nhost = a\n",
    },
    {
      name: "byte order mark before an assignment",
      code: "\ufeffdebug = true\n[DEFAULT]\n",
      errors: [{ message: `Parsing error: Section must be started before assignment ${BOM_HINT}`, line: 1, column: 1, endColumn: 6, fix: { range: [0, 1], text: "" } }],
      output: "debug = true\n[DEFAULT]\n",
    },
    {
      name: "NUL byte",
      code: "[DEFAULT]\nhost = a\u0000\n",
      errors: [{ message: "Parsing error: the file contains NUL bytes and looks binary", line: 2, column: 9, endLine: 2, endColumn: 10, fix: null }],
    },
  ],
});

describe("nova/parse-error outside the rule tester", () => {
  const binding = { engine: novaEngine, rules: [], fatalRules: [rule] };
  const lint = (bytes: Uint8Array) => lintFile(binding, { source: createSource(bytes) }, "nova.conf", EMPTY_FILE_CONFIG).messages;

  it("reports the first byte that is not UTF-8, by byte offset, before any syntax error", () => {
    const bytes = Uint8Array.of(...new TextEncoder().encode("[DEFAULT\nhost = caf"), 0xe9, 0x0a);
    expect(lint(bytes)).toEqual([
      expect.objectContaining({
        ruleId: "nova/parse-error",
        fatal: true,
        severity: "error",
        message: "Parsing error: the file is not valid UTF-8 (byte 0xE9 at offset 19); oslo.config fails with UnicodeDecodeError",
        line: 2,
        column: 11,
        endLine: 2,
        endColumn: 12,
      }),
    ]);
  });

  it("names the byte in upper-case hex and counts bytes, not characters", () => {
    const bytes = Uint8Array.of(...new TextEncoder().encode("[DEFAULT]\nhost = é"), 0x0b, 0x80);
    expect(lint(bytes).map((m) => [m.message, m.line, m.column])).toEqual([
      ["Parsing error: the file is not valid UTF-8 (byte 0x80 at offset 20); oslo.config fails with UnicodeDecodeError", 2, 10],
    ]);
  });

  it("reads a UTF-16 file as not UTF-8 (its FF FE mark is no UTF-8)", () => {
    const utf16 = new Uint8Array(Buffer.from("\ufeff[DEFAULT]\n", "utf16le"));
    expect(lint(utf16).map((m) => m.message)).toEqual([
      "Parsing error: the file is not valid UTF-8 (byte 0xFF at offset 0); oslo.config fails with UnicodeDecodeError",
    ]);
  });

  it("refuses files over 10 MiB without reading them", () => {
    expect(novaEngine.maxBytes).toBe(10 * 1024 * 1024);
    const found = lintFile(binding, { oversizeBytes: NOVA_MAX_BYTES + 1 }, "nova.conf", EMPTY_FILE_CONFIG).messages;
    expect(found.map((m) => [m.message, m.line, m.column, m.fatal])).toEqual([
      ["Parsing error: the file is 10485761 bytes; enginelint reads nova.conf files of at most 10485760 bytes", 1, 1, true],
    ]);
  });
});
