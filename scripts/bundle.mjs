#!/usr/bin/env node
// Bundles the command into dist/ with esbuild: one ESM file per entry plus shared and lazily loaded
// chunks (the YAML/Ajv configuration loader, each engine, each format, the baseline, the information
// flags). One file instead of ~80 modules halves the start-up cost above `node -e 0`, and what a run
// does not use stays out of the code it loads at start (test/cli/startup.test.ts).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { dependencies } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
// These CommonJS packages load faster bundled than as files from node_modules: yaml and Ajv go into
// the configuration loader's lazily loaded chunk, picocolors with the stylish format. The others stay
// external (picomatch is required on first use, by src/core/glob.ts).
const BUNDLED = new Set(["ajv", "picocolors", "yaml"]);
const FILE_VALIDATOR = join(root, "src", "config", "file-validator.ts");
/**
 * yaml's CommonJS files `require("process")` and `require("buffer")`, which an ESM bundle cannot do
 * (esbuild's stand-in for `require` throws). They get the same objects from modules of the bundle: the
 * global `process` (what `require("process")` returns) and the namespace of `node:buffer`. A
 * `require` made for every chunk instead (a banner) would cost every run, for the configuration chunk.
 */
const REQUIRED_BUILT_INS = { process: "module.exports = process;", buffer: 'export * from "node:buffer";' };
/**
 * `node:fs` as an ES module of named bindings read from the CommonJS object: its data properties only,
 * as a fresh Node process has them (the lazy getters — `promises`, the stream classes — stay untouched).
 */
const FS_EXPORTS = (() => {
  const listing = spawnSync(
    process.execPath,
    ["-e", 'const d = Object.getOwnPropertyDescriptors(require("node:fs")); console.log(Object.keys(d).filter((k) => "value" in d[k] && /^[A-Za-z_$][\\w$]*$/.test(k)).join(" "))'],
    { encoding: "utf8" },
  );
  const names = listing.stdout.trim().split(" ");
  return `const fs = process.getBuiltinModule("node:fs");\n${names.map((name) => `export const ${name} = fs.${name};`).join("\n")}\n`;
})();
// The worker threads of a large run (src/cli/workers.ts) start from their own entry.
const ENTRY_POINTS = { enginelint: "src/cli.ts", "enginelint-worker": "src/cli/workers.ts", api: "src/api.ts" };
/**
 * The small modules that the command and its lazily loaded chunks (engines, formats, the
 * configuration loader) share. esbuild gives each set of importers its own chunk, so these ended up
 * in a dozen chunks of a few hundred bytes — each one more file Node resolves, reads and links at
 * every start (≈ 0.25 ms each; ≈ 1.5 ms of a 84 ms run). Imported from every entry and every lazily
 * loaded module (the plugin below), they have one set of importers, hence one chunk. The core modules
 * a run loads only when it needs them (the baseline, rule-id suggestions) stay out.
 */
const LAZY_CORE = new Set(["suppressions.ts", "did-you-mean.ts"]);
const SHARED_CORE = [
  ...readdirSync(join(root, "src", "core"))
    .filter((file) => file.endsWith(".ts") && !LAZY_CORE.has(file))
    .map((file) => `./src/core/${file}`),
  "./src/config/model.ts",
  "./src/config/severity.ts",
  "./src/config/types.ts",
];
const common = { absWorkingDir: root, bundle: true, format: "esm", platform: "node", target: "node20.19", logLevel: "warning" };

