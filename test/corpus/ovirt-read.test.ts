/**
 * The engine-config dumps of ../shared/corpus/ovirt read as their SOURCES.md says ("reader result"),
 * and give exactly the findings SOURCES.md lists for the reading rules (parse-error, unreadable-record,
 * malformed-record, tool-error-line, non-record-line, password-decrypt-failed).
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import malformedRecord from "../../rules/ovirt/malformed-record.js";
import nonRecordLine from "../../rules/ovirt/non-record-line.js";
import parseError from "../../rules/ovirt/parse-error.js";
import passwordDecryptFailed from "../../rules/ovirt/password-decrypt-failed.js";
import toolErrorLine from "../../rules/ovirt/tool-error-line.js";
import unreadableRecord from "../../rules/ovirt/unreadable-record.js";
import { defaultFor } from "../../src/catalogue/ovirt.js";
import { EMPTY_FILE_CONFIG } from "../../src/config/types.js";
import type { Diagnostic } from "../../src/core/diagnostic.js";
import { lintFile } from "../../src/core/linter.js";
import { createSource } from "../../src/core/source.js";
import { engineVersion, ovirtEngine } from "../../src/engines/ovirt.js";
import type { EngineConfigDocument } from "../../src/parsers/engine-config-types.js";

const corpus = new URL("../../../shared/corpus/ovirt/", import.meta.url);

interface ReaderResult {
  records: number;
  keys: number;
  /** `kind@line`, `truncated` appended when the record holds the cut last line. */
  unreadable?: string[];
  /** `kind@line` (tool errors: `toolError:<which>@line`). */
  noise?: string[];
  unattributed?: number[];
  decryptFailures?: number[];
  /** `line:deviations` of records not read through STRICT. */
  notStrict?: string[];
}

/** SOURCES.md, column "reader result" (counts of distinct keys from the files themselves where it gives none). */
const READER: Record<string, ReaderResult> = {
  "03-rh318-blog-rhev35-engine-config-get.txt": { records: 3, keys: 2 },
  "05-ovirt-docs-defining-custom-properties-get.txt": {
    records: 11,
    keys: 2,
    notStrict: ["3:lenient:spaceBeforeColon", "6:lenient:spaceBeforeColon", "11:lenient:spaceBeforeColon"],
  },
  "07-vdi-docs-floppy-hook-get.txt": { records: 12, keys: 1 },
  "09-zh-ovirt-notes-customdeviceproperties-get.txt": { records: 6, keys: 1 },
  "11-hosted-engine-macspoof-doc-set-version-prompt.txt": { records: 0, keys: 0, noise: [1, 2, 3, 4, 5, 6, 7, 8].map((line) => `setPrompt@${line}`) },
  "13-synthetic-default-4.5.7-all.txt": { records: 470, keys: 282, notStrict: ["428:multiline:"] },
  "14-synthetic-predictable-fencing-4.5.7-all.txt": { records: 470, keys: 282, notStrict: ["428:multiline:"] },
  "16-synthetic-garbage-crlf-truncated.txt": {
    records: 65,
    keys: 35,
    unreadable: ["missingColon@24", "badVersion@26", "missingVersion@27", "badVersion@60", "glued@62", "missingVersion@79 truncated"],
    noise: [
      "prompt@1",
      "jvm@2",
      "pager@33",
      "toolError:missingFromProperties@63",
      "toolError:missingFromProperties@64",
      "toolError:noDefaultRow@65",
    ],
    decryptFailures: [29],
    notStrict: ["25:lenient:colonSpacing,versionSpacing", "30:lenient:trailingWhitespace", "31:lenient:leadingWhitespace", "61:lenient:spaceBeforeColon"],
  },
  "18-synthetic-get-sequence-4.5.7.txt": {
    records: 28,
    keys: 21,
    noise: ["toolError:missingFromProperties@28", "toolError:noVersionRow@29"],
    unattributed: [27],
  },
};

/** SOURCES.md, column "expected findings", for the reading rules: `rule@line`. */
const FINDINGS: Record<string, string[]> = {
  "03-rh318-blog-rhev35-engine-config-get.txt": [],
  "05-ovirt-docs-defining-custom-properties-get.txt": ["malformed-record@3", "malformed-record@6", "malformed-record@11"],
  "07-vdi-docs-floppy-hook-get.txt": [],
  "09-zh-ovirt-notes-customdeviceproperties-get.txt": [],
  "11-hosted-engine-macspoof-doc-set-version-prompt.txt": ["non-record-line@1"],
  "13-synthetic-default-4.5.7-all.txt": [],
  "14-synthetic-predictable-fencing-4.5.7-all.txt": [],
  "16-synthetic-garbage-crlf-truncated.txt": [
    "non-record-line@1",
    "non-record-line@2",
    "non-record-line@33",
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
    "tool-error-line@63",
    "tool-error-line@64",
    "tool-error-line@65",
  ],
  "18-synthetic-get-sequence-4.5.7.txt": ["non-record-line@27", "tool-error-line@28", "tool-error-line@29"],
};

const binding = {
  engine: ovirtEngine,
  rules: [unreadableRecord, malformedRecord, toolErrorLine, nonRecordLine, passwordDecryptFailed],
  fatalRules: [parseError],
};

const bytesOf = (file: string): Uint8Array => readFileSync(new URL(file, corpus));

