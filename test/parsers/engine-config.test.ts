/**
 * The engine-config dump reader against spec engine-config §3: input handling (§3.1), every pattern
 * (§3.2), every step of the algorithm (§3.3), unreadable records (§3.4), the document (§3.5) and the
 * engine version (§3.6). Spans are checked by slicing the text they point into.
 */
import { describe, expect, it } from "vitest";
import { defaultFor, isCatalogueKeyName } from "../../src/catalogue/ovirt.js";
import type { Span } from "../../src/core/rule.js";
import { createSource, sourceFromText, type Source } from "../../src/core/source.js";
import { gluedNames, readEngineConfig } from "../../src/parsers/engine-config.js";
import type { EngineConfigDocument } from "../../src/parsers/engine-config-types.js";

const options = { isCatalogueKey: isCatalogueKeyName };

function readSource(source: Source): EngineConfigDocument {
  const result = readEngineConfig(source, options);
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.failure)}`);
  return result.document;
}

const read = (text: string): EngineConfigDocument => readSource(sourceFromText(text));
const slice = (text: string, span: Span): string => text.slice(span.start, span.end);

/** Everything the reader made of a text, one short string per item, in a fixed order. */
function summary(document: EngineConfigDocument): string[] {
  return [
    ...document.records.map((r) => `record ${r.line}-${r.endLine} ${r.form} ${r.key}=${JSON.stringify(r.value)}@${r.version}${r.deviations.length ? ` [${r.deviations.join(",")}]` : ""}`),
    ...document.listEntries.map((l) => `list ${l.line} ${l.key} ${l.type}`),
    ...document.decryptFailures.map((d) => `decrypt ${d.line} ${d.key}`),
    ...document.unreadable.map((u) => `unreadable ${u.line}-${u.endLine} ${u.kind} ${u.key ?? ""}${u.truncated ? " truncated" : ""}`),
    ...document.noise.map((n) => `noise ${n.line} ${n.kind}${n.toolError ? ` ${n.toolError}` : ""}${n.key ? ` ${n.key}` : ""}${n.version ? ` ${n.version}` : ""}`),
    ...document.unattributed.map((u) => `unattributed ${u.line}`),
  ];
}

const summarise = (text: string): string[] => summary(read(text));

describe("§3.1 input", () => {
  it("refuses a file with a NUL byte as binary, at the first NUL (text offset)", () => {
    expect(readEngineConfig(sourceFromText("vdsTimeout: 1\u0000 version: general\u0000\n"), options)).toEqual({ ok: false, failure: { kind: "binary", offset: 13 } });
    expect(readEngineConfig(sourceFromText("\uFEFF\u0000"), options)).toEqual({ ok: false, failure: { kind: "binary", offset: 1 } });
  });

  it("decodes invalid UTF-8 as U+FFFD and keeps reading", () => {
    const bytes = new Uint8Array([...Buffer.from("vdsTimeout: 1"), 0xff, ...Buffer.from("0 version: general\n")]);
    const document = readSource(createSource(bytes));
    expect(document.records.map((r) => r.value)).toEqual(["1\uFFFD0"]);
  });

  it("removes one leading BOM silently; spans still point into the text with the BOM", () => {
    const text = "\uFEFFvdsTimeout: 180 version: general\n";
    const document = read(text);
    expect(document.meta.bom).toBe(true);
    const [record] = document.records;
    expect(record).toMatchObject({ key: "vdsTimeout", line: 1, keySpan: { start: 1, end: 11 } });
    expect(slice(text, record!.valueSpan)).toBe("180");
    // A second U+FEFF is text: the line starts with it, so it is no record.
    expect(summarise("\uFEFF\uFEFFvdsTimeout: 180 version: general\n")).toEqual(["unattributed 1"]);
  });

  it("tolerates CRLF: values and spans exclude the CR", () => {
    const text = "vdsTimeout: 180 version: general\r\nvdsRetries: 0 version: general\r\n";
    const document = read(text);
    expect(document.meta).toMatchObject({ lineEnds: "crlf", finalLineEnd: true, bom: false });
    expect(document.records.map((r) => [r.line, r.value, r.version, slice(text, r.span)])).toEqual([
      [1, "180", "general", "vdsTimeout: 180 version: general"],
      [2, "0", "general", "vdsRetries: 0 version: general"],
    ]);
  });

  it("splits a file with CR but no LF on CR", () => {
    const text = "vdsTimeout: 180 version: general\rvdsRetries: 0 version: general\r";
    const document = read(text);
    expect(document.meta).toMatchObject({ lineEnds: "cr", finalLineEnd: true });
    expect(summary(document)).toEqual(['record 1-1 strict vdsTimeout="180"@general', 'record 2-2 strict vdsRetries="0"@general']);
    expect(sourceFromText(text).position(document.records[1]!.keySpan.start)).toEqual({ line: 2, column: 1 });
  });

  it("removes only one CR before LF; a CR elsewhere stays in the line and makes the line ends mixed", () => {
    const text = "vdsTimeout: 1\r8 version: general\nvdsRetries: 0 version: general\r\r\n";
    const document = read(text);
    expect(document.meta.lineEnds).toBe("mixed");
    // `.` runs with the s flag: a stray CR is a character of the line. The second line keeps one CR,
    // which is trailing whitespace for no pattern, so the line is no record.
    expect(summary(document)).toEqual(['record 1-1 strict vdsTimeout="1\\r8"@general', "unreadable 2-2 badVersion vdsRetries"]);
  });

  it("removes the CR of a CRLF cut after its CR, on the last line too", () => {
    const text = "vdsTimeout: 180 version: general\r\nvdsRetries: 0 version: general\r";
    const document = read(text);
    expect(document.meta).toMatchObject({ lineEnds: "crlf", finalLineEnd: false });
    expect(summary(document)).toEqual(['record 1-1 strict vdsTimeout="180"@general', 'record 2-2 strict vdsRetries="0"@general']);
  });

  it("reports the line-end style and whether the file ends with one", () => {
    expect(read("a: b version: general\nc: d version: general\r\n").meta.lineEnds).toBe("mixed");
    expect(read("vdsTimeout: 180 version: general").meta).toMatchObject({ lineEnds: "none", finalLineEnd: false });
    expect(read("").meta).toMatchObject({ lineEnds: "none", finalLineEnd: true, bom: false, kind: "get" });
    expect(read("\uFEFF").meta).toMatchObject({ lineEnds: "none", finalLineEnd: true, bom: true });
    expect(read("x\n").meta).toMatchObject({ lineEnds: "lf", finalLineEnd: true });
  });
});

describe("§3.2 patterns and §3.3 step 2", () => {
  it("ignores blank lines (spaces and tabs)", () => {
    expect(summarise("\n \t \n\t\nvdsTimeout: 180 version: general\n\n")).toEqual(['record 4-4 strict vdsTimeout="180"@general']);
  });

  it("reads -l lines as list entries", () => {
    const line = 'PopulateDirectLUNDiskDescriptionWithLUNId: "When creating direct LUN disk with (-1  (Value Type: Integer)';
    const text = `vdsTimeout: "Host Control Communication Timeout (in seconds)" (Value Type: Integer)\n${line}\n`;
    const document = read(text);
    expect(document.listEntries.map((e) => [e.key, e.description, e.type, e.line, slice(text, e.keySpan), slice(text, e.span)])).toEqual([
      ["vdsTimeout", '"Host Control Communication Timeout (in seconds)"', "Integer", 1, "vdsTimeout", text.split("\n")[0]],
      ["PopulateDirectLUNDiskDescriptionWithLUNId", '"When creating direct LUN disk with (-1 ', "Integer", 2, "PopulateDirectLUNDiskDescriptionWithLUNId", line],
    ]);
    expect(document.records).toEqual([]);
    expect(document.meta.kind).toBe("list");
  });

  it("reads a -d block as one record with the printed default", () => {
    const text = "Name: vdsTimeout\nVersion: general\nCurrent: 60\nDefault: 180\n\nvdsRetries: 0 version: general\n";
    const document = read(text);
    const [diff, next] = document.records;
    expect(diff).toMatchObject({ key: "vdsTimeout", value: "60", version: "general", form: "diff", printedDefault: "180", line: 1, endLine: 4, deviations: [] });
    expect([slice(text, diff!.keySpan), slice(text, diff!.versionSpan), slice(text, diff!.valueSpan), slice(text, diff!.span)]).toEqual([
      "vdsTimeout",
      "general",
      "60",
      "Name: vdsTimeout\nVersion: general\nCurrent: 60\nDefault: 180",
    ]);
    expect(next).toMatchObject({ key: "vdsRetries", line: 6 });
  });

  it("does not treat an incomplete -d block as one", () => {
    expect(summarise("Name: vdsTimeout\nVersion: general\nCurrent: 60\n")).toEqual([
      "unreadable 1-1 missingVersion Name",
      "unreadable 2-2 missingVersion Version",
      "unreadable 3-3 missingVersion Current",
    ]);
  });

  it("reads the §2.2 example exactly as a fresh 4.5.7 prints it", () => {
    const text = [
      "vdsTimeout: 180 version: general",
      "vdsConnectionTimeout: 20 version: general",
      "vdsRetries: 0 version: general",
      "DelayResetPerVmInSeconds: 0.5 version: general",
      "SysPrepDefaultUser:  version: general",
      "SysPrepDefaultPassword: Empty version: general",
      "AuditLogCleanupTime: 03:35:35 version: general",
      "EngineMode: Active version: general",
      "MaxVmNameLength: 64 version: general",
      "MaxVmNameLength: 64 version: general",
      'MaxNumOfVmCpus: {"x86":710,"ppc":384,"s390x":384} version: 4.7',
      'MaxNumOfVmCpus: {"x86":710,"ppc":384,"s390x":384} version: 4.8',
      'MaxNumOfVmCpus: {"x86":384,"ppc":384,"s390x":384} version: 4.2',
      "UserDefinedVMProperties:  version: 4.2",
      "",
    ].join("\n");
    const document = read(text);
    expect(document.records.map((r) => [r.key, r.value, r.version, r.form])).toEqual([
      ["vdsTimeout", "180", "general", "strict"],
      ["vdsConnectionTimeout", "20", "general", "strict"],
      ["vdsRetries", "0", "general", "strict"],
      ["DelayResetPerVmInSeconds", "0.5", "general", "strict"],
      ["SysPrepDefaultUser", "", "general", "strict"],
      ["SysPrepDefaultPassword", "Empty", "general", "strict"],
      ["AuditLogCleanupTime", "03:35:35", "general", "strict"],
      ["EngineMode", "Active", "general", "strict"],
      ["MaxVmNameLength", "64", "general", "strict"],
      ["MaxVmNameLength", "64", "general", "strict"],
      ["MaxNumOfVmCpus", '{"x86":710,"ppc":384,"s390x":384}', "4.7", "strict"],
      ["MaxNumOfVmCpus", '{"x86":710,"ppc":384,"s390x":384}', "4.8", "strict"],
      ["MaxNumOfVmCpus", '{"x86":384,"ppc":384,"s390x":384}', "4.2", "strict"],
      ["UserDefinedVMProperties", "", "4.2", "strict"],
    ]);
    for (const record of document.records) {
      expect(slice(text, record.keySpan)).toBe(record.key);
      expect(slice(text, record.valueSpan)).toBe(record.value);
      expect(slice(text, record.versionSpan)).toBe(record.version);
    }
    // The empty value sits between the two spaces after the colon.
    expect(document.records[4]!.valueSpan).toEqual({ start: text.indexOf("SysPrepDefaultUser") + 20, end: text.indexOf("SysPrepDefaultUser") + 20 });
    expect(document.effective.get("MaxVmNameLength")?.get("general")?.line).toBe(10);
    expect([...(document.effective.get("MaxNumOfVmCpus")?.keys() ?? [])]).toEqual(["4.7", "4.8", "4.2"]);
    expect(document.meta.kind).toBe("get");
  });

  it("STRICT keeps the value exactly, trailing spaces included, and the last ` version: ` wins", () => {
    expect(summarise("vdsTimeout: 180  version: general\nKey: x version: 4.2 version: general\nKey: a:b version: 4.10.1\n")).toEqual([
      'record 1-1 strict vdsTimeout="180 "@general',
      'record 2-2 strict Key="x version: 4.2"@general',
      'record 3-3 strict Key="a:b"@4.10.1',
    ]);
  });

  it("LENIENT reads whitespace damage and names each deviation", () => {
    const cases: [string, string][] = [
      ["UserDefinedVMProperties : memory=^[0-9]+$ version: 4.5", 'UserDefinedVMProperties="memory=^[0-9]+$"@4.5 [spaceBeforeColon]'],
      ["vdsConnectionTimeout:20 version:general", 'vdsConnectionTimeout="20"@general [colonSpacing,versionSpacing]'],
      ["ServerRebootTimeout: 600 version: general\t ", 'ServerRebootTimeout="600"@general [trailingWhitespace]'],
      ["   DelayResetForSpmInSeconds: 20 version: general", 'DelayResetForSpmInSeconds="20"@general [leadingWhitespace]'],
      ["vdsTimeout:\t180\tversion:\tgeneral", 'vdsTimeout="180"@general [colonSpacing,versionSpacing]'],
      ["vdsTimeout: 180 version:  general", 'vdsTimeout="180"@general [versionSpacing]'],
      // One blank after the colon belongs to the colon; a second one starts the value.
      ["vdsTimeout:  180\tversion: general", 'vdsTimeout=" 180"@general [versionSpacing]'],
      // An empty value whose two spaces were collapsed.
      ["SysPrepDefaultUser: version: general", 'SysPrepDefaultUser=""@general [versionSpacing]'],
      // The lazy value: the first `version:` followed by a valid version wins.
      ["Key : a version: b version: general", 'Key="a version: b"@general [spaceBeforeColon]'],
    ];
    for (const [line, expected] of cases) expect(summarise(`${line}\n`), line).toEqual([`record 1-1 lenient ${expected}`]);
    const text = " vdsTimeout :\t180  version:  4.2 \n";
    const [record] = read(text).records;
    expect(record!.deviations).toEqual(["leadingWhitespace", "spaceBeforeColon", "colonSpacing", "versionSpacing", "trailingWhitespace"]);
    expect([slice(text, record!.keySpan), slice(text, record!.valueSpan), slice(text, record!.versionSpan), slice(text, record!.span)]).toEqual([
      "vdsTimeout",
      "180",
      "4.2",
      text.slice(0, -1),
    ]);
  });

  it("reads the decryption failure line", () => {
    const text = "SysPrepDefaultPassword: Failed to decrypt the current value. \n";
    const [failure] = read(text).decryptFailures;
    expect(failure).toMatchObject({ key: "SysPrepDefaultPassword", line: 1 });
    expect([slice(text, failure!.keySpan), slice(text, failure!.span)]).toEqual(["SysPrepDefaultPassword", text.slice(0, -1)]);
  });

  it("classifies every noise pattern", () => {
    const lines = [
      "[root@engine ~]# engine-config -a",
      "[user@host dir]$ ls",
      "Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8",
      "Picked up _JAVA_OPTIONS: -Xmx1g",
      "Picked up JDK_JAVA_OPTIONS: -Xss1m",
      "OpenJDK 64-Bit Server VM warning: Ignoring option MaxPermSize",
      "WARNING: An illegal reflective access operation has occurred",
      "SLF4J: Class path contains multiple SLF4J bindings.",
      "-- More --",
      "--More--",
      "--More--(42%)",
      "(END)",
      "Please select a version:",
      "1. 4.2",
      "12. general",
      "Error fetching vdsTimeout value: no such entry with default version.",
      "Error fetching MaxNumOfVmCpus value: no such entry with version '4.9'.",
      "Cannot set value abc to key vdsTimeout. ",
      "Cannot set value x to key WebSocketProxy. The WebSocketProxy can't be empty.",
      "Error setting vdsTimeout's value. No such entry with version 4.9.",
      "Configuration key OldKey is deprecated, thus cannot get its value.",
      "Connection to the Database failed. Please check that the hostname and port number are correct and that the Database service is up and running.",
      "null",
      'Cannot invoke "com.fasterxml.jackson.databind.JsonNode.get(String)" because "node" is null',
      "Merge operation cancelled as value is unchanged.",
    ];
    const text = `${lines.join("\n")}\n`;
    const document = read(text);
    expect(summary(document)).toEqual([
      "noise 1 prompt",
      "noise 2 prompt",
      "noise 3 jvm",
      "noise 4 jvm",
      "noise 5 jvm",
      "noise 6 jvm",
      "noise 7 jvm",
      "noise 8 jvm",
      "noise 9 pager",
      "noise 10 pager",
      "noise 11 pager",
      "noise 12 pager",
      "noise 13 setPrompt",
      "noise 14 setPrompt",
      "noise 15 setPrompt",
      "noise 16 toolError noDefaultRow vdsTimeout",
      "noise 17 toolError noVersionRow MaxNumOfVmCpus 4.9",
      "noise 18 toolError cannotSet vdsTimeout",
      "noise 19 toolError cannotSet WebSocketProxy",
      "noise 20 toolError settingNoVersion vdsTimeout 4.9",
      "noise 21 toolError deprecatedKey OldKey",
      "noise 22 toolError databaseUnreachable",
      "noise 23 toolError missingFromProperties",
      "noise 24 toolError missingFromProperties",
      "noise 25 toolError mergeUnchanged",
    ]);
    for (const noise of document.noise) expect(slice(text, noise.span)).toBe(noise.text);
  });

  it("does not take a bare `#` line or other text for noise", () => {
    expect(summarise("# oVirt default firewall configuration\nnullx\n-- More\n1. 4.2 extra\n")).toEqual([
      "unattributed 1",
      "unattributed 2",
      "unattributed 3",
      "unattributed 4",
    ]);
  });

  it("NOCOLON: a catalogue key without its colon is unreadable; another name is an unattributed line", () => {
    const text = "vdsRetries 0 version: general\nFoo 0 version: general\n  vdsRetries\t\t0 version: general  \n";
    const document = read(text);
    expect(summary(document)).toEqual(["unreadable 1-1 missingColon vdsRetries", "unreadable 3-3 missingColon vdsRetries", "unattributed 2"]);
    expect(slice(text, document.unreadable[1]!.keySpan!)).toBe("vdsRetries");
  });

  it("START opens a multi-line record; a line with nothing recognisable is unattributed", () => {
    expect(summarise("TimeoutToResetVdsInSeconds: 60\n")).toEqual(["unreadable 1-1 missingVersion TimeoutToResetVdsInSeconds"]);
    expect(summarise('{"x86":710,"ppc":384,"s390x":384}\n')).toEqual(["unattributed 1"]);
  });
});

