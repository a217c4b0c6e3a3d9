/**
 * The bundle validates the configuration file with Ajv standalone code generated at build time
 * (scripts/bundle.mjs), the sources with the schema compiled at run time: the built command must
 * report a configuration exactly as the sources do. Runs dist/enginelint.js, which `npm test` builds
 * before vitest.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadAllEngines } from "../../rules/index.js";
import { ConfigError, loadConfig, type ConfigContext } from "../../src/config/load.js";
import { fixture } from "./context.js";

const cli = fileURLToPath(new URL("../../dist/enginelint.js", import.meta.url));
const project = mkdtempSync(join(tmpdir(), "enginelint-bundle-"));
mkdirSync(join(project, ".git"));
writeFileSync(join(project, "qemu.conf"), "");
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** What the command checks a configuration against: every shipped rule and engine. */
const engines = await loadAllEngines();
const context: ConfigContext = {
  cwd: project,
  rules: new Map(engines.flatMap((binding) => [...binding.rules, ...binding.fatalRules].map((rule) => [rule.meta.id, rule.meta] as const))),
  settingsSchemas: Object.fromEntries(engines.map((binding) => [binding.engine.id, binding.engine.settingsSchema])),
};

function runBuilt(cwd: string): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [cli, "qemu.conf"], { cwd, encoding: "utf8" });
  return { status: result.status, stderr: result.stderr };
}

function stderrOfSources(cwd: string): string {
  try {
    loadConfig(".enginelint.yaml", { ...context, cwd });
  } catch (error) {
    if (error instanceof ConfigError) return error.lines.map((line) => `${line}\n`).join("");
    throw error;
  }
  return "";
}

/** Every kind of error the file schema reports, at every level, in one file (Ajv's `allErrors`). */
const EVERY_SCHEMA_ERROR = `ignores: vendor
engines:
  qemu: ["", 3]
  xen: ["*.conf"]
linterOptions:
  noInlineConfig: "yes"
  reportUnusedDisableDirectives: loud
  requireDirectiveReason: 1
settings:
  nova: []
  vmware: {}
rules:
  qemu/duplicate-key: [warn, {}, extra]
  qemu/unknown-key: [warn]
  qemu/unplug-timeout: [2, { maxSeconds: 1, minutes: 3 }]
  qemu/run-as-root: []
  qemu/port-ranges: [loud, 1]
  qemu/augeas-incompatible: { severity: warn }
  qemu/key-verson: warn
overrides:
  - rules: { qemu/duplicate-key: loud }
  - files: []
  - files: ["lab/**"]
    ignores: ["", "x"]
    settings: { qemu: { libvirtVersion: "eleven", privileged: "no" } }
    extra: 1
  - nope
unknown: {}
`;

describe("the bundled configuration validator", () => {
  it("gives the spec's goldens byte for byte", () => {
    const result = runBuilt(fixture("golden"));
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(readFileSync(fixture("golden", "expected-stderr.txt"), "utf8"));
  });

  it("reports every kind of schema error as the sources do", () => {
    writeFileSync(join(project, ".enginelint.yaml"), EVERY_SCHEMA_ERROR);
    const result = runBuilt(project);
    expect(result.status).toBe(2);
    expect(result.stderr.match(/: error: /g)?.length).toBeGreaterThan(20);
    expect(result.stderr).toBe(stderrOfSources(project));
  });

  it("accepts what the sources accept", () => {
    writeFileSync(join(project, ".enginelint.yaml"), "ignores: [vendor]\nrules:\n  qemu/unplug-timeout: [warn, { maxSeconds: 15 }]\n");
    expect(stderrOfSources(project)).toBe("");
    expect(runBuilt(project)).toEqual({ status: 0, stderr: "" });
  });
});
