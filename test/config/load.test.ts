import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config/load.js";
import { DEFAULT_LINTER_OPTIONS } from "../../src/config/types.js";
import { contextFor, fixture } from "./context.js";

const temporary: string[] = [];
afterEach(() => {
  for (const directory of temporary.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** Writes `.enginelint.yaml` into a fresh directory, which is also the working directory. */
function load(text: string) {
  const directory = mkdtempSync(join(tmpdir(), "enginelint-config-"));
  temporary.push(directory);
  writeFileSync(join(directory, ".enginelint.yaml"), text);
  return loadConfig(".enginelint.yaml", contextFor(directory));
}

/** The stderr lines of a configuration that must be refused. */
function errorsOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.lines;
    throw error;
  }
  throw new Error("the configuration was accepted");
}

const stderr = (lines: readonly string[]): string => lines.map((line) => `${line}\n`).join("");

describe("goldens of spec §10", () => {
  it("maps Ajv errors to YAML positions, collapsed, byte for byte", () => {
    const lines = errorsOf(() => loadConfig(".enginelint.yaml", contextFor(fixture("golden"))));
    expect(stderr(lines)).toBe(readFileSync(fixture("golden", "expected-stderr.txt"), "utf8"));
  });

  it("reports a duplicate key from yaml and skips schema validation", () => {
    const lines = errorsOf(() => loadConfig("dup.yaml", contextFor(fixture("duplicate-key"))));
    expect(stderr(lines)).toBe(readFileSync(fixture("duplicate-key", "expected-stderr.txt"), "utf8"));
  });

  it("names the file relative to the working directory", () => {
    const lines = errorsOf(() => loadConfig(fixture("duplicate-key", "dup.yaml"), contextFor(fixture())));
    expect(lines).toEqual(['duplicate-key/dup.yaml:3:1: error: duplicate key "rules" (YAML keys must be unique)']);
  });
});

describe("a valid configuration", () => {
  it("round-trips the spec's example", () => {
    const loaded = loadConfig(".enginelint.yaml", contextFor(fixture("valid")));
    expect(loaded).toEqual({
      filePath: fixture("valid", ".enginelint.yaml"),
      directory: fixture("valid"),
      ignores: ["vendor/**", "**/*.sample.conf"],
      engines: {
        nova: ["deploy/**/nova*.conf", "deploy/**/nova.conf.d/*.conf"],
        qemu: ["deploy/**/qemu.conf"],
        ovirt: ["exports/**/engine-config*.txt"],
      },
      linterOptions: { noInlineConfig: false, reportUnusedDisableDirectives: "warning", requireDirectiveReason: false },
      settings: { nova: { release: "2026.1" } },
      rules: {
        "nova/secret-in-clear": { severity: "off" },
        "nova/thread-pool-sizing": { severity: "info", options: { threshold: 200 } },
        "qemu/duplicate-key": { severity: "error" },
      },
      overrides: [
        {
          files: ["deploy/compute/**"],
          ignores: [],
          settings: { nova: { service: "nova-compute" } },
          rules: { "nova/db-read-timeout": { severity: "off" } },
        },
      ],
    });
  });

  it("normalises every way of writing a severity", () => {
    const loaded = load(
      [
        "rules:",
        "  nova/secret-in-clear: 0",
        "  nova/db-read-timeout: 1",
        "  qemu/duplicate-key: 2",
        "  qemu/vnc-listen-insecure: [info]",
        "  nova/thread-pool-sizing: [warn, {}]",
        "linterOptions:",
        "  reportUnusedDisableDirectives: 2",
        "",
      ].join("\n"),
    );
    expect(loaded.rules).toEqual({
      "nova/secret-in-clear": { severity: "off" },
      "nova/db-read-timeout": { severity: "warning" },
      "qemu/duplicate-key": { severity: "error" },
      "qemu/vnc-listen-insecure": { severity: "info" },
      "nova/thread-pool-sizing": { severity: "warning", options: {} },
    });
    expect(loaded.linterOptions.reportUnusedDisableDirectives).toBe("error");
    expect(load("rules:\n  qemu/duplicate-key: off\n  nova/db-read-timeout: error\n").rules).toEqual({
      "qemu/duplicate-key": { severity: "off" },
      "nova/db-read-timeout": { severity: "error" },
    });
  });

  it("treats an empty file (or one with comments only) as an empty configuration", () => {
    for (const text of ["", "# nothing configured yet\n"]) {
      const loaded = load(text);
      expect(loaded.rules).toEqual({});
      expect(loaded.overrides).toEqual([]);
      expect(loaded.linterOptions).toEqual(DEFAULT_LINTER_OPTIONS);
    }
  });
});

describe("validation errors", () => {
  it("checks rule options against the rule's schema and points into the options", () => {
    const lines = errorsOf(() => load("rules:\n  nova/thread-pool-sizing: [warn, { threshold: 0, treshold: 5 }]\n"));
    expect(lines).toEqual([
      '.enginelint.yaml:2:48: error: rules["nova/thread-pool-sizing"][1].threshold: expected a number >= 1',
      '.enginelint.yaml:2:51: error: rules["nova/thread-pool-sizing"][1]: unknown key "treshold"',
    ]);
  });

  it("checks the options of overrides too, in block style", () => {
    const text = ["overrides:", "  - files: ['a/**']", "    rules:", "      nova/thread-pool-sizing:", "        - info", "        - threshold: high", ""].join("\n");
    expect(errorsOf(() => load(text))).toEqual([
      '.enginelint.yaml:6:22: error: overrides[0].rules["nova/thread-pool-sizing"][1].threshold: expected an integer',
    ]);
  });

  it("refuses options for a rule that takes none", () => {
    expect(errorsOf(() => load("rules:\n  qemu/duplicate-key: [error, { strict: true }]\n"))).toEqual([
      '.enginelint.yaml:2:31: error: rules["qemu/duplicate-key"][1]: rule "qemu/duplicate-key" takes no options',
    ]);
  });

  it("reports unknown rule ids at the key, with a did-you-mean when one is close", () => {
    const text = ["rules:", "  nova/secret-in-clearr: warn", "  secret-in-clear: warn", "  qemu/whatever: warn", ""].join("\n");
    expect(errorsOf(() => load(text))).toEqual([
      '.enginelint.yaml:2:3: error: rules: unknown rule "nova/secret-in-clearr" (did you mean "nova/secret-in-clear"?)',
      '.enginelint.yaml:3:3: error: rules: unknown rule "secret-in-clear" (did you mean "nova/secret-in-clear"?)',
      '.enginelint.yaml:4:3: error: rules: unknown rule "qemu/whatever"',
    ]);
  });

  it("checks settings against the engine's settings schema, in overrides too", () => {
    const text = ["settings:", "  nova: { release: 2026 }", "overrides:", "  - files: ['x']", "    settings: { nova: { servce: nova-compute } }", ""].join("\n");
    expect(errorsOf(() => load(text))).toEqual([
      ".enginelint.yaml:2:20: error: settings.nova.release: expected a string",
      '.enginelint.yaml:5:25: error: overrides[0].settings.nova: unknown key "servce"',
    ]);
  });

  it("words the structural errors of the file", () => {
    const text = [
      "ignores: vendor/**",
      "linterOptions:",
      "  noInlineConfig: yes",
      "  reportUnusedDisableDirectives: loud",
      "settings:",
      "  libvirt: {}",
      "overrides:",
      "  - rules: {}",
      "  - files: []",
      "",
    ].join("\n");
    expect(errorsOf(() => load(text))).toEqual([
      ".enginelint.yaml:1:10: error: ignores: expected a list",
      ".enginelint.yaml:3:19: error: linterOptions.noInlineConfig: expected a boolean (true or false)",
      ".enginelint.yaml:4:34: error: linterOptions.reportUnusedDisableDirectives: expected a severity (off, info, warn, error, 0, 1, 2)",
      '.enginelint.yaml:6:3: error: settings: unknown key "libvirt"',
      '.enginelint.yaml:8:5: error: overrides[0]: missing required key "files"',
      ".enginelint.yaml:9:12: error: overrides[1].files: expected at least 1 item",
    ]);
  });

  it("collapses a malformed [severity, options] entry into one message at the entry", () => {
    expect(errorsOf(() => load("rules:\n  qemu/duplicate-key: [error, strict]\n  nova/db-read-timeout: [warn, {}, {}]\n"))).toEqual([
      '.enginelint.yaml:2:23: error: rules["qemu/duplicate-key"]: expected a severity (off, info, warn, error, 0, 1, 2) or [severity, options]',
      '.enginelint.yaml:3:25: error: rules["nova/db-read-timeout"]: expected a severity (off, info, warn, error, 0, 1, 2) or [severity, options]',
    ]);
  });

  it("follows aliases to the anchored node", () => {
    const text = ["rules:", "  nova/thread-pool-sizing: [warn, &pool { threshold: 0 }]", "overrides:", "  - files: [x]", "    rules:", "      nova/thread-pool-sizing: [info, *pool]", ""].join("\n");
    expect(errorsOf(() => load(text))).toEqual([
      '.enginelint.yaml:2:54: error: rules["nova/thread-pool-sizing"][1].threshold: expected a number >= 1',
      '.enginelint.yaml:2:54: error: overrides[0].rules["nova/thread-pool-sizing"][1].threshold: expected a number >= 1',
    ]);
  });

  it("requires a mapping at the top", () => {
    expect(errorsOf(() => load("- rules\n"))).toEqual([".enginelint.yaml:1:1: error: expected a mapping"]);
  });

  it("reports YAML syntax errors without yaml's source excerpt", () => {
    expect(errorsOf(() => load("rules:\n  - x\n bad: 2\n"))).toEqual([
      ".enginelint.yaml:3:1: error: all mapping items must start at the same column",
    ]);
  });

  it("asks for a single YAML document", () => {
    expect(errorsOf(() => load("rules: {}\n---\nignores: []\n"))).toEqual([
      ".enginelint.yaml:2:1: error: a configuration file holds a single YAML document (found a second one)",
    ]);
  });

  it("reports a missing file, or a directory, in one line", () => {
    const directory = mkdtempSync(join(tmpdir(), "enginelint-config-"));
    temporary.push(directory);
    expect(errorsOf(() => loadConfig("nope.yaml", contextFor(directory)))).toEqual([
      "nope.yaml: error: cannot read the configuration file: no such file or directory",
    ]);
    mkdirSync(join(directory, "folder.yaml"));
    expect(errorsOf(() => loadConfig("folder.yaml", contextFor(directory)))).toEqual([
      "folder.yaml: error: cannot read the configuration file: it is a directory",
    ]);
  });

  // root reads any file whatever its mode.
  it.skipIf(process.getuid?.() === 0)("reports a file it may not read in one line", () => {
    const directory = mkdtempSync(join(tmpdir(), "enginelint-config-"));
    temporary.push(directory);
    writeFileSync(join(directory, "locked.yaml"), "rules: {}\n");
    chmodSync(join(directory, "locked.yaml"), 0o000);
    expect(errorsOf(() => loadConfig("locked.yaml", contextFor(directory)))).toEqual([
      "locked.yaml: error: cannot read the configuration file: permission denied",
    ]);
  });
});
