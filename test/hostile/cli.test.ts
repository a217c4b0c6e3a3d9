/**
 * Hostile input through the real command (issue 8 item 1): the bundled `dist/enginelint.js` in a
 * child process, as bin.test.ts runs it. Every run has a time limit (a hang is a failure, not a stuck
 * suite), stderr never holds a stack trace, and the exit code is the one of output-and-cli §8. Where
 * memory matters the child runs with `--max-old-space-size=256` and reports its peak RSS.
 */
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../../dist/enginelint.js", import.meta.url));
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
const MiB = 1024 * 1024;
const LIMIT = 10 * MiB;
const isRoot = process.getuid?.() === 0;

let dir: string;

interface Outcome {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident set of the child in KiB, when asked for. */
  maxRssKb?: number;
}

interface RunOptions {
  /** Text or bytes written to standard input, then closed; `"ignore"`: /dev/null; a number: that fd. */
  stdin?: string | Buffer | "ignore" | number;
  /** Run under `sh -c`, with `$ENGINELINT` the command, for pipelines. */
  shell?: string;
  /** Report the child's peak RSS and cap its heap. */
  memory?: boolean;
  uid?: number;
  timeoutMs?: number;
  cwd?: string;
}

/** Keeps the first 64 MiB of an output (a runaway output must not exhaust the test's memory). */
function collector(): { push(chunk: Buffer): void; text(): string } {
  const kept: Buffer[] = [];
  let length = 0;
  return {
    push(chunk) {
      if (length < 64 * MiB) kept.push(chunk);
      length += chunk.length;
    },
    text: () => Buffer.concat(kept).toString("utf8"),
  };
}

function run(args: string[], options: RunOptions = {}): Promise<Outcome> {
  const rssFile = join(dir, `rss-${Math.random().toString(36).slice(2)}`);
  const nodeArgs = options.memory ? ["--max-old-space-size=256", "--require", join(dir, "rss.cjs")] : [];
  const command = [process.execPath, ...nodeArgs, cli];
  const quoted = (word: string): string => `'${word.replaceAll("'", "'\\''")}'`;
  const [file, argv] = options.shell
    ? ["/bin/sh", ["-c", options.shell.replaceAll("$ENGINELINT", [...command, ...args].map(quoted).join(" "))]]
    : [command[0]!, [...command.slice(1), ...args]];
  const stdin = options.stdin;
  const stdinMode = stdin === "ignore" ? "ignore" : typeof stdin === "number" ? stdin : "pipe";
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, {
      cwd: options.cwd ?? dir,
      env: { PATH: process.env.PATH ?? "", ...(options.memory ? { ENGINELINT_TEST_RSS: rssFile } : {}) },
      stdio: [stdinMode, "pipe", "pipe"],
      timeout: options.timeoutMs ?? 10_000,
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
    });
    const out = collector();
    const err = collector();
    child.stdout!.on("data", out.push);
    child.stderr!.on("data", err.push);
    child.on("error", reject);
    if (child.stdin) {
      // The child may stop reading early (that is the point of some tests): EPIPE is expected.
      child.stdin.on("error", () => {});
      child.stdin.end(typeof stdin === "string" || Buffer.isBuffer(stdin) ? stdin : "");
    }
    child.on("close", (status, signal) => {
      let maxRssKb: number | undefined;
      try {
        maxRssKb = options.memory ? Number(readFileSync(rssFile, "utf8")) : undefined;
      } catch {
        maxRssKb = undefined;
      }
      resolve({ status, signal, stdout: out.text(), stderr: err.text(), ms: performance.now() - started, ...(maxRssKb !== undefined ? { maxRssKb } : {}) });
    });
  });
}

/** What every hostile run must satisfy: it ended by itself, with no stack trace. */
function expectClean(outcome: Outcome, status: number): void {
  expect(outcome.signal, "the run was killed by its time limit").toBeNull();
  expect(outcome.stderr).not.toMatch(STACK_FRAME);
  expect(outcome.stderr).not.toContain("internal error");
  expect(outcome.status, outcome.stderr || outcome.stdout.slice(0, 500)).toBe(status);
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; message: string; fatal?: boolean; line: number; column: number }[];
}

