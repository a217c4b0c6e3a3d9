/**
 * libvirt's own virConf parser as a test oracle: `virconf_driver.c` is compiled against the installed
 * libvirt.so.0 into a temp dir and kept running; every input goes to it as a length-prefixed record
 * and comes back as one JSON line (see the driver's header for the format).
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { driverSource } from "./qemu-paths.js";

/**
 * A value as flat text: `s:<hex>` (string bytes), `i:<uint64>` (signed, `-` written), `u:<uint64>`
 * (unsigned), `[v,…]` (list), `?:<type>` (unexpected); numbers are the 64 bits libvirt stores.
 */
export type DriverValue = string;

export type DriverItem = { c: string } | { n: string; v: DriverValue | null; c?: string };

export type DriverResult =
  | { ok: true; items: DriverItem[] }
  | { ok: false; code: number; domain: number; msg: string };

export interface OracleInfo {
  /** virGetVersion: major * 1 000 000 + minor * 1000 + micro. */
  version: number;
  /** "9.0.0" */
  versionText: string;
  /** The scratch file every input is written to; libvirt's messages name it. */
  scratchPath: string;
}

export type OracleStart = { ok: true; oracle: LibvirtOracle } | { ok: false; skip: string };

/**
 * Compiles the driver and starts it. Returns a skip reason when gcc or libvirt.so.0 is missing; any
 * other failure (a compile error in the driver, a layout mismatch found by its self-test) throws.
 */
export function startOracle(): OracleStart {
  const gcc = spawnSync("gcc", ["--version"], { encoding: "utf8" });
  if (gcc.error || gcc.status !== 0) return { ok: false, skip: "gcc is not installed (needed to build the libvirt virConf driver)" };
  const dir = mkdtempSync(join(tmpdir(), "enginelint-virconf-"));
  const binary = join(dir, "virconf_driver");
  // Every input is written to one scratch file; on a disk file system the truncate-and-write costs
  // most of a millisecond, in memory a few microseconds.
  const scratchDir = memoryDir();
  const scratchPath = join(scratchDir ?? dir, "input.conf");
  const source = driverSource();
  const cc = spawnSync("gcc", ["-O2", "-Wall", "-Wextra", "-o", binary, source, "-l:libvirt.so.0"], {
    encoding: "utf8",
  });
  if (cc.status !== 0) {
    removeDirs(dir, scratchDir);
    const output = `${cc.stdout}${cc.stderr}`;
    if (/cannot find -l:?libvirt|libvirt[^ ]*\.so[^ ]*: cannot open/.test(output)) {
      return { ok: false, skip: "libvirt0 is not installed (libvirt.so.0 not found; `apt-get install libvirt0`)" };
    }
    if (/undefined reference to `virConf/.test(output)) {
      return { ok: false, skip: "the installed libvirt.so.0 does not export the private virConf symbols" };
    }
    throw new Error(`compiling ${source} failed:\n${output}`);
  }
  const self = spawnSync(binary, [scratchPath, "--selftest"], { encoding: "utf8" });
  if (self.status !== 0) {
    removeDirs(dir, scratchDir);
    throw new Error(`virconf_driver self-test failed (status ${self.status}): ${self.stderr}${self.error ?? ""}`);
  }
  const version = Number((JSON.parse(self.stdout) as { version: number }).version);
  const versionText = `${Math.floor(version / 1e6)}.${Math.floor(version / 1000) % 1000}.${version % 1000}`;
  return { ok: true, oracle: new LibvirtOracle(binary, [dir, scratchDir], { version, versionText, scratchPath }) };
}

/** A private directory in /dev/shm when there is one. */
function memoryDir(): string | undefined {
  try {
    return mkdtempSync("/dev/shm/enginelint-virconf-");
  } catch {
    return undefined;
  }
}

function removeDirs(...dirs: (string | undefined)[]): void {
  for (const dir of dirs) if (dir) rmSync(dir, { recursive: true, force: true });
}

interface Pending {
  resolve: (result: DriverResult) => void;
  reject: (error: Error) => void;
}

/** The driver died while reading an input: libvirt crashed on it (or the layout check failed). */
export class DriverCrash extends Error {
  constructor(
    message: string,
    readonly signal: NodeJS.Signals | null,
  ) {
    super(message);
  }
}

/** One running driver; a new one is started for the next input after a crash. */
export class LibvirtOracle {
  private child: ChildProcessWithoutNullStreams | undefined;
  private pending: Pending[] = [];
  private stdout = "";
  private stderr = "";
  private closed = false;

  constructor(
    private readonly binary: string,
    private readonly dirs: (string | undefined)[],
    readonly info: OracleInfo,
  ) {}

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn(this.binary, [this.info.scratchPath], { stdio: ["pipe", "pipe", "pipe"] });
    const pending: Pending[] = [];
    this.pending = pending;
    this.stdout = "";
    this.stderr = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => this.onData(chunk, pending));
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-4000);
    });
    child.stdin.on("error", () => {
      // EPIPE when the driver died; the exit handler reports it.
    });
    child.on("exit", (code, signal) => {
      if (this.child === child) this.child = undefined;
      const error = new DriverCrash(`virconf_driver exited (${signal ?? `status ${code}`})${this.stderr ? `: ${this.stderr.trim()}` : ""}`, signal);
      for (const p of pending.splice(0)) p.reject(error);
    });
    return child;
  }

  private onData(chunk: string, pending: Pending[]): void {
    this.stdout += chunk;
    let nl: number;
    while ((nl = this.stdout.indexOf("\n")) >= 0) {
      const line = this.stdout.slice(0, nl);
      this.stdout = this.stdout.slice(nl + 1);
      const p = pending.shift();
      if (!p) throw new Error(`virconf_driver printed an unexpected line: ${line.slice(0, 200)}`);
      p.resolve(JSON.parse(line) as DriverResult);
    }
  }

  /** libvirt's reading of `bytes` as a qemu.conf file (virConfReadFile(path, 0)). */
  read(bytes: Uint8Array): Promise<DriverResult> {
    if (this.closed) return Promise.reject(new Error("the libvirt oracle is closed"));
    const child = (this.child ??= this.start());
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      const record = Buffer.allocUnsafe(4 + bytes.length);
      record.writeUInt32LE(bytes.length, 0);
      record.set(bytes, 4);
      child.stdin.write(record);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const child = this.child;
    if (child) {
      const done = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.stdin.end();
      await done;
    }
    removeDirs(...this.dirs);
  }
}
