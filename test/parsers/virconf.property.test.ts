/**
 * Properties of the virConf parser on arbitrary input: it never throws, is deterministic, keeps every
 * position inside the text and in file order, agrees with libvirt's LF-only line counter, and a
 * document printed back from its stored values reads back to the same values.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Span } from "../../src/core/rule.js";
import type { VirConfDocument, VirEntry, VirValue } from "../../src/parsers/virconf.js";
import { documentSpans, parse, type Parsed } from "./virconf-helpers.js";

const RUNS = 300;
const encoder = new TextEncoder();

/** Pieces that exercise every branch of the grammar, including bytes that are not valid UTF-8. */
const PIECES: readonly Uint8Array[] = [
  "a", "vnc_tls", "B_2", "_x", "é", "=", " = ", '"', "'", '"""', "[", "]", ",", "#", "# c", ";", " ", "\t",
  "\r", "\n", "\r\n", "0", "7", "0x1", "2.5", "99999999999999999999", "9223372036854775808", "-", "+", "\\",
  "true", "{{", "\f", "\0", "\uFEFF", "😀",
].map((piece) => encoder.encode(piece)).concat([Uint8Array.of(0xff), Uint8Array.of(0xc3), Uint8Array.of(0xe2, 0x82)]);

const grammarBytes = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 40 })
  .map((pieces) => Uint8Array.from(pieces.flatMap((piece) => [...piece])));

const join = (parts: readonly string[]): string => parts.join("");
const blanks = fc.array(fc.constantFrom(" ", "\t"), { maxLength: 2 }).map(join);
const blanksAndEols = fc.array(fc.constantFrom(" ", "\t", "\n", "\r", "\r\n"), { maxLength: 3 }).map(join);
const contentChar = fc.oneof(fc.constantFrom('"', "'", "\n", "\r", "\\", "#", ",", "]", "\0", "é", "x", " "), fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }));
const quotedText = fc
  .tuple(fc.constantFrom("'", '"', '"""'), fc.string({ unit: contentChar, maxLength: 8 }))
  .map(([form, content]) => form + content + form);
const numberText = fc
  // No sign twice as often as each sign.
  .tuple(fc.constantFrom("", "", "+", "-"), fc.stringMatching(/^[0-9]{1,21}$/))
  .map(([sign, digits]) => sign + digits);

/** Value text as written: mostly well-formed, with lists spread over lines and optional trailing commas. */
const { value: valueText } = fc.letrec<{ value: string; list: string }>((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, quotedText, numberText, tie("list")),
  list: fc
    .tuple(fc.array(fc.tuple(blanksAndEols, tie("value"), blanksAndEols), { maxLength: 3 }), fc.boolean(), blanksAndEols)
    .map(([items, trailingComma, tail]) => {
      const body = items.map(([before, value, after]) => before + value + after).join(",");
      return `[${body}${trailingComma && items.length > 0 ? "," : ""}${tail}]`;
    }),
}));

const comment = fc.string({ unit: contentChar, maxLength: 6 }).map((text) => `#${text.replace(/[\r\n]/g, "")}`);
const assignment = fc
  .tuple(blanks, fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,6}$/), blanks, blanks, valueText, blanks, fc.option(comment))
  .map(([b1, name, b2, b3, value, b4, trailing]) => `${b1}${name}${b2}=${b3}${value}${b4}${trailing ?? ""}`);
const separator = fc.constantFrom("\n", "\r\n", "\r", ";", "; ", "\n\n", " \n");

/** Documents shaped like qemu.conf, with now and then a stray piece of the grammar. */
const grammarDocument = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.tuple(fc.oneof(assignment, comment), separator).map(join).map((text) => encoder.encode(text)) },
      { weight: 1, arbitrary: fc.constantFrom(...PIECES) },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => Uint8Array.from(parts.flatMap((part) => [...part])));

/** Arbitrary text, arbitrary bytes, grammar pieces and grammar-shaped documents. */
const anyInput = fc.oneof(
  fc.string({ unit: "binary", maxLength: 120 }),
  fc.uint8Array({ maxLength: 120 }),
  grammarBytes,
  grammarDocument,
);

