#!/usr/bin/env node
// Benchmark (a script, not a timed test), figures recorded in docs/performance.md:
//   1. cold start of a one-file run beside `node -e 0`, without and with a configuration file;
//   2. a generated fleet — 1 000 qemu.conf, 1 000 nova.conf (a quarter with nova.conf.d/ drop-ins)
//      and 200 engine-config captures, about 80 MB, shaped like ../shared/corpus when it is there
//      (built-in templates otherwise), values varied per host — linted by one CLI run: wall time,
//      files/s, MB/s, CPU time and the peak RSS of the process (worker threads included), also on
//      the main thread alone (ENGINELINT_INTERNAL_WORKERS=0, see src/cli/workers.ts);
//   3. in-process throughput per engine over the templates (the linter alone, no I/O).
// Needs `npm run build` first. Environment: BENCH_RUNS (cold-start samples, default 20),
// BENCH_FLEET_RUNS (fleet samples, default 3), BENCH_CORPUS (template directory), BENCH_KEEP=1
// (keep the generated fleet and print where it is).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = process.env.BENCH_CORPUS ?? join(root, "..", "shared", "corpus");
const runs = Number(process.env.BENCH_RUNS ?? 20);
const fleetRuns = Number(process.env.BENCH_FLEET_RUNS ?? 3);
const TIME = "/usr/bin/time";

