import { describe, expect, it } from "vitest";
import { stylish } from "../../src/formatters/stylish.js";
import {
  COLOURED,
  DUPLICATE_KEY,
  GOLDEN_RESULTS,
  NOVA_CONF,
  PARSE_ERROR,
  PLAIN,
  QEMU_CONF,
  VNC_LISTEN_INSECURE,
  fileResult,
  finding,
  golden,
} from "./golden-results.js";

describe("stylish golden outputs (spec §5.1)", () => {
  it("prints the golden records without colour", () => {
    expect(stylish(GOLDEN_RESULTS, PLAIN)).toBe(golden("stylish.txt"));
  });

  it("prints the golden records with colour", () => {
    expect(stylish(GOLDEN_RESULTS, COLOURED)).toBe(golden("stylish-color.txt"));
  });

  it("right-aligns line numbers and pads columns on the right", () => {
    const results = [
      fileResult(NOVA_CONF, [
        finding({ ruleId: "nova/unknown-group", severity: "error", message: "short", line: 7, column: 1 }),
        finding({ ruleId: "nova/duplicate-key", severity: "warning", message: "a longer message", line: 9, column: 3 }),
        finding({ ruleId: "nova/invalid-value", severity: "error", message: "x", line: 120, column: 14 }),
      ]),
    ];
    expect(stylish(results, PLAIN)).toBe(golden("stylish-alignment.txt"));
  });
});

describe("stylish infos (enginelint extension)", () => {
  const info = finding({
    ruleId: "nova/deprecated-option",
    severity: "info",
    message: "Option is deprecated.",
    line: 2,
    column: 5,
  });

  it("counts infos in the total and names them only when present", () => {
    expect(stylish([fileResult(NOVA_CONF, [info])], PLAIN)).toBe(
      `\n${NOVA_CONF}\n  2:5  info  Option is deprecated  nova/deprecated-option\n\n` +
        "\u2716 1 problem (0 errors, 0 warnings, 1 info)\n",
    );
  });

  it("colours the info word and an info-only summary blue", () => {
    expect(stylish([fileResult(NOVA_CONF, [info])], COLOURED)).toBe(
      `\x1b[0m\n\x1b[4m${NOVA_CONF}\x1b[24m\n` +
        "  \x1b[2m2:5\x1b[22m  \x1b[34minfo\x1b[39m  Option is deprecated  \x1b[2mnova/deprecated-option\x1b[22m\n\n" +
        "\x1b[34m\x1b[1m\u2716 1 problem (0 errors, 0 warnings, 1 info)\x1b[22m\x1b[39m\n\x1b[0m",
    );
  });

  it("appends `, 1 info` to a mixed summary", () => {
    const results = [
      fileResult(QEMU_CONF, [
        finding({ ruleId: "qemu/a", severity: "error", message: "Bad.", line: 12, column: 14 }),
        finding({ ruleId: "qemu/bb", severity: "info", message: "Note.", line: 16, column: 1 }),
        finding({
          ruleId: "qemu/c",
          severity: "warning",
          message: "Dup.",
          line: 30,
          column: 1,
          fix: { range: [733, 754], text: "" },
        }),
      ]),
    ];
    expect(stylish(results, PLAIN)).toBe(
      `\n${QEMU_CONF}\n` +
        "  12:14  error    Bad   qemu/a\n" +
        "  16:1   info     Note  qemu/bb\n" +
        "  30:1   warning  Dup   qemu/c\n\n" +
        "\u2716 3 problems (1 error, 1 warning, 1 info)\n" +
        "  0 errors and 1 warning potentially fixable with the `--fix` option.\n",
    );
  });

  it("keeps a warning-and-info summary yellow", () => {
    const warning = finding({ ruleId: "nova/w", severity: "warning", message: "W.", line: 1, column: 1 });
    const output = stylish([fileResult(NOVA_CONF, [warning, info])], COLOURED);
    expect(output).toContain("\x1b[33m\x1b[1m\u2716 2 problems (0 errors, 1 warning, 1 info)\x1b[22m\x1b[39m\n");
  });

  it("does not advertise a fix that only an info has", () => {
    const fixableInfo = { ...info, fix: { range: [0, 1] as [number, number], text: "" } };
    expect(stylish([fileResult(NOVA_CONF, [fixableInfo])], PLAIN)).not.toContain("potentially fixable");
  });
});

describe("stylish details", () => {
  it("prints nothing, not even a newline, when there is no finding", () => {
    expect(stylish([], PLAIN)).toBe("");
    expect(stylish([fileResult(NOVA_CONF)], COLOURED)).toBe("");
  });

  it("omits the fixable line when the CLI has no --fix flag", () => {
    const output = stylish(GOLDEN_RESULTS, { ...PLAIN, fixFlagAvailable: false });
    expect(output).toBe(golden("stylish.txt").replace(/ {2}0 errors and 1 warning potentially fixable.*\n/u, ""));
    expect(output.endsWith("\u2716 3 problems (2 errors, 1 warning)\n")).toBe(true);
  });

  it("pluralises each noun on its own", () => {
    const results = [fileResult(QEMU_CONF, [{ ...VNC_LISTEN_INSECURE, fix: { range: [389, 398], text: '"127.0.0.1"' } }])];
    expect(stylish(results, PLAIN)).toContain(
      "\u2716 1 problem (1 error, 0 warnings)\n  1 error and 0 warnings potentially fixable with the `--fix` option.\n",
    );
  });

  it("drops exactly one trailing period, and none after a space", () => {
    const results = [
      fileResult(NOVA_CONF, [
        finding({ ruleId: "nova/a", severity: "error", message: "Ends with two..", line: 1, column: 1 }),
        finding({ ruleId: "nova/b", severity: "error", message: "Spaced .", line: 2, column: 1 }),
      ]),
    ];
    const output = stylish(results, PLAIN);
    expect(output).toContain("  1:1  error  Ends with two.  nova/a\n");
    expect(output).toContain("  2:1  error  Spaced .        nova/b\n");
  });

  it("reports a fatal finding as an error whatever its configured severity", () => {
    const results = [fileResult(NOVA_CONF, [{ ...PARSE_ERROR, severity: "warning" }])];
    const output = stylish(results, PLAIN);
    expect(output).toContain("  3:1  error  Parsing error");
    expect(output).toContain("\u2716 1 problem (1 error, 0 warnings)\n");
  });

  it("ignores suppressed findings", () => {
    const results = [
      {
        ...fileResult(QEMU_CONF),
        suppressedMessages: [{ ...DUPLICATE_KEY, suppressions: [{ kind: "directive" as const, justification: "ok" }] }],
      },
    ];
    expect(stylish(results, PLAIN)).toBe("");
  });

  it("aligns each file on its own", () => {
    const output = stylish(GOLDEN_RESULTS, PLAIN);
    expect(output).toContain(`${NOVA_CONF}\n  3:1  error  Parsing error`);
  });
});
