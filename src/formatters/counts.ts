import type { Diagnostic, Severity } from "../core/diagnostic.js";

/** A fatal finding (parse error, unreadable file) is an error whatever its configured severity. */
export const effectiveSeverity = (message: Diagnostic): Severity =>
  message.fatal === true ? "error" : message.severity;

/** ESLint's `LintResult` counters, plus infos, which ESLint does not have. */
export interface Counts {
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

export const ZERO_COUNTS: Counts = {
  errorCount: 0,
  fatalErrorCount: 0,
  warningCount: 0,
  infoCount: 0,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
};

export const addCounts = (a: Counts, b: Counts): Counts => ({
  errorCount: a.errorCount + b.errorCount,
  fatalErrorCount: a.fatalErrorCount + b.fatalErrorCount,
  warningCount: a.warningCount + b.warningCount,
  infoCount: a.infoCount + b.infoCount,
  fixableErrorCount: a.fixableErrorCount + b.fixableErrorCount,
  fixableWarningCount: a.fixableWarningCount + b.fixableWarningCount,
});

/**
 * Counts one file's reported (not suppressed) messages as ESLint does. A fixable info counts in no
 * fixable counter: ESLint's counters only know errors and warnings.
 */
export function countMessages(messages: readonly Diagnostic[]): Counts {
  let counts = ZERO_COUNTS;
  for (const message of messages) {
    const severity = effectiveSeverity(message);
    const fixable = message.fix !== undefined ? 1 : 0;
    counts = addCounts(counts, {
      errorCount: severity === "error" ? 1 : 0,
      fatalErrorCount: message.fatal === true ? 1 : 0,
      warningCount: severity === "warning" ? 1 : 0,
      infoCount: severity === "info" ? 1 : 0,
      fixableErrorCount: severity === "error" ? fixable : 0,
      fixableWarningCount: severity === "warning" ? fixable : 0,
    });
  }
  return counts;
}
