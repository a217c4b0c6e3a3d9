/**
 * Checkstyle XML (spec §5.11) for Jenkins Warnings NG, reviewdog and the like: `eslint-formatter-checkstyle`
 * 9.0.1's document, one line with every linted file, except for three deliberate differences.
 * `source` names enginelint (consumers take the text after the last `.` as the check type, and rule
 * ids contain none); `severity` may be `info`; and characters XML 1.0 forbids are dropped where ESLint
 * writes references such as `&#27;`, which XML parsers reject.
 */
import { effectiveSeverity } from "./counts.js";
import type { Formatter } from "./types.js";
import { escapeAttributeAscii } from "./xml.js";

export const checkstyle: Formatter = (results) => {
  const files = results.map((result) => {
    const errors = result.messages.map(
      (message) =>
        `<error line="${message.line}" column="${message.column}" severity="${effectiveSeverity(message)}" ` +
        `message="${escapeAttributeAscii(`${message.message} (${message.ruleId})`)}" ` +
        `source="${escapeAttributeAscii(`enginelint.rules.${message.ruleId}`)}" />`,
    );
    return `<file name="${escapeAttributeAscii(result.filePath)}">${errors.join("")}</file>`;
  });
  // No newline at the end, as ESLint's; the CLI adds one.
  return `<?xml version="1.0" encoding="utf-8"?><checkstyle version="4.3">${files.join("")}</checkstyle>`;
};
