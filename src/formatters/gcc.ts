/**
 * The GNU error-message convention (spec §5.5): `file:line:column: severity: message [ruleId]`, one
 * line per finding, read by the C/C++ extension's `$gcc` matcher, vim's `:compiler gcc` and Emacs'
 * `compilation-mode`. Paths are relative to the working directory, as a compiler run there prints them.
 */
import { isAbsolute, relative, sep } from "node:path";
import type { Diagnostic } from "../core/diagnostic.js";
import { effectiveSeverity } from "./counts.js";
import type { Formatter } from "./types.js";

/**
 * `filePath` relative to `directory`, `/`-separated and never `./`-prefixed (spec §3). `<text>`
 * (unnamed standard input) is no path and stays as it is.
 */
export const relativePath = (filePath: string, directory: string): string =>
  isAbsolute(filePath) ? relative(directory, filePath).split(sep).join("/") : filePath;

/** GNU messages end without a period: one is dropped by stylish's rule (a period after a space stays). */
export const withoutTrailingPeriod = (message: string): string => message.replace(/([^ ])\.$/u, "$1");

/** `note` rather than `info`: it is the word compilers use and editors map to their third level. */
const SEVERITY_WORDS = { error: "error", warning: "warning", info: "note" } as const;

/** One finding's line without its newline; junit reuses it as the text of a test case. */
export const gccLine = (path: string, message: Diagnostic): string =>
  `${path}:${message.line}:${message.column}: ${SEVERITY_WORDS[effectiveSeverity(message)]}: ` +
  `${withoutTrailingPeriod(message.message)} [${message.ruleId}]`;

/** A newline ends every line, and there is no summary: a clean run prints nothing at all. */
export const gcc: Formatter = (results, context) =>
  results
    .flatMap((result) => {
      const path = relativePath(result.filePath, context.cwd);
      return result.messages.map((message) => `${gccLine(path, message)}\n`);
    })
    .join("");
