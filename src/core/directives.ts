/**
 * Inline suppressions (`# enginelint-disable…`, output-and-cli §11), engine-neutral: the engine says
 * where comments and statements are; this module decides what each directive covers, moves covered
 * findings to the suppressed list and reports directives that are unused or invalid.
 */
import type { DirectiveSites } from "../engines/engine.js";
import type { ConfiguredSeverity, Diagnostic, EngineId, SuppressedDiagnostic } from "./diagnostic.js";
import type { RuleMeta, Span } from "./rule.js";
import type { Source } from "./source.js";

type DirectiveKind = "disable-next-line" | "disable-line" | "disable-file" | "disable" | "enable";

interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  reason: string | undefined;
  span: Span;
  /** Lines covered by a line-scoped directive (inclusive). */
  lines?: { from: number; to: number };
}

export interface DirectiveOptions {
  engine: EngineId;
  knownRuleIds: ReadonlySet<string>;
  unusedSeverity: ConfiguredSeverity;
  requireReason: boolean;
}

const DIRECTIVE = /^\s*enginelint-([a-z-]+)(?:\s+([\s\S]*))?$/;

/**
 * Whether a comment can hold a directive at all: the engines offer only these as sites, since stock
 * files hold a thousand comments each and a fleet millions, of which next to none are directives.
 */
/** What every directive holds; a text without it holds no directive. */
export const DIRECTIVE_WORD = "enginelint-";

export function mayHoldDirective(text: string): boolean {
  return DIRECTIVE_START.test(text);
}

const DIRECTIVE_START = /^\s*enginelint-/;
const KINDS: readonly DirectiveKind[] = ["disable-next-line", "disable-line", "disable-file", "disable", "enable"];

export function unusedDirectiveRuleId(engine: EngineId): string {
  return `${engine}/unused-disable-directive`;
}

export function invalidDirectiveRuleId(engine: EngineId): string {
  return `${engine}/invalid-directive`;
}

/** The metadata of the two findings this module reports, for `--list-rules`, `--explain` and SARIF. */
export function directiveRuleMetas(engine: EngineId): RuleMeta<Record<string, never>>[] {
  return [
    {
      id: unusedDirectiveRuleId(engine),
      engine,
      type: "suggestion",
      description: "An enginelint-disable directive suppresses nothing",
      defaultSeverity: "warning",
      defaultOptions: {},
      messages: {},
    },
    {
      id: invalidDirectiveRuleId(engine),
      engine,
      type: "problem",
      description: "An enginelint directive names an unknown rule or lacks a required reason",
      defaultSeverity: "warning",
      defaultOptions: {},
      messages: {},
    },
  ];
}

export function applyDirectives(
  diagnostics: Diagnostic[],
  sites: DirectiveSites,
  source: Source,
  options: DirectiveOptions,
): { messages: Diagnostic[]; suppressedMessages: SuppressedDiagnostic[] } {
  const reports: Diagnostic[] = [];
  const directives: Directive[] = [];
  for (const comment of sites.comments) {
    const parsed = parseDirective(comment.text, comment.span);
    if (!parsed) continue;
    if (typeof parsed === "string") {
      reports.push(directiveFinding(options, source, comment.span, invalidDirectiveRuleId(options.engine), parsed));
      continue;
    }
    const problem = validate(parsed, options);
    if (problem) {
      reports.push(directiveFinding(options, source, comment.span, invalidDirectiveRuleId(options.engine), problem));
      continue;
    }
    const lines = coveredLines(parsed.kind, comment, sites.statements, source);
    directives.push(lines ? { ...parsed, lines } : parsed);
  }

  const used = new Map<Directive, Set<string>>();
  const messages: Diagnostic[] = [];
  const suppressedMessages: SuppressedDiagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const covering = directives.filter((directive) => covers(directive, diagnostic, directives));
    if (covering.length === 0) {
      messages.push(diagnostic);
      continue;
    }
    for (const directive of covering) {
      const ids = used.get(directive) ?? new Set<string>();
      ids.add(diagnostic.ruleId);
      used.set(directive, ids);
    }
    suppressedMessages.push({
      ...diagnostic,
      suppressions: covering.map((directive) => ({ kind: "directive" as const, justification: directive.reason ?? "" })),
    });
  }

  for (const directive of directives) {
    if (directive.kind === "enable") continue;
    const hits = used.get(directive);
    const unusedRules = directive.rules.length === 0 ? (hits ? [] : [""]) : directive.rules.filter((id) => !hits?.has(id));
    for (const ruleId of unusedRules) {
      const message = ruleId
        ? `Unused enginelint-${directive.kind} directive (no problems were reported from '${ruleId}').`
        : `Unused enginelint-${directive.kind} directive (no problems were reported).`;
      reports.push(directiveFinding(options, source, directive.span, unusedDirectiveRuleId(options.engine), message));
    }
  }
  const severity = options.unusedSeverity;
  return { messages: severity === "off" ? messages : [...messages, ...reports], suppressedMessages };
}

