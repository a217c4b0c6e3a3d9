/** Severities as users write them (ESLint's words and numbers, plus `info`) and as the linter uses them. */
import type { ConfiguredSeverity } from "../core/diagnostic.js";

/** In the order the schema's `enum` and the error messages list them; `info` has no ESLint number. */
export const SEVERITY_VALUES = ["off", "info", "warn", "error", 0, 1, 2] as const;

export type RawSeverity = (typeof SEVERITY_VALUES)[number];

const NORMALISED: Readonly<Record<RawSeverity, ConfiguredSeverity>> = {
  off: "off",
  0: "off",
  info: "info",
  warn: "warning",
  1: "warning",
  error: "error",
  2: "error",
};

/** Strict: the string "1" is not a severity (the schema's `enum` says the same). */
export function isRawSeverity(value: unknown): value is RawSeverity {
  return (SEVERITY_VALUES as readonly unknown[]).includes(value);
}

export function normalizeSeverity(value: RawSeverity): ConfiguredSeverity {
  return NORMALISED[value];
}
