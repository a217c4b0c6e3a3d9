/**
 * GitHub Actions workflow commands (spec §5.8): one `::error`/`::warning`/`::notice` line per finding,
 * which the runner turns into an annotation on the file. Escaping is the toolkit's (actions/toolkit
 * `packages/core/src/command.ts`), so a message can never end the command early or forge another.
 */
import type { Diagnostic, Severity } from "../core/diagnostic.js";
import { effectiveSeverity } from "./counts.js";
import { projectRelativePath } from "./paths.js";
import type { Formatter } from "./types.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/** The toolkit's `escapeData`: `%` first, so the escapes it writes are not escaped again. */
const escapeData = (text: string): string =>
  text.replace(/%/gu, "%25").replace(/\r/gu, "%0D").replace(/\n/gu, "%0A");

/** The toolkit's `escapeProperty`: also `:` and `,`, which end a property. */
const escapeProperty = (text: string): string =>
  escapeData(text).replace(/:/gu, "%3A").replace(/,/gu, "%2C");

function command(path: string, finding: Diagnostic): string {
  const properties: Record<string, string | number> = {
    file: path,
    line: finding.line,
    endLine: finding.endLine,
    // The toolkit: columns "cannot be sent when startLine and endLine are different values".
    ...(finding.endLine === finding.line && { col: finding.column, endColumn: finding.endColumn }),
    title: finding.ruleId,
  };
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  // The log shows only the message, so it repeats where the finding is.
  const message = `${path}:${finding.line}:${finding.column}: ${finding.message} [${finding.ruleId}]`;
  return `::${COMMAND[effectiveSeverity(finding)]} ${props}::${escapeData(message)}`;
}

/** One line per finding, no final newline (the CLI adds it); nothing at all for a clean run. */
export const github: Formatter = (results, context) =>
  results
    .flatMap((result) => {
      const path = projectRelativePath(result.filePath, context.projectRoot);
      return result.messages.map((finding) => command(path, finding));
    })
    .join("\n");