/** A directive, an error message for a malformed one, or undefined for an ordinary comment. */
function parseDirective(text: string, span: Span): Omit<Directive, "lines"> | string | undefined {
  const match = DIRECTIVE.exec(text);
  if (!match) return undefined;
  const kind = KINDS.find((k) => k === match[1]);
  if (!kind) return `Unknown directive "enginelint-${match[1]}".`;
  const rest = (match[2] ?? "").trim();
  const separator = /(?:^|\s)--(?:\s|$)/.exec(rest);
  const list = separator ? rest.slice(0, separator.index) : rest;
  const reason = separator ? rest.slice(separator.index + separator[0].length).trim() : undefined;
  const rules = list
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  return { kind, rules, reason: reason === "" ? undefined : reason, span };
}

function validate(directive: Omit<Directive, "lines">, options: DirectiveOptions): string | undefined {
  const unknown = directive.rules.find((id) => !options.knownRuleIds.has(id));
  if (unknown) return `enginelint-${directive.kind} names "${unknown}", which is not a rule for this file.`;
  if (options.requireReason && directive.kind !== "enable" && !directive.reason) {
    return `enginelint-${directive.kind} needs a reason after "--" (linterOptions.requireDirectiveReason).`;
  }
  return undefined;
}

function coveredLines(
  kind: DirectiveKind,
  comment: DirectiveSites["comments"][number],
  statements: readonly Span[],
  source: Source,
): { from: number; to: number } | undefined {
  if (kind === "disable-next-line") {
    const next = statements.find((statement) => statement.start >= comment.span.end);
    // Nothing follows: an impossible line, so the directive shows up as unused.
    if (!next) return { from: 0, to: -1 };
    return { from: source.position(next.start).line, to: source.position(next.end).line };
  }
  if (kind === "disable-line") {
    const line = source.position(comment.span.start).line;
    const owner = [...statements].reverse().find((statement) => statement.end <= comment.span.start);
    const from = owner && !comment.ownLine ? source.position(owner.start).line : line;
    return { from, to: line };
  }
  return undefined;
}

function covers(directive: Directive, diagnostic: Diagnostic, all: readonly Directive[]): boolean {
  if (directive.kind === "enable") return false;
  if (directive.rules.length > 0 && !directive.rules.includes(diagnostic.ruleId)) return false;
  if (directive.lines) return diagnostic.line >= directive.lines.from && diagnostic.line <= directive.lines.to;
  if (directive.kind === "disable-file") return true;
  // A range: from the directive to the first later `enable` that re-enables this rule.
  if (diagnostic.start < directive.span.end) return false;
  const closing = all.find(
    (other) =>
      other.kind === "enable" &&
      other.span.start >= directive.span.end &&
      (other.rules.length === 0 || other.rules.includes(diagnostic.ruleId)),
  );
  return !closing || diagnostic.start < closing.span.start;
}

function directiveFinding(options: DirectiveOptions, source: Source, span: Span, ruleId: string, message: string): Diagnostic {
  const start = source.position(span.start);
  const end = source.position(span.end);
  return {
    ruleId,
    severity: options.unusedSeverity === "off" ? "warning" : options.unusedSeverity,
    message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    start: span.start,
    end: span.end,
  };
}
