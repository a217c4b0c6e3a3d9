/**
 * `--shard I/N` (output-and-cli §9): the shards of a fleet are disjoint and together give exactly
 * the results of one unsharded run, whatever the working directory; a file is placed by a stable
 * hash of its project-relative path; stack members are sharded on their own but still read for context.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { parseShard } from "../../src/cli/args.js";
import { shardFunction, shardKey } from "../../src/cli/shard.js";

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; line: number; message: string }[];
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;

async function run(argv: string[], cwd = dir): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    cwd,
    env: {},
    stdoutIsTTY: false,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: () => Buffer.from("[DEFAULT]\n"),
  });
  return { code, stdout, stderr };
}

async function results(argv: string[], cwd = dir): Promise<{ code: number; results: JsonResult[] }> {
  const { code, stdout, stderr } = await run(["-f", "json", ...argv], cwd);
  expect(stderr).toBe("");
  return { code, results: JSON.parse(stdout) as JsonResult[] };
}

function write(path: string, text: string): void {
  const full = join(dir, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, text);
}

const relativePaths = (list: JsonResult[]): string[] => list.map((result) => result.filePath.slice(dir.length + 1));

/** 14 qemu.conf, 10 nova.conf (4 with drop-ins that override them), 10 engine-config captures: 42 files. */
function buildFleet(): void {
  for (let i = 0; i < 14; i++) {
    const host = `h${String(i).padStart(2, "0")}`;
    write(`qemu/${host}/qemu.conf`, `# ${host}\nvnc_listen = "${i % 3 === 0 ? "0.0.0.0" : "127.0.0.1"}"\nmax_processes = ${i * 100}\n${i % 4 === 0 ? "max_processes = 4096\n" : ""}user = "${i % 5 === 0 ? "root" : "qemu"}"\n`);
  }
  for (let i = 0; i < 10; i++) {
    const host = `n${String(i).padStart(2, "0")}`;
    write(`nova/${host}/nova.conf`, `[DEFAULT]\nmax_concurrent_live_migrations = ${i % 3}\ndebug = ${i % 2 === 0}\n\n[database]\nconnection = mysql+pymysql://nova:secret${i}@db${i}/nova\n`);
    if (i % 3 === 0) {
      write(`nova/${host}/nova.conf.d/10-override.conf`, `[DEFAULT]\nmax_concurrent_live_migrations = ${i + 1}\n`);
      write(`nova/${host}/nova.conf.d/20-db.conf`, "[database]\nconnection_parameters = read_timeout=60\n");
    }
  }
  for (let i = 0; i < 10; i++) {
    write(`ovirt/e${i}/engine-config-get.txt`, `MaxNumOfCpuPerSocket: ${i * 40} version: 4.5\nVdsFenceOptionMapping: x version: general\nUnknownKeyNumber${i}: 1 version: general\n`);
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "enginelint-shard-"));
  // A .git directory marks the project root and stops the configuration lookup.
  mkdirSync(join(dir, ".git"));
  buildFleet();
});

