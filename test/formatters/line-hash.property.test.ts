/**
 * The line hash on 32-bit halves against a straightforward BigInt port of github/codeql-action's
 * `hash` (src/fingerprints.ts), kept here as the reference: the same values and occurrence counts for
 * any text and any choice of lines, whichever lines are asked for.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineHashes } from "../../src/formatters/line-hash.js";
import { QEMU_CONF, goldenText } from "./golden-results.js";

/** The action's algorithm with 64-bit arithmetic in BigInt: every line's `hex:n`, index 0 is line 1. */
function referenceLineHashes(text: string): string[] {
  const BLOCK_SIZE = 100;
  const MOD = 37n;
  const FIRST_MOD = BigInt.asUintN(64, MOD ** BigInt(BLOCK_SIZE));
  const window = new Array<number>(BLOCK_SIZE).fill(0);
  const lineStarts = new Array<number>(BLOCK_SIZE).fill(-1);
  const hashes: string[] = [];
  const seen = new Map<string, number>();
  let hash = 0n;
  let index = 0;
  let lineNumber = 0;
  let atLineStart = true;
  let afterCR = false;
  const emit = (): void => {
    const value = hash.toString(16);
    const count = (seen.get(value) ?? 0) + 1;
    seen.set(value, count);
    hashes[(lineStarts[index] ?? 0) - 1] = `${value}:${count}`;
    lineStarts[index] = -1;
  };
  const push = (unit: number): void => {
    const leaving = window[index] ?? 0;
    window[index] = unit;
    hash = BigInt.asUintN(64, MOD * hash + BigInt(unit) - FIRST_MOD * BigInt(leaving));
    index = (index + 1) % BLOCK_SIZE;
  };
  const consume = (codeUnit: number): void => {
    if (codeUnit === 0x20 || codeUnit === 0x09 || (afterCR && codeUnit === 0x0a)) {
      afterCR = false;
      return;
    }
    afterCR = codeUnit === 0x0d;
    const unit = afterCR ? 0x0a : codeUnit;
    if (lineStarts[index] !== -1) emit();
    if (atLineStart) {
      atLineStart = false;
      lineNumber += 1;
      lineStarts[index] = lineNumber;
    }
    if (unit === 0x0a) atLineStart = true;
    push(unit);
  };
  for (let offset = 0; offset < text.length; offset += 1) consume(text.charCodeAt(offset));
  consume(65535);
  for (let step = 0; step < BLOCK_SIZE; step += 1) {
    if (lineStarts[index] !== -1) emit();
    push(0);
  }
  return hashes;
}

/** What `lineHashes(text, lines)` must give: the reference's values of the lines asked for that exist. */
const expected = (text: string, lines: Iterable<number>): Record<number, string> => {
  const all = referenceLineHashes(text);
  const hashes: Record<number, string> = {};
  for (const line of lines) {
    const hash = all[line - 1];
    if (hash !== undefined) hashes[line] = hash;
  }
  return hashes;
};

/**
 * Pieces that reach every branch: skipped blanks, CR, CRLF, units with the high bit set (the leaving
 * unit's product carries into the high half), the end-of-input unit itself, a surrogate pair, lines
 * longer than the window, and repeated short lines (identical hashes, counted).
 */
const PIECES = ["a", "b", "key = 1", " ", "\t", "\n", "\r", "\r\n", "\n\n", "a\n", "\u8000", "\uFFFF", "\u{1F600}", "é", "x".repeat(150)];
const textLike = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }).map((pieces) => pieces.join("")),
  fc.string({ unit: "binary", maxLength: 400 }),
);

describe("lineHashes against the BigInt reference", () => {
  it("gives every line the reference's hash and count", () => {
    fc.assert(
      fc.property(textLike, (text) => {
        const all = referenceLineHashes(text);
        const lines = new Set(Array.from({ length: all.length + 2 }, (_, index) => index + 1));
        expect(lineHashes(text, lines)).toEqual(expected(text, lines));
      }),
      { numRuns: 300 },
    );
  });

  it("gives any chosen lines the same values as when every line is asked for", () => {
    fc.assert(
      fc.property(textLike, fc.uniqueArray(fc.integer({ min: 0, max: 250 }), { maxLength: 8 }), (text, lines) => {
        expect(lineHashes(text, new Set(lines))).toEqual(expected(text, lines));
      }),
      { numRuns: 300 },
    );
  });

  it("agrees on a large file with many repeated lines (counts in the hundreds, the count table grown)", () => {
    const text = goldenText(QEMU_CONF).repeat(200);
    const all = referenceLineHashes(text);
    const lines = new Set(Array.from({ length: all.length }, (_, index) => index + 1));
    expect(all.some((hash) => hash.endsWith(":200"))).toBe(true);
    expect(lineHashes(text, lines)).toEqual(expected(text, lines));
  });
});
