/**
 * Properties of the oslo.config INI reader on arbitrary input: it never throws, is deterministic,
 * keeps every span inside the text and in file order, delivers each value as its pieces joined with
 * "\n", and reads CRLF and CR-only files exactly as LF files.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Span } from "../../src/core/rule.js";
import { createSource, type Source } from "../../src/core/source.js";
import { parseOsloIni, pyStrip, splitLines, type OsloIniResult } from "../../src/parsers/oslo-ini.js";
import type { IniAssignment, OsloIniDocument } from "../../src/parsers/oslo-ini-types.js";

const RUNS = 400;
const encoder = new TextEncoder();

const join = (parts: readonly string[]): string => parts.join("");

/** Characters that matter to the grammar, Python's whitespace that JavaScript's differs on, and a BOM. */
const special = fc.constantFrom(" ", "\t", "#", ";", ":", "=", "[", "]", '"', "'", "\u00a0", "\u0085", "\u001c", "\u000b", "\u000c", "\u2028", "\ufeff", "\u001b", "é", "😀");
const word = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,5}$/);
const valueChars = fc.array(fc.oneof(special, word, fc.constant("x")), { maxLength: 5 }).map(join);
const indent = fc.constantFrom(" ", "\t", "  ", " \t");
const blanks = fc.array(fc.constantFrom(" ", "\t"), { maxLength: 2 }).map(join);

const header = fc.tuple(fc.oneof(word, fc.constantFrom("DEFAULT", "default", "LIBVIRT", " x ", "a]", "")), fc.constantFrom("]", "]", "]", "]", "", "] # x")).map(([name, close]) => `[${name}${close}`);
const comment = fc.tuple(fc.constantFrom("#", ";"), valueChars).map(join);
const assignment = fc
  .tuple(word, blanks, fc.constantFrom("=", ":", " = ", ": "), blanks, valueChars, blanks)
  .map(join);
const continuation = fc.tuple(indent, valueChars).map(join);
const line = fc.oneof(
  { weight: 1, arbitrary: header },
  { weight: 2, arbitrary: comment },
  { weight: 8, arbitrary: assignment },
  { weight: 2, arbitrary: continuation },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\u00a0", "= v", "word") },
);
const terminator = fc.constantFrom("\n", "\r\n", "\r");

/** Documents shaped like nova.conf, mostly opening with a header, with mixed line ends. */
const iniText = fc
  .tuple(fc.constantFrom(true, true, true, false), fc.array(fc.tuple(line, terminator), { maxLength: 12 }))
  .map(([withHeader, lines]) => (withHeader ? "[DEFAULT]\n" : "") + lines.map(join).join(""));

const anyInput = fc.oneof(
  fc.string({ unit: "binary", maxLength: 120 }).map((text) => encoder.encode(text)),
  fc.uint8Array({ maxLength: 120 }),
  iniText.map((text) => encoder.encode(text)),
  iniText.map((text) => Uint8Array.of(...encoder.encode(text), 0xc3)),
);

function within({ start, end }: Span, outer: Span): boolean {
  return outer.start <= start && start <= end && end <= outer.end;
}

/** Spans in file order, not overlapping. */
function inOrder(spans: readonly Span[]): boolean {
  return spans.every((span, i) => i === 0 || spans[i - 1]!.end <= span.start);
}

function read(bytes: Uint8Array): { source: Source; result: OsloIniResult } {
  const source = createSource(bytes);
  return { source, result: parseOsloIni(source) };
}

