/** The pure baseline logic of output-and-cli §12 (the CLI round trip is test/cli/baseline.test.ts). */
import { describe, expect, it } from "vitest";
import type { Diagnostic, FileResult, Severity, SuppressedDiagnostic } from "../../src/core/diagnostic.js";
import {
  applySuppressions,
  countSuppressible,
  parseSuppressions,
  pruneSuppressions,
  recordSuppressions,
  serializeSuppressions,
  suppressionKey,
  SuppressionsFormatError,
  type Suppressions,
} from "../../src/core/suppressions.js";

const CWD = "/srv/repo";
const QEMU = "/srv/repo/etc/libvirt/qemu.conf";
const NOVA = "/srv/repo/etc/nova/nova.conf";

function finding(ruleId: string, line: number, severity: Severity = "error", fatal = false): Diagnostic {
  return { ruleId, severity, ...(fatal ? { fatal } : {}), message: `${ruleId} on line ${line}.`, line, column: 1, endLine: line, endColumn: 2, start: 0, end: 1 };
}

function file(filePath: string, messages: Diagnostic[], suppressedMessages: SuppressedDiagnostic[] = []): FileResult {
  return { filePath, messages, suppressedMessages };
}

const RUN_AS_ROOT = finding("qemu/run-as-root", 1);
const TYPE_3 = finding("qemu/value-type", 3);
const TYPE_4 = finding("qemu/value-type", 4);
const DUPLICATE = finding("qemu/duplicate-key", 6, "warning");
const QEMU_RESULT = file(QEMU, [RUN_AS_ROOT, TYPE_3, TYPE_4, DUPLICATE]);

describe("suppressionKey", () => {
  it("is relative to the working directory with / separators, ../ outside it", () => {
    expect(suppressionKey(CWD, QEMU)).toBe("etc/libvirt/qemu.conf");
    expect(suppressionKey(CWD, "/srv/other/qemu.conf")).toBe("../other/qemu.conf");
  });
});

describe("countSuppressible", () => {
  it("counts error-severity findings by rule; never warnings, infos or fatal findings", () => {
    const counts = countSuppressible([
      RUN_AS_ROOT,
      TYPE_3,
      TYPE_4,
      DUPLICATE,
      finding("qemu/guest-core-dumps", 7, "info"),
      finding("qemu/parse-error", 9, "error", true),
    ]);
    expect([...counts]).toEqual([
      ["qemu/run-as-root", 1],
      ["qemu/value-type", 2],
    ]);
  });
});

describe("recordSuppressions", () => {
  it("--suppress-all records every error of the run", () => {
    expect(recordSuppressions({}, [QEMU_RESULT, file(NOVA, [finding("nova/parse-error", 3, "error", true)])], CWD)).toEqual({
      "etc/libvirt/qemu.conf": { "qemu/run-as-root": { count: 1 }, "qemu/value-type": { count: 2 } },
    });
  });

  it("--suppress-rule records only the named rules and keeps the file's other entries", () => {
    const baseline: Suppressions = { "etc/libvirt/qemu.conf": { "qemu/run-as-root": { count: 5 }, "qemu/value-type": { count: 9 } } };
    expect(recordSuppressions(baseline, [QEMU_RESULT], CWD, ["qemu/value-type"])).toEqual({
      "etc/libvirt/qemu.conf": { "qemu/run-as-root": { count: 5 }, "qemu/value-type": { count: 2 } },
    });
  });

  it("replaces the entries of linted files (removing rules that no longer occur) and keeps files not linted", () => {
    const baseline: Suppressions = {
      "etc/libvirt/qemu.conf": { "qemu/spice-listen-insecure": { count: 1 } },
      "etc/nova/nova.conf": { "nova/invalid-value": { count: 3 } },
      "elsewhere/qemu.conf": { "qemu/run-as-root": { count: 1 } },
    };
    expect(recordSuppressions(baseline, [QEMU_RESULT, file(NOVA, [])], CWD)).toEqual({
      "elsewhere/qemu.conf": { "qemu/run-as-root": { count: 1 } },
      "etc/libvirt/qemu.conf": { "qemu/run-as-root": { count: 1 }, "qemu/value-type": { count: 2 } },
    });
  });

  it("keeps the entries of a file that cannot be parsed, since its rules did not run", () => {
    const baseline: Suppressions = { "etc/libvirt/qemu.conf": { "qemu/value-type": { count: 2 } } };
    expect(recordSuppressions(baseline, [file(QEMU, [finding("qemu/parse-error", 2, "error", true)])], CWD)).toEqual(baseline);
  });

  it("does not modify the baseline it is given", () => {
    const baseline: Suppressions = { "etc/libvirt/qemu.conf": { "qemu/value-type": { count: 7 } } };
    recordSuppressions(baseline, [QEMU_RESULT], CWD);
    expect(baseline).toEqual({ "etc/libvirt/qemu.conf": { "qemu/value-type": { count: 7 } } });
  });
});