function readFile(file: string): EngineConfigDocument {
  const result = ovirtEngine.parse(createSource(bytesOf(file)), ovirtEngine.defaultSettings);
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.failure)}`);
  return result.document;
}

function findings(file: string): Diagnostic[] {
  return lintFile(binding, { source: createSource(bytesOf(file)) }, file, EMPTY_FILE_CONFIG).messages;
}

const byLine = (a: string, b: string): number => Number(a.split("@")[1]!.split(" ")[0]) - Number(b.split("@")[1]!.split(" ")[0]);

describe.skipIf(!existsSync(corpus))("ovirt corpus: reader results of SOURCES.md", () => {
  describe.each(Object.entries(READER))("%s", (file, expected) => {
    it("has the records, unreadable records, noise and other lines SOURCES.md lists", () => {
      // Read inside the test: a skipped suite is still collected, and the corpus may be absent.
      const document = readFile(file);
      expect(document.records).toHaveLength(expected.records);
      expect(new Set(document.records.map((record) => record.key)).size).toBe(expected.keys);
      expect(document.unreadable.map((u) => `${u.kind}@${u.line}${u.truncated ? " truncated" : ""}`)).toEqual(expected.unreadable ?? []);
      expect(document.noise.map((n) => `${n.kind}${n.toolError ? `:${n.toolError}` : ""}@${n.line}`)).toEqual(expected.noise ?? []);
      expect(document.unattributed.map((u) => u.line)).toEqual(expected.unattributed ?? []);
      expect(document.decryptFailures.map((d) => d.line)).toEqual(expected.decryptFailures ?? []);
      expect(document.records.filter((r) => r.form !== "strict").map((r) => `${r.line}:${r.form}:${r.deviations.join(",")}`)).toEqual(expected.notStrict ?? []);
      expect(document.listEntries).toEqual([]);
    });
  });

  it("13 and 14 are -a dumps of 4.5.7 with the seeded IPTablesConfig value on lines 428–457", () => {
    for (const file of ["13-synthetic-default-4.5.7-all.txt", "14-synthetic-predictable-fencing-4.5.7-all.txt"]) {
      const document = readFile(file);
      expect(document.meta).toMatchObject({ kind: "all", bom: false, lineEnds: "lf", finalLineEnd: true, productVersion: { version: "4.5.7" } });
      expect(engineVersion(document, { ovirtVersion: "4.4.10" })).toBe("4.5.7");
      const iptables = document.effective.get("IPTablesConfig")?.get("general");
      expect(iptables).toMatchObject({ line: 428, endLine: 457, form: "multiline", value: defaultFor("IPTablesConfig", "general") });
      expect(document.records.filter((r) => r.key === "MaxVmNameLength").map((r) => r.line)).toEqual([271, 272]);
      expect(document.records.filter((r) => r.key === "MaxVmNameLengthSysprep").map((r) => r.line)).toEqual([69, 70]);
      expect(document.effective.get("SysPrepDefaultPassword")?.get("general")?.value).toBe("Empty");
    }
    expect(readFile("14-synthetic-predictable-fencing-4.5.7-all.txt").effective.get("vdsConnectionTimeout")?.get("general")).toMatchObject({ value: "2", line: 221 });
  });

  it("the other dumps have no product version: rules use the ovirtVersion setting", () => {
    for (const file of Object.keys(READER).filter((name) => !/^1[34]-/.test(name))) {
      const document = readFile(file);
      expect(document.meta.productVersion, file).toBeUndefined();
      expect(document.meta.kind, file).toBe("get");
      expect(engineVersion(document, ovirtEngine.defaultSettings)).toBe("4.5.7");
    }
  });

  it("16 tolerates its BOM and CRLF, and knows it was cut", () => {
    const document = readFile("16-synthetic-garbage-crlf-truncated.txt");
    expect(document.meta).toMatchObject({ bom: true, lineEnds: "crlf", finalLineEnd: false });
    expect(document.effective.get("TimeoutToResetVdsInSeconds")?.get("general")).toMatchObject({ value: "90", line: 28 });
    expect(document.unreadable.find((u) => u.kind === "glued")?.gluedKeys).toEqual(["vdsTimeout", "vdsRetries"]);
  });
});

describe.skipIf(!existsSync(corpus))("ovirt corpus: findings of the reading rules", () => {
  it.each(Object.entries(FINDINGS))("%s", (file, expected) => {
    const found = findings(file).map((d) => `${d.ruleId.slice("ovirt/".length)}@${d.line}`);
    expect(found.sort(byLine)).toEqual([...expected].sort(byLine));
  });

  it("words the findings of 16 and 18 as the spec does", () => {
    const messages = (file: string): Record<number, string> =>
      Object.fromEntries(findings(file).map((d) => [d.line, d.message] as const));
    const garbage = messages("16-synthetic-garbage-crlf-truncated.txt");
    expect(garbage[27]).toBe(
      'Cannot read this TimeoutToResetVdsInSeconds record: it has no "version:" part; its value is ignored. The value used is "90" from line 28.',
    );
    expect(garbage[79]).toBe(
      'Cannot read this vdsTimeout record: it has no "version:" part; its value is ignored. The file ends on this line without a line end: the capture was cut short.',
    );
    expect(garbage[65]).toBe("engine-config reports no database row for vdsHeartbeatInSeconds. It is a database-only key that engine-config cannot show.");
    expect(garbage[29]).toMatch(/^SysPrepDefaultPassword could not be decrypted/);
    const sequence = messages("18-synthetic-get-sequence-4.5.7.txt");
    expect(sequence[29]).toBe("engine-config could not find a row for UserDefinedVMProperties at version 4.9.");
    const prompt = findings("11-hosted-engine-macspoof-doc-set-version-prompt.txt");
    expect(prompt.map((d) => [d.line, d.endLine, d.severity])).toEqual([[1, 8, "info"]]);
  });
});
