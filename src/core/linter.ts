/**
 * One file through the pipeline: parse → rules → diagnostics → inline suppressions. Engines are
 * passed in (see engines/engine.ts), so the linter knows no file format and no output format.
 */
import type { FileConfig } from "../config/types.js";
import type { EngineRules, Stack } from "../engines/engine.js";
import { applyDirectives } from "./directives.js";
import { memoizeByObject } from "./memo.js";
import { compareDiagnostics, type Diagnostic, type Edit, type Severity, type SuppressedDiagnostic, type TextFix } from "./diagnostic.js";
import { renderMessage, type ReportDescriptor, type Rule } from "./rule.js";
import { createSource, type Source } from "./source.js";

export interface LintOutcome {
  messages: Diagnostic[];
  suppressedMessages: SuppressedDiagnostic[];
}

/** What the linter is given: the file's bytes, or only its size when it exceeds the engine's limit. */
export type LintInput = { source: Source } | { oversizeBytes: number };

/** A rule threw: a bug of ours, reported by the CLI as an internal error (exit 2). */
export class RuleCrash extends Error {
  constructor(ruleId: string, filePath: string, cause: unknown) {
    super(`rule ${ruleId} failed on ${filePath}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export function lintFile<D, F, S extends object>(
  binding: EngineRules<D, F, S>,
  input: LintInput,
  filePath: string,
  config: FileConfig,
  stack?: Stack,
): LintOutcome {
  const { engine } = binding;
  const settings = engineSettings(binding, config);
  if ("oversizeBytes" in input) {
    const failure = engine.oversize(filePath, input.oversizeBytes);
    return { messages: runRules(binding.fatalRules, failure, createSource(new Uint8Array()), settings, filePath, config, true), suppressedMessages: [] };
  }
  const { source } = input;
  const outcome = engine.parse(source, settings, stack);
  if (!outcome.ok) {
    return { messages: runRules(binding.fatalRules, outcome.failure, source, settings, filePath, config, true), suppressedMessages: [] };
  }
  const found = runRules(binding.rules, outcome.document, source, settings, filePath, config, false);
  const { messages, suppressedMessages } =
    config.linterOptions.noInlineConfig || !engine.directiveSites
    ? { messages: found, suppressedMessages: [] }
    : applyDirectives(found, engine.directiveSites(outcome.document), source, {
        engine: engine.id,
        knownRuleIds: ruleIdsOf(binding.rules),
        unusedSeverity: config.linterOptions.reportUnusedDisableDirectives,
        requireReason: config.linterOptions.requireDirectiveReason,
      });
  return { messages: messages.sort(compareDiagnostics), suppressedMessages: suppressedMessages.sort(compareDiagnostics) };
}

/** The ids of an engine's rules, for the directives that name them; built once per engine, not per file. */
const ruleIdsOf = memoizeByObject((rules: readonly { meta: { id: string } }[]): ReadonlySet<string> => new Set(rules.map((rule) => rule.meta.id)));

/** The engine's settings for one file: its defaults under the configuration's `settings.<engine>`. */
export function engineSettings<D, F, S extends object>(binding: EngineRules<D, F, S>, config: FileConfig): S {
  return { ...binding.engine.defaultSettings, ...(config.settings[binding.engine.id] ?? {}) } as S;
}

function runRules<D, S extends object>(
  rules: readonly Rule<D, object, S>[],
  document: D,
  source: Source,
  settings: S,
  filePath: string,
  config: FileConfig,
  fatal: boolean,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id];
    // A parse failure is always an error, as in ESLint: no rule can be judged on a file the engine refuses.
    const severity = fatal ? "error" : (setting?.severity ?? rule.meta.defaultSeverity);
    if (severity === "off") continue;
    // Shared, not copied, when the configuration gives no options: rules never change their options.
    const options = setting?.options ? { ...rule.meta.defaultOptions, ...setting.options } : rule.meta.defaultOptions;
    const report = (descriptor: ReportDescriptor): void => {
      const findingSeverity = descriptor.severity !== undefined && severity === rule.meta.defaultSeverity ? descriptor.severity : severity;
      diagnostics.push(toDiagnostic(rule, descriptor, source, findingSeverity, fatal));
    };
    try {
      rule.check({ document, source, options, settings, filePath, report });
    } catch (error) {
      throw new RuleCrash(rule.meta.id, filePath, error);
    }
  }
  return diagnostics;
}

function toDiagnostic<D, S extends object>(
  rule: Rule<D, object, S>,
  descriptor: ReportDescriptor,
  source: Source,
  severity: Severity,
  fatal: boolean,
): Diagnostic {
  const template = rule.meta.messages[descriptor.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message "${descriptor.messageId}"`);
  const start = source.position(descriptor.span.start);
  const end = source.position(descriptor.span.end);
  const diagnostic: Diagnostic = {
    ruleId: rule.meta.id,
    severity,
    message: renderMessage(template, descriptor.values),
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    start: descriptor.span.start,
    end: descriptor.span.end,
  };
  // Fatal findings carry no messageId, like ESLint's parse errors.
  if (fatal) diagnostic.fatal = true;
  else diagnostic.messageId = descriptor.messageId;
  if (descriptor.data) diagnostic.data = descriptor.data;
  if (descriptor.fix) diagnostic.fix = mergeEdits(descriptor.fix, source.text);
  if (descriptor.suggestions) {
    diagnostic.suggestions = descriptor.suggestions.map(({ desc, edits }) => (edits ? { desc, fix: mergeEdits(edits, source.text) } : { desc }));
  }
  return diagnostic;
}

/** Several edits of one fix become one range, as ESLint's `mergeFixes` does, so every format can carry it. */
function mergeEdits(edits: readonly Edit[], text: string): TextFix {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const first = sorted[0];
  if (!first) throw new Error("a fix needs at least one edit");
  let merged = "";
  let at = first.start;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error("the edits of one fix overlap");
    merged += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return { range: [first.start, at], text: merged };
}
