/**
 * The CLI as a function of (argv, environment, streams) → exit code, so tests run it in-process.
 * Order of work: command line → configuration → files → lint → baseline (§12) → formats → exit code (§8).
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { ENGINE_IDS, loadAllEngines, loadEngine, type AnyEngineRules } from "../../rules/index.js";
import { findConfigFile } from "../config/find.js";
import { ConfigError, emptyLoadedConfig, type KnownRule, type LoadedConfig } from "../config/model.js";
import { applyRuleOverrides, createIgnoreMatcher, engineForPath, isIgnored, resolveFileConfig } from "../config/resolve.js";
import type { FileConfig } from "../config/types.js";
import type { Diagnostic, EngineId, FileResult, Severity } from "../core/diagnostic.js";
import { engineSettings, lintFile, RuleCrash, type LintInput, type LintOutcome } from "../core/linter.js";
import { packageJson } from "../core/package-info.js";
import { createSource, type Source } from "../core/source.js";
import type { AppliedSuppressions, Suppressions } from "../core/suppressions.js";
import { engineFromFileName, sniffEngine } from "../engines/detect.js";
import type { Stack, StackFile } from "../engines/engine.js";
import { colorEnabled, paletteFor } from "../formatters/color.js";
import { loadFormatter, NEWLINE_TERMINATED } from "../formatters/index.js";
import type { FormatterContext } from "../formatters/types.js";
import { DEFAULT_SUPPRESSIONS_LOCATION, parseCommandLine, USAGE, UsageError, type CliOptions } from "./args.js";
import { discoverFiles, type FileTarget } from "./files.js";
import { ruleInfos, ruleSummary } from "./rule-infos.js";

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * The first `maxBytes` bytes of standard input, or all of it when it is shorter; a later call may
   * ask for more. Returning more than asked is allowed (tests pass a whole buffer): the CLI only
   * needs to see one byte beyond an engine's limit to refuse the input.
   */
  readStdin(maxBytes: number): Buffer;
}

/** A problem that makes the run untrustworthy: printed as one line, exit 2. */
class RunError extends Error {}

const FATAL_EXIT = 2;

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof RunError) {
      io.stderr(`enginelint: ${error.message}\n`);
      return FATAL_EXIT;
    }
    if (error instanceof ConfigError) {
      io.stderr(error.lines.map((line) => `${line}\n`).join(""));
      return FATAL_EXIT;
    }
    const detail = error instanceof RuleCrash ? error.message : error instanceof Error ? error.message : String(error);
    io.stderr(`enginelint: internal error: ${detail}\n`);
    return FATAL_EXIT;
  }
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const options = parseCommandLine(argv);
  if (options.help) return print(io, USAGE);
  if (options.version) return print(io, packageJson().version);
  // The information flags' module (info.ts) is loaded only for them, as is every rarely used part of
  // a run (baseline, did-you-mean, formats not asked for): start-up cost, docs/performance.md.
  if (options.listRules) {
    const { listRules } = await import("./info.js");
    return print(io, listRules(await loadAllEngines(), options.outputs[0]?.format ?? "stylish"));
  }
  if (options.explain !== undefined) {
    const { explainRule } = await import("./info.js");
    return print(io, explainRule(await loadAllEngines(), options.explain));
  }
  if (options.ruleOverrides.length > 0 || options.baseline.suppressRules.length > 0) await checkRuleIds(options, await knownRules());

  const config = (await loadConfiguration(options, io.cwd)) ?? emptyLoadedConfig(io.cwd);
  if (options.printConfig !== undefined) {
    const { printConfig } = await import("./info.js");
    const path = resolve(io.cwd, options.printConfig);
    const engine = options.engine ?? engineForPath(config, path) ?? engineFromFileName(path);
    return print(io, printConfig(engine, engine && (await loadEngine(engine)), fileConfigFor(config, options, path)));
  }

  // As ESLint, piped input has no baseline: an editor's buffer is not the file the baseline describes.
  const baseline = options.stdin ? undefined : await loadBaseline(options, io.cwd);
  const problems: string[] = [];
  const inputs = options.stdin ? [stdinInput(options, io)] : await inShard(fileInputs(options, config, io, problems), options, io.cwd);
  const linted = await lintAll(inputs, options, config, io, problems);
  linted.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  const { results, unused } = baseline ? await settleBaseline(baseline, linted, options, io.cwd) : { results: linted, unused: {} };
  if (options.quiet) for (const result of results) result.messages = result.messages.filter(isError);

  await writeOutputs(results, options, io, await formatterFacts(options, io.cwd, results));
  for (const problem of problems) io.stderr(`enginelint: ${problem}\n`);
  const code = exitCode(results, options, problems, io);
  if (baseline && !options.baseline.passOnUnpruned) {
    const { hasSuppressions, UNUSED_SUPPRESSIONS_MESSAGE } = await import("../core/suppressions.js");
    if (hasSuppressions(unused)) {
      io.stderr(`${UNUSED_SUPPRESSIONS_MESSAGE}\n`);
      return FATAL_EXIT;
    }
  }
  return code;
}

