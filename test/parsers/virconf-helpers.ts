/**
 * Shared by the virConf parser tests: parsing from text or bytes, and plain pictures of values that
 * compare with `toEqual` (no spans, so a test states only what libvirt stores).
 */
import type { Span } from "../../src/core/rule.js";
import { createSource, sourceFromText, type Source } from "../../src/core/source.js";
import { parseVirConf, type VirConfDocument, type VirConfResult, type VirValue } from "../../src/parsers/virconf.js";

export interface Parsed {
  source: Source;
  result: VirConfResult;
}

export function parse(input: string | Uint8Array, rejectOverflow = false): Parsed {
  const source = typeof input === "string" ? sourceFromText(input) : createSource(input);
  return { source, result: parseVirConf(source, { rejectOverflow }) };
}

/** Concatenates text (encoded as UTF-8) and raw bytes, for inputs that are not valid UTF-8 or hold NUL. */
export function bytes(...parts: (string | readonly number[])[]): Uint8Array {
  const encoder = new TextEncoder();
  return Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...encoder.encode(part)] : [...part])));
}

/** What libvirt keeps of a value: a string's text, a number's type and value, a list's elements. */
export type Plain = string | { signed: boolean; value: bigint } | Plain[];

/** An unsigned number (no sign or `+`: VIR_CONF_ULLONG). */
export const u = (value: bigint): Plain => ({ signed: false, value });
/** A signed number (`-`: VIR_CONF_LLONG). */
export const s = (value: bigint): Plain => ({ signed: true, value });

export function plain(value: VirValue): Plain {
  switch (value.kind) {
    case "string":
      return value.value;
    case "number":
      return { signed: value.signed, value: value.value };
    case "list":
      return value.items.map(plain);
  }
}

/** The effective (first-wins) value of every name, as libvirt's virConfGetValue sees them. */
export function effectiveValues(document: VirConfDocument): Record<string, Plain> {
  return Object.fromEntries([...document.effective].map(([name, entry]) => [name, plain(entry.value)]));
}

/** Every value node of a value, itself first, then list elements depth first. */
export function valueNodes(value: VirValue): VirValue[] {
  return value.kind === "list" ? [value, ...value.items.flatMap(valueNodes)] : [value];
}

/** Every span a document holds: names, statements, values, list elements, comments. */
export function documentSpans(document: VirConfDocument): Span[] {
  return [
    ...document.entries.flatMap((entry) => [entry.nameSpan, entry.span, ...valueNodes(entry.value)]),
    ...document.comments.map((comment) => comment.span),
  ];
}