describe("pruneSuppressions", () => {
  const baseline: Suppressions = {
    "etc/libvirt/qemu.conf": { "qemu/run-as-root": { count: 1 }, "qemu/value-type": { count: 5 }, "qemu/value-range": { count: 2 } },
    "elsewhere/qemu.conf": { "qemu/run-as-root": { count: 1 } },
  };

  it("lowers counts to the findings that still occur, removes rules that do not, keeps files not linted", () => {
    expect(pruneSuppressions(baseline, [QEMU_RESULT], CWD)).toEqual({
      "elsewhere/qemu.conf": { "qemu/run-as-root": { count: 1 } },
      "etc/libvirt/qemu.conf": { "qemu/run-as-root": { count: 1 }, "qemu/value-type": { count: 2 } },
    });
  });

  it("never raises a count, and removes a file left without entries", () => {
    const low: Suppressions = { "etc/libvirt/qemu.conf": { "qemu/value-type": { count: 1 } } };
    expect(pruneSuppressions(low, [QEMU_RESULT], CWD)).toEqual(low);
    expect(pruneSuppressions(low, [file(QEMU, [DUPLICATE])], CWD)).toEqual({});
  });

  it("keeps the entries of a file that cannot be parsed", () => {
    expect(pruneSuppressions(baseline, [file(QEMU, [finding("qemu/parse-error", 2, "error", true)])], CWD)).toEqual(baseline);
  });
});

describe("applySuppressions", () => {
  it("suppresses every finding of a rule when there are at most `count`, with kind file", () => {
    const baseline: Suppressions = { "etc/libvirt/qemu.conf": { "qemu/value-type": { count: 2 } } };
    const { results, unused } = applySuppressions([QEMU_RESULT], baseline, CWD);
    expect(results[0]!.messages).toEqual([RUN_AS_ROOT, DUPLICATE]);
    expect(results[0]!.suppressedMessages).toEqual([
      { ...TYPE_3, suppressions: [{ kind: "file", justification: "" }] },
      { ...TYPE_4, suppressions: [{ kind: "file", justification: "" }] },
    ]);
    expect(unused).toEqual({});
  });

  it("reports all of them when there are more than `count`", () => {
    const baseline: Suppressions = { "etc/libvirt/qemu.conf": { "qemu/value-type": { count: 1 } } };
    const { results, unused } = applySuppressions([QEMU_RESULT], baseline, CWD);
    expect(results[0]).toEqual(QEMU_RESULT);
    expect(unused).toEqual({});
  });

  it("reports what no longer occurs as unused: fewer findings, or none; not files outside the run", () => {
    const baseline: Suppressions = {
      "etc/libvirt/qemu.conf": { "qemu/value-type": { count: 3 }, "qemu/value-range": { count: 2 }, "qemu/run-as-root": { count: 1 } },
      "elsewhere/qemu.conf": { "qemu/run-as-root": { count: 1 } },
    };
    const { results, unused } = applySuppressions([QEMU_RESULT], baseline, CWD);
    expect(results[0]!.messages).toEqual([DUPLICATE]);
    expect(unused).toEqual({ "etc/libvirt/qemu.conf": { "qemu/value-type": { count: 1 }, "qemu/value-range": { count: 2 } } });
  });

  it("never suppresses a warning, whatever the file says", () => {
    const baseline: Suppressions = { "etc/libvirt/qemu.conf": { "qemu/duplicate-key": { count: 5 } } };
    const { results, unused } = applySuppressions([file(QEMU, [DUPLICATE])], baseline, CWD);
    expect(results[0]!.messages).toEqual([DUPLICATE]);
    expect(unused).toEqual(baseline);
  });

  it("leaves a file that cannot be parsed alone: its fatal finding stays, its entries are not stale", () => {
    const fatal = finding("qemu/parse-error", 2, "error", true);
    const baseline: Suppressions = { "etc/libvirt/qemu.conf": { "qemu/parse-error": { count: 1 }, "qemu/value-type": { count: 2 } } };
    const unparsable = file(QEMU, [fatal]);
    expect(applySuppressions([unparsable], baseline, CWD)).toEqual({ results: [unparsable], unused: {} });
  });

  it("merges with directive suppressions in line order and leaves its input unchanged", () => {
    const directive: SuppressedDiagnostic = { ...finding("qemu/unknown-key", 2, "warning"), suppressions: [{ kind: "directive", justification: "site key" }] };
    const input = file(QEMU, [RUN_AS_ROOT, TYPE_3], [directive]);
    const snapshot = structuredClone(input);
    const { results } = applySuppressions([input], { "etc/libvirt/qemu.conf": { "qemu/run-as-root": { count: 1 }, "qemu/value-type": { count: 1 } } }, CWD);
    expect(results[0]!.messages).toEqual([]);
    expect(results[0]!.suppressedMessages.map((message) => [message.line, message.suppressions[0]!.kind])).toEqual([
      [1, "file"],
      [2, "directive"],
      [3, "file"],
    ]);
    expect(input).toEqual(snapshot);
  });
});