/** Rule ids named on the command line (`--rule`, `--suppress-rule`) must exist: a typo would silently do nothing. */
async function checkRuleIds(options: CliOptions, known: ReadonlyMap<string, KnownRule>): Promise<void> {
  const named = [
    ...options.ruleOverrides.map(({ ruleId }) => ({ flag: "--rule", ruleId })),
    ...options.baseline.suppressRules.map((ruleId) => ({ flag: "--suppress-rule", ruleId })),
  ];
  for (const { flag, ruleId } of named) {
    if (known.has(ruleId)) continue;
    const { suggestRuleId } = await import("../core/did-you-mean.js");
    const suggestion = suggestRuleId(ruleId, known.keys());
    throw new UsageError(`${flag} names an unknown rule "${ruleId}"${suggestion ? `; did you mean "${suggestion}"?` : ""}`);
  }
}

interface LoadedBaseline {
  path: string;
  /** `undefined`: there is no file (yet). */
  suppressions: Suppressions | undefined;
}

/**
 * Read before linting, so a broken or missing baseline stops the run before any work. `undefined`:
 * no baseline is in play (no file, and none to record), so the run never loads the baseline code.
 */
async function loadBaseline(options: CliOptions, cwd: string): Promise<LoadedBaseline | undefined> {
  const { suppressAll, suppressRules, location } = options.baseline;
  const path = resolve(cwd, location ?? DEFAULT_SUPPRESSIONS_LOCATION);
  const recording = suppressAll || suppressRules.length > 0;
  if (!existsSync(path)) {
    // A default file that does not exist means no baseline; a named one is a mistake unless this run creates it.
    if (location !== undefined && !recording) {
      throw new RunError("The suppressions file does not exist. Please run the command with `--suppress-all` or `--suppress-rule` to create it.");
    }
    return recording ? { path, suppressions: undefined } : undefined;
  }
  return { path, suppressions: await readSuppressions(path, cwd) };
}

/**
 * The baseline (§12) after linting: recorded or pruned first when a flag asks — the only times its
 * file is written — then applied.
 */
async function settleBaseline({ path, suppressions }: LoadedBaseline, results: readonly FileResult[], options: CliOptions, cwd: string): Promise<AppliedSuppressions> {
  const { applySuppressions, pruneSuppressions, recordSuppressions, serializeSuppressions } = await import("../core/suppressions.js");
  const { suppressAll, suppressRules, prune } = options.baseline;
  let baseline = suppressions ?? {};
  if (suppressAll || suppressRules.length > 0) {
    baseline = recordSuppressions(baseline, results, cwd, suppressAll ? undefined : suppressRules);
    writeAtomically(path, serializeSuppressions(baseline));
  } else if (prune && suppressions !== undefined) {
    baseline = pruneSuppressions(baseline, results, cwd);
    writeAtomically(path, serializeSuppressions(baseline));
  }
  return applySuppressions(results, baseline, cwd);
}

async function readSuppressions(path: string, cwd: string): Promise<Suppressions> {
  const { parseSuppressions, SuppressionsFormatError } = await import("../core/suppressions.js");
  try {
    return parseSuppressions(readFileSync(path, "utf8"));
  } catch (error) {
    const detail = error instanceof SuppressionsFormatError ? error.message : describeIoError(error);
    throw new RunError(`cannot read the suppressions file ${displayPath(cwd, path)}: ${detail}`);
  }
}

function print(io: CliIO, text: string): number {
  io.stdout(`${text}\n`);
  return 0;
}

