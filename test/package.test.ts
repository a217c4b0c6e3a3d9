/**
 * The package as users install it: `npm pack` (whose `prepare` builds dist/), `npm install <tarball>`
 * into an empty project, and the installed `enginelint` run there. Packing happens in a copy of the
 * project, because `prepare` deletes and rebuilds dist/ while other test files run the command from it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { engineFromFileName } from "../src/engines/detect.js";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
/** Not part of a checkout (node_modules is linked, not copied). */
const NOT_IN_CHECKOUT = new Set(["node_modules", "dist", ".git", "coverage"]);

let work: string;
let consumer: string;
let packedFiles: string[];

interface PackResult {
  filename: string;
  files: { path: string }[];
}

function npm(args: string[], cwd: string): string {
  // stdout only: `prepare` and npm's notices go to stderr.
  return execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "enginelint-package-"));
  const checkout = join(work, "checkout");
  cpSync(projectRoot, checkout, {
    recursive: true,
    filter: (path) => {
      const [top = ""] = relative(projectRoot, path).split(sep);
      return !NOT_IN_CHECKOUT.has(top) && !path.endsWith(".tgz");
    },
  });
  symlinkSync(join(projectRoot, "node_modules"), join(checkout, "node_modules"), "dir");
  const [pack] = JSON.parse(npm(["pack", "--pack-destination", work, "--json"], checkout)) as PackResult[];
  packedFiles = pack!.files.map((file) => file.path).sort();

  consumer = join(work, "consumer");
  // A .git directory stops the configuration lookup inside the temporary project.
  mkdirSync(join(consumer, ".git"), { recursive: true });
  writeFileSync(join(consumer, "package.json"), `${JSON.stringify({ name: "consumer", version: "1.0.0", private: true })}\n`);
  // The runtime dependencies (yaml, ajv, picocolors, picomatch) come from npm's cache when it has them.
  npm(["install", join(work, pack!.filename), "--prefer-offline", "--no-audit", "--no-fund"], consumer);
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function enginelint(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(join(consumer, "node_modules", ".bin", "enginelint"), args, {
    cwd: consumer,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(path: string, text: string): void {
  writeFileSync(join(consumer, path), text);
}

describe("the packed tarball", () => {
  it("holds the command, its data, schema and rule pages, the notices of the bundled packages, and nothing of the development tree", () => {
    for (const path of ["package.json", "README.md", "dist/enginelint.js", "dist/THIRD-PARTY-NOTICES.md", "data/nova-options.json", "schema/enginelint.schema.json", "docs/rules/qemu/run-as-root.md"]) {
      expect(packedFiles).toContain(path);
    }
    const stray = packedFiles.filter((path) => !/^(?:package\.json|README\.md|LICENSE|dist\/.+\.js|dist\/THIRD-PARTY-NOTICES\.md|data\/.+\.json|schema\/.+\.json|docs\/(?:rules|integrations)\/.+\.md)$/.test(path));
    expect(stray).toEqual([]);
    // The library entry serves the project's own scripts; the package has no import entry for it.
    expect(packedFiles).not.toContain("dist/api.js");
  });

  it("has a page for every rule the installed command lists", () => {
    const listed = enginelint(["--list-rules", "-f", "json"]);
    expect(listed.status).toBe(0);
    const ids = (JSON.parse(listed.stdout) as { id: string }[]).map((rule) => rule.id);
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.filter((id) => !packedFiles.includes(`docs/rules/${id}.md`))).toEqual([]);
  });
});

describe("the installed command", () => {
  it("lints a qemu.conf, an engine-config dump and a nova.conf: exit 1, findings in JSON", () => {
    write("qemu.conf", 'user = "root"\nvnc_tls = "1"\n');
    write("engine-config-a.txt", "vdsRetries: 3 version: general\nUserSessionTimeOutInterval: -1 version: general\n");
    write("nova.conf", "[DEFAULT]\ndebug = maybe\n[libvirt]\nvirt_type = kvm\n");
    const result = enginelint(["qemu.conf", "engine-config-a.txt", "nova.conf", "-f", "json"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    const results = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    const byFile = Object.fromEntries(results.map((file) => [relative(consumer, file.filePath), file.messages.map((message) => message.ruleId)]));
    expect(byFile["qemu.conf"]).toEqual(["qemu/run-as-root", "qemu/value-type"]);
    expect(byFile["engine-config-a.txt"]).toEqual(expect.arrayContaining(["ovirt/vds-retries", "ovirt/session-timeout"]));
    expect(byFile["nova.conf"]).toEqual(["nova/invalid-value"]);
  });

  it("--explain prints the rule page shipped in the package", () => {
    const result = enginelint(["--explain", "qemu/run-as-root"]);
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd()).toBe(readFileSync(join(consumer, "node_modules", "enginelint", "docs", "rules", "qemu", "run-as-root.md"), "utf8").trimEnd());
    expect(result.stdout).toMatch(/^# qemu\/run-as-root\n/);
  });

  it("validates a configuration file against the shipped schema: exit 2, file:line:col", () => {
    write("qemu.conf", 'user = "qemu"\n');
    write(".enginelint.yaml", "rules:\n  qemu/run-as-root: loud\nrulez: {}\n");
    try {
      const result = enginelint(["qemu.conf"]);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(
        '.enginelint.yaml:2:21: error: rules["qemu/run-as-root"]: expected a severity (off, info, warn, error, 0, 1, 2) or [severity, options]\n' +
          '.enginelint.yaml:3:1: error: unknown key "rulez"\n',
      );
    } finally {
      rmSync(join(consumer, ".enginelint.yaml"));
    }
  });

  it("reports its version from the installed package.json", () => {
    expect(enginelint(["--version"])).toMatchObject({ status: 0, stdout: `${(JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as { version: string }).version}\n` });
  });
});

describe("the pre-commit hook", () => {
  const [hook] = parse(readFileSync(join(projectRoot, ".pre-commit-hooks.yaml"), "utf8")) as { id: string; entry: string; language: string; files: string }[];

  it("runs the package's command", () => {
    expect(hook).toMatchObject({ id: "enginelint", entry: "enginelint", language: "node" });
  });

  it("passes exactly the files whose names an engine uses", () => {
    // pre-commit applies `files` with Python's re.search; this pattern means the same in JavaScript.
    const pattern = new RegExp(hook!.files);
    const names = [
      "qemu.conf",
      "etc/libvirt/qemu.conf",
      "etc/libvirt/qemu.conf.rpmnew",
      "etc/libvirt/myqemu.conf",
      "nova.conf",
      "etc/nova/nova-compute.conf",
      "etc/nova/nova.conf.d/50-database.conf",
      "etc/nova/nova.conf.d/README",
      "etc/nova/nova.conf.d/old/10-x.conf",
      "etc/nova/api-paste.ini",
      "engine-config.txt",
      "dumps/engine-config-4.5.out",
      "dumps/engine-config-a.log",
      "dumps/engine-config.txt.gz",
      "dumps/my-engine-config.txt",
    ];
    expect(names.filter((name) => pattern.test(name))).toEqual(names.filter((name) => engineFromFileName(name) !== undefined));
  });

  it("is the pattern the local-hook recipe documents", () => {
    expect(readFileSync(join(projectRoot, "docs", "integrations", "pre-commit.md"), "utf8")).toContain(`files: ${hook!.files}\n`);
  });
});

describe("the VS Code recipe", () => {
  const page = readFileSync(join(projectRoot, "docs", "integrations", "vscode.md"), "utf8");
  const block = /```json\n([\s\S]*?)\n```/.exec(page)?.[1] ?? "";
  const { tasks } = JSON.parse(block) as { tasks: { command: string; problemMatcher: string[] | { pattern: { regexp: string } } }[] };

  it("uses the built-in $eslint-stylish matcher for the default format", () => {
    expect(tasks[0]).toMatchObject({ command: "npx enginelint .", problemMatcher: ["$eslint-stylish"] });
  });

  it("has a gcc matcher that captures every line of spec §5.5 with its rule id", () => {
    const matcher = tasks[1]!.problemMatcher;
    const regexp = new RegExp(Array.isArray(matcher) ? "" : matcher.pattern.regexp);
    const lines = [
      'etc/libvirt/qemu.conf:12:14: error: VNC listens on "0.0.0.0" without TLS or SASL: any host that can reach it can open the guest consoles [qemu/vnc-listen-insecure]',
      'etc/libvirt/qemu.conf:30:1: warning: "max_processes" is already set on line 27; libvirt uses the first value ("0") and ignores this one ("4096") [qemu/duplicate-key]',
      "etc/nova/nova.conf:3:1: error: Parsing error: No ':' or '=' found in assignment [nova/parse-error]",
    ];
    // Groups as the task names them: file 1, line 2, column 3, severity 4, message 5, code 6.
    const captured = lines.map((line) => {
      const match = regexp.exec(line);
      return match && { file: match[1], line: match[2], column: match[3], severity: match[4], message: match[5], code: match[6] };
    });
    expect(captured.map((capture) => capture && [capture.file, capture.line, capture.column, capture.severity, capture.code])).toEqual([
      ["etc/libvirt/qemu.conf", "12", "14", "error", "qemu/vnc-listen-insecure"],
      ["etc/libvirt/qemu.conf", "30", "1", "warning", "qemu/duplicate-key"],
      ["etc/nova/nova.conf", "3", "1", "error", "nova/parse-error"],
    ]);
    expect(captured[2]?.message).toBe("Parsing error: No ':' or '=' found in assignment");
  });
});
