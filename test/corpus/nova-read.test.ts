/**
 * The shared nova.conf corpus against oslo.config's verdicts (shared/corpus/nova/SOURCES.md, column
 * "oslo.config"): each file parses with the number of assignments given there, or fails exactly there.
 * The corpus lives beside the repository; a clone without `../shared` skips this file.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EMPTY_FILE_CONFIG } from "../../src/config/types.js";
import { lintFile } from "../../src/core/linter.js";
import { createSource, type Source } from "../../src/core/source.js";
import { novaEngine } from "../../src/engines/nova.js";
import { parseOsloIni, type OsloIniResult } from "../../src/parsers/oslo-ini.js";
import type { OsloIniDocument } from "../../src/parsers/oslo-ini-types.js";
import parseError from "../../rules/nova/parse-error.js";

const CORPUS = new URL("../../../shared/corpus/nova/", import.meta.url);

/** Assignments oslo.config reads from each file that parses (SOURCES.md). */
const ASSIGNMENTS: Record<string, number> = {
  "02-ubuntu-package-default-cxlsim.conf": 7,
  "04-rdo-essex-era-nova.conf": 19,
  "06-kilo-docker-nova-compute.conf": 38,
  "08-mitaka-centos7-nova-dist.conf": 20,
  "10-devstack-rocky-controller.conf": 72,
  "12-devstack-ansi-escapes.conf": 96,
  "14-ussuri-centos8-compute.conf": 37,
  "16-icehouse-full-sample.conf": 35,
  "18-compute-2024-nova-compute.conf": 2,
  "20-notes-excerpt-2025-inline-comment.conf": 52,
  "22-kolla-ansible-nova-cell-conductor-rendered.conf": 83,
  "24-snap-openstack-hypervisor-rendered.conf": 87,
  "90-handmade-crlf.conf": 5,
  "92-handmade-continuation-lines.conf": 5,
  "94-handmade-duplicates-and-case.conf": 11,
};

/** Files oslo.config refuses: its message and line, enginelint's position and finding. */
const REFUSED: Record<string, { message: string; osloLine: number; at: string; finding: string }> = {
  "91-handmade-utf8-bom.conf": {
    message: "No ':' or '=' found in assignment",
    osloLine: 1,
    at: "1:1",
    finding:
      "Parsing error: No ':' or '=' found in assignment (the file starts with a UTF-8 byte order mark, which oslo.config keeps as part of line 1)",
  },
  "93-handmade-continuation-error.conf": {
    message: "Unexpected continuation line",
    osloLine: 5,
    at: "5:1",
    finding: "Parsing error: Unexpected continuation line",
  },
};

function read(file: string): { source: Source; result: OsloIniResult } {
  const source = createSource(readFileSync(fileURLToPath(new URL(file, CORPUS))));
  return { source, result: parseOsloIni(source) };
}

function parsed(file: string): OsloIniDocument {
  const { result } = read(file);
  if (!result.ok) throw new Error(`${file} does not parse`);
  return result.document;
}

const value = (document: OsloIniDocument, group: string, key: string): string | undefined =>
  document.assignments.findLast((a) => a.section.name === group && a.key === key)?.value;

describe.skipIf(!existsSync(CORPUS))("nova.conf corpus: oslo.config's verdicts", () => {
  const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((file) => file.endsWith(".conf")).sort() : [];

  it("holds exactly the files SOURCES.md describes", () => {
    expect(files).toEqual([...Object.keys(ASSIGNMENTS), ...Object.keys(REFUSED)].sort());
  });

  it.each(Object.entries(ASSIGNMENTS))("%s parses with %i assignments", (file, count) => {
    expect(parsed(file).assignments).toHaveLength(count);
  });

  it.each(Object.entries(REFUSED))("%s fails as oslo.config does", (file, expected) => {
    const { source, result } = read(file);
    if (result.ok || result.failure.kind !== "syntax") throw new Error(`${file} should fail with a syntax error`);
    expect([result.failure.message, result.failure.osloLine]).toEqual([expected.message, expected.osloLine]);
    const start = source.position(result.failure.span.start);
    expect(`${start.line}:${start.column}`).toBe(expected.at);
    const binding = { engine: novaEngine, rules: [], fatalRules: [parseError] };
    const { messages } = lintFile(binding, { source }, file, EMPTY_FILE_CONFIG);
    expect(messages.map((m) => [m.ruleId, `${m.line}:${m.column}`, m.message])).toEqual([["nova/parse-error", expected.at, expected.finding]]);
  });

  it("91: the safe fix removes the byte order mark, and the file then parses", () => {
    const { source } = read("91-handmade-utf8-bom.conf");
    const binding = { engine: novaEngine, rules: [], fatalRules: [parseError] };
    const [finding] = lintFile(binding, { source }, "91", EMPTY_FILE_CONFIG).messages;
    expect(finding?.fix).toEqual({ range: [0, 1], text: "" });
    expect(parseOsloIni(createSource(new TextEncoder().encode(source.text.slice(1)))).ok).toBe(true);
  });

  it("90: CRLF reads as LF", () => {
    const document = parsed("90-handmade-crlf.conf");
    expect(value(document, "DEFAULT", "max_concurrent_live_migrations")).toBe("1");
    expect(value(document, "libvirt", "live_migration_parallel_connections")).toBe("4");
    expect(document.assignments.every((a) => !a.value.includes("\r"))).toBe(true);
  });

  it("92: continuation pieces join with \\n; an indented comment joins the value", () => {
    const document = parsed("92-handmade-continuation-lines.conf");
    expect(value(document, "filter_scheduler", "enabled_filters")).toBe(
      "ComputeFilter,\nComputeCapabilitiesFilter,\nImagePropertiesFilter,\nServerGroupAntiAffinityFilter,\nServerGroupAffinityFilter",
    );
    expect(value(document, "pci", "device_spec")).toBe('{"vendor_id": "8086",\n"product_id": "1572"}');
    expect(value(document, "vnc", "server_proxyclient_address")).toBe(
      "$my_ip\n# an indented comment right after a key is NOT a comment: it is appended to the value",
    );
  });

  it("94: repeated keys and case-variant sections", () => {
    const document = parsed("94-handmade-duplicates-and-case.conf");
    expect(value(document, "DEFAULT", "max_concurrent_live_migrations")).toBe("3");
    expect(value(document, "libvirt", "virt_type")).toBe("kvm");
    expect(document.assignments.filter((a) => a.key === "device_spec").map((a) => a.line)).toEqual([7, 14]);
    expect(value(document, "default", "debug")).toBe("true");
    expect(value(document, "DEFAULT", "Debug")).toBe("true");
  });

  it.each([
    ["10-devstack-rocky-controller.conf", [14, 15, 16, 17]],
    ["12-devstack-ansi-escapes.conf", [11, 12, 13, 14]],
  ] as const)("%s: raw ESC bytes are ordinary characters", (file, lines) => {
    const { source, result } = read(file);
    if (!result.ok) throw new Error(`${file} does not parse`);
    const withEscapes = result.document.assignments.filter((a) => a.value.includes("\u001b"));
    expect(withEscapes.map((a) => a.line)).toEqual(lines);
    for (const a of withEscapes) {
      expect(source.position(a.keySpan.start)).toEqual({ line: a.line, column: 1 });
      expect(source.text.slice(a.valueSpan.start, a.valueSpan.end)).toBe(a.value);
    }
  });
});
