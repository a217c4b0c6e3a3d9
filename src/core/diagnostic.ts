/** The diagnostic model shared by the linter and the formatters (formatters know nothing else). */

export type Severity = "error" | "warning" | "info";
export type ConfiguredSeverity = Severity | "off";
export type EngineId = "qemu" | "nova" | "ovirt";

/** A replacement of the half-open UTF-16 range [start, end) of the file's text (what rules produce). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Ruff's applicability: only `safe` fixes change nothing the author meant and run under `--fix`. */
export type Applicability = "safe" | "unsafe";

/** ESLint's fix shape: several edits of one fix are merged into one range by the linter. */
export interface TextFix {
  range: [number, number];
  text: string;
}

/** A remedy offered to the user (unsafe: it changes what the file means); without `fix` it is advice. */
export interface Suggestion {
  desc: string;
  fix?: TextFix;
}

/** Machine-readable facts a rule attaches to a finding (JSON `data`). */
export type DiagnosticData = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  fatal?: boolean;
  message: string;
  messageId?: string;
  /** 1-based; `endColumn` is exclusive. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 offsets of the primary range. */
  start: number;
  end: number;
  data?: DiagnosticData;
  /** The safe fix (applied by `--fix`). */
  fix?: TextFix;
  suggestions?: Suggestion[];
}

export interface Suppression {
  kind: "directive" | "file";
  justification: string;
}

export interface SuppressedDiagnostic extends Diagnostic {
  suppressions: Suppression[];
}

/** One linted file, as every formatter receives it. */
export interface FileResult {
  /** Absolute path, or `<text>` for unnamed standard input. */
  filePath: string;
  messages: Diagnostic[];
  suppressedMessages: SuppressedDiagnostic[];
  /**
   * SARIF's `primaryLocationLineHash` of each of the findings' start lines, keyed by line, computed
   * where the file was linted so that its text need not be kept; only when SARIF is among the formats.
   */
  lineHashes?: Readonly<Record<number, string>>;
}

export const compareDiagnostics = (a: Diagnostic, b: Diagnostic): number =>
  a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