/** The YAML and Ajv machinery is loaded only when there is a configuration file (start-up cost). */
async function loadConfiguration(options: CliOptions, cwd: string): Promise<LoadedConfig | undefined> {
  const path = options.config !== undefined ? resolve(cwd, options.config) : options.configLookup ? findConfigFile(cwd) : undefined;
  if (path === undefined) return undefined;
  const [{ loadConfig }, engines] = await Promise.all([import("../config/load.js"), loadAllEngines()]);
  const settingsSchemas = Object.fromEntries(engines.map((binding) => [binding.engine.id, binding.engine.settingsSchema]));
  return loadConfig(path, { cwd, rules: rulesOf(engines), settingsSchemas });
}

/** Every rule id with its options schema; loads every engine, so only for configuration checks. */
async function knownRules(): Promise<ReadonlyMap<string, KnownRule>> {
  return rulesOf(await loadAllEngines());
}

function rulesOf(engines: readonly AnyEngineRules[]): ReadonlyMap<string, KnownRule> {
  return new Map(engines.flatMap((binding) => [...binding.rules, ...binding.fatalRules].map((rule) => [rule.meta.id, rule.meta] as const)));
}

/** The configuration of one file (`undefined`: unnamed standard input), with the command line on top. */
function fileConfigFor(config: LoadedConfig, options: CliOptions, path: string | undefined): FileConfig {
  const base = applyRuleOverrides(resolveFileConfig(config, path), options.ruleOverrides);
  const linterOptions = {
    ...base.linterOptions,
    ...(options.inlineConfig ? {} : { noInlineConfig: true }),
    ...(options.unusedDirectivesSeverity !== undefined ? { reportUnusedDisableDirectives: options.unusedDirectivesSeverity } : {}),
  };
  return { ...base, linterOptions };
}

interface LintTarget {
  /** Absolute path, or `<text>` for unnamed standard input. */
  filePath: string;
  /** The path as the user gave it, for messages that quote it. */
  displayPath: string;
  engine: EngineId | undefined;
  explicit: boolean;
  read(maxBytes: number): LintInput;
  /** The first bytes as text, for content sniffing. */
  head(): string;
}

function stdinInput(options: CliOptions, io: CliIO): LintTarget {
  const filePath = options.stdinFilename !== undefined ? resolve(io.cwd, options.stdinFilename) : "<text>";
  // Read on demand and never past the engine's limit + 1 byte: a 100 MB pipe is refused by size
  // without being held in memory (its reported size is then that bound, the bytes actually read).
  const stdin = (maxBytes: number): Buffer => {
    try {
      return io.readStdin(maxBytes);
    } catch (error) {
      throw new RunError(`cannot read standard input: ${describeIoError(error)}`);
    }
  };
  return {
    filePath,
    displayPath: options.stdinFilename ?? "<text>",
    engine: options.stdinFilename !== undefined ? engineFromFileName(filePath) : undefined,
    explicit: true,
    read: (maxBytes) => {
      const bytes = stdin(maxBytes + 1);
      return bytes.length > maxBytes ? { oversizeBytes: bytes.length } : { source: createSource(bytes) };
    },
    head: () => stdin(SNIFF_BYTES).subarray(0, SNIFF_BYTES).toString("utf8"),
  };
}

function fileInputs(options: CliOptions, config: LoadedConfig, io: CliIO, problems: string[]): LintTarget[] {
  const cliIgnored = createIgnoreMatcher(io.cwd, options.ignorePatterns);
  const discovery = discoverFiles(options.operands, {
    cwd: io.cwd,
    engineForPath: (path) => engineForPath(config, path) ?? engineFromFileName(path),
    isIgnored: (path) => options.ignore && (cliIgnored(path) || isIgnored(config, path)),
    errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
    engineForced: options.engine !== undefined,
  });
  problems.push(...discovery.problems);
  for (const path of discovery.ignoredExplicit) {
    io.stderr(`enginelint: ${path}: file ignored because of a matching ignore pattern; use --no-ignore to lint it\n`);
  }
  return discovery.targets.map((target) => fileTarget(target, io.cwd));
}

function fileTarget(target: FileTarget, cwd: string): LintTarget {
  return {
    filePath: target.path,
    displayPath: displayPath(cwd, target.path),
    engine: target.engine,
    explicit: target.explicit,
    read: (maxBytes) => readBounded(target.path, maxBytes),
    head: () => sniffHead(target.path),
  };
}


/** A path as the user would write it: relative to the working directory when it lies below it. */
function displayPath(cwd: string, path: string): string {
  const relativePath = relative(cwd, path);
  return relativePath === "" || relativePath.startsWith("..") || isAbsolute(relativePath) ? path : relativePath;
}

