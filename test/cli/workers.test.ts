/**
 * A fleet above the worker threshold is linted on worker threads (the bundled command: workers start
 * from dist/enginelint-worker.js, which `npm test` builds before vitest), and the output is the same
 * as a single-threaded run's, byte for byte, in every respect a user sees: results, order, problems
 * on stderr, exit code. ENGINELINT_INTERNAL_WORKERS (internal) sets the number of worker threads.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { lineHashes } from "../../src/formatters/line-hash.js";
import type { SarifLog } from "../../src/formatters/sarif.js";

const cli = fileURLToPath(new URL("../../dist/enginelint.js", import.meta.url));
const worker = fileURLToPath(new URL("../../dist/enginelint-worker.js", import.meta.url));
let dir: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], workers: string | undefined, nodeArgs: string[] = []): Run {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? "" };
  if (workers !== undefined) env.ENGINELINT_INTERNAL_WORKERS = workers;
  const result = spawnSync(process.execPath, [...nodeArgs, cli, ...args], { cwd: dir, encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(path: string, text: string): void {
  const full = join(dir, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, text);
}

/** 60 qemu.conf, 40 nova.conf (every fourth with two drop-ins), 30 engine-config captures: 150 files. */
function buildFleet(): void {
  for (let i = 0; i < 60; i++) {
    const lines = [`# host ${i}`, `vnc_listen = "${i % 3 === 0 ? "0.0.0.0" : "127.0.0.1"}"`, `max_processes = ${i * 64}`, `user = "${i % 5 === 0 ? "root" : "qemu"}"`];
    if (i % 4 === 0) lines.push("max_processes = 4096", "# enginelint-disable-next-line qemu/unknown-key", "no_such_key = 1");
    if (i % 7 === 0) lines.push("vnc_tls = true");
    write(`qemu/h${String(i).padStart(3, "0")}/qemu.conf`, `${lines.join("\n")}\n`);
  }
  for (let i = 0; i < 40; i++) {
    const host = `nova/n${String(i).padStart(3, "0")}`;
    write(`${host}/nova.conf`, `[DEFAULT]\nmax_concurrent_live_migrations = ${i % 3}\nmax_concurent_builds = 2\ndebug = true\n\n[database]\nconnection = mysql+pymysql://nova:secret${i}@db${i}/nova\n`);
    if (i % 4 === 0) {
      write(`${host}/nova.conf.d/10-override.conf`, `[DEFAULT]\nmax_concurrent_live_migrations = ${i + 1}\n`);
      write(`${host}/nova.conf.d/20-db.conf`, "[database]\nconnection_parameters = read_timeout=60\n");
    }
  }
  for (let i = 0; i < 30; i++) {
    write(`ovirt/e${String(i).padStart(2, "0")}/engine-config-get.txt`, `MaxNumOfCpuPerSocket: ${i * 40} version: 4.5\nUnknownKeyNumber${i}: 1 version: general\n`);
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "enginelint-workers-"));
  mkdirSync(join(dir, ".git"));
  buildFleet();
});

// Child processes on a possibly busy machine: generous time limits.
describe("worker threads", { timeout: 60_000 }, () => {
  it("are bundled beside the command", () => {
    expect(existsSync(worker)).toBe(true);
  });

  it("give the same JSON, stderr and exit code as the main thread alone", () => {
    const single = run(["-f", "json", "."], "0");
    expect(JSON.parse(single.stdout)).toHaveLength(150);
    for (const workers of ["1", "2", undefined]) expect(run(["-f", "json", "."], workers)).toEqual(single);
  });

  it("give the same SARIF (line fingerprints hashed where each file is linted) and stylish output", () => {
    for (const args of [["-f", "sarif", "."], ["."], ["-f", "json", "--quiet", "--shard", "1/1", "."]]) {
      const single = run(args, "0");
      expect(single.stdout).not.toBe("");
      expect(run(args, "2")).toEqual(single);
    }
  });

  it("fingerprint every SARIF result, suppressed ones too, by its own file's line", () => {
    const { results } = (JSON.parse(run(["-f", "sarif", "."], "2").stdout) as SarifLog).runs[0];
    expect(results.filter((result) => result.suppressions).length).toBeGreaterThan(0);
    for (const result of results) {
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      const text = readFileSync(join(dir, decodeURIComponent(artifactLocation.uri)), "utf8");
      expect(result.partialFingerprints?.primaryLocationLineHash).toBe(lineHashes(text, new Set([region.startLine]))[region.startLine]);
    }
  });

  it("report problems in input order, as one thread does", () => {
    // Explicit files: the undetectable ones are problems (exit 2), reported in operand order.
    const files = [
      ...readdirSync(join(dir, "qemu")).map((host) => `qemu/${host}/qemu.conf`),
      ...readdirSync(join(dir, "nova")).map((host) => `nova/${host}/nova.conf`),
    ];
    write("misc/notes-a.txt", "nothing to see\n");
    write("misc/notes-b.txt", "still nothing\n");
    const args = ["-f", "json", "misc/notes-b.txt", ...files.slice(0, 40), "misc/notes-a.txt", ...files.slice(40)];
    expect(args.length).toBeGreaterThan(64);
    const single = run(args, "0");
    expect(single.status).toBe(2);
    expect(single.stderr.split("\n").filter(Boolean).map((line) => /cannot tell which engine reads (\S+):/.exec(line)?.[1])).toEqual(["misc/notes-b.txt", "misc/notes-a.txt"]);
    expect(run(args, "2")).toEqual(single);
  });

  it("run only above the threshold, and as many as asked", () => {
    // Each thread writes its own CPU profile: one for the main thread, one per worker.
    const profiles = (args: string[], workers: string): number => {
      const profileDir = mkdtempSync(join(tmpdir(), "enginelint-workers-prof-"));
      run(args, workers, ["--cpu-prof", `--cpu-prof-dir=${profileDir}`]);
      return readdirSync(profileDir).length;
    };
    expect(profiles(["-f", "json", "."], "2")).toBe(3);
    expect(profiles(["-f", "json", "."], "0")).toBe(1);
    expect(profiles(["-f", "json", "ovirt"], "2")).toBe(1);
  });
});
