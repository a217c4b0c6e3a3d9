#!/usr/bin/env node
// Benchmark (a script, not a timed test): cold start of a one-file run beside `node -e 0`, one CLI
// run over the qemu corpus, and in-process throughput over the corpus. Needs `npm run build` first
// (npm ci does it) and ../shared/corpus/qemu for the corpus figures.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "enginelint.js");
const corpus = join(root, "..", "shared", "corpus", "qemu");
const runs = Number(process.env.BENCH_RUNS ?? 20);

if (!existsSync(cli)) {
  console.error("bench: dist/ is missing; run npm run build first");
  process.exit(2);
}

function timeCommand(args, times = runs) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: "ignore" });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.error) throw result.error;
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], min: samples[0] };
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;

const baseline = timeCommand(["-e", "0"]);
const oneFile = timeCommand([cli, "--no-config-lookup", join(root, "examples", "hardened", "qemu.conf")]);
console.log(`cold start, median of ${runs}:`);
console.log(`  node -e 0                          ${fmt(baseline.median)} (min ${fmt(baseline.min)})`);
console.log(`  enginelint one file, no config     ${fmt(oneFile.median)} (min ${fmt(oneFile.min)})  ${(oneFile.median / baseline.median).toFixed(2)}x`);

if (existsSync(corpus)) {
  const files = readdirSync(corpus).filter((name) => name.endsWith(".conf")).map((name) => join(corpus, name));
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const wall = timeCommand([cli, "--no-config-lookup", "--engine", "qemu", "-f", "json", ...files], Math.max(5, Math.floor(runs / 2)));
  console.log(`qemu corpus: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB`);
  console.log(`  one CLI run (process included)     ${fmt(wall.median)}  ${(files.length / (wall.median / 1000)).toFixed(0)} files/s`);

  const { loadEngine, lintFile, createSource, EMPTY_FILE_CONFIG } = await import(join(root, "dist", "api.js"));
  const qemu = await loadEngine("qemu");
  const contents = files.map((file) => readFileSync(file));
  const rounds = 200;
  for (const bytesOfFile of contents) lintFile(qemu, { source: createSource(bytesOfFile) }, "qemu.conf", EMPTY_FILE_CONFIG);
  const start = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) {
    for (const bytesOfFile of contents) lintFile(qemu, { source: createSource(bytesOfFile) }, "qemu.conf", EMPTY_FILE_CONFIG);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const linted = rounds * files.length;
  console.log(`  in-process, ${rounds} rounds           ${(linted / seconds).toFixed(0)} files/s, ${((rounds * bytes) / 1024 / 1024 / seconds).toFixed(1)} MiB/s`);
} else {
  console.log("qemu corpus not found beside the project (../shared/corpus/qemu); corpus figures skipped");
}
