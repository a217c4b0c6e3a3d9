/**
 * What the file cannot say: the nova release, the service binary, and whether that service runs with
 * native threads or eventlet green threads (spec nova-conf §11.2, §11.3, §12). Rules never guess: the
 * mode is `unknown` unless the settings (or an exact per-service file name) pin it down.
 */
import { NOVA_SERVICES, type NovaDocument, type NovaSettings } from "../../src/engines/nova.js";
import { effectiveOption, type Winner } from "./_effective.js";

export type ConcurrencyMode = "threading" | "eventlet" | "unknown";
type KnownMode = Exclude<ConcurrencyMode, "unknown">;

/** The series of the bundled option data (2026.2 Hibiscus), used when `settings.release` is absent. */
export const DEFAULT_RELEASE = 34;

/** Code names of the nova series and their major versions (spec §12). */
const CODE_NAMES: Readonly<Record<string, number>> = {
  liberty: 12,
  mitaka: 13,
  newton: 14,
  ocata: 15,
  pike: 16,
  queens: 17,
  rocky: 18,
  stein: 19,
  train: 20,
  ussuri: 21,
  victoria: 22,
  wallaby: 23,
  xena: 24,
  yoga: 25,
  zed: 26,
  antelope: 27,
  bobcat: 28,
  caracal: 29,
  dalmatian: 30,
  epoxy: 31,
  flamingo: 32,
  gazpacho: 33,
  hibiscus: 34,
};

/**
 * The major version a release setting names: `2026.1`, `gazpacho` (any case), `33` and `33.0.0` all give
 * 33. Series names `YYYY.N` count two per year from 2023.1 = 27 (the same arithmetic also places the
 * pre-2023 series, e.g. 2022.2 = 26 Zed). Undefined for anything else.
 */
export function parseRelease(text: string): number | undefined {
  const name = text.trim().toLowerCase();
  const byName = CODE_NAMES[name];
  if (byName !== undefined) return byName;
  const series = /^(\d{4})\.([12])$/.exec(name);
  if (series) return 27 + (Number(series[1]) - 2023) * 2 + (Number(series[2]) - 1);
  const version = /^(\d{1,3})(?:\.\d+){0,2}$/.exec(name);
  return version ? Number(version[1]) : undefined;
}

/**
 * The release the settings name, or the option data's series when absent. A value the settings schema
 * should have refused also falls back to it, so that a rule never crashes on a setting.
 */
export function releaseMajor(settings: Readonly<NovaSettings>): number {
  return settings.release === undefined ? DEFAULT_RELEASE : (parseRelease(settings.release) ?? DEFAULT_RELEASE);
}

/** devstack names the compute service's file after its screen window, `n-cpu`. */
const FILE_NAME_ALIASES: Readonly<Record<string, string>> = { "nova-cpu.conf": "nova-compute" };

/** A path's segments, whichever separator it uses. */
function segmentsOf(path: string): string[] {
  return path.split(/[\\/]+/).filter((segment) => segment !== "");
}

/** The last segment of a path. */
export function baseName(path: string): string {
  return segmentsOf(path).at(-1) ?? "";
}

/** The linted file's path: the stack's name for it, else (a file linted alone) the rule context's `filePath`. */
export function documentPath(document: NovaDocument, filePath: string): string {
  return document.path || filePath;
}

/**
 * The service the file configures: the `service` setting, else only an exact per-service file name
 * (`nova-compute.conf`, devstack's `nova-cpu.conf`); a name like `compute-nova.conf` says nothing.
 * A file linted without a stack has no path in the document: pass the rule context's `filePath`.
 */
export function serviceOf(document: NovaDocument, settings: Readonly<NovaSettings>, filePath = ""): string | undefined {
  if (settings.service !== undefined) return settings.service;
  const name = baseName(documentPath(document, filePath));
  const alias = FILE_NAME_ALIASES[name];
  if (alias !== undefined) return alias;
  const service = name.endsWith(".conf") ? name.slice(0, -".conf".length) : undefined;
  return NOVA_SERVICES.find((known) => known === service);
}

/**
 * The first release in which native threading is a supported mode of the service (§11.3: "opt-in" or
 * the default); undefined when it never is (nova-policy) or the service is not one of nova's.
 */
export function threadingSupportedFrom(service: string): number | undefined {
  switch (service) {
    case "nova-api":
    case "nova-metadata":
    case "nova-scheduler":
      return 32;
    case "nova-conductor":
    case "nova-compute":
      return 33;
    case "nova-novncproxy":
    case "nova-serialproxy":
    case "nova-spicehtml5proxy":
    case "nova-manage":
    case "nova-status":
      return 34;
    default:
      return undefined;
  }
}

/** The first release in which the service starts with native threads when nothing asks otherwise (§11.3). */
function threadingDefaultFrom(service: string): number | undefined {
  switch (service) {
    case "nova-api":
    case "nova-metadata":
    case "nova-scheduler":
      return 33;
    case "nova-conductor":
    case "nova-compute":
      return 34;
    default:
      return undefined;
  }
}