/** Reads a file, or only learns its size when it is larger than the engine will read. */
function readBounded(path: string, maxBytes: number): LintInput {
  let fd: number;
  try {
    // Non-blocking: opening a FIFO that replaced the file since discovery must not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new RunError(`cannot read ${path}: ${describeIoError(error)}`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new RunError(`cannot read ${path}: not a regular file`);
    if (stats.size > maxBytes) return { oversizeBytes: stats.size };
    const bytes = readRegularFile(fd, stats.size, maxBytes + 1);
    return bytes.length > maxBytes ? { oversizeBytes: Math.max(stats.size, bytes.length) } : { source: createSource(bytes) };
  } catch (error) {
    if (error instanceof RunError) throw error;
    throw new RunError(`cannot read ${path}: ${describeIoError(error)}`);
  } finally {
    closeSync(fd);
  }
}

/**
 * At most `limit` bytes of a regular file whose size fstat gave: one buffer of that size and one more
 * byte, filled by as few reads as the kernel allows, then a read that finds the end. Bounded even so:
 * a file that grew since (or a procfs file, which reports size 0) is read on in chunks up to `limit`.
 */
function readRegularFile(fd: number, size: number, limit: number): Buffer {
  const buffer = Buffer.allocUnsafe(Math.min(size + 1, limit));
  let length = 0;
  for (let count = -1; count !== 0 && length < buffer.length; length += count) {
    count = readChunk(fd, buffer, length, buffer.length - length);
  }
  if (length < buffer.length) return buffer.subarray(0, length);
  return Buffer.concat([buffer, fdReader(fd)(limit - length)]);
}

const READ_CHUNK = 64 * 1024;

/**
 * Reads a file descriptor on demand, in chunks, never further than asked: `read(n)` returns the first
 * `n` bytes, or all of them when the input is shorter, and may be called again for more. The command
 * reads standard input with it (`fdReader(0)`), so a huge pipe costs an engine's limit in memory.
 */
export function fdReader(fd: number): (maxBytes: number) => Buffer {
  let data = Buffer.alloc(0);
  let ended = false;
  const chunk = Buffer.allocUnsafe(READ_CHUNK);
  return (maxBytes) => {
    if (ended || data.length >= maxBytes) return data.subarray(0, maxBytes);
    const parts = [data];
    let length = data.length;
    while (length < maxBytes) {
      const count = readChunk(fd, chunk, 0, Math.min(chunk.length, maxBytes - length));
      if (count === 0) {
        ended = true;
        break;
      }
      parts.push(Buffer.from(chunk.subarray(0, count)));
      length += count;
    }
    data = Buffer.concat(parts, length);
    return data;
  };
}

function readChunk(fd: number, buffer: Buffer, offset: number, length: number): number {
  for (;;) {
    try {
      return readSync(fd, buffer, offset, length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A non-blocking pipe with nothing in it yet: wait a little rather than fail.
      if (code === "EAGAIN") Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      // Windows reports the end of a pipe as an error.
      else if (code === "EOF") return 0;
      else throw error;
    }
  }
}

function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EISDIR") return "is a directory";
  return error instanceof Error ? error.message : String(error);
}

const SNIFF_BYTES = 64 * 1024;

/** Reads only the head of a file, for content sniffing. */
function sniffHead(path: string): string {
  const buffer = Buffer.alloc(SNIFF_BYTES);
  try {
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString("utf8");
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new RunError(`cannot read ${path}: ${describeIoError(error)}`);
  }
}

/** `--shard I/N`: only the files whose project-relative path hashes into the shard (shard.ts). */
async function inShard(targets: LintTarget[], options: CliOptions, cwd: string): Promise<LintTarget[]> {
  if (options.shard === undefined) return targets;
  const { shardFilter } = await import("./shard.js");
  const belongs = await shardFilter(options.shard, projectRoot(options, cwd));
  return targets.filter((target) => belongs(target.filePath));
}

/**
 * Every input linted, in input order: on the main thread, or for a fleet of at least
 * WORKER_THRESHOLD files also on worker threads (workers.ts), with the same results.
 */
