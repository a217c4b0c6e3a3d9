/** The command line (ESLint's flag names wherever ESLint has the concept), parsed and checked. */
import { parseArgs } from "node:util";
import type { ConfiguredSeverity, EngineId, Severity } from "../core/diagnostic.js";
import type { RuleOverride } from "../config/resolve.js";
import { isRawSeverity, normalizeSeverity } from "../config/severity.js";
import { isEngineId } from "../engines/detect.js";
import { FORMAT_NAMES, type FormatName } from "../formatters/index.js";
import type { Shard } from "./shard.js";

/** `--suppressions-location`'s default, in the working directory. */
export const DEFAULT_SUPPRESSIONS_LOCATION = "enginelint-suppressions.json";

export interface OutputTarget {
  format: FormatName;
  /** Absent: standard output. */
  file?: string;
}


export interface CliOptions {
  operands: string[];
  config?: string;
  configLookup: boolean;
  outputs: OutputTarget[];
  engine?: EngineId;
  stdin: boolean;
  stdinFilename?: string;
  quiet: boolean;
  maxWarnings: number;
  failOn: Severity;
  ruleOverrides: RuleOverride[];
  ignorePatterns: string[];
  ignore: boolean;
  inlineConfig: boolean;
  unusedDirectivesSeverity?: ConfiguredSeverity;
  errorOnUnmatchedPattern: boolean;
  exitOnFatalError: boolean;
  projectRoot?: string;
  color?: boolean;
  printConfig?: string;
  listRules: boolean;
  explain?: string;
  help: boolean;
  version: boolean;
  baseline: BaselineOptions;
  /** `--shard I/N`: lint only the files of this shard. */
  shard?: Shard;
}

/** The baseline flags (§12). */
export interface BaselineOptions {
  suppressAll: boolean;
  /** `--suppress-rule`, in the order given. */
  suppressRules: string[];
  /** `--suppressions-location`, as given (relative to the working directory). */
  location?: string;
  prune: boolean;
  passOnUnpruned: boolean;
}

/** A command line that cannot be run; the CLI prints the message and exits 2. */
export class UsageError extends Error {}

const FLAGS = {
  config: { type: "string", short: "c" },
  "no-config-lookup": { type: "boolean" },
  format: { type: "string", short: "f", multiple: true },
  "output-file": { type: "string", short: "o", multiple: true },
  engine: { type: "string" },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
  quiet: { type: "boolean" },
  "max-warnings": { type: "string" },
  "fail-on": { type: "string" },
  rule: { type: "string", multiple: true },
  "ignore-pattern": { type: "string", multiple: true },
  "no-ignore": { type: "boolean" },
  "no-inline-config": { type: "boolean" },
  "report-unused-disable-directives": { type: "boolean" },
  "report-unused-disable-directives-severity": { type: "string" },
  "no-error-on-unmatched-pattern": { type: "boolean" },
  "exit-on-fatal-error": { type: "boolean" },
  "project-root": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  "print-config": { type: "string" },
  "list-rules": { type: "boolean" },
  explain: { type: "string" },
  "suppress-all": { type: "boolean" },
  "suppress-rule": { type: "string", multiple: true },
  "suppressions-location": { type: "string" },
  "prune-suppressions": { type: "boolean" },
  "pass-on-unpruned-suppressions": { type: "boolean" },
  shard: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

export const USAGE = `enginelint [options] [file | dir | glob]...

Lint libvirt qemu.conf, oVirt engine-config dumps and Nova nova.conf files the way the engines read them.

Configuration:
  -c, --config PATH                   Use this configuration file (default: .enginelint.yaml lookup)
  --no-config-lookup                  Use no configuration file
  --rule 'ID: SEVERITY'               Set a rule's severity (off, info, warn, error); repeatable
  --engine qemu|nova|ovirt            Read every file as this engine's file
Input:
  --stdin                             Lint standard input
  --stdin-filename PATH               Name standard input (detection, configuration, reported path)
  --ignore-pattern GLOB               Skip matching files; repeatable
  --no-ignore                         Disable ignore patterns
  --no-error-on-unmatched-pattern     A pattern that matches no file is not an error
  --shard I/N                         Lint only shard I of N (by path hash), to split a fleet in CI
Output:
  -f, --format NAME                   Output format (default stylish; see Formats); repeatable
  -o, --output-file PATH              Write the n-th format to PATH; repeatable
  --quiet                             Report errors only
  --color, --no-color                 Force colour on or off (stylish on standard output only)
  --project-root DIR                  Root for repository-relative paths
Exit status:
  --max-warnings N                    Exit 1 when there are more than N warnings
  --fail-on error|warning|info        Lowest severity that fails the run (default error)
  --exit-on-fatal-error               Exit 2 when a file cannot be parsed
Inline directives:
  --no-inline-config                  Ignore # enginelint-… comments
  --report-unused-disable-directives  Report directives that suppress nothing as errors
  --report-unused-disable-directives-severity off|info|warn|error
Baseline (${DEFAULT_SUPPRESSIONS_LOCATION}):
  --suppress-all                      Record every error of this run in the baseline
  --suppress-rule ID                  Record only this rule's errors; repeatable
  --suppressions-location PATH        Baseline file (default ${DEFAULT_SUPPRESSIONS_LOCATION})
  --prune-suppressions                Lower or remove baseline entries that no longer occur
  --pass-on-unpruned-suppressions     Entries that no longer occur are not an error
Information:
  --print-config PATH                 Print the configuration that applies to PATH
  --list-rules                        List the rules with their default severities
  --explain RULE                      Print a rule's documentation
  -h, --help                          Show this help
  -v, --version                       Print the version

Formats:
${wrap(FORMAT_NAMES.join(", "), 100, "  ")}

Exit codes: 0 clean, 1 errors (or too many warnings), 2 usage, configuration or I/O problem,
or baseline entries that no longer occur.`;

/** Greedy word wrap at spaces, each line indented (the format list grows with the registered formats). */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && indent.length + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return [...lines, line].map((wrapped) => indent + wrapped).join("\n");
}