function checkAssignment(text: string, a: IniAssignment, document: OsloIniDocument): void {
  expect(a.value).toBe(a.pieces.map((piece) => piece.text).join("\n"));
  expect(text.slice(a.keySpan.start, a.keySpan.end)).toBe(a.key);
  expect(a.key !== "" && pyStrip(a.key) === a.key).toBe(true);
  for (const piece of a.pieces) expect(text.slice(piece.span.start, piece.span.end)).toBe(piece.text);
  expect(text.slice(a.valueSpan.start, a.valueSpan.start + a.rawFirstValue.length)).toBe(a.rawFirstValue);
  const first = a.quotesRemoved ? a.rawFirstValue.slice(1, -1) : a.rawFirstValue;
  expect(a.pieces[0]!.text).toBe(first);
  if (a.quotesRemoved) expect(/^(["']).*\1$|^["']$/s.test(a.rawFirstValue)).toBe(true);
  expect(text[a.separatorOffset]).toBe(a.separator);
  expect(a.keySpan.end <= a.separatorOffset && a.separatorOffset < a.valueSpan.start).toBe(true);
  expect(a.span).toEqual({ start: a.keySpan.start, end: a.valueSpan.end });
  expect(a.pieces.every((piece) => within(piece.span, a.valueSpan))).toBe(true);
  expect(inOrder(a.pieces.map((piece) => piece.span))).toBe(true);
  expect(a.pieces.map((piece) => piece.line)).toEqual(a.pieces.map((_, i) => a.line + i));
  expect(a.endLine).toBe(a.pieces[a.pieces.length - 1]!.line);
  expect(document.sections).toContain(a.section);
}

function checkResult(source: Source, result: OsloIniResult): void {
  const { text } = source;
  const whole = { start: 0, end: text.length };
  if (!result.ok) {
    const { failure } = result;
    if (failure.kind === "syntax") {
      expect(within(failure.span, whole)).toBe(true);
      expect(failure.osloLine >= 1 && failure.osloLine <= splitLines(text).length).toBe(true);
    } else if (failure.kind === "encoding") {
      expect(failure.byte).toBe(source.bytes[failure.byteOffset]);
      expect(failure.offset).toBe(source.textOffset(failure.byteOffset));
    } else if (failure.kind === "binary") expect(text[failure.offset]).toBe("\u0000");
    else throw new Error("a parse never fails for size");
    return;
  }
  const { document } = result;
  expect(inOrder(document.items.map((item) => item.span))).toBe(true);
  for (const item of document.items) expect(within(item.span, whole)).toBe(true);
  expect(document.sections).toEqual(document.items.filter((item) => item.kind === "section"));
  expect(document.comments).toEqual(document.items.filter((item) => item.kind === "comment"));
  expect(document.assignments).toEqual(document.items.filter((item) => item.kind === "assignment"));
  for (const section of document.sections) expect(text.slice(section.nameSpan.start, section.nameSpan.end)).toBe(section.rawName);
  for (const comment of document.comments) expect(text.slice(comment.span.start, comment.span.end)).toBe(comment.marker + comment.text);
  for (const a of document.assignments) checkAssignment(text, a, document);
}

/** What a parse means, without positions: the failure's message and oslo line, or every (group, key, value). */
function meaning(result: OsloIniResult): unknown {
  if (!result.ok) return result.failure.kind === "syntax" ? [result.failure.message, result.failure.osloLine, result.failure.hint] : result.failure.kind;
  return result.document.assignments.map((a) => [a.section.name, a.key, a.value]);
}

describe("oslo-ini reader properties", () => {
  it("never throws, is deterministic and keeps spans inside the text", () => {
    fc.assert(
      fc.property(anyInput, (bytes) => {
        const first = read(bytes);
        checkResult(first.source, first.result);
        expect(read(bytes).result).toEqual(first.result);
      }),
      { numRuns: RUNS },
    );
  });

  it("reads CRLF and CR-only files as LF files", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(line, fc.constant("\n")), { maxLength: 12 }).map((lines) => `[DEFAULT]\n${lines.map(join).join("")}`),
        (lf) => {
          const expected = meaning(read(encoder.encode(lf)).result);
          expect(meaning(read(encoder.encode(lf.replaceAll("\n", "\r\n"))).result)).toEqual(expected);
          expect(meaning(read(encoder.encode(lf.replaceAll("\n", "\r"))).result)).toEqual(expected);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