const json = (outcome: Outcome): JsonResult[] => JSON.parse(outcome.stdout) as JsonResult[];
const ruleIds = (outcome: Outcome): string[] => json(outcome).flatMap((result) => result.messages.map((message) => message.ruleId));

/** One file per engine, named so that the engine is detected without --engine. */
const NAMES = { qemu: "qemu.conf", nova: "nova.conf", ovirt: "engine-config.txt" } as const;
type Engine = keyof typeof NAMES;
const ENGINES = Object.keys(NAMES) as Engine[];

function put(engine: Engine, group: string, bytes: string | Buffer): string {
  const directory = join(dir, group, engine);
  mkdirSync(directory, { recursive: true });
  const path = join(directory, NAMES[engine]);
  writeFileSync(path, bytes);
  return join(group, engine, NAMES[engine]);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "enginelint-hostile-"));
  // Readable by the unprivileged user of the permission tests, and no configuration lookup above it.
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, ".git"));
  writeFileSync(
    join(dir, "rss.cjs"),
    'process.on("exit", () => require("fs").writeFileSync(process.env.ENGINELINT_TEST_RSS, String(process.resourceUsage().maxRSS)));\n',
  );
});

afterAll(() => {
  // The inputs take tens of megabytes; reopen what the permission tests closed, then remove them all.
  for (const path of ["unreadable-file/qemu.conf", "unreadable-dir/closed"]) {
    try {
      chmodSync(join(dir, path), 0o755);
    } catch {
      // not created
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

describe.concurrent("binary and foreign encodings", { timeout: 40_000 }, () => {
  const ELF = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0xff, 0xfe, 0x0a, 0x03, 0x00, 0x3e, 0x00]);
  const PARSE_ERROR: Record<Engine, RegExp> = {
    qemu: /^expecting a name \(libvirt reports line 1\)/,
    nova: /not valid UTF-8 \(byte 0xFF at offset 10\); oslo\.config fails with UnicodeDecodeError/,
    ovirt: /contains NUL bytes: it is binary data/,
  };

  it.each(ENGINES)("a binary file is %s/parse-error, exit 1", async (engine) => {
    const outcome = await run(["-f", "json", put(engine, "binary", ELF)]);
    expectClean(outcome, 1);
    const [message, ...rest] = json(outcome)[0]!.messages;
    expect(rest).toEqual([]);
    expect(message).toMatchObject({ ruleId: `${engine}/parse-error`, fatal: true });
    expect(message!.message).toMatch(PARSE_ERROR[engine]);
  });

  it.each(ENGINES)("a UTF-16 file (with its BOM) is %s/parse-error, exit 1", async (engine) => {
    const text = { qemu: "vnc_tls = 1\n", nova: "[DEFAULT]\ndebug = true\n", ovirt: "vdsTimeout: 180 version: general\n" }[engine];
    const outcome = await run(["-f", "json", put(engine, "utf16", Buffer.from(`\ufeff${text}`, "utf16le"))]);
    expectClean(outcome, 1);
    expect(ruleIds(outcome)).toEqual([`${engine}/parse-error`]);
    const { message } = json(outcome)[0]!.messages[0]!;
    // libvirt reads the bytes FF FE as no name; oslo.config's UTF-8 decoder fails on FF; a dump holds no NUL.
    expect(message).toMatch({ qemu: /^expecting a name/, nova: /byte 0xFF at offset 0/, ovirt: /NUL bytes/ }[engine]);
  });

  it("invalid UTF-8: qemu reads the bytes as libvirt does (no parse error)", async () => {
    const outcome = await run(["-f", "json", put("qemu", "invalid-utf8", Buffer.from('vnc_listen = "127.0.0.1"\nuser = "q\xffemu\xc3"\n', "latin1"))]);
    expectClean(outcome, 0);
    expect(ruleIds(outcome)).not.toContain("qemu/parse-error");
  });

  it("invalid UTF-8: nova fails as oslo.config does (UnicodeDecodeError), exit 1", async () => {
    const outcome = await run(["-f", "json", put("nova", "invalid-utf8", Buffer.from("[DEFAULT]\nmy_ip = 10.0.0.\xff\n", "latin1"))]);
    expectClean(outcome, 1);
    expect(json(outcome)[0]!.messages).toMatchObject([{ ruleId: "nova/parse-error", line: 2, column: 16 }]);
    expect(json(outcome)[0]!.messages[0]!.message).toContain("byte 0xFF at offset 25); oslo.config fails with UnicodeDecodeError");
  });

  it("invalid UTF-8: ovirt replaces the bytes (U+FFFD) and reads the records", async () => {
    const outcome = await run(["-f", "json", put("ovirt", "invalid-utf8", Buffer.from("vdsTimeout: 1\xff version: general\n", "latin1"))]);
    expectClean(outcome, 1);
    const messages = json(outcome)[0]!.messages;
    expect(messages.map((message) => message.ruleId)).not.toContain("ovirt/parse-error");
    expect(messages.find((message) => message.ruleId === "ovirt/value-type")?.message).toContain('"1\ufffd" is not');
  });

  it.each(ENGINES)("an empty %s file is valid and has nothing to report, exit 0", async (engine) => {
    const outcome = await run(["-f", "json", put(engine, "empty", "")]);
    expectClean(outcome, 0);
    expect(json(outcome)).toMatchObject([{ messages: [] }]);
  });
});

// Not concurrent: the peak-memory readings are fair only when no other child competes for the cores.
describe("size", { timeout: 40_000 }, () => {
  it.each(ENGINES)("a 100 MB %s file is refused at the 10 MiB limit without being read", async (engine) => {
    const path = join(dir, "huge", engine, NAMES[engine]);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, "");
    truncateSync(path, 100 * MiB); // sparse: no disk space, but reading it would cost 100 MB of memory
    const outcome = await run(["-f", "json", join("huge", engine, NAMES[engine])], { memory: true });
    expectClean(outcome, 1);
    expect(json(outcome)[0]!.messages).toMatchObject([{ ruleId: `${engine}/parse-error`, fatal: true }]);
    expect(json(outcome)[0]!.messages[0]!.message).toContain("104857600 bytes");
    expect(outcome.maxRssKb).toBeLessThan(128 * 1024);
  });

  it.each(ENGINES)("100 MB piped into --stdin --engine %s: refused after limit + 1 bytes, memory bounded", async (engine) => {
    const outcome = await run([], { shell: `head -c ${100 * MiB} /dev/zero | $ENGINELINT --stdin --engine ${engine} -f json`, memory: true });
    expectClean(outcome, 1);
    expect(json(outcome)[0]!.messages).toMatchObject([{ ruleId: `${engine}/parse-error`, fatal: true }]);
    // Reading stops one byte past the limit, so that is the size the finding can state.
    expect(json(outcome)[0]!.messages[0]!.message).toContain(`${LIMIT + 1} bytes`);
    expect(outcome.maxRssKb).toBeLessThan(128 * 1024);
  });

  it("standard input of exactly the limit is read and linted", async () => {
    const outcome = await run([], { shell: `head -c ${LIMIT} /dev/zero | tr '\\000' '\\n' | $ENGINELINT --stdin --engine qemu -f json`, memory: true });
    expectClean(outcome, 1);
    // Only blank lines: libvirt's "expecting a name" at the end, not the size.
    expect(json(outcome)[0]!.messages[0]!.message).toMatch(/^expecting a name/);
  });
});

describe.concurrent("long lines and many keys", { timeout: 40_000 }, () => {
  const LINE = "x".repeat(MiB);

  it.each([
    ["qemu", `vnc_listen = "127.0.0.1"\n# ${LINE}\nuser = "${LINE}"\n`],
    ["ovirt", `vdsTimeout: 180 version: general\nIPTablesConfig: ${LINE} version: general\n`],
  ] as const)("a file with a 1 MB line (%s) is linted in bounded time", async (engine, text) => {
    const outcome = await run(["-f", "json", put(engine, "long-line", text)]);
    expect(outcome.signal).toBeNull();
    expect(outcome.stderr).toBe("");
    expect([0, 1]).toContain(outcome.status);
    expect(ruleIds(outcome)).not.toContain(`${engine}/parse-error`);
  });

  it("a nova.conf with a 1 MB comment line is linted in bounded time", async () => {
    const outcome = await run(["-f", "json", put("nova", "long-comment", `[DEFAULT]\n# ${LINE}\ndebug = true\n`)]);
    expectClean(outcome, 0);
  });

  // A URL search that started at every letter of a long word took hours for 1 MiB (src/core/url-passwords.ts).
  it("a nova.conf with a 1 MB value is linted in bounded time", async () => {
    const outcome = await run(["-f", "json", put("nova", "long-value", `[DEFAULT]\nhost = ${LINE}\n`)]);
    expect(outcome.signal).toBeNull();
    expect(outcome.stderr).toBe("");
    expect(ruleIds(outcome)).not.toContain("nova/parse-error");
  });

  // The unknown-key suggestion once built a name × candidate distance table per catalogue key: minutes.
  it.each(ENGINES)("a 1 MB key name (%s) is linted in bounded time", async (engine) => {
    const line = { qemu: `${LINE} = 1\n`, nova: `[DEFAULT]\n${LINE} = 1\n`, ovirt: `${LINE}: 1 version: general\n` }[engine];
    const outcome = await run(["-f", "json", put(engine, "long-key", line)]);
    expect(outcome.signal).toBeNull();
    expect(outcome.stderr).toBe("");
  });

  const REPEATED: Record<Engine, string> = {
    qemu: 'vnc_listen = "127.0.0.1"\n',
    nova: "debug = true\n",
    ovirt: "vdsTimeout: 180 version: general\n",
  };

  it.each(["nova", "ovirt"] as const)("100 000 keys (%s, one key repeated) in bounded time", async (engine) => {
    const text = (engine === "nova" ? "[DEFAULT]\n" : "") + REPEATED[engine].repeat(100_000);
    const outcome = await run(["-f", "json", put(engine, "many-repeated", text)], { timeoutMs: 30_000 });
    expect(outcome.signal).toBeNull();
    expect(outcome.stderr).toBe("");
    expect(outcome.ms).toBeLessThan(25_000);
  });

  // qemu/duplicate-key's fix once copied the whole text per duplicate: minutes for 100 000.
  it("100 000 keys (qemu, one key repeated) in bounded time", async () => {
    const outcome = await run(["-f", "json", put("qemu", "many-repeated", REPEATED.qemu.repeat(100_000))], { timeoutMs: 30_000 });
    expect(outcome.signal).toBeNull();
    expect(outcome.ms).toBeLessThan(25_000);
  });

  // Every unknown key runs the did-you-mean search over the whole catalogue: 40–183 s for 100 000 before
  // the length filter of src/core/did-you-mean.ts.
  it.each(ENGINES)("100 000 distinct keys (%s) in bounded time", async (engine) => {
    const lines = Array.from({ length: 100_000 }, (_, i) =>
      engine === "ovirt" ? `Key${i}: ${i} version: general\n` : `key_${i} = ${i}\n`,
    );
    const outcome = await run(["-f", "json", put(engine, "many-distinct", (engine === "nova" ? "[DEFAULT]\n" : "") + lines.join(""))], { timeoutMs: 30_000 });
    expect(outcome.signal).toBeNull();
    expect(outcome.ms).toBeLessThan(25_000);
  });
});

describe.concurrent("deeply nested virConf lists", { timeout: 40_000 }, () => {
  it("a list nested 1 000 deep is read and linted as libvirt reads it", async () => {
    const outcome = await run(["-f", "json", put("qemu", "deep-1000", `a = ${"[".repeat(1000)}${"]".repeat(1000)}\n`)]);
    expectClean(outcome, 0);
    expect(ruleIds(outcome)).toEqual(["qemu/unknown-key"]);
  });

  // libvirt 9.0.0 reads this too (virConfReadString, which recurses once per level and overflows an
  // 8 MiB stack only past about 174 000 levels); the parser keeps its own stack, and so do the rules.
  it("a list nested 20 000 deep is read and linted as libvirt reads it", async () => {
    const outcome = await run(["-f", "json", put("qemu", "deep-20000", `a = ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`)]);
    expectClean(outcome, 0);
    expect(ruleIds(outcome)).toEqual(["qemu/unknown-key"]);
  });

  it("a 10 MiB file of [ (five million levels) is qemu/parse-error past 100 000 levels, fast and in bounded memory", async () => {
    const path = put("qemu", "deep-max", "a = " + "[".repeat(LIMIT - 4));
    const outcome = await run(["-f", "json", path], { memory: true });
    expectClean(outcome, 1);
    expect(json(outcome)[0]!.messages).toMatchObject([{ ruleId: "qemu/parse-error", line: 1, column: 100_005, message: expect.stringMatching(/^A list nested more than 100000 levels deep: enginelint reads no deeper/) }]);
    expect(outcome.maxRssKb).toBeLessThan(256 * 1024);
  });

  it("a list nested 20 000 deep never shows a stack trace, whatever the outcome", async () => {
    const outcome = await run(["-f", "json", put("qemu", "deep-20000-trace", `vnc_listen = ${"[".repeat(20_000)}"x"${"]".repeat(20_000)}\n`)]);
    expect(outcome.signal).toBeNull();
    expect(outcome.stderr).not.toMatch(STACK_FRAME);
    expect(outcome.stderr).not.toContain("RangeError");
  });
});

describe.concurrent("paths", { timeout: 40_000 }, () => {
  it("a path that does not exist: one line, exit 2", async () => {
    const outcome = await run(["no/such/qemu.conf"]);
    expectClean(outcome, 2);
    expect(outcome.stderr).toBe("enginelint: No such file or directory: no/such/qemu.conf\n");
  });

  it("directory symlink loops, a self-referencing and a dangling link are walked once, without hanging", async () => {
    const tree = join(dir, "loops");
    mkdirSync(join(tree, "a", "b"), { recursive: true });
    writeFileSync(join(tree, "a", "b", "qemu.conf"), 'vnc_listen = "127.0.0.1"\n');
    symlinkSync(tree, join(tree, "a", "b", "up")); // back to the top
    symlinkSync(join(tree, "a"), join(tree, "a", "b", "sideways"));
    symlinkSync(join(tree, "self"), join(tree, "self")); // ELOOP
    symlinkSync(join(tree, "missing"), join(tree, "nova.conf")); // dangling
    const outcome = await run(["loops", "-f", "json"]);
    expectClean(outcome, 0);
    expect(json(outcome).map((result) => result.filePath)).toEqual([join(tree, "a", "b", "qemu.conf")]);
  });

  it("a FIFO and a device node in a walked directory are skipped, never opened", async () => {
    const tree = join(dir, "special");
    mkdirSync(tree, { recursive: true });
    writeFileSync(join(tree, "engine-config.txt"), "vdsTimeout: 180 version: general\n");
    execFileSync("mkfifo", [join(tree, "qemu.conf")]);
    symlinkSync("/dev/zero", join(tree, "nova.conf")); // a read would never end
    const outcome = await run(["special", "-f", "json"]);
    expectClean(outcome, 0);
    expect(json(outcome).map((result) => result.filePath)).toEqual([join(tree, "engine-config.txt")]);
  });

  it.each([
    ["a FIFO", "special-explicit/qemu.conf"],
    ["a device node", "/dev/zero"],
  ])("%s named explicitly: not a regular file, exit 2, no hang", async (_kind, path) => {
    if (!path.startsWith("/")) {
      mkdirSync(join(dir, "special-explicit"), { recursive: true });
      execFileSync("mkfifo", [join(dir, path)]);
    }
    const outcome = await run(["--engine", "qemu", path]);
    expectClean(outcome, 2);
    expect(outcome.stderr).toBe(`enginelint: Not a regular file: ${path}\n`);
  });

  /**
   * Mode bits do not stop root, so as root the command runs as `nobody` (65534); without the right to
   * switch users the test is skipped with that reason.
   */
  async function asUnprivileged(args: string[], cwd: string): Promise<Outcome | string> {
    if (!isRoot) return run(args, { cwd });
    try {
      return await run(args, { cwd, uid: 65534 });
    } catch (error) {
      return `cannot run as an unprivileged user here: ${(error as Error).message}`;
    }
  }

  it("an unreadable file named explicitly: cannot read, exit 2", async (context) => {
    const tree = join(dir, "unreadable-file");
    mkdirSync(tree, { recursive: true });
    chmodSync(tree, 0o755);
    writeFileSync(join(tree, "qemu.conf"), "vnc_tls = 1\n");
    chmodSync(join(tree, "qemu.conf"), 0o000);
    const outcome = await asUnprivileged(["qemu.conf"], tree);
    if (typeof outcome === "string") return context.skip(outcome);
    expectClean(outcome, 2);
    expect(outcome.stderr).toBe(`enginelint: cannot read ${join(tree, "qemu.conf")}: permission denied\n`);
  });

  it("an unreadable directory in a walk: reported, exit 2, the rest still linted", async (context) => {
    const tree = join(dir, "unreadable-dir");
    mkdirSync(join(tree, "closed"), { recursive: true });
    chmodSync(tree, 0o755);
    writeFileSync(join(tree, "closed", "qemu.conf"), "vnc_tls = 1\n");
    writeFileSync(join(tree, "nova.conf"), "[DEFAULT]\ndebug = true\n");
    chmodSync(join(tree, "closed"), 0o000);
    const outcome = await asUnprivileged([".", "-f", "json"], tree);
    if (typeof outcome === "string") return context.skip(outcome);
    expectClean(outcome, 2);
    expect(outcome.stderr).toBe("enginelint: cannot read directory closed: permission denied\n");
    expect(json(outcome).map((result) => result.filePath)).toEqual([join(tree, "nova.conf")]);
  });
});

describe.concurrent("standard input", { timeout: 40_000 }, () => {
  it.each(ENGINES)("empty standard input is an empty %s file, exit 0", async (engine) => {
    const outcome = await run(["--stdin", "--engine", engine, "-f", "json"], { stdin: "" });
    expectClean(outcome, 0);
    expect(json(outcome)).toMatchObject([{ filePath: "<text>", messages: [] }]);
  });

  it("standard input closed (/dev/null) reads as empty", async () => {
    const outcome = await run(["--stdin", "--engine", "qemu"], { stdin: "ignore" });
    expectClean(outcome, 0);
  });

  it("standard input closed before the writer finished a line: what arrived is linted", async () => {
    const outcome = await run(["--stdin", "--engine", "qemu", "-f", "json"], { stdin: 'vnc_listen = "127.0.' });
    expectClean(outcome, 1);
    expect(json(outcome)[0]!.messages).toMatchObject([{ ruleId: "qemu/parse-error", message: expect.stringMatching(/^unterminated string/) }]);
  });

  it("standard input closed by the shell (<&-) reads as empty", async () => {
    const outcome = await run([], { shell: "$ENGINELINT --stdin --engine nova <&-" });
    expectClean(outcome, 0);
  });

  it("a directory as standard input: cannot read, exit 2", async () => {
    const fd = openSync(dir, "r");
    try {
      const outcome = await run(["--stdin", "--engine", "qemu"], { stdin: fd });
      expectClean(outcome, 2);
      expect(outcome.stderr).toBe("enginelint: cannot read standard input: is a directory\n");
    } finally {
      closeSync(fd);
    }
  });

  it("standard input sniffed from its head is then read past the head", async () => {
    const padding = Array.from({ length: 10_000 }, (_, i) => `# padding ${i} ${".".repeat(40)}\n`).join("");
    const outcome = await run(["--stdin", "--stdin-filename", "input.txt", "-f", "json"], { stdin: `[DEFAULT]\n${padding}debug = maybe\n` });
    expectClean(outcome, 1);
    expect(json(outcome)[0]!.messages).toMatchObject([{ ruleId: "nova/invalid-value", line: 10_002 }]);
  });

  it("binary standard input without --engine: the head is sniffed, no engine found, exit 2", async () => {
    const outcome = await run(["--stdin", "--stdin-filename", "input.bin"], { stdin: Buffer.from([0, 1, 2, 0xff, 0xfe, 0x0a]) });
    expectClean(outcome, 2);
    expect(outcome.stderr).toMatch(/^enginelint: cannot tell which engine reads input\.bin/);
  });
});