/** A severity as written on the command line: the configuration's words and digits, plus `warning`. */
export function parseSeverity(text: string): ConfiguredSeverity | undefined {
  const word = text.trim();
  if (word === "warning") return "warning";
  const value = /^[0-2]$/.test(word) ? Number(word) : word;
  return isRawSeverity(value) ? normalizeSeverity(value) : undefined;
}

export function parseCommandLine(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: FLAGS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split("\n")[0]! : String(error));
  }
  const { values, positionals } = parsed;
  const options: CliOptions = {
    operands: positionals,
    configLookup: !values["no-config-lookup"],
    outputs: pairOutputs(values.format ?? [], values["output-file"] ?? []),
    stdin: values.stdin ?? false,
    quiet: values.quiet ?? false,
    maxWarnings: parseMaxWarnings(values["max-warnings"]),
    failOn: parseFailOn(values["fail-on"]),
    ruleOverrides: (values.rule ?? []).map(parseRuleOverride),
    ignorePatterns: values["ignore-pattern"] ?? [],
    ignore: !values["no-ignore"],
    inlineConfig: !values["no-inline-config"],
    errorOnUnmatchedPattern: !values["no-error-on-unmatched-pattern"],
    exitOnFatalError: values["exit-on-fatal-error"] ?? false,
    listRules: values["list-rules"] ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
    baseline: parseBaseline(values),
  };
  if (values.config !== undefined) options.config = values.config;
  if (values.config !== undefined && values["no-config-lookup"]) throw new UsageError("--config and --no-config-lookup cannot be combined");
  if (values.engine !== undefined) {
    if (!isEngineId(values.engine)) throw new UsageError(`--engine must be qemu, nova or ovirt, not "${values.engine}"`);
    options.engine = values.engine;
  }
  if (values["stdin-filename"] !== undefined) options.stdinFilename = values["stdin-filename"];
  if (values["project-root"] !== undefined) options.projectRoot = values["project-root"];
  if (values["print-config"] !== undefined) options.printConfig = values["print-config"];
  if (values.explain !== undefined) options.explain = values.explain;
  if (values.shard !== undefined) {
    const shard = parseShard(values.shard);
    if (!shard) throw new UsageError(`--shard expects I/N with 1 <= I <= N, not "${values.shard}"`);
    options.shard = shard;
  }
  if (values.color && values["no-color"]) throw new UsageError("--color and --no-color cannot be combined");
  if (values.color) options.color = true;
  if (values["no-color"]) options.color = false;
  const unused = unusedDirectivesSeverity(values["report-unused-disable-directives"], values["report-unused-disable-directives-severity"]);
  if (unused !== undefined) options.unusedDirectivesSeverity = unused;
  checkInputs(options);
  return options;
}

