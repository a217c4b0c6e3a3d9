import { checkstyle } from "./checkstyle.js";
import { compact } from "./compact.js";
import { gcc } from "./gcc.js";
import { github } from "./github.js";
import { gitlab } from "./gitlab.js";
import { json } from "./json.js";
import { jsonWithMetadata } from "./json-with-metadata.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Formatter } from "./types.js";
import { unix } from "./unix.js";

export const FORMATTERS = {
  stylish,
  json,
  "json-with-metadata": jsonWithMetadata,
  compact,
  unix,
  gcc,
  sarif,
  github,
  gitlab,
  junit,
  checkstyle,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

/**
 * Formats whose own contract ends every line with a newline (gcc, SARIF, GitLab). The others are
 * printed as ESLint prints them, followed by one newline (`console.log`), stylish included.
 */
export const NEWLINE_TERMINATED: ReadonlySet<FormatName> = new Set(["gcc", "sarif", "gitlab"]);
