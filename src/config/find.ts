/**
 * Configuration file lookup. Kept apart from load.ts, and free of yaml and ajv, so that a run without
 * a configuration file never loads them (start-up cost).
 */
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** In order of preference when a directory holds both. */
export const CONFIG_FILE_NAMES = [".enginelint.yaml", ".enginelint.yml"] as const;

/** From `cwd` upward; the first directory containing `.git` (a directory, or a worktree's file) is the last one searched. */
export function findConfigFile(cwd: string): string | undefined {
  for (let directory = resolve(cwd); ; directory = dirname(directory)) {
    const found = CONFIG_FILE_NAMES.map((name) => join(directory, name)).find(isFile);
    if (found !== undefined) return found;
    if (existsSync(join(directory, ".git")) || dirname(directory) === directory) return undefined;
  }
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}
