/**
 * What the bundled command loads before it lints (start-up cost, docs/performance.md): the static
 * import graph of `dist/enginelint.js` (which `npm test` builds before running vitest) holds what
 * every run needs, and none of the parts that only some runs use — those are imported when needed.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("../../dist/enginelint.js", import.meta.url));

/** `import … from "./x.js"`, `export … from "./x.js"` and `import "./x.js"` at the start of a line; never `import("./x.js")`. */
const STATIC_IMPORT = /^(?:import|export)\s(?:[^;"]*?\sfrom\s*)?"(\.[^"]+)";/gm;
/** esbuild marks where each bundled source file starts. */
const SOURCE_MARKER = /^\/\/ ((?:src|rules)\/\S+\.ts)$/gm;

/** The source files bundled into the chunks an entry loads statically. */
function staticSources(file: string, seen = new Set<string>(), sources = new Set<string>()): Set<string> {
  if (seen.has(file)) return sources;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  for (const [, source] of text.matchAll(SOURCE_MARKER)) sources.add(source!);
  for (const [, specifier] of text.matchAll(STATIC_IMPORT)) staticSources(join(dirname(file), specifier!), seen, sources);
  return sources;
}

describe("the command's start-up code", () => {
  const sources = staticSources(entry);

  it("is a handful of files: the small modules shared with lazily loaded chunks are one chunk (scripts/bundle.mjs)", () => {
    const files = new Set<string>();
    staticSources(entry, files);
    // Each file is one more resolution, read and link at every start; they were 13 before the grouping.
    expect(files.size).toBeLessThanOrEqual(8);
  });

  it("holds the command line, the linter and the format registry", () => {
    for (const source of ["src/cli.ts", "src/cli/main.ts", "src/cli/args.ts", "src/core/linter.ts", "src/formatters/index.ts"]) expect(sources).toContain(source);
  });

  it("leaves out every format, the baseline, the information flags, rule-id suggestions and the configuration loader", () => {
    const lazy = [
      "src/formatters/stylish.ts",
      "src/formatters/json.ts",
      "src/formatters/sarif.ts",
      "src/formatters/line-hash.ts",
      "src/formatters/junit.ts",
      "src/formatters/gitlab.ts",
      "src/core/suppressions.ts",
      "src/cli/info.ts",
      "src/core/did-you-mean.ts",
      "src/config/load.ts",
    ];
    expect(lazy.filter((source) => sources.has(source))).toEqual([]);
  });
});

describe("a clean one-file run", () => {
  // Node loads its stream modules (≈ 2 ms) when process.stdout is first touched, when `node:net` is
  // imported, or through the ESM facade of `node:fs`; a run that prints nothing needs none of them.
  it("loads none of Node's stream modules", () => {
    const dir = mkdtempSync(join(tmpdir(), "enginelint-startup-"));
    try {
      mkdirSync(join(dir, ".git"));
      copyFileSync(fileURLToPath(new URL("../../examples/hardened/qemu.conf", import.meta.url)), join(dir, "qemu.conf"));
      const report = join(dir, "modules.cjs");
      writeFileSync(
        report,
        'process.on("exit", () => require("fs").writeFileSync(process.env.MODULES_OUT, process.moduleLoadList.join("\\n")));\n',
      );
      const listed = join(dir, "modules.txt");
      execFileSync(process.execPath, ["--require", report, entry, "qemu.conf"], { cwd: dir, env: { PATH: process.env.PATH ?? "", MODULES_OUT: listed } });
      const loaded = readFileSync(listed, "utf8").split("\n");
      expect(loaded).toContain("NativeModule fs");
      expect(loaded.filter((name) => name === "NativeModule stream" || name === "NativeModule net" || name === "NativeModule tty")).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
