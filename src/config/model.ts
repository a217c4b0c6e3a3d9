/**
 * The configuration file as loaded and validated, before it is resolved for one file (resolve.ts),
 * and what loading needs to know about the rules and engines. No yaml or ajv here: the CLI imports
 * these types, and ConfigError, without paying for the parser.
 */
import type { EngineId } from "../core/diagnostic.js";
import { DEFAULT_LINTER_OPTIONS, type FileConfig, type LinterOptions, type RuleSetting } from "./types.js";

export interface KnownRule {
  /** JSON Schema (2020-12) of the rule's single options object; without it the rule takes no options. */
  readonly schema?: object;
  readonly defaultOptions: object;
}

export interface ConfigContext {
  /** Every rule id users may configure. */
  readonly rules: ReadonlyMap<string, KnownRule>;
  /** JSON Schema of `settings.<engine>`; an engine without one accepts any object. */
  readonly settingsSchemas: Partial<Record<EngineId, object>>;
  /** Error lines name the configuration file relative to this directory. */
  readonly cwd: string;
}

export type EngineSettings = FileConfig["settings"];

export interface LoadedOverride {
  /** Globs relative to the configuration file's directory. */
  readonly files: readonly string[];
  readonly ignores: readonly string[];
  /** A setting without `options` (a bare severity) keeps the options set before it. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly settings: EngineSettings;
}

export interface LoadedConfig {
  /** Absolute path of the configuration file; undefined when none is used. */
  readonly filePath: string | undefined;
  /** Absolute directory that the file's paths and globs are relative to. */
  readonly directory: string;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly settings: EngineSettings;
  /** Complete: options the file leaves out have their defaults. */
  readonly linterOptions: LinterOptions;
  readonly ignores: readonly string[];
  /** Extra file-name globs per engine, in the order the file lists the engines. */
  readonly engines: Readonly<Partial<Record<EngineId, readonly string[]>>>;
  readonly overrides: readonly LoadedOverride[];
}

/** What a run without a configuration file resolves against, so callers need no special case. */
export function emptyLoadedConfig(directory: string): LoadedConfig {
  return {
    filePath: undefined,
    directory,
    rules: {},
    settings: {},
    linterOptions: DEFAULT_LINTER_OPTIONS,
    ignores: [],
    engines: {},
    overrides: [],
  };
}

/**
 * The configuration cannot be used: `lines` are complete `path:line:col: error: message` lines (or
 * `path: error: message` without a position) for stderr; the run exits 2.
 */
export class ConfigError extends Error {
  readonly lines: readonly string[];

  constructor(lines: readonly string[]) {
    super(lines.join("\n"));
    this.name = "ConfigError";
    this.lines = lines;
  }
}
