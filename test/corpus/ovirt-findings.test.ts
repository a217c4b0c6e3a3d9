/**
 * The engine-config dumps of ../shared/corpus/ovirt give the findings their SOURCES.md lists for the
 * default rule set, plus the `ovirt/fencing-time` info wherever a dump holds model inputs. Any other
 * finding is a false positive.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ovirt } from "../../rules/ovirt/index.js";
import { EMPTY_FILE_CONFIG } from "../../src/config/types.js";
import { lintFile } from "../../src/core/linter.js";
import { createSource } from "../../src/core/source.js";

const corpus = new URL("../../../shared/corpus/ovirt/", import.meta.url);

/** `rule@line`, transcribed from SOURCES.md ("expected findings"). */
const EXPECTED: Record<string, string[]> = {
  "03-rh318-blog-rhev35-engine-config-get.txt": ["duplicate-row@3"],
  "05-ovirt-docs-defining-custom-properties-get.txt": [
    "malformed-record@3",
    "malformed-record@6",
    "malformed-record@11",
    "duplicate-row@3",
    "duplicate-row@5",
    "duplicate-row@6",
    "duplicate-row@10",
    "duplicate-row@11",
    "value-type@11",
  ],
  "07-vdi-docs-floppy-hook-get.txt": ["duplicate-row@12"],
  "09-zh-ovirt-notes-customdeviceproperties-get.txt": [],
  "11-hosted-engine-macspoof-doc-set-version-prompt.txt": ["non-record-line@1"],
  "13-synthetic-default-4.5.7-all.txt": [],
  "14-synthetic-predictable-fencing-4.5.7-all.txt": [],
  "16-synthetic-garbage-crlf-truncated.txt": [
    "non-record-line@1",
    "non-record-line@2",
    "non-record-line@33",
    "unknown-key@23",
    "unreadable-record@24",
    "unreadable-record@26",
    "unreadable-record@27",
    "unreadable-record@60",
    "unreadable-record@62",
    "unreadable-record@79",
    "malformed-record@25",
    "malformed-record@30",
    "malformed-record@31",
    "malformed-record@61",
    "password-decrypt-failed@29",
    "value-type@59",
    "tool-error-line@63",
    "tool-error-line@64",
    "tool-error-line@65",
  ],
  "18-synthetic-get-sequence-4.5.7.txt": ["non-record-line@27", "tool-error-line@28", "tool-error-line@29"],
};

/** The fencing estimate each dump with model inputs shows (SOURCES.md, "why it is interesting"). */
const FENCING: Record<string, string> = {
  "13-synthetic-default-4.5.7-all.txt": "60–95 s",
  "14-synthetic-predictable-fencing-4.5.7-all.txt": "60–77 s",
  "16-synthetic-garbage-crlf-truncated.txt": "90–125 s",
  "18-synthetic-get-sequence-4.5.7.txt": "60–95 s",
};

const registered = new Set([...ovirt.rules, ...ovirt.fatalRules].map((rule) => rule.meta.id));

function lint(name: string) {
  const source = createSource(readFileSync(new URL(name, corpus)));
  return lintFile(ovirt, { source }, name, EMPTY_FILE_CONFIG).messages;
}

describe.skipIf(!existsSync(corpus))("ovirt corpus: the findings SOURCES.md implies", () => {
  it("covers every corpus file", () => {
    expect(readdirSync(corpus).filter((name) => name.endsWith(".txt")).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))("%s", (name) => {
    const expected = EXPECTED[name]!.filter((entry) => registered.has(`ovirt/${entry.split("@")[0]}`));
    const found = lint(name)
      .filter((m) => m.ruleId !== "ovirt/fencing-time")
      .map((m) => `${m.ruleId.slice("ovirt/".length)}@${m.line}`);
    expect([...found].sort()).toEqual([...expected].sort());
  });

  it.each(Object.keys(EXPECTED))("%s: the fencing estimate", (name) => {
    const estimates = lint(name).filter((m) => m.ruleId === "ovirt/fencing-time");
    const band = FENCING[name];
    if (band === undefined) {
      expect(estimates).toEqual([]);
      return;
    }
    expect(estimates).toHaveLength(1);
    expect(estimates[0]!.severity).toBe("info");
    expect(estimates[0]!.message).toContain(band);
  });
});
