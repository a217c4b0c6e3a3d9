import { describe, expect, it } from "vitest";
import rule from "../../../rules/ovirt/parse-error.js";
import { EMPTY_FILE_CONFIG } from "../../../src/config/types.js";
import { lintFile } from "../../../src/core/linter.js";
import { createSource } from "../../../src/core/source.js";
import { OVIRT_MAX_BYTES, ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const BINARY = "The file contains NUL bytes: it is binary data, not an engine-config capture (the text engine-config prints).";

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    "vdsTimeout: 180 version: general\n",
    { name: "text that is no dump at all is still read (its lines become findings of other rules)", code: "hello\nworld" },
    { name: "BOM and CRLF", code: "\uFEFFvdsTimeout: 180 version: general\r\n" },
  ],
  invalid: [
    {
      name: "a NUL byte inside a record",
      code: "vdsTimeout: 180\u0000 version: general\n",
      errors: [{ message: BINARY, severity: "error", line: 1, column: 16, endLine: 1, endColumn: 17, fix: null }],
    },
    {
      name: "the first NUL of several, on a later line",
      code: "vdsTimeout: 180 version: general\nvdsRetries\u00000\u0000\n",
      errors: [{ message: BINARY, line: 2, column: 11, endLine: 2, endColumn: 12 }],
    },
    { name: "a lone NUL", code: "\u0000", errors: [{ message: BINARY, line: 1, column: 1, endLine: 1, endColumn: 2 }] },
  ],
});

describe("ovirt/parse-error outside the rule tester", () => {
  const binding = { engine: ovirtEngine, rules: [], fatalRules: [rule] };

  it("refuses files over 10 MiB without reading them", () => {
    expect(ovirtEngine.maxBytes).toBe(10 * 1024 * 1024);
    const found = lintFile(binding, { oversizeBytes: OVIRT_MAX_BYTES + 1 }, "engine-config.txt", EMPTY_FILE_CONFIG).messages;
    expect(found).toEqual([
      expect.objectContaining({
        ruleId: "ovirt/parse-error",
        fatal: true,
        severity: "error",
        message:
          "The file is 10485761 bytes: it is not an engine-config capture (a complete engine-config -a prints about 50 KB), and enginelint reads at most 10485760 bytes.",
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      }),
    ]);
  });

  it("reports a dump saved as UTF-16 (a NUL after every ASCII character) as binary", () => {
    const utf16 = new Uint8Array(Buffer.from("\uFEFFvdsTimeout: 180 version: general\n", "utf16le"));
    const found = lintFile(binding, { source: createSource(utf16) }, "engine-config.txt", EMPTY_FILE_CONFIG).messages;
    // FF FE decode to two U+FFFD, then "v", then the first NUL.
    expect(found.map((d) => [d.message, d.line, d.column])).toEqual([[BINARY, 1, 4]]);
  });
});