describe("the file", () => {
  it("is written with sorted keys, 2-space indentation and a trailing newline", () => {
    const suppressions: Suppressions = {
      "etc/nova/nova.conf": { "nova/invalid-value": { count: 1 } },
      "etc/libvirt/qemu.conf": { "qemu/value-type": { count: 2 }, "qemu/run-as-root": { count: 1 } },
    };
    expect(serializeSuppressions(suppressions)).toBe(
      `{
  "etc/libvirt/qemu.conf": {
    "qemu/run-as-root": {
      "count": 1
    },
    "qemu/value-type": {
      "count": 2
    }
  },
  "etc/nova/nova.conf": {
    "nova/invalid-value": {
      "count": 1
    }
  }
}
`,
    );
    expect(serializeSuppressions({})).toBe("{}\n");
  });

  it("reads back what it writes, dropping files without entries", () => {
    const suppressions: Suppressions = { "a/qemu.conf": { "qemu/run-as-root": { count: 3 } } };
    expect(parseSuppressions(serializeSuppressions(suppressions))).toEqual(suppressions);
    expect(parseSuppressions('{ "b/qemu.conf": {} }')).toEqual({});
  });

  it("keeps __proto__ as an ordinary key", () => {
    const parsed = parseSuppressions('{ "__proto__": { "__proto__": { "count": 1 } } }');
    expect(Object.keys(parsed)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(serializeSuppressions(parsed)).toBe('{\n  "__proto__": {\n    "__proto__": {\n      "count": 1\n    }\n  }\n}\n');
  });

  it.each([
    ["not JSON", "{", /^invalid JSON/],
    ["an array", "[]", /^expected an object of files$/],
    ["rules as a list", '{ "a/qemu.conf": ["qemu/run-as-root"] }', /^"a\/qemu.conf": expected an object of rules$/],
    ["a bare count", '{ "a/qemu.conf": { "qemu/run-as-root": 1 } }', /expected \{ "count": N \} with a positive integer N$/],
    ["a zero count", '{ "a/qemu.conf": { "qemu/run-as-root": { "count": 0 } } }', /positive integer/],
    ["a fractional count", '{ "a/qemu.conf": { "qemu/run-as-root": { "count": 1.5 } } }', /positive integer/],
  ])("rejects %s", (_name, text, message) => {
    expect(() => parseSuppressions(text)).toThrow(SuppressionsFormatError);
    expect(() => parseSuppressions(text)).toThrow(message);
  });
});