/** The per-binary default of §11.3; undefined for a service nova does not have. */
export function defaultMode(service: string, release: number): KnownMode | undefined {
  if (!(NOVA_SERVICES as readonly string[]).includes(service)) return undefined;
  const from = threadingDefaultFrom(service);
  return from !== undefined && release >= from ? "threading" : "eventlet";
}

const PATCHING_VARIABLE = "OS_NOVA_DISABLE_EVENTLET_PATCHING";

/**
 * `monkey_patch.patch()` reads the variable lower-cased and unstripped: `1`, `true`, `yes` disable
 * patching, any other non-empty value keeps it — `on` and `enabled` included, unlike oslo's Boolean.
 * Undefined when the variable is unset or empty.
 */
export function patchingVariableMode(env: Readonly<Record<string, string>>): KnownMode | undefined {
  const value = (env[PATCHING_VARIABLE] ?? "").toLowerCase();
  if (value === "") return undefined;
  return value === "1" || value === "true" || value === "yes" ? "threading" : "eventlet";
}

/** The first release with `[DEFAULT] concurrency_backend` (2026.2 Hibiscus). */
export const CONCURRENCY_BACKEND_SINCE = 34;

/** `--config-file` and `--config-dir` arguments in command-line order (`--opt value` and `--opt=value`). */
function configArguments(commandLine: readonly string[]): { kind: "file" | "dir"; path: string }[] {
  const found: { kind: "file" | "dir"; path: string }[] = [];
  for (let i = 0; i < commandLine.length; i++) {
    const match = /^--config-(file|dir)(?:=(.*))?$/s.exec(commandLine[i]!);
    if (!match) continue;
    const path = match[2] ?? commandLine[++i];
    if (path !== undefined) found.push({ kind: match[1] === "file" ? "file" : "dir", path });
  }
  return found;
}

/**
 * Whether the bare early parse of `patch()` reads the file at `path`: a `--config-file` with the same
 * file name, or a `--config-dir` with the same directory name holding it as `*.conf`. Names, not whole
 * paths, are compared: the command line gives paths on the service host, the stack paths in the
 * repository being linted.
 */
export function earlyParseReads(path: string, commandLine: readonly string[]): boolean {
  const segments = segmentsOf(path);
  const name = segments.at(-1) ?? "";
  const directory = segments.at(-2);
  return configArguments(commandLine).some((argument) =>
    argument.kind === "file" ? baseName(argument.path) === name : name.endsWith(".conf") && baseName(argument.path) === directory,
  );
}

/**
 * The effective `[DEFAULT] concurrency_backend` as the early parse sees it: the environment, then the
 * stack files it reads — every file while `commandLine` is unknown (§12), else only those it names.
 * `filePath` names the linted file when the document has no path (a file linted alone).
 */
export function earlyConcurrencyBackend(document: NovaDocument, settings: Readonly<NovaSettings>, filePath = ""): Winner | undefined {
  const { commandLine } = settings;
  if (commandLine === undefined) return effectiveOption(document, settings, "DEFAULT", "concurrency_backend");
  const pathOf = (index: number): string => (index === document.index ? documentPath(document, filePath) : document.stack[index]!.path);
  const read = document.stack.flatMap((member, index) => (earlyParseReads(pathOf(index), commandLine) ? [{ member, index }] : []));
  // The linted file keeps its place when it is read; otherwise no member is "this file" (index -1).
  const index = read.findIndex((entry) => entry.index === document.index);
  const stack = read.map((entry) => entry.member);
  return effectiveOption({ ...document, stack, index }, settings, "DEFAULT", "concurrency_backend");
}

/**
 * Steps 2 and 3 of §12, what the process environment or the configuration asks for: the variable beats
 * `concurrency_backend` (2026.2 on), which beats the default; `filePath` as for `earlyConcurrencyBackend`.
 */
export function requestedMode(document: NovaDocument, settings: Readonly<NovaSettings>, filePath = ""): KnownMode | undefined {
  const variable = patchingVariableMode(settings.env);
  if (variable !== undefined) return variable;
  if (releaseMajor(settings) < CONCURRENCY_BACKEND_SINCE) return undefined;
  const value = earlyConcurrencyBackend(document, settings, filePath)?.value;
  // `auto` means the default; any other value is refused by oslo at start (nova/invalid-value).
  return value === "threading" || value === "eventlet" ? value : undefined;
}

/** Spec §12 resolution, in its order; `filePath` names the linted file when the document has no path. */
export function concurrencyMode(document: NovaDocument, settings: Readonly<NovaSettings>, filePath = ""): ConcurrencyMode {
  const release = releaseMajor(settings);
  const service = serviceOf(document, settings, filePath);
  if (release <= 31 || service === "nova-policy") return "eventlet";
  const requested = requestedMode(document, settings, filePath);
  if (requested !== undefined) return requested;
  return (service !== undefined ? defaultMode(service, release) : undefined) ?? "unknown";
}

/** How messages name a release: the major version's first tag. */
export function releaseTag(release: number): string {
  return `${release}.0.0`;
}
