/** Where the installed package lives (for its docs, schema and version), from source or from dist/. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cachedRoot: string | undefined;

export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, "package.json"))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error("enginelint's package.json was not found");
    directory = parent;
  }
  cachedRoot = directory;
  return directory;
}

interface PackageJson {
  version: string;
  homepage?: string;
}

export function packageJson(): PackageJson {
  // Read once: every rule's URL asks for the homepage.
  cachedPackageJson ??= JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as PackageJson;
  return cachedPackageJson;
}

let cachedPackageJson: PackageJson | undefined;

/** A rule's documentation page inside the package. */
export function rulePagePath(ruleId: string): string {
  return join(packageRoot(), "docs", "rules", `${ruleId}.md`);
}

/** The public URL of a rule's page, under the package's homepage. */
export function ruleUrl(ruleId: string): string {
  const base = (packageJson().homepage ?? "").replace(/\/$/, "");
  return `${base}/rules/${ruleId}`;
}
