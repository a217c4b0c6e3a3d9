/**
 * The baseline of existing findings (output-and-cli §12), after ESLint's bulk suppressions
 * (eslint/eslint `lib/services/suppressions-service.js`): per file and rule, how many error-severity
 * findings are accepted. Pure functions of the results and the baseline; the CLI reads and writes the file.
 */
import { relative, sep } from "node:path";
import { compareDiagnostics, type Diagnostic, type FileResult, type SuppressedDiagnostic } from "./diagnostic.js";

export interface SuppressionCount {
  count: number;
}

/** `{ "<path relative to the working directory>": { "<ruleId>": { count } } }`. */
export type Suppressions = Record<string, Record<string, SuppressionCount>>;

export const UNUSED_SUPPRESSIONS_MESSAGE =
  "There are suppressions left that do not occur anymore. To resolve this, re-run the command with `--prune-suppressions` to remove unused suppressions. To ignore unused suppressions, use `--pass-on-unpruned-suppressions`.";

/** A suppressions file that is not valid JSON or not of the baseline's shape. */
export class SuppressionsFormatError extends Error {}

/** The key of a file: relative to the working directory, `/`-separated on every platform (as ESLint). */
export function suppressionKey(cwd: string, filePath: string): string {
  return relative(cwd, filePath).split(sep).join("/");
}

/**
 * Counts the findings a baseline can hold, by rule: error severity only (warnings are governed by
 * `--max-warnings`), and never fatal ones, so a file the engine cannot read never passes silently.
 */
export function countSuppressible(messages: readonly Diagnostic[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of messages) {
    if (isSuppressible(message)) counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
  }
  return counts;
}

const isSuppressible = (message: Diagnostic): boolean => message.severity === "error" && message.fatal !== true;

/**
 * Whether the rules ran on a file. A fatal finding (the engine cannot read the file) replaces every
 * other finding, so such a file counts as not linted: its entries are kept, neither re-recorded, pruned
 * nor reported as stale — fixing the parse error brings back exactly what was recorded.
 */
const rulesRan = (result: FileResult): boolean => !result.messages.some((message) => message.fatal === true);

/**
 * `--suppress-all` (no `rules`) or `--suppress-rule` (`rules`): for every file the rules ran on, the
 * entries of the selected rules become the current counts (removed where the rule no longer occurs);
 * other rules' entries and files not linted in this run are kept.
 */
export function recordSuppressions(
  baseline: Suppressions,
  results: readonly FileResult[],
  cwd: string,
  rules?: readonly string[],
): Suppressions {
  const selected = (ruleId: string): boolean => rules === undefined || rules.includes(ruleId);
  const next = cloneSuppressions(baseline);
  for (const result of results.filter(rulesRan)) {
    const key = suppressionKey(cwd, result.filePath);
    const entries = Object.fromEntries(Object.entries(own(next, key) ?? {}).filter(([ruleId]) => !selected(ruleId)));
    for (const [ruleId, count] of countSuppressible(result.messages)) {
      if (selected(ruleId)) define(entries, ruleId, { count });
    }
    setFile(next, key, entries);
  }
  return next;
}

/**
 * `--prune-suppressions`: lowers each entry of a file the rules ran on to the findings that still occur,
 * and removes it when none do. Never raises a count (more findings than recorded are reported, not accepted).
 */
export function pruneSuppressions(baseline: Suppressions, results: readonly FileResult[], cwd: string): Suppressions {
  const next = cloneSuppressions(baseline);
  for (const result of results.filter(rulesRan)) {
    const key = suppressionKey(cwd, result.filePath);
    const recorded = own(next, key);
    if (recorded === undefined) continue;
    const counts = countSuppressible(result.messages);
    const entries: Record<string, SuppressionCount> = {};
    for (const [ruleId, { count }] of Object.entries(recorded)) {
      const occurring = Math.min(count, counts.get(ruleId) ?? 0);
      if (occurring > 0) define(entries, ruleId, { count: occurring });
    }
    setFile(next, key, entries);
  }
  return next;
}

export interface AppliedSuppressions {
  results: FileResult[];
  /** What the baseline allows beyond the findings of this run's files: non-empty means stale entries. */
  unused: Suppressions;
}

