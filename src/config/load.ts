/**
 * Reads and validates `.enginelint.yaml` (spec output-and-cli §10). The only module that loads yaml
 * and ajv, so the CLI imports it lazily, when there is a configuration file.
 *
 * Order: YAML errors first (and nothing else then: with a duplicate key `toJS()` silently keeps the
 * later value, so the schema would see a file the user did not write); then the file schema, each
 * rule's options, unknown rule ids and the engines' settings schemas, all reported together.
 */
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import type { Ajv2020, SchemaObject, ValidateFunction } from "ajv/dist/2020.js";
import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from "yaml";
import type { EngineId } from "../core/diagnostic.js";
import { displayPath, toProblems, type Problem } from "./messages.js";
import { ConfigError, type ConfigContext, type EngineSettings, type KnownRule, type LoadedConfig } from "./model.js";
import { isRawSeverity, normalizeSeverity, SEVERITY_VALUES, type RawSeverity } from "./severity.js";
import { suggestRuleId } from "../core/did-you-mean.js";
import validateConfigFile from "./file-validator.js";
import { createAjv, readConfigSchema } from "./schema.js";
import { DEFAULT_LINTER_OPTIONS, type LinterOptions, type RuleSetting } from "./types.js";

export { ConfigError, type ConfigContext, type LoadedConfig } from "./model.js";

const SEVERITY_MESSAGE = `expected a severity (${SEVERITY_VALUES.join(", ")})`;
const RULE_ENTRY_MESSAGE = `${SEVERITY_MESSAGE} or [severity, options]`;

export function loadConfig(path: string, context: ConfigContext): LoadedConfig {
  const filePath = resolve(context.cwd, path);
  // `--config .` names the working directory itself, whose relative path is empty.
  const shownPath = relative(context.cwd, filePath) || filePath;
  const text = readConfigText(filePath, shownPath);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(errorLines(shownPath, doc.errors.map((error) => yamlErrorAt(doc, lineCounter, error))));
  }
  const data = documentData(doc, shownPath);
  const problems = [...schemaProblems(data), ...ruleProblems(data, context), ...settingsProblems(data, context)];
  if (problems.length > 0) {
    throw new ConfigError(errorLines(shownPath, problems.map((problem) => problemAt(doc, lineCounter, problem))));
  }
  // The schema has accepted the data, so it has this shape.
  return buildConfig(data as RawConfig, filePath);
}

function readConfigText(filePath: string, shownPath: string): string {
  try {
    return readFileSync(filePath, "utf8");
  } catch (error) {
    throw new ConfigError([`${shownPath}: error: cannot read the configuration file: ${readFailure(error)}`]);
  }
}

const READ_FAILURES: Readonly<Record<string, string>> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory",
};

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code !== undefined ? READ_FAILURES[code] : undefined) ?? (error instanceof Error ? error.message : String(error));
}

/** An empty file (or comments only) is an empty configuration, not an error. */
function documentData(doc: Document, shownPath: string): unknown {
  if (doc.contents === null) return {};
  try {
    return doc.toJS();
  } catch (error) {
    // toJS refuses alias bombs ("excessive alias count"); that is the user's file, not our crash.
    throw new ConfigError([`${shownPath}: error: ${error instanceof Error ? error.message : String(error)}`]);
  }
}

interface Positioned {
  line: number;
  col: number;
  message: string;
}

/** In document order, as a compiler reports; the same line twice says nothing more. */
function errorLines(shownPath: string, errors: readonly Positioned[]): string[] {
  const sorted = [...errors].sort((a, b) => a.line - b.line || a.col - b.col);
  return [...new Set(sorted.map(({ line, col, message }) => `${shownPath}:${line}:${col}: error: ${message}`))];
}

function yamlErrorAt(doc: Document, lineCounter: LineCounter, error: YAMLError): Positioned {
  const { line, col } = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
  if (error.code === "DUPLICATE_KEY") {
    const key = keyAt(doc, error.pos[0]);
    return { line, col, message: `duplicate key${key === undefined ? "" : ` ${JSON.stringify(key)}`} (YAML keys must be unique)` };
  }
  // yaml's own wording here advises its API ("please use YAML.parseAllDocuments()"), not the user.
  if (error.code === "MULTIPLE_DOCS") return { line, col, message: "a configuration file holds a single YAML document (found a second one)" };
  return { line, col, message: plainYamlMessage(error.message) };
}

