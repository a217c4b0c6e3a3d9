/**
 * From the loaded configuration to what applies to one file: overrides, ignores, engine patterns,
 * and `--rule` on top. No yaml or ajv here; matchers are compiled once per configuration.
 */
import { memoizeByObject } from "../core/memo.js";
import { relative, sep } from "node:path";
import { globMatcher } from "../core/glob.js";
import type { ConfiguredSeverity, EngineId } from "../core/diagnostic.js";
import type { EngineSettings, LoadedConfig, LoadedOverride } from "./model.js";
import type { FileConfig, RuleSetting } from "./types.js";

type Matcher = (absolutePath: string) => boolean;

/**
 * Top-level rules and settings, then every override whose `files` match and whose own `ignores` do
 * not, in order (later wins). Without a path (unnamed standard input) only the top level applies.
 * The result is plain data, fresh on every call, so `--print-config` can `JSON.stringify` it.
 */
export function resolveFileConfig(loaded: LoadedConfig, absoluteFilePath: string | undefined): FileConfig {
  let rules = mergeRules({}, loaded.rules);
  let settings = mergeSettings({}, loaded.settings);
  if (absoluteFilePath !== undefined) {
    const matchers = overrideMatchers(loaded);
    for (const [index, override] of loaded.overrides.entries()) {
      if (!matchers[index]?.(absoluteFilePath)) continue;
      rules = mergeRules(rules, override.rules);
      settings = mergeSettings(settings, override.settings);
    }
  }
  return { rules, settings, linterOptions: { ...loaded.linterOptions } };
}

/** ESLint semantics: an entry with options replaces them; a bare severity keeps the options set before it. */
function mergeRules(base: Readonly<Record<string, RuleSetting>>, over: Readonly<Record<string, RuleSetting>>): Record<string, RuleSetting> {
  const merged = { ...base };
  for (const [ruleId, { severity, options }] of Object.entries(over)) {
    const kept = options ?? base[ruleId]?.options;
    merged[ruleId] = kept === undefined ? { severity } : { severity, options: kept };
  }
  return merged;
}

/** Per engine, key by key and recursively into mappings; arrays and scalars are replaced. */
function mergeSettings(base: EngineSettings, over: EngineSettings): EngineSettings {
  const merged: Partial<Record<EngineId, Readonly<Record<string, unknown>>>> = { ...base };
  for (const [engine, values] of Object.entries(over) as [EngineId, Readonly<Record<string, unknown>> | undefined][]) {
    if (values !== undefined) merged[engine] = deepMerge(base[engine] ?? {}, values);
  }
  return merged;
}

function deepMerge(base: Readonly<Record<string, unknown>>, over: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const previous = base[key];
    merged[key] = isMapping(previous) && isMapping(value) ? deepMerge(previous, value) : value;
  }
  return merged;
}

function isMapping(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Top-level `ignores`: the file is not linted at all. */
export function isIgnored(loaded: LoadedConfig, absoluteFilePath: string): boolean {
  return ignoreMatcher(loaded)(absoluteFilePath);
}

/**
 * The engine whose extra `engines` patterns match the file, first in the order the configuration
 * lists them; undefined leaves detection to the built-in file names.
 */
export function engineForPath(loaded: LoadedConfig, absoluteFilePath: string): EngineId | undefined {
  return engineMatchers(loaded).find(([, matches]) => matches(absoluteFilePath))?.[0];
}

/**
 * Ignore patterns as ESLint's `ignores`: a pattern that matches a directory (`vendor`, `vendor/`)
 * excludes everything below it, so directory walks can prune early and users need not add `/**`.
 * Also for `--ignore-pattern`, with the working directory as `directory`.
 */
export function createIgnoreMatcher(directory: string, patterns: readonly string[]): Matcher {
  if (patterns.length === 0) return () => false;
  const matches = globMatcher(patterns);
  return (absolutePath) => {
    const path = relativePath(directory, absolutePath);
    const segments = path.split("/");
    const ancestors = segments.slice(1).map((_, index) => segments.slice(0, index + 1).join("/"));
    return matches(path) || ancestors.some((ancestor) => matches(ancestor) || matches(`${ancestor}/`));
  };
}

/** `files` and `engines` patterns: plain picomatch, as ESLint's `files` (a directory name matches nothing). */
function createMatcher(directory: string, patterns: readonly string[]): Matcher {
  if (patterns.length === 0) return () => false;
  const matches = globMatcher(patterns);
  return (absolutePath) => matches(relativePath(directory, absolutePath));
}

/** Globs are written with `/` and relative to the configuration file's directory, whatever the platform. */
function relativePath(directory: string, absolutePath: string): string {
  return relative(directory, absolutePath).split(sep).join("/");
}

// Compiling globs costs more than matching them, and a run asks about every file: compiled once per configuration.
const ignoreMatcher = memoizeByObject((loaded: LoadedConfig): Matcher => createIgnoreMatcher(loaded.directory, loaded.ignores));
const engineMatchers = memoizeByObject((loaded: LoadedConfig) =>
  (Object.entries(loaded.engines) as [EngineId, readonly string[] | undefined][]).map(
    ([engine, patterns]) => [engine, createMatcher(loaded.directory, patterns ?? [])] as const,
  ),
);
const overrideMatchers = memoizeByObject((loaded: LoadedConfig): readonly Matcher[] =>
  loaded.overrides.map((override) => overrideMatcher(loaded.directory, override)),
);

function overrideMatcher(directory: string, override: LoadedOverride): Matcher {
  const included = createMatcher(directory, override.files);
  const excluded = createIgnoreMatcher(directory, override.ignores);
  return (absolutePath) => included(absolutePath) && !excluded(absolutePath);
}


export interface RuleOverride {
  ruleId: string;
  severity: ConfiguredSeverity;
}

/** `--rule 'ID: SEVERITY'`, applied after the configuration file: a severity only, so options are kept. */
export function applyRuleOverrides(config: FileConfig, overrides: readonly RuleOverride[]): FileConfig {
  const flags = Object.fromEntries(overrides.map(({ ruleId, severity }): [string, RuleSetting] => [ruleId, { severity }]));
  return { ...config, rules: mergeRules(config.rules, flags) };
}
