import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyLoadedConfig, type LoadedConfig, type LoadedOverride } from "../../src/config/model.js";
import { applyRuleOverrides, createIgnoreMatcher, engineForPath, isIgnored, resolveFileConfig } from "../../src/config/resolve.js";
import { DEFAULT_LINTER_OPTIONS, EMPTY_FILE_CONFIG } from "../../src/config/types.js";
import { loadConfig } from "../../src/config/load.js";
import { contextFor, fixture } from "./context.js";

const ROOT = join("/", "srv", "fleet");
const at = (relativePath: string): string => join(ROOT, ...relativePath.split("/"));

function config(parts: Partial<LoadedConfig>, overrides: Partial<LoadedOverride>[] = []): LoadedConfig {
  return {
    ...emptyLoadedConfig(ROOT),
    filePath: join(ROOT, ".enginelint.yaml"),
    ...parts,
    overrides: overrides.map((override) => ({ files: [], ignores: [], rules: {}, settings: {}, ...override })),
  };
}

describe("resolveFileConfig", () => {
  const loaded = config(
    {
      rules: {
        "nova/thread-pool-sizing": { severity: "info", options: { threshold: 200 } },
        "nova/secret-in-clear": { severity: "error" },
      },
    },
    [
      { files: ["deploy/**"], rules: { "nova/thread-pool-sizing": { severity: "error" } } },
      { files: ["deploy/compute/**"], ignores: ["deploy/compute/legacy/**"], rules: { "nova/secret-in-clear": { severity: "off" } } },
      { files: ["deploy/compute/**"], rules: { "nova/secret-in-clear": { severity: "warning" }, "nova/thread-pool-sizing": { severity: "warning", options: { threshold: 50 } } } },
    ],
  );

  it("applies only the top level to files no override matches", () => {
    expect(resolveFileConfig(loaded, at("other/nova.conf")).rules).toEqual(loaded.rules);
    expect(resolveFileConfig(loaded, undefined).rules).toEqual(loaded.rules);
  });

  it("keeps earlier options when an override gives only a severity", () => {
    expect(resolveFileConfig(loaded, at("deploy/api/nova.conf")).rules).toEqual({
      "nova/thread-pool-sizing": { severity: "error", options: { threshold: 200 } },
      "nova/secret-in-clear": { severity: "error" },
    });
  });

  it("applies overrides in order, the later winning, and replaces options given again", () => {
    expect(resolveFileConfig(loaded, at("deploy/compute/nova.conf")).rules).toEqual({
      "nova/thread-pool-sizing": { severity: "warning", options: { threshold: 50 } },
      "nova/secret-in-clear": { severity: "warning" },
    });
  });

  it("skips an override for the files its own ignores match", () => {
    const rules = resolveFileConfig(loaded, at("deploy/compute/legacy/nova.conf")).rules;
    expect(rules["nova/secret-in-clear"]).toEqual({ severity: "warning" });
    const withoutLast = config({ rules: loaded.rules }, loaded.overrides.slice(0, 2));
    expect(resolveFileConfig(withoutLast, at("deploy/compute/legacy/nova.conf")).rules["nova/secret-in-clear"]).toEqual({ severity: "error" });
    expect(resolveFileConfig(withoutLast, at("deploy/compute/nova.conf")).rules["nova/secret-in-clear"]).toEqual({ severity: "off" });
  });

  it("merges settings key by key, recursively, replacing arrays", () => {
    const merging = config({ settings: { nova: { release: "2026.1", env: { cells: 2, regions: ["a", "b"] }, commandLine: ["--config-file", "x"] } } }, [
      { files: ["**"], settings: { nova: { service: "nova-compute", env: { regions: ["c"] }, commandLine: [] }, qemu: { user: "qemu" } } },
    ]);
    expect(resolveFileConfig(merging, at("nova.conf")).settings).toEqual({
      nova: { release: "2026.1", service: "nova-compute", env: { cells: 2, regions: ["c"] }, commandLine: [] },
      qemu: { user: "qemu" },
    });
    // The configuration itself is left as loaded.
    expect(merging.settings).toEqual({ nova: { release: "2026.1", env: { cells: 2, regions: ["a", "b"] }, commandLine: ["--config-file", "x"] } });
  });

  it("matches dot files and directories", () => {
    const dotted = config({}, [{ files: ["**/*.conf"], rules: { "qemu/duplicate-key": { severity: "off" } } }]);
    expect(resolveFileConfig(dotted, at(".hidden/qemu.conf")).rules).toEqual({ "qemu/duplicate-key": { severity: "off" } });
  });

  it("gives the linter options and serialises as plain JSON", () => {
    const resolved = resolveFileConfig(loadConfig(".enginelint.yaml", contextFor(fixture("valid"))), fixture("valid", "deploy", "compute", "nova.conf"));
    expect(JSON.parse(JSON.stringify(resolved))).toEqual({
      rules: {
        "nova/secret-in-clear": { severity: "off" },
        "nova/thread-pool-sizing": { severity: "info", options: { threshold: 200 } },
        "qemu/duplicate-key": { severity: "error" },
        "nova/db-read-timeout": { severity: "off" },
      },
      settings: { nova: { release: "2026.1", service: "nova-compute" } },
      linterOptions: DEFAULT_LINTER_OPTIONS,
    });
    expect(resolveFileConfig(emptyLoadedConfig(ROOT), at("nova.conf"))).toEqual(EMPTY_FILE_CONFIG);
  });
});