/**
 * Applies a baseline: where a file has at most `count` suppressible findings of a rule, all of them move
 * to `suppressedMessages` (`kind: "file"`); where it has more, all are reported. Entries of files not
 * linted in this run, or that the rules did not run on, are neither applied nor unused. The input
 * results are not modified.
 */
export function applySuppressions(results: readonly FileResult[], baseline: Suppressions, cwd: string): AppliedSuppressions {
  const unused: Suppressions = {};
  const applied = results.map((result): FileResult => {
    const key = suppressionKey(cwd, result.filePath);
    const recorded = own(baseline, key);
    if (recorded === undefined || !rulesRan(result)) return result;
    const counts = countSuppressible(result.messages);
    const suppressedRules = new Set<string>();
    const left: Record<string, SuppressionCount> = {};
    for (const [ruleId, { count }] of Object.entries(recorded)) {
      const occurring = counts.get(ruleId) ?? 0;
      if (occurring > 0 && occurring <= count) suppressedRules.add(ruleId);
      if (occurring < count) define(left, ruleId, { count: count - occurring });
    }
    setFile(unused, key, left);
    if (suppressedRules.size === 0) return result;
    const moved = new Set(result.messages.filter((message) => isSuppressible(message) && suppressedRules.has(message.ruleId)));
    return {
      ...result,
      messages: result.messages.filter((message) => !moved.has(message)),
      suppressedMessages: [...result.suppressedMessages, ...[...moved].map(fromBaseline)].sort(compareDiagnostics),
    };
  });
  return { results: applied, unused };
}

const fromBaseline = (message: Diagnostic): SuppressedDiagnostic => ({ ...message, suppressions: [{ kind: "file", justification: "" }] });

export function hasSuppressions(suppressions: Suppressions): boolean {
  return Object.keys(suppressions).length > 0;
}

/** The file's text: keys sorted at both levels (code-unit order), 2-space indentation, trailing newline. */
export function serializeSuppressions(suppressions: Suppressions): string {
  const sorted = Object.fromEntries(
    sortedKeys(suppressions).map((file) => {
      const rules = suppressions[file]!;
      return [file, Object.fromEntries(sortedKeys(rules).map((ruleId) => [ruleId, { count: rules[ruleId]!.count }]))];
    }),
  );
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** Reads the file's text, checking its shape so a hand-edited baseline fails loudly rather than silently. */
export function parseSuppressions(text: string): Suppressions {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SuppressionsFormatError(`invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isPlainObject(value)) throw new SuppressionsFormatError("expected an object of files");
  const suppressions: Suppressions = {};
  for (const [file, rules] of Object.entries(value)) {
    if (!isPlainObject(rules)) throw new SuppressionsFormatError(`"${file}": expected an object of rules`);
    const entries: Record<string, SuppressionCount> = {};
    for (const [ruleId, entry] of Object.entries(rules)) {
      const count = isPlainObject(entry) ? entry.count : undefined;
      if (typeof count !== "number" || !Number.isInteger(count) || count < 1) {
        throw new SuppressionsFormatError(`"${file}" → "${ruleId}": expected { "count": N } with a positive integer N`);
      }
      define(entries, ruleId, { count });
    }
    setFile(suppressions, file, entries);
  }
  return suppressions;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const sortedKeys = (record: object): string[] => Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function cloneSuppressions(suppressions: Suppressions): Suppressions {
  return Object.fromEntries(
    Object.entries(suppressions).map(([file, rules]) => [
      file,
      Object.fromEntries(Object.entries(rules).map(([ruleId, { count }]) => [ruleId, { count }])),
    ]),
  );
}

/** A file without entries is removed rather than kept as `{}`. */
function setFile(suppressions: Suppressions, key: string, entries: Record<string, SuppressionCount>): void {
  if (Object.keys(entries).length > 0) define(suppressions, key, entries);
  else delete suppressions[key];
}

// Keys are file paths and rule ids from a file users edit: `__proto__` must stay a key like any other
// (plain assignment would set the prototype, plain lookup would find Object.prototype).
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function define<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