if (!existsSync(join(root, "dist", "enginelint.js"))) {
  console.error("bench: dist/ is missing; run npm run build first");
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), "enginelint-bench-"));
process.on("exit", () => {
  if (process.env.BENCH_KEEP) console.log(`fleet kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
});

// The command is measured from a copy of the package (the files it reads at run time), so a rebuild
// of dist/ during the benchmark (npm test rebuilds it) neither breaks a run nor mixes two builds.
const installed = join(work, "enginelint");
for (const entry of ["dist", "data", "schema", "docs/rules", "package.json"]) cpSync(join(root, entry), join(installed, entry), { recursive: true });
symlinkSync(join(root, "node_modules"), join(installed, "node_modules"), "dir");
const cli = join(installed, "dist", "enginelint.js");

// ---------------------------------------------------------------------------------------------
// Measuring

/**
 * Wall-clock time (ms) of several commands, run in turn once per round — interleaved, so that a change
 * in the machine's load during the benchmark weighs on every command alike. Median and minimum each.
 */
function timeInterleaved(commands, rounds) {
  const samples = commands.map(() => []);
  for (let round = 0; round < rounds; round++) {
    commands.forEach(({ args, cwd = root, env = process.env }, index) => {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, args, { cwd, env, stdio: "ignore" });
      samples[index].push(Number(process.hrtime.bigint() - start) / 1e6);
      if (result.error) throw result.error;
      if (result.status === null || result.status > 1) throw new Error(`bench: ${args.join(" ")} exited with ${result.status ?? result.signal}`);
    });
  }
  return samples.map((list) => {
    list.sort((a, b) => a - b);
    return { median: list[Math.floor(list.length / 2)], min: list[0] };
  });
}

/**
 * Peak RSS (MiB) and CPU time (user + system, s) of one run: GNU time when it is installed, else
 * what a preload reads from process.resourceUsage() at exit (worker threads are part of the process).
 */
function resources(args, { cwd = root, env = process.env } = {}) {
  const report = join(work, "resources.txt");
  rmSync(report, { force: true });
  if (existsSync(TIME)) {
    spawnSync(TIME, ["-f", "%M %U %S", "-o", report, process.execPath, ...args], { cwd, env, stdio: "ignore" });
  } else {
    const preload = join(work, "resources.mjs");
    writeFileSync(
      preload,
      `import { writeFileSync } from "node:fs";\nprocess.on("exit", () => { const u = process.resourceUsage(); writeFileSync(${JSON.stringify(report)}, \`\${u.maxRSS} \${u.userCPUTime / 1e6} \${u.systemCPUTime / 1e6}\`); });\n`,
    );
    spawnSync(process.execPath, ["--import", pathToFileURL(preload).href, ...args], { cwd, env, stdio: "ignore" });
  }
  const [kib, user, system] = readFileSync(report, "utf8").trim().split("\n").pop().split(" ").map(Number);
  return { rss: kib / 1024, cpu: user + system };
}

const ms = (value) => `${value.toFixed(1)} ms`.padStart(10);
const ratio = (value, base) => `${(value / base).toFixed(2)}x`;

// ---------------------------------------------------------------------------------------------
// Templates: the corpus when it is there, else built-in files of the same shape

/** A deterministic generator (mulberry32), so every run lints the same fleet. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpusTemplates(engine, extension) {
  const directory = join(corpus, engine);
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => readFileSync(join(directory, name), "latin1"));
}

/** A stock-looking qemu.conf: the documented settings commented out, a few set. */
function builtinQemu() {
  const keys = ["vnc_listen", "vnc_tls", "spice_listen", "security_driver", "user", "group", "max_processes", "max_files", "migration_port_min", "migration_port_max", "keepalive_interval", "stdio_handler"];
  let text = "# Master configuration file for the QEMU driver.\n\n";
  for (let i = 0; i < 240; i++) {
    const key = keys[i % keys.length];
    text += `# The ${key} setting, described at length as the stock file does, with its default\n# and the consequences of changing it on a host that runs many guests.\n#\n#${key} = ${i % 3 === 0 ? `"value${i}"` : i}\n\n`;
  }
  return [text + 'vnc_listen = "127.0.0.1"\nsecurity_driver = "selinux"\nuser = "qemu"\nmax_processes = 4096\n', 'user = "qemu"\ngroup = "kvm"\n'];
}

function builtinNova() {
  let big = "[DEFAULT]\n";
  for (let i = 0; i < 1200; i++) big += `\n#\n# Help text of option ${i}, as oslo-config-generator writes it into the sample file.\n#  (integer value)\n#option_${i} = ${i}\n`;
  big += "my_ip = 10.0.0.1\ntransport_url = rabbit://nova:secret@10.0.0.2:5672/\n[api]\nauth_strategy = keystone\n[database]\nconnection = mysql+pymysql://nova:secret@10.0.0.2/nova\n";
  return [big, "[DEFAULT]\nmy_ip = 10.0.0.5\ncompute_driver = libvirt.LibvirtDriver\n[libvirt]\nvirt_type = kvm\n", "[DEFAULT]\ndebug = false\n[scheduler]\nworkers = 4\n"];
}

function builtinOvirt() {
  let text = "";
  for (let i = 0; i < 900; i++) text += `Option${i}InSeconds: ${i * 10} version: ${i % 4 === 0 ? "4.5" : "general"}\n`;
  return [text, "FenceStartStatusRetries: 18 version: general\nMaxNumOfCpuPerSocket: 254 version: 4.5\n"];
}

const fromCorpus = existsSync(corpus);
const templates = {
  qemu: fromCorpus ? corpusTemplates("qemu", ".conf") : builtinQemu(),
  nova: fromCorpus ? corpusTemplates("nova", ".conf") : builtinNova(),
  ovirt: fromCorpus ? corpusTemplates("ovirt", ".txt") : builtinOvirt(),
};
for (const [engine, list] of Object.entries(templates)) if (list.length === 0) throw new Error(`bench: no ${engine} templates in ${corpus}`);

/** Large templates carry the fleet's volume; small ones (rendered, hand-made) are the rest. */
function bySize(list, threshold) {
  const large = list.filter((text) => text.length >= threshold);
  const small = list.filter((text) => text.length < threshold);
  return { large: large.length > 0 ? large : list, small: small.length > 0 ? small : list };
}

// ---------------------------------------------------------------------------------------------
// The fleet

/** The template with values varied per host: integers and IPv4 addresses on setting lines, a host comment. */
function vary(text, rng, host, comment) {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const bom = text.startsWith("\u00ef\u00bb\u00bf") ? "\u00ef\u00bb\u00bf" : "";
  const body = text.slice(bom.length);
  const lines = body.split("\n").map((line) => {
    if (/^\s*[#;]/.test(line) || rng() > 0.5) return line;
    return line
      .replace(/\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b/g, (_, a, b, c) => `${a}.${b}.${c}.${1 + Math.floor(rng() * 250)}`)
      .replace(/([=:]\s*)(\d{1,5})(?=\s*(?:version:|$|\r))/, (_, prefix, digits) => `${prefix}${Math.max(1, Math.round(Number(digits) * (0.5 + rng())))}`);
  });
  return bom + (comment ? `${comment} fleet host ${host}${eol}` : "") + lines.join("\n");
}

function generateFleet(directory) {
  const rng = random(20260101);
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const qemu = bySize(templates.qemu, 10_000);
  const nova = bySize(templates.nova, 50_000);
  const ovirt = bySize(templates.ovirt, 10_000);
  let files = 0;
  let bytes = 0;
  const write = (path, text) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, "latin1");
    files++;
    bytes += Buffer.byteLength(text, "latin1");
  };
  for (let i = 0; i < 1000; i++) {
    const host = `host${String(i).padStart(4, "0")}`;
    write(join(directory, "qemu", host, "qemu.conf"), vary(i % 10 === 9 ? pick(qemu.small) : pick(qemu.large), rng, host, "#"));
    const novaDirectory = join(directory, "nova", host);
    write(join(novaDirectory, "nova.conf"), vary(i % 10 < 3 ? pick(nova.large) : pick(nova.small), rng, host, "#"));
    if (i % 4 === 0) {
      const dropIns = 1 + (i % 3);
      for (let d = 0; d < dropIns; d++) write(join(novaDirectory, "nova.conf.d", `${String(d * 10 + 10)}-override.conf`), vary(pick(nova.small), rng, host, "#"));
    }
  }
  for (let i = 0; i < 200; i++) {
    const engine = `engine${String(i).padStart(3, "0")}`;
    write(join(directory, "ovirt", engine, "engine-config-get-all.txt"), vary(i % 10 === 9 ? pick(ovirt.small) : pick(ovirt.large), rng, engine, undefined));
  }
  return { files, bytes };
}

// ---------------------------------------------------------------------------------------------
// Runs

const machine = `${cpus()[0]?.model.trim() ?? "unknown CPU"}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`;
const load = () => loadavg().map((value) => value.toFixed(2)).join(" ");
console.log(`machine: ${machine}`);
console.log(`load average at start: ${load()} (other processes skew wall-clock figures; CPU time less so)`);

// Cold start: a project with .git (the lookup stops there), one qemu.conf, and a second one with .enginelint.yaml.
const plain = join(work, "plain");
const configured = join(work, "configured");
const oneFile = readFileSync(join(root, "examples", "hardened", "qemu.conf"));
for (const directory of [plain, configured]) {
  mkdirSync(join(directory, ".git"), { recursive: true });
  writeFileSync(join(directory, "qemu.conf"), oneFile);
}
writeFileSync(
  join(configured, ".enginelint.yaml"),
  'ignores: ["vendor/**"]\nrules:\n  qemu/duplicate-key: error\n  nova/secret-in-clear: "off"\noverrides:\n  - files: ["lab/**"]\n    rules:\n      qemu/duplicate-key: warn\n',
);
const [nodeBaseline, noConfig, withConfig] = timeInterleaved(
  [{ args: ["-e", "0"] }, { args: [cli, "qemu.conf"], cwd: plain }, { args: [cli, "qemu.conf"], cwd: configured }],
  runs,
);
console.log(`\ncold start, median of ${runs} (min):`);
console.log(`  node -e 0                           ${ms(nodeBaseline.median)} (${ms(nodeBaseline.min).trim()})`);
console.log(`  one file, no configuration file     ${ms(noConfig.median)} (${ms(noConfig.min).trim()})  ${ratio(noConfig.median, nodeBaseline.median)}  target 1.5x`);
console.log(`  one file, with .enginelint.yaml     ${ms(withConfig.median)} (${ms(withConfig.min).trim()})  ${ratio(withConfig.median, nodeBaseline.median)}  target 2.5x`);

const fleet = join(work, "fleet");
mkdirSync(join(fleet, ".git"), { recursive: true });
const generated = generateFleet(fleet);
const mb = generated.bytes / 1e6;
console.log(`\nfleet: ${generated.files} files, ${mb.toFixed(1)} MB (${fromCorpus ? `templates from ${corpus}` : "built-in templates"})`);

const workers = await import(pathToFileURL(join(installed, "dist", "enginelint-worker.js")).href);
const fleetCases = [
  { label: `json (${workers.workerCount({})} worker threads)`, args: ["-f", "json", "."], env: {} },
  { label: "json, main thread only", args: ["-f", "json", "."], env: { ENGINELINT_INTERNAL_WORKERS: "0" } },
  { label: "json, one worker thread", args: ["-f", "json", "."], env: { ENGINELINT_INTERNAL_WORKERS: "1" } },
  { label: "sarif", args: ["-f", "sarif", "."], env: {} },
  { label: "stylish", args: ["."], env: {} },
].map((fleetCase) => ({ ...fleetCase, env: { ...process.env, ...fleetCase.env } }));
console.log(`  one CLI run each, interleaved, median of ${fleetRuns} (targets: the fleet under 2 s, peak RSS under 300 MB = 286 MiB):`);
const walls = timeInterleaved(
  fleetCases.map(({ args, env }) => ({ args: [cli, ...args], cwd: fleet, env })),
  fleetRuns,
);
fleetCases.forEach(({ label, args, env }, index) => {
  const { rss, cpu } = resources([cli, ...args], { cwd: fleet, env });
  const seconds = walls[index].median / 1000;
  console.log(
    `  ${label.padEnd(26)} ${ms(walls[index].median)}  ${(generated.files / seconds).toFixed(0).padStart(5)} files/s  ${(mb / seconds).toFixed(1).padStart(5)} MB/s  CPU ${cpu.toFixed(2)} s  peak RSS ${rss.toFixed(0)} MiB`,
  );
});

// The linter alone: every template of an engine, parsed and checked in-process, no I/O, no stacks.
const { loadEngine, lintFile, createSource, EMPTY_FILE_CONFIG } = await import(pathToFileURL(join(installed, "dist", "api.js")).href);
console.log("\nin-process over the templates (the linter alone):");
for (const [engine, list] of Object.entries(templates)) {
  const binding = await loadEngine(engine);
  const contents = list.map((text) => Buffer.from(text, "latin1"));
  const bytes = contents.reduce((sum, content) => sum + content.length, 0);
  const name = engine === "ovirt" ? "engine-config.txt" : `${engine}.conf`;
  const lint = () => {
    for (const content of contents) lintFile(binding, { source: createSource(content) }, name, EMPTY_FILE_CONFIG);
  };
  lint();
  let rounds = 0;
  const start = process.hrtime.bigint();
  let seconds = 0;
  while (seconds < 1) {
    lint();
    rounds++;
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
  }
  console.log(`  ${engine.padEnd(6)} ${((rounds * contents.length) / seconds).toFixed(0).padStart(6)} files/s  ${((rounds * bytes) / 1e6 / seconds).toFixed(1).padStart(5)} MB/s`);
}
console.log(`\nload average at the end: ${load()}`);
