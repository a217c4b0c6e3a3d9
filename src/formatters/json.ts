/**
 * ESLint's `json` formatter: `JSON.stringify` of `LintResult[]` (spec §5.2), so every ESLint
 * formatter and importer reads it. Objects are built key by key because the key order is part of the
 * byte-level contract, and because copying a diagnostic whole would leak fields ESLint does not have
 * (`start`/`end`) — there is never a `source` property either, as the file text may hold passwords.
 */
import type {
  Diagnostic,
  DiagnosticData,
  FileResult,
  Suggestion,
  SuppressedDiagnostic,
  Suppression,
  TextFix,
} from "../core/diagnostic.js";
import { countMessages, effectiveSeverity } from "./counts.js";
import type { Formatter } from "./types.js";

export interface JsonSuggestion {
  desc: string;
  fix?: TextFix;
}

export interface JsonMessage {
  ruleId: string;
  fatal?: true;
  /** ESLint knows only 2 (error) and 1 (warning); infos are 1 and carry `enginelintSeverity`. */
  severity: 1 | 2;
  enginelintSeverity?: "info";
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  messageId?: string;
  data?: DiagnosticData;
  fix?: TextFix;
  suggestions?: JsonSuggestion[];
}

export interface JsonSuppressedMessage extends JsonMessage {
  suppressions: Suppression[];
}

export interface JsonLintResult {
  filePath: string;
  messages: JsonMessage[];
  suppressedMessages: JsonSuppressedMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: [];
}

const jsonFix = (fix: TextFix): TextFix => ({ range: [fix.range[0], fix.range[1]], text: fix.text });

const jsonSuggestion = (suggestion: Suggestion): JsonSuggestion => ({
  desc: suggestion.desc,
  ...(suggestion.fix !== undefined && { fix: jsonFix(suggestion.fix) }),
});

function jsonMessage(message: Diagnostic): JsonMessage {
  const severity = effectiveSeverity(message);
  return {
    ruleId: message.ruleId,
    ...(message.fatal === true && { fatal: true }),
    severity: severity === "error" ? 2 : 1,
    ...(severity === "info" && { enginelintSeverity: "info" }),
    message: message.message,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    ...(message.messageId !== undefined && { messageId: message.messageId }),
    ...(message.data !== undefined && { data: message.data }),
    ...(message.fix !== undefined && { fix: jsonFix(message.fix) }),
    // ESLint omits the property rather than printing an empty list.
    ...(message.suggestions !== undefined &&
      message.suggestions.length > 0 && { suggestions: message.suggestions.map(jsonSuggestion) }),
  };
}

const jsonSuppressedMessage = (message: SuppressedDiagnostic): JsonSuppressedMessage => ({
  ...jsonMessage(message),
  suppressions: message.suppressions.map(({ kind, justification }) => ({ kind, justification })),
});

export function jsonResult(result: FileResult): JsonLintResult {
  // Suppressed findings are reported but, as in ESLint, never counted.
  const counts = countMessages(result.messages);
  return {
    filePath: result.filePath,
    messages: result.messages.map(jsonMessage),
    suppressedMessages: result.suppressedMessages.map(jsonSuppressedMessage),
    errorCount: counts.errorCount,
    fatalErrorCount: counts.fatalErrorCount,
    warningCount: counts.warningCount,
    fixableErrorCount: counts.fixableErrorCount,
    fixableWarningCount: counts.fixableWarningCount,
    usedDeprecatedRules: [],
  };
}

/** One line without a trailing newline; the CLI adds it. Clean files are listed too. */
export const json: Formatter = (results) => JSON.stringify(results.map(jsonResult));
