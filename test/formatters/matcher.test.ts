/**
 * VS Code reads stylish output through its built-in `$eslint-stylish` problem matcher (spec §5.6);
 * these tests run its two regexes, verbatim, and check that every finding survives the round trip.
 */
import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/core/diagnostic.js";
import { json, type JsonLintResult } from "../../src/formatters/json.js";
import { stylish } from "../../src/formatters/stylish.js";
import { GOLDEN_RESULTS, NOVA_CONF, PLAIN, QEMU_CONF, fileResult, finding, golden } from "./golden-results.js";

// microsoft/vscode src/vs/workbench/contrib/tasks/common/problemMatcher.ts, `eslint-stylish`.
const FILE_LINE = /^((?:[a-zA-Z]:)*[./\\]+.*?)$/;
const PROBLEM_LINE = /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.+?)(?:\s\s+(.*))?$/;

interface Capture {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  code: string | undefined;
}

/**
 * The matcher's loop: a file line starts a run of problem lines that ends at the first line the
 * problem pattern rejects; that line is then tried as a file line again.
 */
function runStylishMatcher(output: string): Capture[] {
  const captures: Capture[] = [];
  let file: string | undefined;
  for (const line of output.split("\n")) {
    if (file !== undefined) {
      const problem = PROBLEM_LINE.exec(line);
      if (problem !== null) {
        const [, lineNumber = "", column = "", severity = "", message = "", code] = problem;
        captures.push({ file, line: Number(lineNumber), column: Number(column), severity, message, code });
        continue;
      }
      file = undefined;
    }
    file = FILE_LINE.exec(line)?.[1];
  }
  return captures;
}

/** What the matcher should recover, derived from the JSON output of the same results. */
function expectedCaptures(results: readonly FileResult[]): Capture[] {
  const parsed = JSON.parse(json(results, PLAIN)) as JsonLintResult[];
  return parsed.flatMap((result) =>
    result.messages.map((message) => ({
      file: result.filePath,
      line: message.line,
      column: message.column,
      severity: message.enginelintSeverity ?? (message.severity === 2 ? "error" : "warning"),
      message: message.message.replace(/([^ ])\.$/u, "$1"),
      code: message.ruleId,
    })),
  );
}

const MIXED: readonly FileResult[] = [
  fileResult(QEMU_CONF, [
    finding({ ruleId: "qemu/a", severity: "error", message: "Bad value.", line: 7, column: 1 }),
    finding({ ruleId: "qemu/bb", severity: "info", message: "Consider this.", line: 9, column: 3 }),
    finding({ ruleId: "qemu/ccc", severity: "warning", message: "Shadowed by line 2.", line: 120, column: 14 }),
  ]),
  fileResult(NOVA_CONF, [
    finding({ ruleId: "nova/x", severity: "warning", message: 'Value "a \\x20 b" is odd.', line: 1, column: 1 }),
  ]),
];

describe("$eslint-stylish captures every finding", () => {
  it("on the golden output", () => {
    const captures = runStylishMatcher(golden("stylish.txt"));
    expect(captures).toEqual(expectedCaptures(GOLDEN_RESULTS));
    expect(captures).toContainEqual({
      file: "/srv/repo/etc/nova/nova.conf",
      line: 3,
      column: 1,
      severity: "error",
      message: "Parsing error: No ':' or '=' found in assignment",
      code: "nova/parse-error",
    });
  });

  it("with infos, several files and wide line numbers", () => {
    const captures = runStylishMatcher(stylish(MIXED, PLAIN));
    expect(captures).toHaveLength(4);
    expect(captures).toEqual(expectedCaptures(MIXED));
  });
});