describe("§3.3 multi-line records", () => {
  const IPTABLES = defaultFor("IPTablesConfig", "general")!;

  it("reads the seeded IPTablesConfig value exactly, with its leading and trailing line end", () => {
    const text = `vdsTimeout: 180 version: general\nIPTablesConfig: ${IPTABLES} version: general\nvdsRetries: 0 version: general\n`;
    const document = read(text);
    const record = document.records[1]!;
    expect(IPTABLES.startsWith("\n") && IPTABLES.endsWith("\n")).toBe(true);
    expect(record).toMatchObject({ key: "IPTablesConfig", value: IPTABLES, version: "general", form: "multiline", line: 2, deviations: [] });
    expect(record.endLine).toBe(2 + IPTABLES.split("\n").length - 1);
    // From after ": " on the first line to before " version: " on the last.
    expect(slice(text, record.valueSpan)).toBe(IPTABLES);
    expect(slice(text, record.versionSpan)).toBe("general");
    expect(slice(text, record.span)).toBe(`IPTablesConfig: ${IPTABLES} version: general`);
    expect(document.records[2]).toMatchObject({ key: "vdsRetries", line: record.endLine + 1 });
  });

  it("reads it the same when an editor stripped the first line's trailing space (CRLF)", () => {
    const text = `IPTablesConfig:${IPTABLES.replaceAll("\n", "\r\n")} version: general\r\n`;
    const [record] = read(text).records;
    expect(record!.value).toBe(IPTABLES);
    expect(record!.valueSpan.start).toBe("IPTablesConfig:".length);
    expect(slice(text, record!.valueSpan)).toBe(IPTABLES.replaceAll("\n", "\r\n"));
  });

  it("ends a value whose last line has text before ` version: `; trailing blanks after the version are allowed", () => {
    const text = "Key: first\n\nsecond\nthird version: 4.2  \n";
    const [record] = read(text).records;
    expect(record).toMatchObject({ value: "first\n\nsecond\nthird", version: "4.2", line: 1, endLine: 4 });
    expect(slice(text, record!.valueSpan)).toBe("first\n\nsecond\nthird");
  });

  it("keeps the first line's deviations", () => {
    expect(summarise(" Key : a\n version: general\n")).toEqual(['record 1-2 multiline Key="a\\n"@general [leadingWhitespace,spaceBeforeColon]']);
    expect(summarise("Key:a\n version: general\n")).toEqual(['record 1-2 multiline Key="a\\n"@general']);
  });

  it("step 1a: a STRICT, LENIENT, DECRYPT or LIST line closes the pending record as unreadable", () => {
    for (const line of [
      "vdsRetries: 0 version: general",
      "vdsRetries : 0 version: general",
      "SysPrepDefaultPassword: Failed to decrypt the current value.",
      "vdsTimeout: x (Value Type: Integer)",
    ]) {
      const document = read(`TimeoutToResetVdsInSeconds: 60\n*filter\n${line}\n`);
      expect(document.unreadable.map((u) => [u.kind, u.line, u.endLine]), line).toEqual([["missingVersion", 1, 2]]);
      expect(document.records.length + document.decryptFailures.length + document.listEntries.length, line).toBe(1);
    }
  });

  it("step 1c: a line that can only be a new record, or noise, closes it", () => {
    expect(summarise("VDSAttemptsToResetCount: 2 version: \nTimeoutToResetVdsInSeconds: 60\nTimeoutToResetVdsInSeconds: 90 version: general\n")).toEqual([
      'record 3-3 strict TimeoutToResetVdsInSeconds="90"@general',
      "unreadable 1-1 badVersion VDSAttemptsToResetCount",
      "unreadable 2-2 missingVersion TimeoutToResetVdsInSeconds",
    ]);
    expect(summarise("IPTablesConfig: \n*filter\n-- More --\nCOMMIT\n")).toEqual(["unreadable 1-2 missingVersion IPTablesConfig", "noise 3 pager", "unattributed 4"]);
    // `:INPUT` does not start a record (no name before the colon): it is part of the value.
    expect(summarise("IPTablesConfig: \n:INPUT ACCEPT [0:0]\n version: general\n")).toEqual(['record 1-3 multiline IPTablesConfig="\\n:INPUT ACCEPT [0:0]\\n"@general']);
  });

  it("step 1d and step 3: blank lines are appended; at the end of input the record is unreadable", () => {
    const text = "vdsRetries: 0 version: general extra tokens\n\n\n";
    const document = read(text);
    expect(summary(document)).toEqual(["unreadable 1-3 badVersion vdsRetries"]);
    expect(slice(text, document.unreadable[0]!.span)).toBe("vdsRetries: 0 version: general extra tokens\n\n");
  });

  it("known limitation: a last value line that looks like a record is read as one", () => {
    expect(summarise("IPTablesConfig: \n*filter\nCOMMIT: x version: general\n")).toEqual([
      'record 3-3 strict COMMIT="x"@general',
      "unreadable 1-2 missingVersion IPTablesConfig",
    ]);
  });
});

