/** The baseline of existing findings through the command line (output-and-cli §12), run in-process. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "enginelint-baseline-"));
  // A .git directory stops the configuration lookup inside the temporary tree.
  mkdirSync(join(dir, ".git"));
});

function write(path: string, text: string): void {
  const full = join(dir, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, text);
}

const read = (path: string): string => readFileSync(join(dir, path), "utf8");

async function run(argv: string[], stdin = ""): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    cwd: dir,
    env: {},
    stdoutIsTTY: false,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: () => Buffer.from(stdin),
  });
  return { code, stdout, stderr };
}

const STALE =
  "There are suppressions left that do not occur anymore. To resolve this, re-run the command with `--prune-suppressions` to remove unused suppressions. To ignore unused suppressions, use `--pass-on-unpruned-suppressions`.\n";

// Errors: qemu/run-as-root (line 1), qemu/value-type (lines 2 and 3); a warning: qemu/duplicate-key (line 5).
const LEGACY = 'user = "root"\nvnc_tls = "1"\nspice_tls = "1"\nmax_processes = 0\nmax_processes = 1\n';
const BASELINE = `{
  "hosts/a/qemu.conf": {
    "qemu/run-as-root": {
      "count": 1
    },
    "qemu/value-type": {
      "count": 2
    }
  }
}
`;

const ruleIds = (stdout: string): string[] => [...stdout.matchAll(/ {2}(qemu\/[a-z-]+)$/gm)].map((match) => match[1]!);

describe("the round trip of the issue (eslint/eslint#16755)", () => {
  it("suppress-all → 0; a new problem → 1; a fixed one → 2 until --prune-suppressions shrinks the file", async () => {
    write("hosts/a/qemu.conf", LEGACY);
    expect((await run(["hosts"])).code).toBe(1);

    const recorded = await run(["hosts", "--suppress-all"]);
    expect(recorded.code).toBe(0);
    expect(read("enginelint-suppressions.json")).toBe(BASELINE);
    // The warning stays visible: only errors enter the baseline.
    expect(ruleIds(recorded.stdout)).toEqual(["qemu/duplicate-key"]);
    expect(await run(["hosts"])).toMatchObject({ code: 0, stderr: "" });

    // A third value-type error: more than the two recorded, so all three are reported.
    write("hosts/a/qemu.conf", `${LEGACY}vnc_sasl = "1"\n`);
    const added = await run(["hosts"]);
    expect(added.code).toBe(1);
    expect(ruleIds(added.stdout)).toEqual(["qemu/value-type", "qemu/value-type", "qemu/duplicate-key", "qemu/value-type"]);

    // One value-type error fixed: one left of two recorded, so the entry is stale.
    write("hosts/a/qemu.conf", LEGACY.replace('spice_tls = "1"\n', ""));
    const fixed = await run(["hosts"]);
    expect(fixed).toMatchObject({ code: 2, stderr: STALE });
    expect(ruleIds(fixed.stdout)).toEqual(["qemu/duplicate-key"]);
    expect(read("enginelint-suppressions.json")).toBe(BASELINE);

    const pruned = await run(["hosts", "--prune-suppressions"]);
    expect(pruned).toMatchObject({ code: 0, stderr: "" });
    expect(read("enginelint-suppressions.json")).toBe(BASELINE.replace('"count": 2', '"count": 1'));
    expect((await run(["hosts"])).code).toBe(0);

    // Everything fixed: the whole file's entries are stale, and pruning leaves an empty baseline.
    write("hosts/a/qemu.conf", 'user = "qemu"\n');
    expect(await run(["hosts"])).toMatchObject({ code: 2, stderr: STALE });
    expect(await run(["hosts", "--pass-on-unpruned-suppressions"])).toEqual({ code: 0, stdout: "", stderr: "" });
    expect((await run(["hosts", "--prune-suppressions"])).code).toBe(0);
    expect(read("enginelint-suppressions.json")).toBe("{}\n");
  });
});

describe("recording", () => {
  it("never records a fatal parse error: the file keeps failing", async () => {
    write("nova.conf", "[DEFAULT]\ndebug = false\nverbose\n");
    const result = await run(["nova.conf", "--suppress-all"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("nova/parse-error");
    expect(read("enginelint-suppressions.json")).toBe("{}\n");
  });

  it("a file that stops parsing keeps its entries: exit 1 for the parse error, not 2 for stale entries", async () => {
    write("hosts/a/qemu.conf", LEGACY);
    await run(["hosts", "--suppress-all"]);
    write("hosts/a/qemu.conf", `${LEGACY}vnc_tls = true\n`);
    const broken = await run(["hosts"]);
    expect(broken).toMatchObject({ code: 1, stderr: "" });
    expect(ruleIds(broken.stdout)).toEqual(["qemu/parse-error"]);
    expect((await run(["hosts", "--prune-suppressions"])).code).toBe(1);
    expect((await run(["hosts", "--suppress-all"])).code).toBe(1);
    expect(read("enginelint-suppressions.json")).toBe(BASELINE);
    write("hosts/a/qemu.conf", LEGACY);
    expect((await run(["hosts"])).code).toBe(0);
  });

  it("--suppress-rule records only the named rules and checks that they exist", async () => {
    write("hosts/a/qemu.conf", LEGACY);
    const result = await run(["hosts", "--suppress-rule", "qemu/value-type"]);
    expect(result.code).toBe(1);
    expect(ruleIds(result.stdout)).toEqual(["qemu/run-as-root", "qemu/duplicate-key"]);
    expect(JSON.parse(read("enginelint-suppressions.json"))).toEqual({ "hosts/a/qemu.conf": { "qemu/value-type": { count: 2 } } });

    expect((await run(["hosts", "--suppress-rule", "qemu/value-type", "--suppress-rule", "qemu/run-as-root"])).code).toBe(0);
    expect(read("enginelint-suppressions.json")).toBe(BASELINE);

    const typo = await run(["hosts", "--suppress-rule", "qemu/run-as-rot"]);
    expect(typo).toEqual({ code: 2, stdout: "", stderr: 'enginelint: --suppress-rule names an unknown rule "qemu/run-as-rot"; did you mean "qemu/run-as-root"?\n' });
  });

  it("keeps the entries of files not linted in this run", async () => {
    write("hosts/a/qemu.conf", LEGACY);
    write("hosts/b/qemu.conf", 'user = "root"\n');
    await run(["hosts", "--suppress-all"]);
    write("hosts/a/qemu.conf", 'user = "root"\nvnc_tls = "1"\n');
    expect((await run(["hosts/a/qemu.conf", "--suppress-all"])).code).toBe(0);
    expect(JSON.parse(read("enginelint-suppressions.json"))).toEqual({
      "hosts/a/qemu.conf": { "qemu/run-as-root": { count: 1 }, "qemu/value-type": { count: 1 } },
      "hosts/b/qemu.conf": { "qemu/run-as-root": { count: 1 } },
    });
    // b is not linted, so its entry is neither applied nor stale.
    expect((await run(["hosts/a/qemu.conf"])).code).toBe(0);
  });

  it("--suppressions-location names the file; a missing one is exit 2 unless a run records it", async () => {
    write("hosts/a/qemu.conf", LEGACY);
    expect(await run(["hosts", "--suppressions-location", "ci/baseline.json"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "enginelint: The suppressions file does not exist. Please run the command with `--suppress-all` or `--suppress-rule` to create it.\n",
    });
    mkdirSync(join(dir, "ci"));
    expect((await run(["hosts", "--suppress-all", "--suppressions-location", "ci/baseline.json"])).code).toBe(0);
    expect(read("ci/baseline.json")).toBe(BASELINE);
    expect(existsSync(join(dir, "enginelint-suppressions.json"))).toBe(false);
    expect((await run(["hosts", "--suppressions-location", "ci/baseline.json"])).code).toBe(0);
    // The default location holds nothing, so the same run without the flag fails.
    expect((await run(["hosts"])).code).toBe(1);
  });
});

describe("applying", () => {
  it("moves suppressed findings to the JSON suppressedMessages with kind file", async () => {
    write("hosts/a/qemu.conf", LEGACY);
    write("enginelint-suppressions.json", BASELINE);
    const result = await run(["hosts", "-f", "json"]);
    expect(result.code).toBe(0);
    const [file] = JSON.parse(result.stdout) as { messages: { ruleId: string }[]; suppressedMessages: { ruleId: string; line: number; suppressions: unknown }[]; errorCount: number }[];
    expect(file!.messages.map((message) => message.ruleId)).toEqual(["qemu/duplicate-key"]);
    expect(file!.errorCount).toBe(0);
    expect(file!.suppressedMessages.map(({ ruleId, line, suppressions }) => ({ ruleId, line, suppressions }))).toEqual([
      { ruleId: "qemu/run-as-root", line: 1, suppressions: [{ kind: "file", justification: "" }] },
      { ruleId: "qemu/value-type", line: 2, suppressions: [{ kind: "file", justification: "" }] },
      { ruleId: "qemu/value-type", line: 3, suppressions: [{ kind: "file", justification: "" }] },
    ]);
  });

  it("changes nothing on disk without a baseline flag, and leaves no temporary file when it writes", async () => {
    write("hosts/a/qemu.conf", LEGACY);
    await run(["hosts"]);
    await run(["hosts", "--pass-on-unpruned-suppressions"]);
    await run(["hosts", "--prune-suppressions"]);
    expect(readdirSync(dir).sort()).toEqual([".git", "hosts"]);
    await run(["hosts", "--suppress-all"]);
    expect(readdirSync(dir).sort()).toEqual([".git", "enginelint-suppressions.json", "hosts"]);
    write("enginelint-suppressions.json", BASELINE.replace('"count": 2', '"count": 5'));
    await run(["hosts", "--prune-suppressions"]);
    expect(readdirSync(dir).sort()).toEqual([".git", "enginelint-suppressions.json", "hosts"]);
    expect(read("enginelint-suppressions.json")).toBe(BASELINE);
  });

  it("an invalid suppressions file is exit 2 with one line", async () => {
    write("hosts/a/qemu.conf", LEGACY);
    write("enginelint-suppressions.json", '{ "hosts/a/qemu.conf": { "qemu/run-as-root": 1 } }');
    expect(await run(["hosts"])).toEqual({
      code: 2,
      stdout: "",
      stderr: 'enginelint: cannot read the suppressions file enginelint-suppressions.json: "hosts/a/qemu.conf" → "qemu/run-as-root": expected { "count": N } with a positive integer N\n',
    });
    write("enginelint-suppressions.json", "");
    expect((await run(["hosts"])).stderr).toMatch(/^enginelint: cannot read the suppressions file enginelint-suppressions\.json: invalid JSON \(.+\)\n$/);
  });

  it("is not applied to standard input, as ESLint", async () => {
    write("hosts/a/qemu.conf", LEGACY);
    write("enginelint-suppressions.json", BASELINE);
    const result = await run(["--stdin", "--stdin-filename", "hosts/a/qemu.conf"], LEGACY);
    expect(result.code).toBe(1);
    expect(ruleIds(result.stdout)).toEqual(["qemu/run-as-root", "qemu/value-type", "qemu/value-type", "qemu/duplicate-key"]);
  });
});

describe("flags that cannot be combined (exit 2, ESLint's messages)", () => {
  it.each([
    [["--suppress-all", "--suppress-rule", "qemu/run-as-root"], "The --suppress-all option and the --suppress-rule option cannot be used together."],
    [["--suppress-all", "--prune-suppressions"], "The --suppress-all option and the --prune-suppressions option cannot be used together."],
    [["--suppress-rule", "qemu/run-as-root", "--prune-suppressions"], "The --suppress-rule option and the --prune-suppressions option cannot be used together."],
    [["--stdin", "--engine", "qemu", "--suppress-all"], "The --suppress-all, --suppress-rule, and --prune-suppressions options cannot be used with piped-in code."],
    [["--stdin", "--engine", "qemu", "--prune-suppressions"], "The --suppress-all, --suppress-rule, and --prune-suppressions options cannot be used with piped-in code."],
  ])("%j", async (flags, message) => {
    write("qemu.conf", LEGACY);
    const args = flags.includes("--stdin") ? flags : ["qemu.conf", ...flags];
    expect(await run(args, LEGACY)).toEqual({ code: 2, stdout: "", stderr: `enginelint: ${message}\n` });
    expect(existsSync(join(dir, "enginelint-suppressions.json"))).toBe(false);
  });

  it("the usage text lists the baseline flags", async () => {
    const { stdout } = await run(["--help"]);
    for (const flag of ["--suppress-all", "--suppress-rule ID", "--suppressions-location PATH", "--prune-suppressions", "--pass-on-unpruned-suppressions"]) {
      expect(stdout).toContain(flag);
    }
  });
});
