/**
 * Glob matching with picomatch's syntax (the one the spec names for configuration globs), loaded on
 * first use: most runs have no glob at all, and start-up time is a feature.
 */
import { createRequire } from "node:module";
import type picomatchType from "picomatch";

let picomatch: typeof picomatchType | undefined;

export function globMatcher(patterns: string | readonly string[]): (path: string) => boolean {
  picomatch ??= createRequire(import.meta.url)("picomatch") as typeof picomatchType;
  return picomatch(typeof patterns === "string" ? patterns : [...patterns], { dot: true });
}
