/**
 * ESLint 10's default formatter, byte for byte (eslint/eslint `lib/cli-engine/formatters/stylish.js`
 * and `lib/shared/text-table.js`), plus the `info` severity (spec §5.1). VS Code's `$eslint-stylish`
 * problem matcher parses this output, so the layout must not drift.
 */
import { stripVTControlCharacters } from "node:util";
import type { Diagnostic, FileResult, Severity } from "../core/diagnostic.js";
import { addCounts, countMessages, effectiveSeverity, type Counts, ZERO_COUNTS } from "./counts.js";
import type { Formatter, FormatterContext, Palette } from "./types.js";

type Align = "" | "l" | "r";

const pluralize = (word: string, count: number): string => (count === 1 ? word : `${word}s`);

/** Column widths ignore escape codes so that coloured and plain output align identically. */
const visibleLength = (cell: string): number => stripVTControlCharacters(cell).length;

/**
 * ESLint's text-table: cells joined by two spaces, each column padded to its widest cell, right-aligned
 * where `align` says "r", and every row trimmed at the end (so the last column is never padded).
 */
function textTable(rows: readonly (readonly string[])[], align: readonly Align[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, visibleLength(cell));
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, index) => {
          const padding = " ".repeat((widths[index] ?? 0) - visibleLength(cell));
          return align[index] === "r" ? padding + cell : cell + padding;
        })
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

const severityWord = (severity: Severity, colors: Palette): string => {
  switch (severity) {
    case "error":
      return colors.red("error");
    case "warning":
      return colors.yellow("warning");
    case "info":
      return colors.blue("info");
  }
};

/** Messages are sentences; stylish shows them without their final period, like ESLint. */
const withoutTrailingPeriod = (message: string): string => message.replace(/([^ ])\.$/u, "$1");

const messageRow = (message: Diagnostic, colors: Palette): string[] => [
  "",
  String(message.line),
  String(message.column),
  severityWord(effectiveSeverity(message), colors),
  withoutTrailingPeriod(message.message),
  colors.dim(message.ruleId),
];

/**
 * One file's block: the underlined path, then the table. Joining line and column after the table is
 * laid out is what makes positions read `12:14` with the column padded on the right.
 */
function fileBlock(result: FileResult, colors: Palette): string {
  const table = textTable(
    result.messages.map((message) => messageRow(message, colors)),
    ["", "r", "l"],
  );
  const joinPosition = (_match: string, line: string, column: string): string => colors.dim(`${line}:${column}`);
  const rows = table.split("\n").map((row) => row.replace(/(\d+)\s+(\d+)/u, joinPosition));
  return `${colors.underline(result.filePath)}\n${rows.join("\n")}\n\n`;
}

/** ESLint's summary line; `, N info` is enginelint's and appears only when there are infos. */
function summaryLine(counts: Counts): string {
  const { errorCount, warningCount, infoCount } = counts;
  const total = errorCount + warningCount + infoCount;
  const infos = infoCount > 0 ? `, ${infoCount} info` : "";
  return (
    `\u2716 ${total}${pluralize(" problem", total)} ` +
    `(${errorCount}${pluralize(" error", errorCount)}, ${warningCount}${pluralize(" warning", warningCount)}${infos})`
  );
}

function fixableLine(counts: Counts): string {
  const { fixableErrorCount: errors, fixableWarningCount: warnings } = counts;
  return (
    `  ${errors}${pluralize(" error", errors)} and ${warnings}${pluralize(" warning", warnings)}` +
    " potentially fixable with the `--fix` option."
  );
}

/** Red for any error, else yellow for any warning, else blue (only infos). */
function summaryStyle(counts: Counts, colors: Palette): (text: string) => string {
  const hue = counts.errorCount > 0 ? colors.red : counts.warningCount > 0 ? colors.yellow : colors.blue;
  return (text) => hue(colors.bold(text));
}

function summary(counts: Counts, context: FormatterContext, colors: Palette): string {
  const style = summaryStyle(counts, colors);
  // The newline stays outside the colour codes, as in ESLint 10's output.
  let text = `${style(summaryLine(counts))}\n`;
  // ESLint's condition: a fixable info alone does not produce a line reading "0 errors and 0 warnings".
  if (context.fixFlagAvailable && counts.fixableErrorCount + counts.fixableWarningCount > 0) {
    text += `${style(fixableLine(counts))}\n`;
  }
  return text;
}

export const stylish: Formatter = (results, context) => {
  const withFindings = results.filter((result) => result.messages.length > 0);
  // Printing nothing at all for a clean run is what editors and `enginelint && deploy` expect.
  if (withFindings.length === 0) return "";
  const colors = context.palette;
  const counts = withFindings.map((result) => countMessages(result.messages)).reduce(addCounts, ZERO_COUNTS);
  const body = withFindings.map((result) => fileBlock(result, colors)).join("");
  // The reset codes at both ends keep a terminal's prior state from bleeding into the report.
  return colors.reset(`\n${body}${summary(counts, context, colors)}`);
};