describe("ignores", () => {
  const loaded = config({ ignores: ["vendor", "**/*.sample.conf", "build/"] });

  it("ignores matching files and everything below a matching directory", () => {
    expect(isIgnored(loaded, at("vendor/qemu.conf"))).toBe(true);
    expect(isIgnored(loaded, at("vendor/deep/nova.conf"))).toBe(true);
    expect(isIgnored(loaded, at("build/out/qemu.conf"))).toBe(true);
    expect(isIgnored(loaded, at("etc/nova.sample.conf"))).toBe(true);
    expect(isIgnored(loaded, at(".x/qemu.sample.conf"))).toBe(true);
  });

  it("keeps other files, and files outside the configuration's directory", () => {
    expect(isIgnored(loaded, at("etc/vendor.conf"))).toBe(false);
    expect(isIgnored(loaded, at("vendored/qemu.conf"))).toBe(false);
    expect(isIgnored(loaded, join("/", "elsewhere", "vendor", "qemu.conf"))).toBe(false);
    expect(isIgnored(emptyLoadedConfig(ROOT), at("vendor/qemu.conf"))).toBe(false);
  });

  it("serves --ignore-pattern relative to another directory", () => {
    const matches = createIgnoreMatcher(at("deploy"), ["old/**"]);
    expect(matches(at("deploy/old/nova.conf"))).toBe(true);
    expect(matches(at("old/nova.conf"))).toBe(false);
  });
});

describe("engineForPath", () => {
  const loaded = config({ engines: { nova: ["deploy/**/nova*.conf"], qemu: ["deploy/**/*.conf"] } });

  it("takes the first engine, in the configuration's order, whose patterns match", () => {
    expect(engineForPath(loaded, at("deploy/a/nova-cell1.conf"))).toBe("nova");
    expect(engineForPath(loaded, at("deploy/a/host.conf"))).toBe("qemu");
    expect(engineForPath(loaded, at("host.conf"))).toBeUndefined();
  });
});

describe("applyRuleOverrides", () => {
  it("sets severities over the resolved configuration, keeping options, the last flag winning", () => {
    const base = { ...EMPTY_FILE_CONFIG, rules: { "nova/thread-pool-sizing": { severity: "info" as const, options: { threshold: 5 } } } };
    const applied = applyRuleOverrides(base, [
      { ruleId: "nova/thread-pool-sizing", severity: "error" },
      { ruleId: "qemu/duplicate-key", severity: "off" },
      { ruleId: "qemu/duplicate-key", severity: "warning" },
    ]);
    expect(applied.rules).toEqual({
      "nova/thread-pool-sizing": { severity: "error", options: { threshold: 5 } },
      "qemu/duplicate-key": { severity: "warning" },
    });
    expect(base.rules["nova/thread-pool-sizing"].severity).toBe("info");
  });
});
