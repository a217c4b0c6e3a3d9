/**
 * The shared qemu.conf corpus against libvirt's parse verdicts (shared/corpus/qemu/SOURCES.md).
 * The corpus lives beside the repository; a clone without `../shared` skips this file.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createSource } from "../../src/core/source.js";
import { parseVirConf, type ParseHint, type VirConfErrorInfo, type VirConfResult } from "../../src/parsers/virconf.js";

const CORPUS = new URL("../../../shared/corpus/qemu/", import.meta.url);

interface Refusal {
  info: VirConfErrorInfo;
  libvirtLine: number;
  /** enginelint's display position, `line:column`. */
  at: string;
  hint?: ParseHint;
}

/** Files libvirt refuses to parse (both 9.0.0 and 11.x unless `overflowOnly`); every other file parses. */
const REFUSED: Record<string, Refusal & { overflowOnly?: true }> = {
  "41-handmade-utf8-bom.conf": { info: "expecting a name", libvirtLine: 1, at: "1:1", hint: { id: "bom" } },
  "42-handmade-list-missing-close-bracket.conf": {
    info: "expecting a separator in list",
    libvirtLine: 7,
    at: "7:1",
    hint: { id: "unclosedList", listLine: 2 },
  },
  "43-handmade-commented-line-inside-list.conf": { info: "expecting a value", libvirtLine: 6, at: "6:1", hint: { id: "commentInList" } },
  "45-handmade-hex-and-float-numbers.conf": { info: "expecting a separator", libvirtLine: 2, at: "2:14", hint: { id: "notDecimal" } },
  "46-handmade-cr-only-line-endings.conf": { info: "expecting an assignment", libvirtLine: 1, at: "3:12", hint: { id: "crLineEnds" } },
  "47-handmade-numeric-overflow.conf": { info: "numeric overflow in conf value", libvirtLine: 2, at: "2:12", overflowOnly: true },
};

function read(file: string, rejectOverflow: boolean): { result: VirConfResult; at: (offset: number) => string } {
  const source = createSource(readFileSync(fileURLToPath(new URL(file, CORPUS))));
  const at = (offset: number): string => {
    const { line, column } = source.position(offset);
    return `${line}:${column}`;
  };
  return { result: parseVirConf(source, { rejectOverflow }), at };
}

describe.skipIf(!existsSync(CORPUS))("qemu.conf corpus: libvirt's parse verdicts", () => {
  const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((file) => file.endsWith(".conf")).sort() : [];

  it("holds every file the expectations name", () => {
    expect(files).toEqual(expect.arrayContaining(Object.keys(REFUSED)));
  });

  describe.each([
    ["9.0.0", false],
    ["11.3.0", true],
  ] as const)("libvirt %s (rejectOverflow %s)", (_version, rejectOverflow) => {
    it.each(files)("%s", (file) => {
      const expected = REFUSED[file];
      const { result, at } = read(file, rejectOverflow);
      if (!expected || (expected.overflowOnly && !rejectOverflow)) {
        expect(result.ok ? "parses" : result.failure).toBe("parses");
        return;
      }
      if (result.ok || result.failure.kind !== "syntax") throw new Error(`${file} should fail to parse`);
      const { info, libvirtLine, offset, hint } = result.failure;
      expect({ info, libvirtLine, at: at(offset), hint }).toEqual({ info: expected.info, libvirtLine: expected.libvirtLine, at: expected.at, hint: expected.hint });
    });
  });

  it("47 with 9.0.0: max_core wraps to 7766279631452241919", () => {
    const { result } = read("47-handmade-numeric-overflow.conf", false);
    if (!result.ok) throw new Error("47 should parse with 9.0.0");
    expect(result.document.effective.get("max_core")?.value).toMatchObject({
      kind: "number",
      signed: false,
      overflow: true,
      bits: 7766279631452241919n,
    });
  });

  it("18 (all commented out) has no entries", () => {
    const { result } = read("18-ubuntu-x570-all-commented.conf", false);
    if (!result.ok) throw new Error("18 should parse");
    expect(result.document.entries).toHaveLength(0);
    expect(result.document.comments.length).toBeGreaterThan(0);
  });

  it("44: the first of two entries wins", () => {
    const { result } = read("44-handmade-duplicate-keys-first-wins.conf", false);
    if (!result.ok) throw new Error("44 should parse");
    const effective = Object.fromEntries([...result.document.effective].map(([name, entry]) => [name, entry.value.kind === "string" ? entry.value.value : null]));
    expect(effective).toEqual({ vnc_listen: "127.0.0.1", security_driver: "selinux" });
    expect(result.document.entries.map((entry) => entry.libvirtLine)).toEqual([2, 3, 6, 7]);
  });

  it("40 (CRLF): libvirt's lines equal the display lines", () => {
    const { result, at } = read("40-handmade-crlf-line-endings.conf", false);
    if (!result.ok) throw new Error("40 should parse");
    for (const entry of result.document.entries) expect(at(entry.nameSpan.start)).toBe(`${entry.libvirtLine}:1`);
  });
});