function lfCountBefore(text: string, offset: number): number {
  let count = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 0x0a) count++;
  return count;
}

function within({ start, end }: Span, outer: Span): boolean {
  return outer.start <= start && start <= end && end <= outer.end;
}

/** Sibling spans in file order and not overlapping. */
function inOrder(spans: readonly Span[]): boolean {
  return spans.every((span, i) => i === 0 || spans[i - 1]!.end <= span.start);
}

function checkDocument({ source }: Parsed, document: VirConfDocument): void {
  const { text } = source;
  const whole = { start: 0, end: text.length };
  for (const span of documentSpans(document)) expect(within(span, whole), `${span.start}..${span.end} of ${text.length}`).toBe(true);
  expect(inOrder(document.items.map((item) => item.span))).toBe(true);
  expect(inOrder(document.comments.map((comment) => comment.span))).toBe(true);
  expect(document.entries).toEqual(document.items.filter((item) => item.kind === "entry"));
  for (const entry of document.entries) checkEntry(text, entry);
  for (const comment of document.comments) expect(text.slice(comment.span.start, comment.span.end)).toBe(`#${comment.text}`);
  const firsts = new Map<string, VirEntry>();
  for (const entry of document.entries) if (!firsts.has(entry.name)) firsts.set(entry.name, entry);
  expect([...document.effective]).toEqual([...firsts]);
}

function checkEntry(text: string, entry: VirEntry): void {
  expect(text.slice(entry.nameSpan.start, entry.nameSpan.end)).toBe(entry.name);
  expect(entry.name).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
  expect(within(entry.nameSpan, entry.span) && within(entry.value, entry.span)).toBe(true);
  expect(entry.nameSpan.end <= entry.value.start && entry.span.end === entry.value.end).toBe(true);
  expect(entry.libvirtLine).toBe(1 + lfCountBefore(text, entry.nameSpan.start));
  if (entry.comment) expect(entry.value.end <= entry.comment.span.start && entry.comment.trailing).toBe(true);
  checkValue(text, entry.value);
}

function checkValue(text: string, value: VirValue): void {
  const written = text.slice(value.start, value.end);
  switch (value.kind) {
    case "string": {
      expect(written.startsWith(value.form) && written.endsWith(value.form === "'" ? "'" : '"')).toBe(true);
      // The value is the text between the quotes, cut at the first NUL: it agrees with the display text.
      const content = written.slice(value.form.length, written.length - value.form.length);
      expect(value.value).toBe(content.split("\0")[0]);
      expect(value.containsNul).toBe(content.includes("\0"));
      break;
    }
    case "number":
      expect(written).toBe(value.sign + value.digits);
      expect(value.bits).toBe(BigInt.asUintN(64, value.value));
      break;
    case "list":
      expect(written.startsWith("[") && written.endsWith("]")).toBe(true);
      expect(value.items.every((item) => within(item, value)) && inOrder(value.items)).toBe(true);
      if (value.trailingComma) expect(value.items.length).toBeGreaterThan(0);
      value.items.forEach((item) => checkValue(text, item));
  }
}

function checkParse(parsed: Parsed): void {
  const { result, source } = parsed;
  if (result.ok) return checkDocument(parsed, result.document);
  const { failure } = result;
  if (failure.kind !== "syntax") throw new Error("a parse never fails for size");
  expect(failure.byteOffset >= 0 && failure.byteOffset <= source.bytes.length).toBe(true);
  expect(failure.offset).toBe(source.textOffset(failure.byteOffset));
  expect(failure.libvirtLine).toBe(1 + lfCountBefore(source.text, failure.offset));
}

// ---- printing a document back from its stored values ----

