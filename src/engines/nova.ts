/**
 * nova.conf as oslo.config reads it (spec nova-conf). A file is parsed on its own; the other files of
 * its configuration stack (nova.conf and its drop-ins, or `settings.stack`) are parsed alongside so
 * that rules about effective values see what the service sees (rules/nova/_effective.ts).
 */
import { type Dirent, readdirSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { novaOption } from "../catalogue/nova.js";
import { DIRECTIVE_WORD, mayHoldDirective } from "../core/directives.js";
import { HIDDEN, looksSecret } from "../core/display.js";
import { memoizeByObject } from "../core/memo.js";
import { maskUrlPasswords } from "../core/url-passwords.js";
import { globMatcher } from "../core/glob.js";
import type { Rule } from "../core/rule.js";
import type { Source } from "../core/source.js";
import { parseOsloIni } from "../parsers/oslo-ini.js";
import type { OsloIniDocument, OsloIniFailure } from "../parsers/oslo-ini-types.js";
import type { DirectiveSites, Engine, ParseOutcome, Stack } from "./engine.js";

/** The services of spec §12, the values of `settings.nova.service`. */
export const NOVA_SERVICES = [
  "nova-api",
  "nova-metadata",
  "nova-scheduler",
  "nova-conductor",
  "nova-compute",
  "nova-novncproxy",
  "nova-serialproxy",
  "nova-spicehtml5proxy",
  "nova-manage",
  "nova-status",
  "nova-policy",
] as const;

export interface NovaSettings {
  /** Nova series: `2026.1`, `gazpacho`, `33` or `33.0.0`; absent means the option data's 2026.2. */
  release?: string;
  service?: string;
  /** The service process's environment (`OS_NOVA_DISABLE_EVENTLET_PATCHING`, `OS_<GROUP>__<OPTION>`). */
  env: Record<string, string>;
  /** The service's `--config-file`/`--config-dir` arguments. */
  commandLine?: string[];
  /** Globs of the files that form one service's configuration, in oslo.config's parse order. */
  stack?: string[];
  cells?: number;
}

/** One parsed file of a stack. */
export interface NovaStackMember {
  path: string;
  document: OsloIniDocument;
}

/** What nova rules receive: the linted file and the stack it belongs to (a file alone is a stack of one). */
export interface NovaDocument {
  file: OsloIniDocument;
  /** The linted file's path as the stack names it; empty when it was linted without a stack (see `context.filePath`). */
  path: string;
  /** The members that parse, in oslo.config's parse order (later files win). */
  stack: readonly NovaStackMember[];
  /** The linted file's place in `stack`. */
  index: number;
}

/** oslo.config reads files whole; 10 MiB is far above any real nova.conf (a full sample is about 250 KB). */
export const NOVA_MAX_BYTES = 10 * 1024 * 1024;

export const novaEngine: Engine<NovaDocument, OsloIniFailure, NovaSettings> = {
  id: "nova",
  maxBytes: NOVA_MAX_BYTES,
  defaultSettings: { env: {} },
  settingsSchema: {
    type: "object",
    additionalProperties: false,
    properties: {
      release: { type: "string", minLength: 1, description: "Nova series: 2026.1, gazpacho, 33 or 33.0.0 (default: 2026.2, the option data's series)." },
      service: { enum: [...NOVA_SERVICES], description: "The nova service that reads the file." },
      env: {
        type: "object",
        additionalProperties: { type: "string" },
        description: "Environment of the service process (OS_NOVA_DISABLE_EVENTLET_PATCHING, OS_<GROUP>__<OPTION>).",
      },
      commandLine: { type: "array", items: { type: "string" }, description: "The service's --config-file/--config-dir arguments." },
      stack: {
        type: "array",
        items: { type: "string", minLength: 1 },
        description: "Files (globs allowed, relative to the configuration file) that form one service's configuration, in parse order.",
      },
      cells: { type: "integer", minimum: 1, description: "Number of cells, for pool sizing notes." },
    },
  },
  parse: (source, _settings, stack) => parseNova(source, stack),
  stackPaths,
  oversize: (_path, size) => ({ kind: "too-large", size }),
  redactSettings: (settings) => ({ ...settings, env: Object.fromEntries(Object.entries(settings.env).map(([name, value]) => [name, redactEnvValue(name, value)])) }),
  directiveSites: (document): DirectiveSites => ({
    // Only column-1 `#` comments carry directives; a trailing `# …` is part of a value and an
    // indented one is a continuation line, so nova never has a `-disable-line` site (output-and-cli §11).
    // The comments of a file known to hold no directive are never built (see OsloIniDocument.comments).
    comments: withoutDirectives.has(document.file)
      ? []
      : document.file.comments
          .filter((comment) => comment.marker === "#" && mayHoldDirective(comment.text))
          .map((comment) => ({ text: comment.text, span: comment.span, ownLine: true })),
    statements: document.file.assignments.map((assignment) => assignment.span),
  }),
};

/**
 * Documents already parsed, by source: each file of a stack of n files is linted with the other n − 1
 * as context, and the command hands over the same Source object for a file it has read before (its
 * bounded member cache), so a stack costs n parses instead of n². Documents are never changed by the
 * rules, so sharing them is safe; the entries go with their sources.
 */
const parseOnce: (source: Source) => ReturnType<typeof parseOsloIni> = memoizeByObject((source) => {
  const parsed = parseOsloIni(source);
  if (parsed.ok && !source.text.includes(DIRECTIVE_WORD)) withoutDirectives.add(parsed.document);
  return parsed;
});

/** Documents whose text lacks `DIRECTIVE_WORD`: one search of the text instead of a look at every comment. */
const withoutDirectives = new WeakSet<OsloIniDocument>();

/** The linted file fails on its own errors; stack members that do not parse are left out, as if absent. */
function parseNova(source: Source, stack: Stack | undefined): ParseOutcome<NovaDocument, OsloIniFailure> {
  const own = parseOnce(source);
  if (!own.ok) return own;
  const self = stack?.files[stack.index];
  if (!stack || !self) return { ok: true, document: { file: own.document, path: "", stack: [{ path: "", document: own.document }], index: 0 } };
  const members: NovaStackMember[] = [];
  let index = -1;
  stack.files.forEach((member, position) => {
    if (position === stack.index) {
      index = members.length;
      members.push({ path: member.path, document: own.document });
      return;
    }
    const parsed = parseOnce(member.source);
    if (parsed.ok) members.push({ path: member.path, document: parsed.document });
  });
  return { ok: true, document: { file: own.document, path: self.path, stack: members, index } };
}

/**
 * The stack of spec §5 and §12: `settings.stack` globs (relative to the configuration file's
 * directory) in the order given, each glob's matches sorted; otherwise `nova.conf` with the `*.conf`
 * files of a sibling `nova.conf.d/` before it (the distribution command line `--config-file
 * …/nova.conf` makes nova.conf win). Undefined when the file stands alone.
 */
export function stackPaths(path: string, settings: Readonly<NovaSettings>, configDirectory: string): string[] | undefined {
  const members = settings.stack && settings.stack.length > 0 ? globMembers(settings.stack, configDirectory) : defaultMembers(path);
  if (!members) return undefined;
  const self = resolve(path);
  // The linted file keeps the spelling the caller gave, so it can find itself in the list.
  const paths = members.map((member) => (member === self ? path : member));
  return paths.length > 1 && paths.includes(path) ? paths : undefined;
}

function defaultMembers(path: string): string[] | undefined {
  const absolute = resolve(path);
  const directory = dirname(absolute);
  if (basename(absolute) === "nova.conf") return [...dropIns(join(directory, "nova.conf.d")), absolute];
  if (basename(directory) !== "nova.conf.d" || !absolute.endsWith(".conf")) return undefined;
  const main = join(dirname(directory), "nova.conf");
  return [...dropIns(directory), ...(isFile(main) ? [main] : [])];
}

/** `sorted(glob(DIR/*.conf))`: files only, no hidden names (Python's glob skips them), plain string order. */
function dropIns(directory: string): string[] {
  return listFiles(directory)
    .filter((name) => name.endsWith(".conf") && !name.startsWith("."))
    .sort(compareCodePoints)
    .map((name) => join(directory, name));
}

function globMembers(globs: readonly string[], configDirectory: string): string[] {
  const members: string[] = [];
  for (const glob of globs) {
    const pattern = isAbsolute(glob) ? glob : join(configDirectory, glob);
    const isMatch = globMatcher(pattern);
    // Called with the path alone: picomatch's matcher reads a second argument.
    const matches = walk(fixedPrefix(pattern)).filter((path) => isMatch(path)).sort(compareCodePoints);
    // A file named twice is read once, at its first place.
    for (const match of matches) if (!members.includes(match)) members.push(match);
  }
  return members;
}

const GLOB_CHARS = /[*?[\]{}()!+@]/;

/** The directories of a glob before its first segment with a glob character. */
function fixedPrefix(pattern: string): string {
  const segments = pattern.split("/");
  const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
  if (firstGlob < 0) return pattern;
  return segments.slice(0, firstGlob).join("/") || "/";
}

/** Every file under `root` (or `root` itself when it is a file); symbolic links to files count, linked directories are not entered. */
function walk(root: string): string[] {
  if (isFile(root)) return [root];
  const found: string[] = [];
  for (const entry of safeReaddir(root)) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) found.push(...walk(path));
    else if (entry.isFile() || (entry.isSymbolicLink() && isFile(path))) found.push(path);
  }
  return found;
}