async function lintAll(inputs: readonly LintTarget[], options: CliOptions, config: LoadedConfig, io: CliIO, problems: string[]): Promise<FileResult[]> {
  const linted: FileResult[] = [];
  if (!options.stdin && inputs.length >= WORKER_THRESHOLD) {
    const workers = await import("./workers.js");
    const targets = inputs.map((input): FileTarget => ({ path: input.filePath, explicit: input.explicit, engine: input.engine }));
    const outcomes = await workers.lintInParallel(targets, { options, config, cwd: io.cwd }, workers.workerCount(io.env));
    if (outcomes) {
      // As on one thread: the first file (in input order) whose linting failed stops the run.
      const failed = outcomes.find((outcome) => outcome.error !== undefined);
      if (failed?.error !== undefined) throw new Error(failed.error);
      for (const outcome of outcomes) {
        problems.push(...outcome.problems);
        if (outcome.result) linted.push(outcome.result);
      }
      return linted;
    }
  }
  const members: MemberCache = new Map();
  for (const input of inputs) {
    const result = await lintOne(input, options, config, problems, members);
    if (result) linted.push(result);
  }
  return linted;
}

/**
 * Below this many files a run stays on the main thread (and never loads workers.ts): starting a
 * worker and loading the linter into it costs about as much as linting that many typical files
 * (docs/performance.md).
 */
export const WORKER_THRESHOLD = 64;

/** One discovered file linted as an outcome (a worker thread's unit of work): its result, its problems, or the error that stops the run. */
export interface LintedFile {
  result?: FileResult;
  problems: string[];
  error?: string;
}

