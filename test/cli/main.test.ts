import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "enginelint-cli-"));
  // A .git directory stops the configuration lookup inside the temporary tree.
  mkdirSync(join(dir, ".git"));
});

afterEach(() => {
  dir = "";
});

function write(path: string, text: string | Buffer): string {
  const full = join(dir, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, text);
  return full;
}

async function run(argv: string[], options: { env?: NodeJS.ProcessEnv; tty?: boolean; stdin?: string } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    cwd: dir,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: () => Buffer.from(options.stdin ?? ""),
  });
  return { code, stdout, stderr };
}

const CLEAN = 'vnc_listen = "127.0.0.1"\nsecurity_driver = "selinux"\n';
const DUPLICATE = 'max_processes = 0\nmax_processes = 4096\n';
const UNPARSABLE = "vnc_tls = true\n";

describe("exit codes (output-and-cli §8)", () => {
  it("0 for a clean file, and nothing printed", async () => {
    write("etc/qemu.conf", CLEAN);
    expect(await run(["etc/qemu.conf"])).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("0 with warnings only, 1 once they exceed --max-warnings", async () => {
    write("qemu.conf", DUPLICATE);
    expect((await run(["qemu.conf"])).code).toBe(0);
    const strict = await run(["qemu.conf", "--max-warnings", "0"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe("enginelint found too many warnings (maximum: 0).\n");
  });

  it("1 for a parse error; 2 with --exit-on-fatal-error, findings still printed", async () => {
    write("qemu.conf", UNPARSABLE);
    const plain = await run(["qemu.conf"]);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain("expecting a value (libvirt reports line 1): booleans are written 1 or 0  qemu/parse-error");
    const fatal = await run(["qemu.conf", "--exit-on-fatal-error"]);
    expect(fatal.code).toBe(2);
    expect(fatal.stdout).toContain("qemu/parse-error");
  });

  it("2 for a path that does not exist, with one line on stderr", async () => {
    const result = await run(["missing/qemu.conf"]);
    expect(result).toEqual({ code: 2, stdout: "", stderr: "enginelint: No such file or directory: missing/qemu.conf\n" });
  });

  it("2 for a pattern that matches nothing, unless --no-error-on-unmatched-pattern", async () => {
    write("etc/README", "nothing to lint");
    expect(await run(["etc/*.conf"])).toMatchObject({ code: 2, stderr: 'enginelint: No files matching the pattern "etc/*.conf" were found.\n' });
    expect(await run(["etc/", "--no-error-on-unmatched-pattern"])).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("2 for a bad command line, never a stack trace", async () => {
    for (const argv of [["--bogus"], ["--format", "xml", "x"], ["--max-warnings", "many", "x"], [], ["--rule", "nonsense", "x"], ["--engine", "vmware", "x"]]) {
      const result = await run(argv);
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/^enginelint: [^\n]+\n$/);
    }
  });

  it("2 wins over 1: findings are printed, the missing path reported", async () => {
    write("qemu.conf", UNPARSABLE);
    const result = await run(["qemu.conf", "nope.conf"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("qemu/parse-error");
    expect(result.stderr).toBe("enginelint: No such file or directory: nope.conf\n");
  });

  it("--quiet drops warnings; --fail-on warning fails on them", async () => {
    write("qemu.conf", DUPLICATE);
    expect(await run(["qemu.conf", "--quiet"])).toEqual({ code: 0, stdout: "", stderr: "" });
    expect((await run(["qemu.conf", "--fail-on", "warning"])).code).toBe(1);
  });

  it("--rule changes a severity", async () => {
    write("qemu.conf", DUPLICATE);
    const result = await run(["qemu.conf", "--rule", "qemu/duplicate-key: error"]);
    expect(result.code).toBe(1);
    expect((await run(["qemu.conf", "--rule", "qemu/duplicate-key: off"])).stdout).toBe("");
    expect((await run(["qemu.conf", "--rule", "qemu/duplicat-key: off"])).code).toBe(2);
  });
});

describe("output", () => {
  it("stylish uses absolute paths and is uncoloured by default, even with CI set", async () => {
    const file = write("etc/libvirt/qemu.conf", DUPLICATE);
    const result = await run(["etc"], { env: { CI: "true" } });
    expect(result.stdout).toBe(
      `\n${file}\n  2:1  warning  "max_processes" is already set on line 1; libvirt uses the first value ("0") and ignores this one ("4096")  qemu/duplicate-key\n\n✖ 1 problem (0 errors, 1 warning)\n\n`,
    );
  });

  it("colour follows --color, FORCE_COLOR, NO_COLOR and the terminal", async () => {
    write("qemu.conf", DUPLICATE);
    const ansi = /\x1b\[/;
    expect((await run(["qemu.conf", "--color"])).stdout).toMatch(ansi);
    expect((await run(["qemu.conf"], { env: { FORCE_COLOR: "1" } })).stdout).toMatch(ansi);
    expect((await run(["qemu.conf"], { tty: true, env: { TERM: "xterm" } })).stdout).toMatch(ansi);
    expect((await run(["qemu.conf"], { tty: true, env: { TERM: "xterm", NO_COLOR: "1" } })).stdout).not.toMatch(ansi);
    expect((await run(["qemu.conf", "--no-color"], { env: { FORCE_COLOR: "1" } })).stdout).not.toMatch(ansi);
  });

  it("json lists every file, clean ones too, and -o writes a file without colour", async () => {
    write("a/qemu.conf", CLEAN);
    write("b/qemu.conf", DUPLICATE);
    const result = await run([".", "-f", "json"]);
    const parsed = JSON.parse(result.stdout) as { filePath: string; warningCount: number }[];
    expect(parsed.map((r) => [r.filePath, r.warningCount])).toEqual([
      [join(dir, "a/qemu.conf"), 0],
      [join(dir, "b/qemu.conf"), 1],
    ]);
    const toFile = await run([".", "-f", "stylish", "-o", "report.txt", "--color"]);
    expect(toFile.stdout).toBe("");
    expect(readFileSync(join(dir, "report.txt"), "utf8")).not.toMatch(/\x1b\[/);
  });

  it("-f and -o pair by position: json to a file, stylish to stdout", async () => {
    write("qemu.conf", DUPLICATE);
    const result = await run(["qemu.conf", "-f", "json", "-o", "out.json", "-f", "stylish"]);
    expect(result.stdout).toContain("qemu/duplicate-key");
    expect(JSON.parse(readFileSync(join(dir, "out.json"), "utf8"))[0].messages[0].ruleId).toBe("qemu/duplicate-key");
  });
});

describe("input", () => {
  it("lints standard input named by --stdin-filename", async () => {
    const result = await run(["--stdin", "--stdin-filename", "etc/qemu.conf", "-f", "json"], { stdin: DUPLICATE });
    expect(JSON.parse(result.stdout)[0].filePath).toBe(join(dir, "etc/qemu.conf"));
    expect(result.code).toBe(0);
  });

  it("unnamed standard input is <text> and needs --engine", async () => {
    expect((await run(["--stdin"], { stdin: CLEAN })).code).toBe(2);
    const result = await run(["--stdin", "--engine", "qemu", "-f", "json"], { stdin: UNPARSABLE });
    expect(JSON.parse(result.stdout)[0].filePath).toBe("<text>");
    expect(result.code).toBe(1);
  });

  it("walks directories, linting only names an engine uses", async () => {
    write("hosts/a/qemu.conf", DUPLICATE);
    write("hosts/a/notes.txt", "vnc_tls = true");
    write("hosts/node_modules/qemu.conf", UNPARSABLE);
    const parsed = JSON.parse((await run(["hosts", "-f", "json"])).stdout) as { filePath: string }[];
    expect(parsed.map((r) => r.filePath)).toEqual([join(dir, "hosts/a/qemu.conf")]);
  });

  it("recognises an explicitly named file by its content", async () => {
    write("host1.conf", DUPLICATE);
    expect((await run(["host1.conf"])).stdout).toContain("qemu/duplicate-key");
    write("prose.txt", "Nothing that any engine reads.\n");
    const unknown = await run(["prose.txt"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("cannot tell which engine reads prose.txt");
  });

  it("--engine forces the engine; globs then take any matched file", async () => {
    write("hosts/h1.cfg", DUPLICATE);
    const result = await run(["hosts/*.cfg", "--engine", "qemu"]);
    expect(result.stdout).toContain("qemu/duplicate-key");
  });

  it("walks every engine's files: qemu.conf, nova.conf, engine-config dumps", async () => {
    write("etc/libvirt/qemu.conf", CLEAN);
    write("etc/nova/nova.conf", "[DEFAULT]\ndebug = true\n");
    write("dumps/engine-config-all.txt", "vdsRetries: 0 version: general\n");
    const results = JSON.parse((await run(["etc", "dumps", "-f", "json"])).stdout) as { filePath: string }[];
    expect(results.map((r) => r.filePath.slice(dir.length + 1))).toEqual(["dumps/engine-config-all.txt", "etc/libvirt/qemu.conf", "etc/nova/nova.conf"]);
  });

  it("refuses files above libvirt's 10 MiB limit without reading them as qemu.conf", async () => {
    write("qemu.conf", Buffer.alloc(10 * 1024 * 1024 + 1, 0x23));
    const result = await run(["qemu.conf", "-f", "json"]);
    const message = JSON.parse(result.stdout)[0].messages[0];
    expect(message).toMatchObject({ ruleId: "qemu/parse-error", fatal: true, line: 1, column: 1 });
    expect(message.message).toBe("The file is 10485761 bytes; libvirt refuses qemu.conf files over 10485760 bytes (Value too large for defined data type).");
    expect(result.code).toBe(1);
  });

  it("--ignore-pattern and config ignores skip files; --no-ignore lints them", async () => {
    write("vendor/qemu.conf", UNPARSABLE);
    write("qemu.conf", CLEAN);
    expect((await run([".", "--ignore-pattern", "vendor/**"])).code).toBe(0);
    write(".enginelint.yaml", 'ignores: ["vendor"]\n');
    expect((await run(["."])).code).toBe(0);
    expect((await run([".", "--no-ignore"])).code).toBe(1);
  });
});

describe("configuration", () => {
  it("applies rules and settings from .enginelint.yaml", async () => {
    write("qemu.conf", "max_core = 99999999999999999999\n" + DUPLICATE);
    write(".enginelint.yaml", 'settings:\n  qemu:\n    libvirtVersion: "9.0.0"\nrules:\n  qemu/duplicate-key: error\n');
    const result = await run(["qemu.conf", "-f", "json"]);
    const messages = JSON.parse(result.stdout)[0].messages as { ruleId: string; severity: number }[];
    expect(messages.some((m) => m.ruleId === "qemu/parse-error")).toBe(false);
    expect(messages.find((m) => m.ruleId === "qemu/duplicate-key")?.severity).toBe(2);
  });

  it("prints configuration errors as file:line:col and exits 2 (the §10 golden)", async () => {
    write(
      ".enginelint.yaml",
      "# enginelint configuration\nsettings:\n  qemu:\n    libvirtVersion: \"11.3.0\"\nrules:\n  qemu/duplicate-key: loud\n  qemu/unknown-key: [info, { allow: [\"x\"] }]\noverrides:\n  - files: [\"deploy/compute/**\"]\n    settings: { qemu: { privileged: false } }\nrulez: {}\n",
    );
    write("qemu.conf", CLEAN);
    const result = await run(["qemu.conf"]);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr:
        '.enginelint.yaml:6:23: error: rules["qemu/duplicate-key"]: expected a severity (off, info, warn, error, 0, 1, 2) or [severity, options]\n.enginelint.yaml:11:1: error: unknown key "rulez"\n',
    });
  });

  it("a missing --config is exit 2 with one line", async () => {
    const result = await run(["-c", "nope.yaml", "x"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("--no-config-lookup ignores the configuration file", async () => {
    write(".enginelint.yaml", "rules:\n  qemu/duplicate-key: error\n");
    write("qemu.conf", DUPLICATE);
    expect((await run(["qemu.conf"])).code).toBe(1);
    expect((await run(["qemu.conf", "--no-config-lookup"])).code).toBe(0);
  });

  it("inline directives, --no-inline-config and the unused-directive severity", async () => {
    write("qemu.conf", "max_processes = 0\n# enginelint-disable-next-line qemu/duplicate-key -- kept on purpose\nmax_processes = 4096\n# enginelint-disable-next-line qemu/unknown-key\nvnc_tls = 1\n");
    const result = await run(["qemu.conf", "-f", "json"]);
    const [file] = JSON.parse(result.stdout) as { messages: { ruleId: string }[]; suppressedMessages: { suppressions: unknown }[] }[];
    expect(file!.messages.map((m) => m.ruleId)).toEqual(["qemu/unused-disable-directive"]);
    expect(file!.suppressedMessages[0]!.suppressions).toEqual([{ kind: "directive", justification: "kept on purpose" }]);
    expect((await run(["qemu.conf", "--report-unused-disable-directives"])).code).toBe(1);
    expect((await run(["qemu.conf", "--report-unused-disable-directives-severity", "off"])).stdout).toBe("");
    expect((await run(["qemu.conf", "--no-inline-config"])).stdout).toContain("qemu/duplicate-key");
  });
});

describe("information", () => {
  it("--version, --help", async () => {
    expect((await run(["-v"])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await run(["--help"])).stdout).toContain("enginelint [options] [file | dir | glob]...");
  });

  it("--list-rules lists every rule; -f json is machine-readable", async () => {
    const text = (await run(["--list-rules"])).stdout;
    expect(text).toMatch(/^qemu\/duplicate-key +warn +fix +Key set again/m);
    const json = JSON.parse((await run(["--list-rules", "-f", "json"])).stdout) as { id: string; defaultSeverity: string }[];
    expect(json.find((rule) => rule.id === "qemu/parse-error")?.defaultSeverity).toBe("error");
  });

  it("--explain prints the rule page; an unknown rule is exit 2 with a suggestion", async () => {
    expect((await run(["--explain", "qemu/duplicate-key"])).stdout).toMatch(/^# qemu\/duplicate-key\n/);
    const unknown = await run(["--explain", "qemu/duplicate-keys"]);
    expect(unknown).toEqual({ code: 2, stdout: "", stderr: 'enginelint: unknown rule "qemu/duplicate-keys"; did you mean "qemu/duplicate-key"? (see --list-rules)\n' });
  });

  it("--print-config shows the rules and settings that apply to a file", async () => {
    write(".enginelint.yaml", "rules:\n  qemu/unplug-timeout: [error, { maxSeconds: 10 }]\noverrides:\n  - files: [\"lab/**\"]\n    settings: { qemu: { privileged: false } }\n");
    const printed = JSON.parse((await run(["--print-config", "lab/qemu.conf"])).stdout);
    expect(printed.engine).toBe("qemu");
    expect(printed.rules["qemu/unplug-timeout"]).toEqual(["error", { maxSeconds: 10 }]);
    expect(printed.settings.qemu).toEqual({ libvirtVersion: "11.6.0", privileged: false });
  });
});