describe("§3.3 step 3: truncation", () => {
  it("marks the record cut at the end of a file without a final line end", () => {
    const text = "vdsTimeout: 180 version: general\nvdsTimeout: 18";
    const document = read(text);
    expect(summary(document)).toEqual(['record 1-1 strict vdsTimeout="180"@general', "unreadable 2-2 missingVersion vdsTimeout truncated"]);
    expect(document.meta.finalLineEnd).toBe(false);
    expect(slice(text, document.unreadable[0]!.span)).toBe("vdsTimeout: 18");
  });

  it("marks any unreadable record on the cut last line, not one with a line end", () => {
    expect(summarise("vdsRetries 0 version: general")).toEqual(["unreadable 1-1 missingColon vdsRetries truncated"]);
    expect(summarise("vdsTimeout: 18\n")).toEqual(["unreadable 1-1 missingVersion vdsTimeout"]);
    expect(summarise("vdsTimeout: 18\r\n")).toEqual(["unreadable 1-1 missingVersion vdsTimeout"]);
  });

  it("keeps a readable last record readable", () => {
    expect(summarise("vdsTimeout: 180 version: general")).toEqual(['record 1-1 strict vdsTimeout="180"@general']);
  });
});

describe("§3.3 step 4: glued records", () => {
  it("turns a record whose value holds a catalogue key's `name: ` into an unreadable record", () => {
    const text = "vdsTimeout: 18vdsRetries: 0 version: general\n";
    const document = read(text);
    expect(document.records).toEqual([]);
    expect(document.unreadable).toEqual([
      { kind: "glued", key: "vdsTimeout", keySpan: { start: 0, end: 10 }, gluedKeys: ["vdsTimeout", "vdsRetries"], truncated: false, span: { start: 0, end: text.length - 1 }, line: 1, endLine: 1 },
    ]);
    expect(document.effective.size).toBe(0);
  });

  it("applies to LENIENT and multi-line records, not to -d blocks", () => {
    expect(summarise("vdsTimeout : 18vdsRetries: 0 version: general\n")).toEqual(["unreadable 1-1 glued vdsTimeout"]);
    expect(read("IPTablesConfig: *filter vdsRetries: 0\nCOMMIT version: general\n").unreadable).toMatchObject([
      { kind: "glued", gluedKeys: ["IPTablesConfig", "vdsRetries"], line: 1, endLine: 2 },
    ]);
    expect(summarise("Name: vdsTimeout\nVersion: general\nCurrent: 18vdsRetries: 0\nDefault: 180\n")).toEqual(['record 1-4 diff vdsTimeout="18vdsRetries: 0"@general']);
  });

  it("needs a catalogue key followed by `: `", () => {
    expect(summarise("CORSDefaultOriginSuffixes: Foo: 9090 version: general\nKey: vdsRetries:0 version: general\n")).toEqual([
      'record 1-1 strict CORSDefaultOriginSuffixes="Foo: 9090"@general',
      'record 2-2 strict Key="vdsRetries:0"@general',
    ]);
  });

  it("finds the key at the tail of a longer name run, and several keys in order", () => {
    expect(gluedNames("ActivevdsRetries: 0EngineMode: Active", isCatalogueKeyName)).toEqual(["vdsRetries", "EngineMode"]);
    expect(gluedNames("18vdsRetries: 0", isCatalogueKeyName)).toEqual(["vdsRetries"]);
    expect(gluedNames(`${"x".repeat(200)}vdsRetries: 0`, isCatalogueKeyName)).toEqual(["vdsRetries"]);
    expect(gluedNames('{"x86": 710}', isCatalogueKeyName)).toEqual([]);
    const unknownFirst = read("vdsTimout: 18vdsRetries: 0 version: general\n").unreadable[0];
    expect(unknownFirst).toMatchObject({ key: "vdsTimout", gluedKeys: ["vdsRetries"] });
  });
});

