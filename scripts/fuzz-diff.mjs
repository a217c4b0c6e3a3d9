#!/usr/bin/env node
// Long differential runs: the same generated files through an engine's own parser and through
// enginelint's, many more than the CI-sized suites in test/differential. Prints the number of cases,
// the time and every disagreement (each saved as a fixture with the engine's expected result).
//
//   npm run fuzz:diff -- --engine nova|qemu|all [--runs N] [--seed S] [--no-save]
//
// The harnesses are TypeScript under test/differential; esbuild bundles the chosen one into a
// temporary module. Exit status: 0 all agree, 1 a disagreement, 2 usage error or no engine could run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * One entry per engine: the harness module to bundle and an adapter that runs it and returns
 * `{ runs, seconds, disagreements }` or `{ skipped: reason }`.
 */
const ENGINES = {
  // ---- nova (oslo.config through /usr/bin/python3) -------------------------------------------------
  nova: {
    entry: "test/differential/nova-fuzz.ts",
    async run(fuzz, { runs, seed, save, log }) {
      const reason = fuzz.osloUnavailableReason();
      if (reason) return { skipped: reason };
      const summary = await fuzz.fuzzNova({ root, runs, seed, save, log });
      log(`nova: oslo outcomes: ${Object.entries(summary.outcomes).map(([label, count]) => `${label} ${count}`).join(", ")}`);
      for (const [kind, count] of Object.entries(summary.byKind)) log(`nova: disagreement ${kind}: ${count}`);
      for (const name of summary.fixtures) log(`nova: fixture fixtures/nova/differential/${name}.conf`);
      return { runs: summary.runs, seconds: summary.seconds, disagreements: summary.disagreements };
    },
  },
  // ---- qemu (libvirt's virConf through test/differential/virconf_driver.c and libvirt.so.0) ----------
  qemu: {
    entry: "test/differential/qemu-fuzz.ts",
    async run(fuzz, { runs, seed, save, log }) {
      const outcome = await fuzz.fuzzQemu({ root, runs, seed, save, log });
      if (!outcome.ok) return { skipped: outcome.skip };
      const { summary } = outcome;
      return { runs: summary.runs, seconds: summary.seconds, disagreements: summary.disagreements };
    },
  },
};

function usage(message) {
  if (message) console.error(`fuzz-diff: ${message}`);
  console.error(`usage: npm run fuzz:diff -- --engine ${[...Object.keys(ENGINES), "all"].join("|")} [--runs N] [--seed S] [--no-save]`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = { engine: "all", runs: 10_000, seed: Date.now() % 2 ** 31, save: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? usage(`${name} needs a value`);
    if (name === "--engine") options.engine = value();
    else if (name === "--runs") options.runs = Number(value());
    else if (name === "--seed") options.seed = Number(value());
    else if (name === "--no-save") options.save = false;
    else if (name === "--help" || name === "-h") usage();
    else usage(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) usage("--runs must be a positive integer");
  if (!Number.isInteger(options.seed)) usage("--seed must be an integer");
  if (options.engine !== "all" && !(options.engine in ENGINES)) usage(`unknown engine ${options.engine}`);
  return options;
}

/** Bundles the engine's harness and imports it. */
async function load(engine, directory) {
  const outfile = join(directory, `${engine.entry.replace(/\W+/g, "_")}.mjs`);
  await build({
    absWorkingDir: root,
    entryPoints: [engine.entry],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Bundled whole (fast-check included): the temporary directory has no node_modules.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: "warning",
  });
  return import(pathToFileURL(outfile).href);
}

const options = parseArgs(process.argv.slice(2));
const names = options.engine === "all" ? Object.keys(ENGINES) : [options.engine];
const directory = mkdtempSync(join(tmpdir(), "fuzz-diff-"));
const log = (line) => console.log(line);
let failed = false;
let ran = 0;
try {
  for (const name of names) {
    const harness = await load(ENGINES[name], directory);
    const started = performance.now();
    const result = await ENGINES[name].run(harness, { runs: options.runs, seed: options.seed, save: options.save, log });
    if (result.skipped) {
      console.log(`${name}: skipped: ${result.skipped}`);
      continue;
    }
    ran++;
    const seconds = result.seconds ?? (performance.now() - started) / 1000;
    console.log(
      `${name}: ${result.runs} cases in ${seconds.toFixed(1)} s (${Math.round(result.runs / seconds)} cases/s), seed ${options.seed}: ` +
        (result.disagreements === 0 ? "no disagreement" : `${result.disagreements} DISAGREEMENTS`),
    );
    if (result.disagreements > 0) failed = true;
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
process.exit(failed ? 1 : ran === 0 ? 2 : 0);
