/** The configuration as the linter consumes it, after loading, validation and override resolution. */
import type { ConfiguredSeverity, EngineId } from "../core/diagnostic.js";

export interface RuleSetting {
  severity: ConfiguredSeverity;
  /** The user's options object; merged over the rule's `defaultOptions`. */
  options?: Readonly<Record<string, unknown>>;
}

export interface LinterOptions {
  noInlineConfig: boolean;
  reportUnusedDisableDirectives: ConfiguredSeverity;
  requireDirectiveReason: boolean;
}

/** Everything that applies to one file. */
export interface FileConfig {
  rules: Readonly<Record<string, RuleSetting>>;
  settings: Readonly<Partial<Record<EngineId, Readonly<Record<string, unknown>>>>>;
  linterOptions: LinterOptions;
}

export const DEFAULT_LINTER_OPTIONS: LinterOptions = {
  noInlineConfig: false,
  reportUnusedDisableDirectives: "warning",
  requireDirectiveReason: false,
};

export const EMPTY_FILE_CONFIG: FileConfig = { rules: {}, settings: {}, linterOptions: DEFAULT_LINTER_OPTIONS };