describe("§3.5 document and §3.6 engine version", () => {
  it("takes the last readable record of each (key, version) as effective", () => {
    const document = read(
      "UserSessionTimeOutInterval: 30 version: general\nUserSessionTimeOutInterval: 1 version: general\nUserSessionTimeOutInterval: 5\nSpiceSecureChannels: a version: 4.8\nSpiceSecureChannels: b version: 4.2\n",
    );
    expect(document.effective.get("UserSessionTimeOutInterval")?.get("general")).toMatchObject({ value: "1", line: 2 });
    expect([...(document.effective.get("SpiceSecureChannels")?.entries() ?? [])].map(([version, r]) => [version, r.value])).toEqual([
      ["4.8", "a"],
      ["4.2", "b"],
    ]);
  });

  it("reads the product version from the last readable ProductRPMVersion record", () => {
    expect(read("ProductRPMVersion: 4.5.7-1.el9 version: general\n").meta.productVersion?.version).toBe("4.5.7");
    expect(read("ProductRPMVersion: 4.3.11.4-0.1.el7 version: general\n").meta.productVersion?.version).toBe("4.3.11.4");
    expect(read("ProductRPMVersion: 4.4.0.0 version: general\nProductRPMVersion: 4.5.0.2-1.el8 version: general\n").meta.productVersion).toMatchObject({
      version: "4.5.0.2",
      record: { line: 2 },
    });
    expect(read("ProductRPMVersion: unknown version: general\n").meta.productVersion).toBeUndefined();
    expect(read("ProductRPMVersion: 4.5.7-1.el9\n").meta.productVersion).toBeUndefined();
  });

  it("tells -a dumps, -l output and -g captures apart", () => {
    expect(read("ProductRPMVersion: x version: general\n").meta.kind).toBe("all");
    const hundred = Array.from({ length: 100 }, (_, i) => `Key${i}: 1 version: general`).join("\n");
    expect(read(hundred).meta.kind).toBe("all");
    expect(read(hundred.split("\n").slice(1).join("\n")).meta.kind).toBe("get");
    expect(read("a: b (Value Type: String)\nc: d (Value Type: String)\nvdsTimeout: 1 version: general\n").meta.kind).toBe("list");
    expect(read("a: b (Value Type: String)\nvdsTimeout: 1 version: general\n").meta.kind).toBe("get");
  });

  it("keeps records, unreadable records and other lines in file order", () => {
    const document = read("null\nvdsTimeout: 1 version: general\nx\nvdsTimeout: 2\nvdsTimeout: 3 version: general\n");
    expect(summary(document)).toEqual([
      'record 2-2 strict vdsTimeout="1"@general',
      'record 5-5 strict vdsTimeout="3"@general',
      "unreadable 4-4 missingVersion vdsTimeout",
      "noise 1 toolError missingFromProperties",
      "unattributed 3",
    ]);
  });

  it("reads U+2028 inside a value as part of the line", () => {
    expect(read("Key: a\u2028b version: general\n").records.map((r) => r.value)).toEqual(["a\u2028b"]);
  });
});
