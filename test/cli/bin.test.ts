/**
 * The installed command as a user runs it: a real process (the bundled `dist/enginelint.js`, which
 * `npm test` builds before running vitest), real exit codes, and never a stack trace.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { FORMAT_NAMES } from "../../src/formatters/index.js";

const cli = fileURLToPath(new URL("../../dist/enginelint.js", import.meta.url));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "enginelint-bin-"));
  mkdirSync(join(dir, ".git"));
});

function run(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, input: input ?? "", encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const STACK_FRAME = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe("the enginelint command", () => {
  it("a binary file is a parse error finding, exit 1", () => {
    writeFileSync(join(dir, "qemu.conf"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0xff, 0xfe]));
    const result = run(["qemu.conf"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("1:1  error  expecting a name (libvirt reports line 1)  qemu/parse-error");
    expect(result.stderr).toBe("");
  });

  it("a UTF-16 file is a parse error finding, exit 1", () => {
    writeFileSync(join(dir, "utf16-qemu.conf"), Buffer.from("\ufeffvnc_tls = 1\n", "utf16le"));
    const result = run(["--engine", "qemu", "utf16-qemu.conf"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("qemu/parse-error");
  });

  it("a directory given as the configuration, a missing path, a bad flag: one line, exit 2", () => {
    mkdirSync(join(dir, "cfgdir"), { recursive: true });
    for (const args of [["-c", "cfgdir", "qemu.conf"], ["no/such/qemu.conf"], ["--format"], ["--explain", "nope"]]) {
      const result = run(args);
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(result.stderr).not.toMatch(STACK_FRAME);
    }
  });

  it("survives a directory symlink loop and skips a FIFO in a walked directory", () => {
    const tree = join(dir, "tree");
    mkdirSync(join(tree, "a"), { recursive: true });
    writeFileSync(join(tree, "a", "qemu.conf"), 'vnc_listen = "127.0.0.1"\n');
    symlinkSync(tree, join(tree, "a", "loop"));
    execFileSync("mkfifo", [join(tree, "qemu.conf")]);
    const result = run(["tree", "-f", "json"]);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { filePath: string }[]).map((r) => r.filePath)).toEqual([join(tree, "a", "qemu.conf")]);
    expect(run(["tree/qemu.conf"])).toMatchObject({ status: 2, stderr: "enginelint: Not a regular file: tree/qemu.conf\n" });
  });

  it("loads every format it offers, and the SARIF line hashes, from the bundle", () => {
    writeFileSync(join(dir, "formats-qemu.conf"), 'vnc_listen = "0.0.0.0"\n');
    // The n-th -o belongs to the n-th -f, so the one format without a file comes last.
    const [toStdout = "stylish", ...toFiles] = FORMAT_NAMES;
    const result = run([...toFiles.flatMap((format) => ["-f", format, "-o", `report.${format}`]), "-f", toStdout, "formats-qemu.conf"]);
    expect(result).toMatchObject({ status: 1, stderr: "" });
    expect(result.stdout).toContain("qemu/vnc-listen-insecure");
    for (const format of toFiles) expect(readFileSync(join(dir, `report.${format}`), "utf8"), format).toContain("vnc-listen-insecure");
    expect(readFileSync(join(dir, "report.sarif"), "utf8")).toContain('"primaryLocationLineHash"');
  });

  it("reads standard input", () => {
    const result = run(["--stdin", "--engine", "qemu"], "vnc_tls = 2\n");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("<text>");
  });
});
