/**
 * The nova.conf files of ../shared/corpus/nova give the findings their SOURCES.md lists for the default
 * settings (release 2026.2, service unknown). Where SOURCES.md lists lines, they must match exactly;
 * where it gives a count, the count must match; `nova/secret-in-clear` is only summarised for some files.
 * Any other finding is a false positive.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nova } from "../../rules/nova/index.js";
import { EMPTY_FILE_CONFIG, type FileConfig } from "../../src/config/types.js";
import { lintFile } from "../../src/core/linter.js";
import { createSource } from "../../src/core/source.js";

const corpus = new URL("../../../shared/corpus/nova/", import.meta.url);

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Lines per rule (exact), a count per rule, or "summarised" (not compared). */
type Expectation = Record<string, number[] | { count: number } | "summarised">;

const EXPECTED: Record<string, Expectation> = {
  "02-ubuntu-package-default-cxlsim.conf": { "unknown-option": [3], "unknown-group": [6165, 6169] },
  "04-rdo-essex-era-nova.conf": { "unknown-option": [...range(4, 7), ...range(9, 19)], "deprecated-option": [2], "secret-in-clear": [16] },
  "06-kilo-docker-nova-compute.conf": { "unknown-option": { count: 32 }, "deprecated-option": [4, 11, 23, 26] },
  "08-mitaka-centos7-nova-dist.conf": { "unknown-option": { count: 12 }, "mysql-driver": [19], "secret-in-clear": [19] },
  "10-devstack-rocky-controller.conf": {
    "unknown-option": [5, 6, 11, 12, 20, 21, 22, 25, 35, 53, 85, 97],
    "deprecated-for-removal": [80],
    "db-read-timeout": [46, 49],
    "secret-in-clear": "summarised",
  },
  "12-devstack-ansi-escapes.conf": {
    "unknown-option": [8, 9, 17, 21, 22, 41, 68, 110],
    "deprecated-option": [122],
    "deprecated-for-removal": [121],
    "db-read-timeout": [57, 60],
    "secret-in-clear": "summarised",
  },
  "14-ussuri-centos8-compute.conf": { "unknown-option": [2, 876], "deprecated-for-removal": [1943], "secret-in-clear": "summarised" },
  "16-icehouse-full-sample.conf": {
    "unknown-option": { count: 29 },
    "deprecated-option": [7, 10, 298],
    "mysql-driver": [2877],
    "secret-in-clear": [2316, 2877, 3424],
  },
  "18-compute-2024-nova-compute.conf": {},
  "20-notes-excerpt-2025-inline-comment.conf": {
    "unknown-option": [3, 5, 6, 9, 30, 31, 43, 51, 73],
    "inline-comment": [76],
    "invalid-value": [76],
    "deprecated-for-removal": [35],
    "db-read-timeout": [12, 15],
  },
  "22-kolla-ansible-nova-cell-conductor-rendered.conf": {
    "unknown-group": [122],
    "unknown-option": [114, 173, 174],
    "deprecated-for-removal": [51],
    "db-read-timeout": [85, 93],
    "secret-in-clear": [23, 65, 70, 79, 85, 93, 106, 137, 171],
  },
  "24-snap-openstack-hypervisor-rendered.conf": {
    "unknown-group": [130],
    "unknown-option": [26, ...range(47, 51), ...range(86, 89), 96, 122, 128, 136, 149],
    "invalid-value": [46],
    "secret-in-clear": "summarised",
  },
  "90-handmade-crlf.conf": { "secret-in-clear": [5] },
  "91-handmade-utf8-bom.conf": { "parse-error": [1] },
  "92-handmade-continuation-lines.conf": { "comment-in-continuation": [19], "invalid-value": [18] },
  "93-handmade-continuation-error.conf": { "parse-error": [5] },
  "94-handmade-duplicates-and-case.conf": {
    "duplicate-key": [3, 17],
    "section-case": [16],
    "lowercase-default-section": [22],
    "wrong-case-key": [26],
    "max-concurrent-live-migrations": [4],
  },
};

const registered = new Set([...nova.rules, ...nova.fatalRules].map((rule) => rule.meta.id.slice("nova/".length)));

function findings(name: string, config: FileConfig = EMPTY_FILE_CONFIG) {
  const source = createSource(readFileSync(new URL(name, corpus)));
  return lintFile(nova, { source }, name, config).messages;
}

function linesByRule(name: string, config?: FileConfig): Map<string, number[]> {
  const byRule = new Map<string, number[]>();
  for (const message of findings(name, config)) {
    const rule = message.ruleId.slice("nova/".length);
    byRule.set(rule, [...(byRule.get(rule) ?? []), message.line]);
  }
  return byRule;
}

describe.skipIf(!existsSync(corpus))("nova corpus: the findings SOURCES.md implies", () => {
  it("covers every corpus file", () => {
    expect(readdirSync(corpus).filter((name) => name.endsWith(".conf")).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))("%s", (name) => {
    const expected = EXPECTED[name]!;
    const actual = linesByRule(name);
    for (const [rule, lines] of actual) {
      const expectation = expected[rule];
      if (expectation === "summarised") continue;
      expect(expectation, `unexpected nova/${rule} on lines ${lines.join(", ")}`).toBeDefined();
      if (Array.isArray(expectation)) expect([...lines].sort((a, b) => a - b), `nova/${rule}`).toEqual(expectation);
      else expect(lines, `nova/${rule}`).toHaveLength(expectation!.count);
    }
    for (const [rule, expectation] of Object.entries(expected)) {
      if (!registered.has(rule) || expectation === "summarised") continue;
      expect(actual.has(rule), `nova/${rule} expected`).toBe(true);
    }
  });

  it("22 as nova-conductor on 2026.2 (native threading): db-read-timeout is an error", () => {
    const config = { ...EMPTY_FILE_CONFIG, settings: { nova: { service: "nova-conductor", release: "2026.2" } } };
    const timeouts = findings("22-kolla-ansible-nova-cell-conductor-rendered.conf", config).filter((m) => m.ruleId === "nova/db-read-timeout");
    expect(timeouts.map((m) => [m.line, m.severity])).toEqual([
      [85, "error"],
      [93, "error"],
    ]);
  });

  it("94 as nova-compute on 2026.2 also flags the 1000-thread power-state pool", () => {
    const config = { ...EMPTY_FILE_CONFIG, settings: { nova: { service: "nova-compute", release: "2026.2" } } };
    expect(linesByRule("94-handmade-duplicates-and-case.conf", config).get("sync-power-state-pool-size")).toEqual([27]);
  });

  it("91: the BOM message and its safe fix", () => {
    const [message] = findings("91-handmade-utf8-bom.conf");
    expect(message).toMatchObject({
      ruleId: "nova/parse-error",
      line: 1,
      column: 1,
      message: "Parsing error: No ':' or '=' found in assignment (the file starts with a UTF-8 byte order mark, which oslo.config keeps as part of line 1)",
      fix: { range: [0, 1], text: "" },
    });
  });
});