/** A quote form that can hold the text: "…" or '…' on one line, else """…""" (no escapes exist). */
function quote(text: string): string {
  if (!/["\r\n]/.test(text)) return `"${text}"`;
  if (!/['\r\n]/.test(text)) return `'${text}'`;
  // A triple-quoted string ends at the first """, so its content can neither hold one nor end with ".
  if (!text.includes('"""') && !text.endsWith('"')) return `"""${text}"""`;
  throw new Error(`no quote form can hold ${JSON.stringify(text)}`);
}

function printValue(value: VirValue): string {
  switch (value.kind) {
    case "string":
      return quote(value.value);
    case "number":
      return value.sign + value.digits;
    case "list":
      return `[${value.items.map(printValue).join(", ")}${value.trailingComma ? "," : ""}]`;
  }
}

function print(document: VirConfDocument): string {
  return document.entries.map((entry) => `${entry.name} = ${printValue(entry.value)}\n`).join("");
}

/** The stored value without positions or the quote form (which the printer chooses afresh). */
type Stored = string | { sign: string; digits: string; value: bigint; signed: boolean; overflow: boolean; bits: bigint } | { items: Stored[]; trailingComma: boolean };

function stored(value: VirValue): Stored {
  switch (value.kind) {
    case "string":
      return value.value;
    case "number": {
      const { sign, digits, signed, overflow, bits } = value;
      return { sign, digits, value: value.value, signed, overflow, bits };
    }
    case "list":
      return { items: value.items.map(stored), trailingComma: value.trailingComma };
  }
}

const stringValues = (value: VirValue): string[] =>
  value.kind === "string" ? [value.value] : value.kind === "list" ? value.items.flatMap(stringValues) : [];

const storedEntries = (document: VirConfDocument): [string, Stored][] => document.entries.map((entry) => [entry.name, stored(entry.value)]);

function reparse(document: VirConfDocument, rejectOverflow: boolean): VirConfDocument {
  const again = parse(print(document), rejectOverflow).result;
  if (!again.ok) throw new Error(`printed document does not parse: ${JSON.stringify(again.failure)}\n${print(document)}`);
  return again.document;
}

// ---- documents built from values, to print and read back ----

const LLONG_MAX = 9223372036854775807n;

const nameArb = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,8}$/);
const stringArb = fc
  .string({
    unit: fc.oneof(fc.constantFrom('"', "'", "\n", "\r", "\\", "#", ",", "[", "]", ";", " ", "\t"), fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 })),
    maxLength: 16,
  })
  .filter((text) => !text.includes("\0") && canQuote(text));
const numberArb = fc.record({ sign: fc.constantFrom("", "+", "-"), digits: fc.stringMatching(/^[0-9]{1,22}$/) });

type Model = string | { sign: string; digits: string } | { items: Model[]; trailingComma: boolean };

const { model: modelArb } = fc.letrec<{ model: Model; list: Model }>((tie) => ({
  model: fc.oneof({ depthSize: "small", withCrossShrink: true }, stringArb, numberArb, tie("list")),
  list: fc
    .array(tie("model"), { maxLength: 4 })
    .chain((items) => fc.record({ items: fc.constant(items), trailingComma: items.length > 0 ? fc.boolean() : fc.constant(false) })),
}));

function canQuote(text: string): boolean {
  try {
    quote(text);
    return true;
  } catch {
    return false;
  }
}

function printModel(model: Model): string {
  if (typeof model === "string") return quote(model);
  if ("digits" in model) return model.sign + model.digits;
  return `[${model.items.map(printModel).join(", ")}${model.trailingComma ? "," : ""}]`;
}

function expected(model: Model): Stored {
  if (typeof model === "string") return model;
  if ("items" in model) return { items: model.items.map(expected), trailingComma: model.trailingComma };
  const magnitude = BigInt(model.digits);
  const value = model.sign === "-" ? -magnitude : magnitude;
  return { ...model, value, signed: model.sign === "-", overflow: magnitude > LLONG_MAX, bits: BigInt.asUintN(64, value) };
}

function overflows(model: Model): boolean {
  if (typeof model === "string") return false;
  if ("items" in model) return model.items.some(overflows);
  return BigInt(model.digits) > LLONG_MAX;
}