export async function lintDiscovered(target: FileTarget, options: CliOptions, config: LoadedConfig, cwd: string, members: MemberCache): Promise<LintedFile> {
  const problems: string[] = [];
  try {
    const result = await lintOne(fileTarget(target, cwd), options, config, problems, members);
    return result ? { result, problems } : { problems };
  } catch (error) {
    return { problems, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Only SARIF reads line fingerprints, those of the findings' lines: they are hashed here, in the
 * thread that read the file, so no file's text outlives its linting.
 */
const needsLineHashes = (options: CliOptions, outcome: LintOutcome): boolean =>
  (outcome.messages.length > 0 || outcome.suppressedMessages.length > 0) && options.outputs.some((output) => output.format === "sarif");

async function lintOne(target: LintTarget, options: CliOptions, config: LoadedConfig, problems: string[], members: MemberCache = new Map()): Promise<FileResult | undefined> {
  try {
    const engineId = options.engine ?? target.engine ?? (target.explicit ? sniffTarget(target) : undefined);
    if (engineId === undefined) {
      problems.push(
        `cannot tell which engine reads ${target.displayPath}: name it like qemu.conf, nova.conf or engine-config*.txt, add an "engines" pattern to the configuration, or pass --engine`,
      );
      return undefined;
    }
    const binding = await loadEngine(engineId);
    const fileConfig = fileConfigFor(config, options, target.filePath === "<text>" ? undefined : target.filePath);
    // A file read earlier in this run as another file's stack member is not read again.
    const remembered = target.filePath === "<text>" ? undefined : members.get(target.filePath);
    const input = remembered ? { source: remembered } : target.read(binding.engine.maxBytes);
    const stack = "source" in input ? readStack(binding, target.filePath, input.source, fileConfig, config.directory, members) : undefined;
    const outcome = lintFile(binding, input, target.displayPath, fileConfig, stack);
    const result: FileResult = { filePath: target.filePath, ...outcome };
    if ("source" in input && needsLineHashes(options, outcome)) {
      const { findingLineHashes } = await import("../formatters/line-hash.js");
      result.lineHashes = findingLineHashes(input.source.text, outcome);
    }
    return result;
  } catch (error) {
    if (error instanceof RunError) {
      problems.push(error.message);
      return undefined;
    }
    throw error;
  }
}

/**
 * The configuration stack a file belongs to (nova.conf and its drop-ins), the other files read for
 * context; members that are missing, unreadable or too large are left out, as a service would fail
 * on them separately.
 */
function readStack(binding: AnyEngineRules, path: string, source: Source, fileConfig: FileConfig, configDirectory: string, members: MemberCache): Stack | undefined {
  if (path === "<text>" || !binding.engine.stackPaths) return undefined;
  // A file that stands alone is a stack of one, so the engine still learns its name.
  const paths = binding.engine.stackPaths(path, engineSettings(binding, fileConfig), configDirectory) ?? [path];
  if (paths.length > 1) remember(members, path, source);
  const files: StackFile[] = [];
  for (const member of paths) {
    if (member === path) {
      files.push({ path, source });
      continue;
    }
    const cached = members.get(member);
    if (cached) {
      files.push({ path: member, source: cached });
      continue;
    }
    try {
      const input = readBounded(member, binding.engine.maxBytes);
      if ("source" in input) {
        files.push({ path: member, source: input.source });
        remember(members, member, input.source);
      }
    } catch {
      // An unreadable member is reported when it is linted itself.
    }
  }
  return { files, index: files.findIndex((file) => file.path === path) };
}

/**
 * The sources of stack members read lately in this run (or this worker), by path: the files of one
 * nova stack are linted one after another (neighbours in the walk), and each reads all the others
 * for context. Bounded, so it does not grow with the fleet; per run, so an edited file is read anew.
 */
export type MemberCache = Map<string, Source>;

const MEMBER_CACHE_SIZE = 16;

function remember(members: MemberCache, path: string, source: Source): void {
  members.delete(path);
  members.set(path, source);
  if (members.size > MEMBER_CACHE_SIZE) {
    const oldest = members.keys().next();
    if (!oldest.done) members.delete(oldest.value);
  }
}

function sniffTarget(target: LintTarget): EngineId | undefined {
  return sniffEngine(target.head());
}

type FormatterFacts = Omit<FormatterContext, "palette">;

/** What formats know besides the results: paths, the rules of the engines linted, the tool itself. */
async function formatterFacts(options: CliOptions, cwd: string, results: readonly FileResult[]): Promise<FormatterFacts> {
  const engines = new Set(results.flatMap((result) => [...result.messages, ...result.suppressedMessages]).map((message) => message.ruleId.split("/")[0]));
  const bindings = await Promise.all(ENGINE_IDS.filter((id) => engines.has(id)).map(loadEngine));
  const { version, homepage } = packageJson();
  return {
    cwd,
    projectRoot: projectRoot(options, cwd),
    rules: ruleInfos(bindings),
    ruleSummary,
    toolVersion: version,
    informationUri: homepage ?? "",
    fixFlagAvailable: false,
  };
}

/** `--project-root`, else the nearest ancestor of the working directory that holds `.git`, else the working directory. */
function projectRoot(options: CliOptions, cwd: string): string {
  if (options.projectRoot !== undefined) return resolve(cwd, options.projectRoot);
  for (let directory = cwd; ; directory = dirname(directory)) {
    if (existsSync(join(directory, ".git"))) return directory;
    if (dirname(directory) === directory) return cwd;
  }
}

async function writeOutputs(results: FileResult[], options: CliOptions, io: CliIO, facts: FormatterFacts): Promise<void> {
  for (const output of options.outputs) {
    const format = await loadFormatter(output.format);
    // Only stylish paints, and only findings: a clean run prints nothing and need not ask whether
    // standard output is a terminal (creating process.stdout loads Node's stream modules).
    const painted = output.file === undefined && output.format === "stylish" && results.some((result) => result.messages.length > 0);
    const color = painted && colorEnabled({ flag: options.color, env: io.env, isTTY: io.stdoutIsTTY });
    const text = format(results, { ...facts, palette: await paletteFor(color) });
    if (output.file === undefined) {
      if (text !== "") io.stdout(NEWLINE_TERMINATED.has(output.format) ? text : `${text}\n`);
    } else writeAtomically(resolve(io.cwd, output.file), text);
  }
}

/** Temporary file + rename, so a reader never sees half a report. */
function writeAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    throw new RunError(`cannot write ${path}: ${describeIoError(error)}`);
  }
}

const isError = (message: Diagnostic): boolean => message.severity === "error";

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function exitCode(results: readonly FileResult[], options: CliOptions, problems: readonly string[], io: CliIO): number {
  const messages = results.flatMap((result) => result.messages);
  if (problems.length > 0) return FATAL_EXIT;
  if (options.exitOnFatalError && messages.some((message) => message.fatal)) return FATAL_EXIT;
  const failing = messages.some((message) => SEVERITY_RANK[message.severity] >= SEVERITY_RANK[options.failOn]);
  const warnings = messages.filter((message) => message.severity === "warning").length;
  const tooManyWarnings = options.maxWarnings >= 0 && warnings > options.maxWarnings;
  if (tooManyWarnings) io.stderr(`enginelint found too many warnings (maximum: ${options.maxWarnings}).\n`);
  return failing || tooManyWarnings ? 1 : 0;
}

