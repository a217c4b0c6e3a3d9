/**
 * `eslint-formatter-unix` 9.0.1 byte for byte (spec §5.4), plus the word `Info`: `file:line:column:`
 * first, which vim's default `'errorformat'` (`%f:%l:%c:%m`) reads. The severity sits in the brackets at
 * the end, so `$gcc` does not match these lines; the `gcc` format is for that.
 */
import { capitalisedSeverity, lineReport } from "./compact.js";
import type { Formatter } from "./types.js";

export const unix: Formatter = (results) =>
  lineReport(
    results,
    (filePath, message) =>
      `${filePath}:${message.line}:${message.column}: ${message.message} ` +
      `[${capitalisedSeverity(message)}/${message.ruleId}]`,
  );
