/**
 * Where the repository is: found from this module, or from the working directory when the module has
 * been bundled elsewhere (scripts/fuzz-diff.mjs bundles into a temp dir and passes its root instead).
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

function findRoot(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "test", "differential", "virconf_driver.c"))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

export function setRepoRoot(dir: string): void {
  root = dir;
}

export function repoRoot(): string {
  root ??= findRoot(dirname(fileURLToPath(import.meta.url))) ?? findRoot(process.cwd());
  if (!root) throw new Error("cannot find the enginelint repository (run from inside it)");
  return root;
}

export const driverSource = (): string => join(repoRoot(), "test", "differential", "virconf_driver.c");
export const fixtureDir = (): string => join(repoRoot(), "fixtures", "qemu", "differential");
/** The shared corpus beside the repository (absent outside the workspace and the CI checkout). */
export const corpusDir = (): string => join(repoRoot(), "..", "shared", "corpus", "qemu");
