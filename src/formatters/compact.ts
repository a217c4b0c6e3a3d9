/**
 * `eslint-formatter-compact` 9.0.1 byte for byte (spec §5.3), plus the word `Info`. VS Code's built-in
 * `$eslint-compact` matcher reads it; its `(ruleId)` suffix is mandatory there, which every finding has.
 */
import type { Diagnostic, FileResult } from "../core/diagnostic.js";
import { effectiveSeverity } from "./counts.js";
import type { Formatter } from "./types.js";

const SEVERITY_WORDS = { error: "Error", warning: "Warning", info: "Info" } as const;

/** ESLint's capitalised word (fatal findings are `Error`); `Info` is enginelint's third level. */
export const capitalisedSeverity = (message: Diagnostic): "Error" | "Warning" | "Info" =>
  SEVERITY_WORDS[effectiveSeverity(message)];

/**
 * The frame `eslint-formatter-compact` and `-unix` share: a line per finding, then, only if there is
 * one, a blank line and `N problem(s)` with no newline after it (the CLI adds it).
 */
export function lineReport(
  results: readonly FileResult[],
  line: (filePath: string, message: Diagnostic) => string,
): string {
  const lines = results.flatMap((result) => result.messages.map((message) => `${line(result.filePath, message)}\n`));
  const total = lines.length;
  return total === 0 ? "" : `${lines.join("")}\n${total} problem${total === 1 ? "" : "s"}`;
}

/** The message keeps its period; the path is absolute, as `$eslint-compact` needs. */
export const compact: Formatter = (results) =>
  lineReport(
    results,
    (filePath, message) =>
      `${filePath}: line ${message.line}, col ${message.column}, ${capitalisedSeverity(message)} - ` +
      `${message.message} (${message.ruleId})`,
  );
