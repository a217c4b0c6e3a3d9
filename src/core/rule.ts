/**
 * The rule contract (after ESLint's `meta` + function, and hadolint's pure checks): a rule is a pure
 * function of a parsed document that reports through its context. It never sees files, output
 * formats or configuration files.
 */
import type { Applicability, ConfiguredSeverity, DiagnosticData, Edit, EngineId, Severity } from "./diagnostic.js";
import type { Source } from "./source.js";

export interface Span {
  start: number;
  end: number;
}

/** Where a finding about the whole file, or about a key that is absent, points: the top of the file. */
export const FILE_START: Readonly<Span> = { start: 0, end: 0 };

export type JsonSchema = Readonly<Record<string, unknown>>;

export interface RuleMeta<O extends object> {
  /** `<engine>/<kebab-name>`; its page is `docs/rules/<engine>/<kebab-name>.md`. */
  id: string;
  engine: EngineId;
  type: "problem" | "suggestion";
  /** One line, no final period (list output, SARIF `shortDescription`). */
  description: string;
  defaultSeverity: ConfiguredSeverity;
  /** Reports why the engine cannot read the file; runs instead of the document rules, on the parse failure. */
  fatal?: boolean;
  /** Applicability of the `fix` this rule attaches (suggestions are always unsafe). */
  fixable?: Applicability;
  hasSuggestions?: boolean;
  /** JSON Schema of the single options object. */
  schema?: JsonSchema;
  defaultOptions: O;
  /** Message templates with `{{name}}` placeholders. */
  messages: Readonly<Record<string, string>>;
}

export interface ReportDescriptor {
  messageId: string;
  /** Placeholder values; rules pass values already made safe for display (see core/display.ts). */
  values?: Readonly<Record<string, string | number>>;
  span: Span;
  /**
   * This finding's severity when it differs from the rule's default (a hard limit broken where the
   * rule otherwise only warns). Honoured only while the rule runs at its default severity, so a
   * severity set in the configuration still applies to every finding of the rule.
   */
  severity?: Severity;
  data?: DiagnosticData;
  /** Edits of a safe fix; only for rules whose `meta.fixable` is `safe`. */
  fix?: Edit[];
  /** Unsafe remedies: a description, and the edits when the remedy can be applied mechanically. */
  suggestions?: { desc: string; edits?: Edit[] }[];
}

export interface RuleContext<D, O extends object, S extends object> {
  readonly document: D;
  readonly source: Source;
  readonly options: Readonly<O>;
  readonly settings: Readonly<S>;
  /** The path as the user named it (or `<text>`); for messages that quote libvirt's own wording. */
  readonly filePath: string;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule<D, O extends object, S extends object> {
  readonly meta: RuleMeta<O>;
  // Method syntax keeps rules with different option types assignable to one registry list.
  check(context: RuleContext<D, O, S>): void;
}

export function defineRule<D, O extends object, S extends object>(rule: Rule<D, O, S>): Rule<D, O, S> {
  return rule;
}

/** Fills `{{name}}` placeholders; an unknown placeholder is left as written so tests notice it. */
export function renderMessage(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