describe("source text", () => {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const validAndInvalid = fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.uint8Array({ minLength: 1, maxLength: 4, min: 0x80 })), { maxLength: 30 })
    .map((parts) => Uint8Array.from(parts.flatMap((part) => [...part])));

  it("is the standard (WHATWG) UTF-8 decoding of the bytes, with monotonic offsets", () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 60 }), validAndInvalid), (input) => {
        const { source } = parse(input);
        expect(source.text).toBe(decoder.decode(input));
        const offsets = Array.from({ length: input.length + 1 }, (_, i) => source.textOffset(i));
        expect(offsets[0]).toBe(0);
        expect(offsets[input.length]).toBe(source.text.length);
        expect(offsets.every((offset, i) => i === 0 || offsets[i - 1]! <= offset)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("virConf parser properties", () => {
  it("never throws, is deterministic, and keeps positions inside the text and in order", () => {
    fc.assert(
      fc.property(anyInput, fc.boolean(), (input, rejectOverflow) => {
        const first = parse(input, rejectOverflow);
        checkParse(first);
        expect(parse(input, rejectOverflow).result).toEqual(first.result);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it("reads lists of any depth, damaged or not, without throwing and with positions inside the text", () => {
    // The parser keeps its own stack (libvirt reads lists about 174 000 deep): depth never reaches the
    // JavaScript stack. Depths stay where the recursive checks of this file still run.
    const deep = fc
      .record({
        depth: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 500, max: 1500 })),
        open: fc.constantFrom("[", "[ ", "[\n", "[1,", "['x',\r\n", "[[],", "[#c\n"),
        inner: fc.constantFrom("", "1", "'x'", '"""a\nb"""', ",", "x", "\xff"),
        close: fc.constantFrom("]", " ]", "\n]", ",]", "],", ", ]"),
        missing: fc.constantFrom(0, 0, 0, 1, 2),
        tail: fc.constantFrom("\n", "", "\nb = 2\n", " x\n", "]\n"),
      })
      .map(({ depth, open, inner, close, missing, tail }) => `a = ${open.repeat(depth)}${inner}${close.repeat(Math.max(0, depth - missing))}${tail}`);
    fc.assert(
      fc.property(deep, fc.boolean(), (text, rejectOverflow) => {
        const first = parse(text, rejectOverflow);
        checkParse(first);
        expect(parse(text, rejectOverflow).result.ok).toBe(first.result.ok);
      }),
      { numRuns: 60 },
    );
  });

  it("a parsed document printed back from its stored values reads back the same", () => {
    fc.assert(
      fc.property(grammarDocument, fc.boolean(), (input, rejectOverflow) => {
        const { result } = parse(input, rejectOverflow);
        // A NUL cut can leave a value no quote form holds (`"""\r"<NUL>"""` stores `\r"`).
        fc.pre(result.ok && result.document.entries.every((entry) => stringValues(entry.value).every(canQuote)));
        expect(storedEntries(reparse(result.document, rejectOverflow))).toEqual(storedEntries(result.document));
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it("documents written from values read back those values (9.0.0)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(nameArb, modelArb), { maxLength: 6 }), (settings) => {
        const text = settings.map(([name, model]) => `${name} = ${printModel(model)}\n`).join("");
        const { result } = parse(text, false);
        if (!result.ok) throw new Error(`does not parse: ${JSON.stringify(result.failure)}\n${text}`);
        expect(storedEntries(result.document)).toEqual(settings.map(([name, model]) => [name, expected(model)]));
      }),
      { numRuns: RUNS },
    );
  });

  it("11.3.0 refuses exactly the documents that hold a number beyond LLONG_MAX", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(nameArb, modelArb), { maxLength: 6 }), (settings) => {
        const text = settings.map(([name, model]) => `${name} = ${printModel(model)}\n`).join("");
        const { result } = parse(text, true);
        const refused = !result.ok && result.failure.kind === "syntax" && result.failure.info === "numeric overflow in conf value";
        expect(refused).toBe(settings.some(([, model]) => overflows(model)));
        if (!refused) expect(result.ok).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