/** The n-th `-o` belongs to the n-th `-f`; at most one format may write to standard output. */
function pairOutputs(formats: readonly string[], files: readonly string[]): OutputTarget[] {
  if (files.length > Math.max(formats.length, 1)) throw new UsageError("more --output-file than --format options");
  const names = formats.length > 0 ? formats : ["stylish"];
  const outputs = names.map((name, index): OutputTarget => {
    const format = FORMAT_NAMES.find((known) => known === name);
    if (!format) throw new UsageError(`unknown format "${name}"; use one of: ${FORMAT_NAMES.join(", ")}`);
    const file = files[index];
    return file === undefined ? { format } : { format, file };
  });
  if (outputs.filter((output) => output.file === undefined).length > 1) {
    throw new UsageError("at most one --format may write to standard output; give the others an --output-file");
  }
  return outputs;
}

/** `--shard I/N`: 1 <= I <= N, plain decimal digits; `undefined` for anything else. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d{1,9})\/(\d{1,9})$/.exec(text);
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && index <= count ? { index, count } : undefined;
}

function parseMaxWarnings(text: string | undefined): number {
  if (text === undefined) return -1;
  if (!/^-?\d+$/.test(text.trim())) throw new UsageError(`--max-warnings expects an integer, not "${text}"`);
  return Number(text);
}

function parseFailOn(text: string | undefined): Severity {
  if (text === undefined) return "error";
  const severity = parseSeverity(text);
  if (severity === undefined || severity === "off") throw new UsageError(`--fail-on must be error, warning or info, not "${text}"`);
  return severity;
}

function parseRuleOverride(text: string): RuleOverride {
  const match = /^\s*([^:\s]+)\s*:\s*(\S+)\s*$/.exec(text);
  const severity = match ? parseSeverity(match[2]!) : undefined;
  if (!match || severity === undefined) throw new UsageError(`--rule expects 'ID: SEVERITY' (off, info, warn, error), not "${text}"`);
  return { ruleId: match[1]!, severity };
}

/** As ESLint: the bare flag reports unused directives as errors; the -severity flag picks the level. */
function unusedDirectivesSeverity(flag: boolean | undefined, severity: string | undefined): ConfiguredSeverity | undefined {
  if (flag && severity !== undefined) throw new UsageError("--report-unused-disable-directives and --report-unused-disable-directives-severity cannot be combined");
  if (flag) return "error";
  if (severity === undefined) return undefined;
  const parsed = parseSeverity(severity);
  if (parsed === undefined) throw new UsageError(`--report-unused-disable-directives-severity must be off, info, warn or error, not "${severity}"`);
  return parsed;
}

type ParsedValues = ReturnType<typeof parseArgs<{ options: typeof FLAGS }>>["values"];

/** The baseline flags; the combinations ESLint refuses are refused with ESLint's messages. */
function parseBaseline(values: ParsedValues): BaselineOptions {
  const suppressAll = values["suppress-all"] ?? false;
  const suppressRules = values["suppress-rule"] ?? [];
  const prune = values["prune-suppressions"] ?? false;
  if (suppressAll && suppressRules.length > 0) throw new UsageError("The --suppress-all option and the --suppress-rule option cannot be used together.");
  if (suppressAll && prune) throw new UsageError("The --suppress-all option and the --prune-suppressions option cannot be used together.");
  if (suppressRules.length > 0 && prune) throw new UsageError("The --suppress-rule option and the --prune-suppressions option cannot be used together.");
  if (values.stdin && (suppressAll || suppressRules.length > 0 || prune)) {
    throw new UsageError("The --suppress-all, --suppress-rule, and --prune-suppressions options cannot be used with piped-in code.");
  }
  const baseline: BaselineOptions = { suppressAll, suppressRules, prune, passOnUnpruned: values["pass-on-unpruned-suppressions"] ?? false };
  if (values["suppressions-location"] !== undefined) baseline.location = values["suppressions-location"];
  return baseline;
}

function checkInputs(options: CliOptions): void {
  if (options.help || options.version || options.listRules || options.explain !== undefined || options.printConfig !== undefined) return;
  if (options.stdin && options.operands.length > 0) throw new UsageError("--stdin cannot be combined with file operands");
  if (options.stdin && options.shard !== undefined) throw new UsageError("--shard cannot be combined with --stdin");
  if (options.stdin && options.stdinFilename === undefined && options.engine === undefined) {
    throw new UsageError("--stdin without --stdin-filename needs --engine to know which engine reads it");
  }
  if (!options.stdin && options.stdinFilename !== undefined) throw new UsageError("--stdin-filename needs --stdin");
  if (!options.stdin && options.operands.length === 0) throw new UsageError("no files to lint; give files, directories or globs (see --help)");
}
