/**
 * Properties of the engine-config dump reader over arbitrary input: it never throws, every span lies
 * inside the text and slices back to what it names, the result is deterministic, and lines are
 * accounted for in order. The hand-written STRICT, LENIENT and NOCOLON matchers agree with the spec's
 * regular expressions, and no pre-check turns away a line its pattern matches.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCatalogueKeyName } from "../../src/catalogue/ovirt.js";
import type { Span } from "../../src/core/rule.js";
import { createSource, sourceFromText, type Source } from "../../src/core/source.js";
import { gluedNames, matchLenient, matchNoColon, matchStrict, PRE_CHECKED_PATTERNS, readEngineConfig } from "../../src/parsers/engine-config.js";
import type { EngineConfigDocument } from "../../src/parsers/engine-config-types.js";

const options = { isCatalogueKey: isCatalogueKeyName };

const KEY = "[A-Za-z0-9_]+";
const VER = "(?:general|[0-9]+(?:\\.[0-9]+)*)";
/** Spec engine-config §3.2, verbatim (with the `s` flag the reader uses for every pattern). */
const STRICT = new RegExp(`^(${KEY}): (.*) version: (${VER})$`, "sd");
const LENIENT = new RegExp(`^([ \\t]*)(${KEY})([ \\t]*):([ \\t]?)(.*?)([ \\t]*)version:([ \\t]*)(${VER})([ \\t]*)$`, "sd");
const NOCOLON = new RegExp(`^[ \\t]*(${KEY})[ \\t]+(.*) version: (${VER})[ \\t]*$`, "sd");

/** Pieces dumps are made of, so that generated text reaches every branch of the reader. */
const PIECES = [
  "vdsTimeout", "vdsRetries", "IPTablesConfig", "ProductRPMVersion", "Foo", "Name", "Version", "Current", "Default",
  ": ", ":", " ", "  ", "\t", " version: ", "version:", "general", "4.2", "4.5.7-1.el9", "0", "18", "x",
  "\n", "\r\n", "\r", "\uFEFF", "#", "[root@e ~]# ", "-- More --", "null", "Please select a version:", "1. 4.2",
  " (Value Type: Integer)", "Failed to decrypt the current value.", "Error fetching vdsTimeout value: no such entry with default version.",
  "Name: vdsTimeout\nVersion: general\nCurrent: 1\nDefault: 2\n", "é", "\u{1F600}", "\u2028",
];

const dumpLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(""));
const anyText = fc.oneof(dumpLike, fc.string({ unit: "binary", maxLength: 200 }));

const encoder = new TextEncoder();
/** Bytes: arbitrary ones, and dumps with bytes that are not UTF-8 (or NUL) spliced in. */
const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc
    .array(fc.oneof(dumpLike.map((text) => encoder.encode(text)), fc.uint8Array({ minLength: 1, maxLength: 3, min: 0x80 }), fc.constant(Uint8Array.of(0))), { maxLength: 6 })
    .map((parts) => Uint8Array.from(parts.flatMap((part) => [...part]))),
);

function read(source: Source): EngineConfigDocument | undefined {
  const result = readEngineConfig(source, options);
  return result.ok ? result.document : undefined;
}

/** Every span of a document, with what it must slice back to when that is known. */
function spans(document: EngineConfigDocument): { span: Span; text?: string }[] {
  return [
    ...document.records.flatMap((r) => [{ span: r.span }, { span: r.keySpan, text: r.key }, { span: r.versionSpan, text: r.version }, { span: r.valueSpan }]),
    ...document.decryptFailures.flatMap((d) => [{ span: d.span }, { span: d.keySpan, text: d.key }]),
    ...document.unreadable.flatMap((u) => [{ span: u.span }, ...(u.keySpan ? [{ span: u.keySpan, text: u.key }] : [])]),
    ...document.noise.map((n) => ({ span: n.span, text: n.text })),
    ...document.unattributed.map((u) => ({ span: u.span, text: u.text })),
    ...document.listEntries.flatMap((l) => [{ span: l.span }, { span: l.keySpan, text: l.key }]),
  ];
}

/** The line ranges everything occupies, in file order. */
function lineRanges(document: EngineConfigDocument): [number, number][] {
  return [
    ...document.records.map((r): [number, number] => [r.line, r.endLine]),
    ...document.decryptFailures.map((d): [number, number] => [d.line, d.line]),
    ...document.unreadable.map((u): [number, number] => [u.line, u.endLine]),
    ...document.noise.map((n): [number, number] => [n.line, n.line]),
    ...document.unattributed.map((u): [number, number] => [u.line, u.line]),
    ...document.listEntries.map((l): [number, number] => [l.line, l.line]),
  ].sort((a, b) => a[0] - b[0]);
}