rmSync(join(root, "dist"), { recursive: true, force: true });
const fileValidator = await generateFileValidator();
const { metafile } = await build({
  ...common,
  metafile: true,
  // The worker threads of a large run (src/cli/workers.ts) start from their own entry.
  entryPoints: ENTRY_POINTS,
  outdir: "dist",
  chunkNames: "chunks/[name]-[hash]",
  splitting: true,
  external: Object.keys(dependencies).filter((name) => !BUNDLED.has(name)),
  plugins: [
    {
      name: "one chunk for the shared core",
      setup(plugins) {
        const importers = new Set(Object.values(ENTRY_POINTS).map((entry) => join(root, entry)));
        plugins.onResolve({ filter: /.*/ }, ({ kind, path, resolveDir }) => {
          if (kind === "dynamic-import" && path.startsWith(".")) importers.add(join(resolveDir, path).replace(/\.js$/, ".ts"));
          return undefined;
        });
        plugins.onResolve({ filter: /^shared-core$/ }, () => ({ path: "shared-core", namespace: "shared-core" }));
        plugins.onLoad({ filter: /.*/, namespace: "shared-core" }, () => ({
          contents: SHARED_CORE.map((module) => `import ${JSON.stringify(module)};`).join("\n"),
          resolveDir: root,
          loader: "js",
        }));
        plugins.onLoad({ filter: /\.ts$/ }, ({ path }) =>
          importers.has(path) ? { contents: `${readFileSync(path, "utf8")}\nimport "shared-core";\n`, loader: "ts" } : undefined,
        );
      },
    },
    {
      // Node's ESM facade of `node:fs` reads every export, the lazy `ReadStream` getter included, and
      // so loads Node's stream modules (≈ 1.7 ms of every run, most of which never stream). The
      // bundle takes the CommonJS module object instead, whose getters run only when used.
      name: "node:fs without its ESM facade",
      setup(plugins) {
        plugins.onResolve({ filter: /^node:fs$/ }, ({ kind }) => (kind === "import-statement" ? { path: "fs", namespace: "node-fs" } : undefined));
        plugins.onLoad({ filter: /.*/, namespace: "node-fs" }, () => ({ contents: FS_EXPORTS, loader: "js" }));
      },
    },
    {
      name: "node built-ins required by bundled CommonJS",
      setup(plugins) {
        plugins.onResolve({ filter: /^(process|buffer)$/ }, ({ path, kind }) => (kind === "require-call" ? { path, namespace: "node-built-in" } : undefined));
        plugins.onLoad({ filter: /.*/, namespace: "node-built-in" }, ({ path }) => ({ contents: REQUIRED_BUILT_INS[path], loader: "js" }));
      },
    },
    {
      name: "standalone file validator",
      setup(plugins) {
        plugins.onLoad({ filter: /[\\/]file-validator\.ts$/ }, ({ path }) =>
          path === FILE_VALIDATOR ? { contents: fileValidator, loader: "js", resolveDir: dirname(FILE_VALIDATOR) } : undefined,
        );
      },
    },
  ],
});

writeThirdPartyNotices(metafile);

/**
 * The licences of the packages whose code the bundle holds (yaml, Ajv and its dependencies,
 * picocolors): they ship inside dist/, so their notices ship with them, in dist/THIRD-PARTY-NOTICES.md.
 */
function writeThirdPartyNotices({ inputs }) {
  const packages = new Set();
  for (const input of Object.keys(inputs)) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.add(match[1]);
  }
  const sections = [...packages].sort().map((name) => {
    const directory = join(root, "node_modules", name);
    const { version, license } = JSON.parse(readFileSync(join(directory, "package.json"), "utf8"));
    const licenceFile = readdirSync(directory).find((file) => /^licen[cs]e/i.test(file));
    const text = licenceFile ? readFileSync(join(directory, licenceFile), "utf8").trim() : `${license} (no licence file in the package)`;
    return `## ${name} ${version} (${license})\n\n\`\`\`\n${text}\n\`\`\`\n`;
  });
  const heading = "# Third-party notices\n\nThe bundled files of this directory contain code of the following packages.\n\n";
  writeFileSync(join(root, "dist", "THIRD-PARTY-NOTICES.md"), heading + sections.join("\n"));
}

/**
 * The configuration file's validator as Ajv standalone code (src/config/standalone.ts), which the
 * bundle holds in place of src/config/file-validator.ts, so that a run does not compile the schema.
 * The generator is bundled whole (Ajv included), so it runs from memory.
 */
async function generateFileValidator() {
  const { outputFiles } = await build({ ...common, entryPoints: ["src/config/standalone.ts"], write: false });
  const code = outputFiles[0]?.text ?? "";
  const { fileValidatorModule } = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  return fileValidatorModule(JSON.parse(readFileSync(join(root, "schema", "enginelint.schema.json"), "utf8")));
}
