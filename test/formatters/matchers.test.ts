/**
 * The editor problem matchers of spec §5.6, verbatim, over the compact and gcc outputs: every finding
 * must come back with its position, severity, message and rule id. What "every finding" is comes from
 * the json formatter's output for the same results, i.e. ESLint's `LintResult[]`.
 */
import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/core/diagnostic.js";
import { compact } from "../../src/formatters/compact.js";
import { gcc } from "../../src/formatters/gcc.js";
import { json, type JsonLintResult, type JsonMessage } from "../../src/formatters/json.js";
import { EXTENDED_RESULTS, GOLDEN_RESULTS, PLAIN, golden } from "./golden-results.js";

// microsoft/vscode src/vs/workbench/contrib/tasks/common/problemMatcher.ts, `eslint-compact`.
const ESLINT_COMPACT = /^(.+):\sline\s(\d+),\scol\s(\d+),\s(Error|Warning|Info)\s-\s(.+)\s\((.+)\)$/;
// microsoft/vscode-cpptools Extension/package.json, `gcc` (file 1, line 2, column 3, severity 4, message 5).
const GCC = /^(.*?):(\d+):(\d*):?\s+(?:fatal\s+)?(warning|error):\s+(.*)$/;
// The README's VS Code task for `--format gcc` (file 1, line 2, column 3, severity 4, message 5, code 6).
const README_TASK = /^(.+?):(\d+):(\d+): (error|warning|note): (.+?) \[([^\]]+)\]$/;

interface Capture {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  code?: string;
}

/** Runs a single-line matcher over every output line, as VS Code does, with the group numbers given. */
function capture(output: string, regexp: RegExp, hasCode: boolean): Capture[] {
  return output.split("\n").flatMap((text) => {
    const match = regexp.exec(text);
    if (match === null) return [];
    const [, file = "", line = "", column = "", severity = "", message = "", code = ""] = match;
    return [{ file, line: Number(line), column: Number(column), severity, message, ...(hasCode && { code }) }];
  });
}

type Severity = "error" | "warning" | "info";

/** The findings as the JSON tells them, each turned into what a matcher should capture. */
function fromJson(
  results: readonly FileResult[],
  expected: (filePath: string, message: JsonMessage, severity: Severity) => Capture | undefined,
): Capture[] {
  const parsed = JSON.parse(json(results, PLAIN)) as JsonLintResult[];
  return parsed.flatMap((result) =>
    result.messages.flatMap((message) => {
      const severity = message.enginelintSeverity ?? (message.severity === 2 ? "error" : "warning");
      return expected(result.filePath, message, severity) ?? [];
    }),
  );
}

const relative = (filePath: string): string => filePath.slice(`${PLAIN.cwd}/`.length);
const withoutPeriod = (message: string): string => message.replace(/([^ ])\.$/u, "$1");
const COMPACT_WORDS = { error: "Error", warning: "Warning", info: "Info" } as const;
const GCC_WORDS = { error: "error", warning: "warning", info: "note" } as const;

const compactExpected = (results: readonly FileResult[]): Capture[] =>
  fromJson(results, (filePath, message, severity) => ({
    file: filePath,
    line: message.line,
    column: message.column,
    severity: COMPACT_WORDS[severity],
    message: message.message,
    code: message.ruleId,
  }));

describe("$eslint-compact over compact output", () => {
  it("captures all three golden findings, messages with their period", () => {
    const captures = capture(golden("compact.txt"), ESLINT_COMPACT, true);
    expect(captures).toHaveLength(3);
    expect(captures).toEqual(compactExpected(GOLDEN_RESULTS));
    expect(captures[1]).toEqual({
      file: "/srv/repo/etc/libvirt/qemu.conf",
      line: 30,
      column: 1,
      severity: "Warning",
      message: '"max_processes" is already set on line 27; libvirt uses the first value ("0") and ignores this one ("4096").',
      code: "qemu/duplicate-key",
    });
  });

  it("captures infos as Info, and nothing of suppressed findings", () => {
    const captures = capture(compact(EXTENDED_RESULTS, PLAIN), ESLINT_COMPACT, true);
    expect(captures).toHaveLength(4);
    expect(captures).toEqual(compactExpected(EXTENDED_RESULTS));
  });
});

describe("$gcc over gcc output", () => {
  // `$gcc` knows no code group: the rule id stays at the end of the message.
  const gccExpected = (results: readonly FileResult[]): Capture[] =>
    fromJson(results, (filePath, message, severity) =>
      severity === "info"
        ? undefined
        : {
            file: relative(filePath),
            line: message.line,
            column: message.column,
            severity,
            message: `${withoutPeriod(message.message)} [${message.ruleId}]`,
          },
    );

  it("captures all three golden findings", () => {
    const captures = capture(golden("gcc.txt"), GCC, false);
    expect(captures).toHaveLength(3);
    expect(captures).toEqual(gccExpected(GOLDEN_RESULTS));
  });

  it("captures errors and warnings but, as documented, not `note:` lines", () => {
    const output = gcc(EXTENDED_RESULTS, PLAIN);
    expect(output).toContain(": note: ");
    const captures = capture(output, GCC, false);
    expect(captures).toHaveLength(3);
    expect(captures).toEqual(gccExpected(EXTENDED_RESULTS));
  });
});

describe("the README's gcc task regex over gcc output", () => {
  const taskExpected = (results: readonly FileResult[]): Capture[] =>
    fromJson(results, (filePath, message, severity) => ({
      file: relative(filePath),
      line: message.line,
      column: message.column,
      severity: GCC_WORDS[severity],
      message: withoutPeriod(message.message),
      code: message.ruleId,
    }));

  it("captures all three golden findings with their rule ids", () => {
    const captures = capture(golden("gcc.txt"), README_TASK, true);
    expect(captures).toHaveLength(3);
    expect(captures).toEqual(taskExpected(GOLDEN_RESULTS));
  });

  it("captures notes too", () => {
    const captures = capture(gcc(EXTENDED_RESULTS, PLAIN), README_TASK, true);
    expect(captures).toHaveLength(4);
    expect(captures).toEqual(taskExpected(EXTENDED_RESULTS));
    expect(captures).toContainEqual({
      file: "etc/nova/nova-api.conf",
      line: 5,
      column: 1,
      severity: "note",
      message: "[LIBVIRT] is read as [libvirt]; write the canonical lower-case name",
      code: "nova/section-case",
    });
  });
});