describe("engine-config reader properties", () => {
  it("never throws, on arbitrary text and arbitrary bytes", () => {
    fc.assert(fc.property(anyText, (text) => void readEngineConfig(sourceFromText(text), options)));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => void readEngineConfig(createSource(bytes), options)));
  });

  it("on arbitrary bytes: never throws, is deterministic, keeps spans inside the text, fails only at a NUL", () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const source = createSource(bytes);
        const result = readEngineConfig(source, options);
        expect(readEngineConfig(createSource(bytes), options)).toEqual(result);
        if (!result.ok) {
          expect(result.failure.kind).toBe("binary");
          if (result.failure.kind === "binary") expect(source.text[result.failure.offset]).toBe("\u0000");
          return;
        }
        for (const { span, text: expected } of spans(result.document)) {
          expect(0 <= span.start && span.start <= span.end && span.end <= source.text.length).toBe(true);
          if (expected !== undefined) expect(source.text.slice(span.start, span.end)).toBe(expected);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("finds glued names exactly as the unanchored pattern of spec §3.3 step 4 does", () => {
    // The reader's pattern only starts a match where a run of name characters starts (linear time);
    // the plain pattern may start anywhere, but its leftmost match is the same.
    const reference = (value: string): string[] => {
      const names: string[] = [];
      for (const match of value.matchAll(/[A-Za-z0-9_]+(?=: )/g)) {
        const run = match[0];
        for (let i = Math.max(0, run.length - 128); i < run.length; i++) {
          const name = run.slice(i);
          if (/^[A-Za-z]/.test(name) && isCatalogueKeyName(name)) {
            names.push(name);
            break;
          }
        }
      }
      return names;
    };
    const valueLike = fc.array(fc.constantFrom("vdsTimeout", "vdsRetries", "18", "x", "_", "A1", ": ", ":", " ", "é", "-", "\t"), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(valueLike, fc.string({ maxLength: 30 })), (value) => {
        expect(gluedNames(value, isCatalogueKeyName)).toEqual(reference(value));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a record whose value is one long word in linear time", () => {
    // A 1 MiB word before " version:" once took hours: the glued-name search restarted at every letter.
    const word = "x".repeat(1 << 20);
    const started = performance.now();
    const document = read(sourceFromText(`IPTablesConfig: ${word} version: general\nvdsTimeout: ${word}vdsRetries: 3 version: general\n`));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(document?.records.map((record) => record.key)).toEqual(["IPTablesConfig"]);
    expect(document?.unreadable.map((u) => u.kind)).toEqual(["glued"]);
  });

  it("fails only on a NUL, at the first one", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = readEngineConfig(sourceFromText(text), options);
        expect(result.ok).toBe(!text.includes("\u0000"));
        if (!result.ok) expect(result.failure).toEqual({ kind: "binary", offset: text.indexOf("\u0000") });
      }),
    );
  });

  it("keeps every span inside the text, and keys, versions and lines slice back exactly", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const document = read(sourceFromText(text));
        if (!document) return;
        for (const { span, text: expected } of spans(document)) {
          expect(0 <= span.start && span.start <= span.end && span.end <= text.length).toBe(true);
          if (expected !== undefined) expect(text.slice(span.start, span.end)).toBe(expected);
        }
        for (const record of document.records) {
          // Single-line values are exact slices; a multi-line value is its lines joined with LF.
          const shown = text.slice(record.valueSpan.start, record.valueSpan.end);
          if (record.form !== "multiline" || !shown.includes("\r")) expect(shown).toBe(record.value);
        }
      }),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(readEngineConfig(sourceFromText(text), options)).toEqual(readEngineConfig(sourceFromText(text), options));
      }),
    );
  });

  it("gives each line to at most one item, in file order, within the file", () => {
    fc.assert(
      fc.property(dumpLike, (text) => {
        const document = read(sourceFromText(text));
        if (!document) return;
        const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
        const separator = body.includes("\n") ? "\n" : "\r";
        const lineCount = body === "" ? 0 : body.split(separator).length - (body.endsWith(separator) ? 1 : 0);
        let previousEnd = 0;
        for (const [line, endLine] of lineRanges(document)) {
          expect(line).toBeGreaterThan(previousEnd);
          expect(endLine).toBeGreaterThanOrEqual(line);
          expect(endLine).toBeLessThanOrEqual(lineCount);
          previousEnd = endLine;
        }
        for (const list of [document.records, document.unreadable, document.noise, document.unattributed]) {
          const lines = list.map((item) => item.line);
          expect(lines).toEqual([...lines].sort((a, b) => a - b));
        }
      }),
    );
  });

  it("matches STRICT, LENIENT and NOCOLON exactly as the spec's regular expressions do", () => {
    const join = (parts: readonly string[]): string => parts.join("");
    const blanks = fc.array(fc.constantFrom(" ", "\t"), { maxLength: 3 }).map(join);
    const filler = fc.array(fc.constantFrom(" ", "\t", "x", "version:", " version: ", "general", "4.2", "1.", ":", "é", "\r"), { maxLength: 5 }).map(join);
    // Shaped like a record, with every part optionally damaged, so that both patterns match often.
    const recordLike = fc
      .tuple(
        blanks,
        fc.constantFrom("vdsTimeout", "k", "x_1", ""),
        blanks,
        fc.constantFrom(":", "", " :"),
        blanks,
        filler,
        blanks,
        fc.constantFrom("version:", " version: ", "version: ", "versio:"),
        blanks,
        fc.constantFrom("general", "4.2", "4.", "1.2.3", "x", ""),
        blanks,
        fc.constantFrom("", "", "x", " version: 4.2"),
      )
      .map(join);
    const lineLike = fc.array(fc.constantFrom("vdsTimeout", "k", " ", "\t", ":", " version: ", "version:", "general", "4.2", "1.", "x", "\r", "é"), { maxLength: 16 }).map(join);
    const groups = (match: RegExpExecArray | null) => (match?.indices ? [...match.indices] : undefined);
    fc.assert(
      fc.property(fc.oneof(recordLike, lineLike, fc.string({ maxLength: 40 })), (line) => {
        expect(matchStrict(line), line).toEqual(groups(STRICT.exec(line)));
        expect(matchLenient(line), line).toEqual(groups(LENIENT.exec(line)));
        expect(matchNoColon(line), line).toEqual(groups(NOCOLON.exec(line)));
      }),
      { numRuns: 3000 },
    );
  });

  it("pre-checks turn away only lines their pattern cannot match", () => {
    /** A line of each pattern that has a pre-check (spec §3.2, §2.5–2.7). */
    const examples = [
      "", " \t", "vdsTimeout: Timeout (Value Type: Integer)", "Name: vdsTimeout", "line 2 version: 4.2 ", "[root@engine ~]# engine-config -a",
      "Picked up JAVA_TOOL_OPTIONS: -Xmx1g", "OpenJDK 64-Bit Server VM warning: x", "WARNING: x", "SLF4J: x", "-- More --", "(END)",
      "Please select a version:", "1. 4.2", "Error fetching vdsTimeout value: no such entry with default version.",
      "Error fetching vdsTimeout value: no such entry with version '4.2'.", "Cannot set value x to key vdsTimeout. Bad.",
      "Error setting vdsTimeout's value. No such entry with version 4.2.", "Configuration key vdsTimeout is deprecated, thus cannot get its value.",
      "Connection to the Database failed.", "null", 'Cannot invoke "a()" because "b" is null', "Merge operation cancelled as value is unchanged.",
    ];
    for (const { regex } of PRE_CHECKED_PATTERNS) expect(examples.some((line) => regex.test(line)), String(regex)).toBe(true);
    // Lines cut from dump-like text and the examples with text around them, so that patterns match often.
    const lines = dumpLike.chain((text) => fc.constantFrom(...text.split("\n")));
    const around = fc.tuple(fc.constantFrom(...PIECES, ""), fc.constantFrom(...examples), fc.constantFrom(...PIECES, "")).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(lines, around, fc.constantFrom(...examples), fc.string({ maxLength: 40 })), (line) => {
        for (const { regex, mayMatch } of PRE_CHECKED_PATTERNS) if (regex.test(line)) expect(mayMatch(line), `${String(regex)} ${line}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads lines with long runs of blanks in linear time", () => {
    const blanks = " ".repeat(300_000);
    // LENIENT and NOCOLON fail on the first two lines only after trying every blank; STRICT reads the third.
    const text = `vdsTimeout:${blanks}version:x\nvdsRetries${blanks}x version: y\nvdsTimeout: 1${blanks}version: general\n`;
    const summaryOf = (d: EngineConfigDocument | undefined): string[] => [
      ...(d?.records.map((r) => `record ${r.line} ${r.form}`) ?? []),
      ...(d?.unreadable.map((u) => `unreadable ${u.line}-${u.endLine} ${u.kind}`) ?? []),
    ];
    const started = performance.now();
    const document = read(sourceFromText(text));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(summaryOf(document)).toEqual(["record 3 strict", "unreadable 1-2 badVersion"]);
  });
});