describe("--shard I/N", { timeout: 30_000 }, () => {
  it("splits the fleet into disjoint shards whose union is the unsharded run", async () => {
    const full = await results(["."]);
    expect(full.results).toHaveLength(42);
    const shards = await Promise.all([1, 2, 3].map((index) => results(["--shard", `${index}/3`, "."])));
    const paths = shards.map((shard) => relativePaths(shard.results));
    for (const list of paths) expect(list.length).toBeGreaterThan(0);
    const all = paths.flat();
    expect(new Set(all).size).toBe(all.length);
    const union = shards.flatMap((shard) => shard.results).sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
    expect(union).toEqual(full.results);
    expect(Math.max(...shards.map((shard) => shard.code))).toBe(full.code);
  });

  it("reads stack members for context even when they fall in another shard", async () => {
    const shardOf = await shardFunction(3);
    const hosts = ["n00", "n03", "n06", "n09"];
    // nova.conf sets the database connection, its 20-db.conf drop-in the read timeout that satisfies it.
    const dbSplit = hosts.find((host) => shardOf(`nova/${host}/nova.conf`) !== shardOf(`nova/${host}/nova.conf.d/20-db.conf`));
    // The 10-override.conf drop-in sets a value that nova.conf (read last) overrides.
    const overrideSplit = hosts.find((host) => shardOf(`nova/${host}/nova.conf`) !== shardOf(`nova/${host}/nova.conf.d/10-override.conf`));
    expect(dbSplit).toBeDefined();
    expect(overrideSplit).toBeDefined();

    const novaShard = (await results(["--shard", `${shardOf(`nova/${dbSplit}/nova.conf`)}/3`, "."])).results;
    expect(relativePaths(novaShard)).toContain(`nova/${dbSplit}/nova.conf`);
    expect(relativePaths(novaShard)).not.toContain(`nova/${dbSplit}/nova.conf.d/20-db.conf`);
    const novaConf = novaShard.find((result) => result.filePath.endsWith(`${dbSplit}/nova.conf`))!;
    expect(novaConf.messages.map((message) => message.ruleId)).not.toContain("nova/db-read-timeout");

    const dropIn = `nova/${overrideSplit}/nova.conf.d/10-override.conf`;
    const dropInShard = (await results(["--shard", `${shardOf(dropIn)}/3`, "."])).results;
    expect(relativePaths(dropInShard)).not.toContain(`nova/${overrideSplit}/nova.conf`);
    const overridden = dropInShard.find((result) => result.filePath.endsWith(dropIn))!;
    expect(overridden.messages.map((message) => message.ruleId)).toContain("nova/overridden-value");

    // Without its drop-in the same connection is reported: the rule does fire in this fleet.
    const full = (await results(["."])).results;
    expect(full.find((result) => result.filePath.endsWith("n01/nova.conf"))!.messages.map((message) => message.ruleId)).toContain("nova/db-read-timeout");
  });

  it("hashes the path relative to the project root, so the working directory does not matter", async () => {
    const fromRoot = await results(["--shard", "2/3", "nova"]);
    const fromBelow = await results(["--shard", "2/3", "."], join(dir, "nova"));
    expect(relativePaths(fromBelow.results)).toEqual(relativePaths(fromRoot.results));
    expect(fromBelow.results).toEqual(fromRoot.results);
    const rooted = await results(["--shard", "2/3", "--project-root", "nova", "nova"]);
    // Another root gives other keys (and, almost surely, another split).
    expect(relativePaths(rooted.results)).not.toEqual(relativePaths(fromRoot.results));
  });

  it("places a path by SHA-1, as a shell can reproduce", async () => {
    // printf %s etc/nova/nova.conf | sha1sum → 3c847aca…; 0x3c847aca mod 3 = 0, mod 7 = 6.
    expect((await shardFunction(3))("etc/nova/nova.conf")).toBe(1);
    expect((await shardFunction(7))("etc/nova/nova.conf")).toBe(7);
    expect((await shardFunction(3))("etc/libvirt/qemu.conf")).toBe(3);
    expect((await shardFunction(1))("anything")).toBe(1);
    expect(shardKey("/srv/repo", "/srv/repo/etc/nova/nova.conf")).toBe("etc/nova/nova.conf");
  });

  it("1/1 is the whole run", async () => {
    expect(await results(["--shard", "1/1", "."])).toEqual(await results(["."]));
  });

  it.each(["0/3", "4/3", "1/0", "a/b", "3", "1/3/5", " 1/3", "1 /3", "-1/3", "1.0/3", ""])("refuses %j as a usage error (exit 2)", async (value) => {
    const { code, stdout, stderr } = await run([`--shard=${value}`, "."]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`enginelint: --shard expects I/N with 1 <= I <= N, not "${value}"\n`);
  });

  it("is refused with --stdin, and listed in --help", async () => {
    const { code, stderr } = await run(["--stdin", "--engine", "nova", "--shard", "1/2"]);
    expect(code).toBe(2);
    expect(stderr).toBe("enginelint: --shard cannot be combined with --stdin\n");
    expect((await run(["--help"])).stdout).toContain("--shard I/N");
  });

  it("parses I/N", () => {
    expect(parseShard("2/5")).toEqual({ index: 2, count: 5 });
    expect(parseShard("5/5")).toEqual({ index: 5, count: 5 });
    expect(parseShard("6/5")).toBeUndefined();
  });
});