function listFiles(directory: string): string[] {
  return safeReaddir(directory)
    .filter((entry) => entry.isFile() || (entry.isSymbolicLink() && isFile(join(directory, entry.name))))
    .map((entry) => entry.name);
}

function safeReaddir(directory: string): Dirent[] {
  try {
    return readdirSync(directory, { withFileTypes: true });
  } catch {
    // A missing or unreadable directory contributes nothing, as oslo.config skips absent defaults.
    return [];
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    // Missing, unreadable, or under a path segment that is not a directory.
    return false;
  }
}

/** Python's `sorted()` order on strings: by code point, which differs from UTF-16 order only above U+FFFF. */
function compareCodePoints(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const difference = left[i]!.codePointAt(0)! - right[i]!.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

/** A rule over a parsed nova.conf (and its stack). */
export type NovaRule<O extends object = Record<string, never>> = Rule<NovaDocument, O, NovaSettings>;
/** A rule over a nova.conf that oslo.config could not read. */
export type NovaFatalRule = Rule<OsloIniFailure, Record<string, never>, NovaSettings>;

/** `OS_<GROUP>__<OPTION>` names an option; `DEFAULT` stays as written, other groups are lower-cased. */
function optionOfVariable(name: string): { group: string; option: string } | undefined {
  const match = /^OS_([A-Z0-9_]+?)__([A-Z0-9_]+)$/.exec(name);
  if (!match) return undefined;
  const group = match[1] === "DEFAULT" ? "DEFAULT" : match[1]!.toLowerCase();
  return { group, option: match[2]!.toLowerCase() };
}

/**
 * An environment value as `--print-config` shows it: secret options (connection URLs, transport_url,
 * passwords) and secret-looking names are hidden whole; elsewhere a password inside a URL is hidden.
 */
function redactEnvValue(name: string, value: string): string {
  const target = optionOfVariable(name);
  if ((target && novaOption(target.group, target.option)?.secret) || looksSecret(name)) return HIDDEN;
  return maskUrlPasswords(value, HIDDEN);
}
