import type { FileResult } from "../core/diagnostic.js";

export interface FormatterContext {
  /** The working directory, for formats that print relative paths. */
  cwd: string;
  /** The decision of `colorEnabled` (only `stylish` honours it). */
  color: boolean;
  /** Whether the CLI offers `--fix`: stylish must not advertise an option the user cannot pass. */
  fixFlagAvailable: boolean;
}

/** Results arrive sorted by `filePath` (code-unit order) and, within a file, by position. */
export type Formatter = (results: readonly FileResult[], context: FormatterContext) => string;
