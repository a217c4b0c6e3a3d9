import type { Formatter } from "./types.js";

/**
 * Every format by name (the order of `--help`), each loaded only when a run asks for it: a run prints
 * one or two formats, and all of them together were a fifth of the code the command loaded at start.
 */
const LOADERS = {
  stylish: async () => (await import("./stylish.js")).stylish,
  json: async () => (await import("./json.js")).json,
  "json-with-metadata": async () => (await import("./json-with-metadata.js")).jsonWithMetadata,
  compact: async () => (await import("./compact.js")).compact,
  unix: async () => (await import("./unix.js")).unix,
  gcc: async () => (await import("./gcc.js")).gcc,
  sarif: async () => (await import("./sarif.js")).sarif,
  github: async () => (await import("./github.js")).github,
  gitlab: async () => (await import("./gitlab.js")).gitlab,
  junit: async () => (await import("./junit.js")).junit,
  checkstyle: async () => (await import("./checkstyle.js")).checkstyle,
} as const satisfies Record<string, () => Promise<Formatter>>;

export type FormatName = keyof typeof LOADERS;

export const FORMAT_NAMES = Object.keys(LOADERS) as readonly FormatName[];

export const loadFormatter = (format: FormatName): Promise<Formatter> => LOADERS[format]();

/**
 * Formats whose own contract ends every line with a newline (gcc, SARIF, GitLab). The others are
 * printed as ESLint prints them, followed by one newline (`console.log`), stylish included.
 */
export const NEWLINE_TERMINATED: ReadonlySet<FormatName> = new Set(["gcc", "sarif", "gitlab"]);
