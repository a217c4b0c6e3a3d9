import type { ConfiguredSeverity, EngineId, FileResult } from "../core/diagnostic.js";

/** What formats that describe rules (SARIF, json-with-metadata) need to know of each rule. */
export interface RuleInfo {
  id: string;
  engine: EngineId;
  type: "problem" | "suggestion";
  /** One line, no final period. */
  description: string;
  /** The rule's documentation page. */
  url: string;
  defaultSeverity: ConfiguredSeverity;
  fixable?: "safe" | "unsafe";
  hasSuggestions?: boolean;
}

/** The styles `stylish` uses, each wrapping a text in escape codes (or not). */
export interface Palette {
  reset(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  dim(text: string): string;
  underline(text: string): string;
  bold(text: string): string;
}

export interface FormatterContext {
  /** The working directory, for formats that print relative paths. */
  cwd: string;
  /** Root for repository-relative paths (SARIF, GitHub, GitLab): `--project-root`, else the nearest `.git` ancestor of `cwd`, else `cwd`. */
  projectRoot: string;
  /** Every rule of the engines linted in this run, by id. */
  rules: ReadonlyMap<string, RuleInfo>;
  /** The first paragraph of a rule's page (SARIF `fullDescription`), read on demand. */
  ruleSummary(ruleId: string): string;
  /** enginelint's version and home page (SARIF `tool.driver`). */
  toolVersion: string;
  informationUri: string;
  /** How `stylish` paints: picocolors when `colorEnabled` decided for colour, `NO_COLORS` otherwise; other formats never paint. */
  palette: Palette;
  /** Whether the CLI offers `--fix`: stylish must not advertise an option the user cannot pass. */
  fixFlagAvailable: boolean;
}

/** Results arrive sorted by `filePath` (code-unit order) and, within a file, by position. */
export type Formatter = (results: readonly FileResult[], context: FormatterContext) => string;