/** yaml's message without what `prettyErrors` appends (the position and a source excerpt): we print our own. */
function plainYamlMessage(message: string): string {
  const plain = message.replace(/ at line \d+, column \d+[\s\S]*$/, "");
  // "Map keys must be unique" reads as "error: map keys must be unique"; "YAML …" keeps its capitals.
  return /^[A-Z][a-z]/.test(plain) ? plain.charAt(0).toLowerCase() + plain.slice(1) : plain;
}

function keyAt(doc: Document, offset: number): string | undefined {
  let found: string | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
        found = String(pair.key.value);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Walks the YAML tree along the problem's path as far as it exists (defaults merged into options are not in the file). */
function problemAt(doc: Document, lineCounter: LineCounter, problem: Problem): Positioned {
  let node: unknown = doc.contents;
  let offset = startOf(node) ?? 0;
  for (const [index, segment] of problem.path.entries()) {
    const current = isAlias(node) ? node.resolve(doc) : node;
    let next: unknown;
    if (isMap(current)) {
      const pair = current.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
      if (pair === undefined) break;
      if (problem.atKey && index === problem.path.length - 1) {
        offset = startOf(pair.key) ?? offset;
        break;
      }
      // `key:` with nothing after it has no value node: point at the key.
      next = pair.value ?? pair.key;
    } else if (isSeq(current)) {
      next = current.items[Number(segment)];
    }
    if (next === undefined) break;
    node = next;
    offset = startOf(node) ?? offset;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, col, message: problem.message };
}

function startOf(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}

function schemaProblems(data: unknown): Problem[] {
  return validateConfigFile(data) ? [] : toProblems(validateConfigFile.errors ?? [], [], definitionMessages());
}

/**
 * Errors of these definitions get one message for the whole value. Matched by content: the bundle's
 * validator (file-validator.ts) has its own copies of the schema's objects.
 */
function definitionMessages(): [object, string][] {
  const definitions = readConfigSchema()["$defs"] as Readonly<Record<string, object>> | undefined;
  const ruleEntry = definitions?.["ruleEntry"];
  const severity = definitions?.["severity"];
  if (ruleEntry === undefined || severity === undefined) throw new Error("the configuration schema lacks $defs.ruleEntry or $defs.severity");
  return [
    [ruleEntry, RULE_ENTRY_MESSAGE],
    [severity, SEVERITY_MESSAGE],
  ];
}

/** The top level and every override: the places that hold `rules` and `settings`, with their paths. */
function sections(data: unknown): { base: string[]; section: Readonly<Record<string, unknown>> }[] {
  if (!isPlainObject(data)) return [];
  const overrides = Array.isArray(data["overrides"]) ? data["overrides"] : [];
  return [
    { base: [], section: data },
    ...overrides.flatMap((override: unknown, index) => (isPlainObject(override) ? [{ base: ["overrides", String(index)], section: override }] : [])),
  ];
}

function ruleProblems(data: unknown, context: ConfigContext): Problem[] {
  return sections(data).flatMap(({ base, section }) => {
    const rules = section["rules"];
    if (!isPlainObject(rules)) return [];
    return Object.entries(rules).flatMap(([ruleId, entry]) => {
      const path = [...base, "rules", ruleId];
      const rule = context.rules.get(ruleId);
      if (rule === undefined) return [unknownRule(path, ruleId, context)];
      const options = parseRuleEntry(entry)?.options;
      // A malformed entry has its schema error already; its options mean nothing yet.
      return options === undefined ? [] : optionProblems(rule, ruleId, options, [...path, "1"]);
    });
  });
}

function unknownRule(path: readonly string[], ruleId: string, context: ConfigContext): Problem {
  const suggestion = suggestRuleId(ruleId, context.rules.keys());
  const hint = suggestion === undefined ? "" : ` (did you mean ${JSON.stringify(suggestion)}?)`;
  return { path, atKey: true, message: `${displayPath(path.slice(0, -1))}: unknown rule ${JSON.stringify(ruleId)}${hint}` };
}

/**
 * Validated merged over the defaults, as the rule will receive them, so that a schema's `required`
 * means what it says. A rule without a schema takes no options (as in ESLint 9): options given to it
 * are a mistake, not something to ignore.
 */
function optionProblems(rule: KnownRule, ruleId: string, options: Readonly<Record<string, unknown>>, path: string[]): Problem[] {
  if (rule.schema === undefined) {
    return Object.keys(options).length === 0 ? [] : [{ path, atKey: false, message: `${displayPath(path)}: rule ${JSON.stringify(ruleId)} takes no options` }];
  }
  const validate = compile(rule.schema);
  return validate({ ...rule.defaultOptions, ...options }) ? [] : toProblems(validate.errors ?? [], path);
}

function settingsProblems(data: unknown, context: ConfigContext): Problem[] {
  return sections(data).flatMap(({ base, section }) => {
    const settings = section["settings"];
    if (!isPlainObject(settings)) return [];
    return Object.entries(settings).flatMap(([engine, value]) => {
      const schema = context.settingsSchemas[engine as EngineId];
      if (schema === undefined || !isPlainObject(value)) return [];
      const validate = compile(schema);
      return validate(value) ? [] : toProblems(validate.errors ?? [], [...base, "settings", engine]);
    });
  });
}

let ajv: Ajv2020 | undefined;

/** Made on first use: it caches compiled schemas by object identity, so a rule's schema is compiled once per process. */
function compile(schema: object): ValidateFunction {
  ajv ??= createAjv();
  return ajv.compile(schema as SchemaObject);
}

/** A severity, `[severity]` or `[severity, { options }]`; undefined for anything else. */
function parseRuleEntry(entry: unknown): RuleSetting | undefined {
  const [severity, options, ...rest] = Array.isArray(entry) ? (entry as unknown[]) : [entry];
  if (!isRawSeverity(severity) || rest.length > 0) return undefined;
  if (options === undefined) return { severity: normalizeSeverity(severity) };
  return isPlainObject(options) ? { severity: normalizeSeverity(severity), options } : undefined;
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The document's data once the schema has accepted it. */
interface RawConfig {
  ignores?: string[];
  engines?: Partial<Record<EngineId, string[]>>;
  linterOptions?: { noInlineConfig?: boolean; reportUnusedDisableDirectives?: RawSeverity; requireDirectiveReason?: boolean };
  settings?: EngineSettings;
  rules?: Readonly<Record<string, unknown>>;
  overrides?: { files: string[]; ignores?: string[]; settings?: EngineSettings; rules?: Readonly<Record<string, unknown>> }[];
}

function buildConfig(raw: RawConfig, filePath: string): LoadedConfig {
  return {
    filePath,
    directory: dirname(filePath),
    rules: ruleSettings(raw.rules),
    settings: raw.settings ?? {},
    linterOptions: linterOptions(raw.linterOptions),
    ignores: raw.ignores ?? [],
    engines: raw.engines ?? {},
    overrides: (raw.overrides ?? []).map((override) => ({
      files: override.files,
      ignores: override.ignores ?? [],
      rules: ruleSettings(override.rules),
      settings: override.settings ?? {},
    })),
  };
}

function ruleSettings(rules: Readonly<Record<string, unknown>> = {}): Record<string, RuleSetting> {
  // Every entry parses: the schema accepted it.
  return Object.fromEntries(
    Object.entries(rules).flatMap(([ruleId, entry]) => {
      const setting = parseRuleEntry(entry);
      return setting === undefined ? [] : [[ruleId, setting]];
    }),
  );
}

function linterOptions(raw: RawConfig["linterOptions"] = {}): LinterOptions {
  return {
    noInlineConfig: raw.noInlineConfig ?? DEFAULT_LINTER_OPTIONS.noInlineConfig,
    reportUnusedDisableDirectives:
      raw.reportUnusedDisableDirectives === undefined ? DEFAULT_LINTER_OPTIONS.reportUnusedDisableDirectives : normalizeSeverity(raw.reportUnusedDisableDirectives),
    requireDirectiveReason: raw.requireDirectiveReason ?? DEFAULT_LINTER_OPTIONS.requireDirectiveReason,
  };
}
