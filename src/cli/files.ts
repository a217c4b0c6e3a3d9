/**
 * From command-line operands to the files to lint: explicit files, directories walked recursively
 * (only files whose name an engine claims), and glob patterns.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { globMatcher } from "../core/glob.js";
import type { EngineId } from "../core/diagnostic.js";

export interface FileTarget {
  /** Absolute path, as reported. */
  path: string;
  /** Named explicitly on the command line (then content sniffing may pick its engine). */
  explicit: boolean;
  /** The engine its name selects, if any. */
  engine: EngineId | undefined;
}

export interface DiscoveryOptions {
  cwd: string;
  engineForPath(path: string): EngineId | undefined;
  isIgnored(path: string): boolean;
  errorOnUnmatchedPattern: boolean;
  /** `--engine` given: files a glob matches are linted even when no engine claims their name. */
  engineForced: boolean;
}

export interface Discovery {
  targets: FileTarget[];
  /** Operands that cannot be used: missing paths, unmatched patterns (each one line for stderr). */
  problems: string[];
  /** Explicit files skipped because an ignore pattern matches them. */
  ignoredExplicit: string[];
}

/** Directories no one wants linted, as ESLint's defaults. */
const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git"]);

const GLOB_CHARS = /[*?[\]{}()!]/;

export function discoverFiles(operands: readonly string[], options: DiscoveryOptions): Discovery {
  const seen = new Set<string>();
  const targets: FileTarget[] = [];
  const problems: string[] = [];
  const ignoredExplicit: string[] = [];
  const add = (path: string, explicit: boolean): void => {
    if (seen.has(path)) return;
    seen.add(path);
    targets.push({ path, explicit, engine: options.engineForPath(path) });
  };

  for (const operand of operands) {
    const absolute = resolve(options.cwd, operand);
    const stats = statOrUndefined(absolute);
    if (stats?.isFile()) {
      if (options.isIgnored(absolute)) ignoredExplicit.push(absolute);
      else add(absolute, true);
      continue;
    }
    if (stats && !stats.isDirectory()) {
      // A FIFO or device would block or never end; engines read regular files only.
      problems.push(`Not a regular file: ${operand}`);
      continue;
    }
    const walked = stats?.isDirectory()
      ? walk(absolute, options, (path) => options.engineForPath(path) !== undefined, problems)
      : GLOB_CHARS.test(operand)
        ? expandGlob(operand, options, problems)
        : undefined;
    if (walked === undefined) {
      problems.push(`No such file or directory: ${operand}`);
      continue;
    }
    if (walked.length === 0 && options.errorOnUnmatchedPattern) {
      problems.push(`No files matching the pattern "${operand}" were found.`);
      continue;
    }
    for (const path of walked) add(path, false);
  }
  return { targets, problems, ignoredExplicit };
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Regular files under `root` that `select` accepts, skipping ignored paths and symlink loops. A
 * directory that cannot be listed is a problem (exit 2): the files in it would go unlinted unseen.
 */
function walk(root: string, options: DiscoveryOptions, select: (path: string) => boolean, problems: string[]): string[] {
  const found: string[] = [];
  const visited = new Set<string>();
  const visit = (directory: string): void => {
    const real = safeRealpath(directory);
    if (real === undefined || visited.has(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A directory removed while the walk runs is simply gone.
      if (code === "ENOENT" || code === "ENOTDIR") return;
      const reason = code === "EACCES" || code === "EPERM" ? "permission denied" : (error as Error).message;
      problems.push(`cannot read directory ${shownPath(options.cwd, directory)}: ${reason}`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(directory, entry.name);
      // Symlinks are followed; FIFOs, sockets and devices are never opened.
      const kind = entry.isSymbolicLink() ? statOrUndefined(path) : entry;
      if (!kind) continue;
      if (kind.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name) && !options.isIgnored(path)) visit(path);
      } else if (kind.isFile() && !options.isIgnored(path) && select(path)) {
        found.push(path);
      }
    }
  };
  visit(root);
  return found;
}

/** A path relative to the working directory when it lies below it, as the user would write it. */
function shownPath(cwd: string, path: string): string {
  const relativePath = relative(cwd, path);
  return relativePath === "" || relativePath.startsWith("..") || isAbsolute(relativePath) ? path : relativePath;
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** A glob is matched against paths relative to the working directory, walked from its fixed prefix. */
function expandGlob(pattern: string, options: DiscoveryOptions, problems: string[]): string[] {
  const normalised = pattern.split(sep).join("/");
  const segments = normalised.split("/");
  const fixed: string[] = [];
  for (const segment of segments) {
    if (GLOB_CHARS.test(segment)) break;
    fixed.push(segment);
  }
  const base = resolve(options.cwd, fixed.join("/") || ".");
  if (!statOrUndefined(base)?.isDirectory()) return [];
  const matches = globMatcher(normalised);
  const absolutePattern = normalised.startsWith("/");
  return walk(
    base,
    options,
    (path) => {
      const candidate = absolutePattern ? path.split(sep).join("/") : relative(options.cwd, path).split(sep).join("/");
      return matches(candidate) && (options.engineForced || options.engineForPath(path) !== undefined);
    },
    problems,
  );
}
