/**
 * GitHub code scanning's `primaryLocationLineHash` (spec §5.7): a port of `hash` in github/codeql-action
 * `src/fingerprints.ts`. The upload-sarif action fills the value in when it is missing, but the REST
 * API does not, and alerts are matched across runs by it; it must therefore be the very value the
 * action would compute, unit for unit.
 *
 * A line's hash is a rolling hash over the 100 processed UTF-16 code units that start with the line's
 * first processed unit: spaces, tabs and the LF of a CRLF are skipped, a CR counts as LF, and the end
 * of input is one unit 65535 followed by zeros. The action's 64-bit `Long` arithmetic is reproduced
 * on two unsigned 32-bit halves (BigInt per unit made the hash most of a SARIF run's time), and the
 * hashes are computed where the file is linted, so only the few a file's findings need are kept.
 */
import type { Diagnostic } from "../core/diagnostic.js";

const BLOCK_SIZE = 100;
const MOD = 37;
/** 37^100 mod 2^64 = 0xe59cd09a331cdb71, in halves: the weight of the unit that leaves the window. */
const FIRST_MOD_HI = 0xe59cd09a;
const FIRST_MOD_LO = 0x331cdb71;
const TWO_32 = 0x1_0000_0000;
const EOF = 65535;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

/** The hex digits of the unsigned 64-bit value `hi`·2^32 + `lo`, without leading zeros (as `Long.toString(16)`). */
const hex = (hi: number, lo: number): string => (hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, "0"));

/**
 * How often each 64-bit hash has occurred so far: open addressing on its two halves, since a Map
 * would need a BigInt or string key per line (and a number cannot hold 64 bits exactly).
 */
class Occurrences {
  private bits = 6;
  private his = new Uint32Array(1 << this.bits);
  private los = new Uint32Array(1 << this.bits);
  /** 0: an empty slot. */
  private counts = new Uint32Array(1 << this.bits);
  private size = 0;

  /** Counts one more occurrence of the hash, and returns how many there have been (from 1). */
  add(hi: number, lo: number): number {
    const slot = this.slotOf(hi, lo);
    if (this.counts[slot] === 0) {
      this.his[slot] = hi;
      this.los[slot] = lo;
      this.size += 1;
    }
    const count = (this.counts[slot] ?? 0) + 1;
    this.counts[slot] = count;
    if (this.size * 2 > this.counts.length) this.grow();
    return count;
  }

  /** The hash's slot, or the empty one where it belongs (linear probing; the table is never full). */
  private slotOf(hi: number, lo: number): number {
    const mask = this.counts.length - 1;
    // Fibonacci hashing: the polynomial hash's low bits depend only on the units' low bits.
    let slot = Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) >>> (32 - this.bits);
    while (this.counts[slot] !== 0 && (this.his[slot] !== hi || this.los[slot] !== lo)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { his, los, counts } = this;
    this.bits += 1;
    this.his = new Uint32Array(1 << this.bits);
    this.los = new Uint32Array(1 << this.bits);
    this.counts = new Uint32Array(1 << this.bits);
    counts.forEach((count, old) => {
      if (count === 0) return;
      const slot = this.slotOf(his[old] ?? 0, los[old] ?? 0);
      this.his[slot] = his[old] ?? 0;
      this.los[slot] = los[old] ?? 0;
      this.counts[slot] = count;
    });
  }
}

/**
 * The hashes of `lines` (numbered from 1) in `text`, `hex:n` where n counts the identical values on
 * this and earlier lines (from 1); a line past the end has none. A text that ends with a line break
 * has one more line, as in the action (it starts with the end-of-input unit). Every line up to the
 * last one wanted is hashed, for the counts, but only the wanted ones are written out.
 */
export function lineHashes(text: string, lines: ReadonlySet<number>): Record<number, string> {
  const hashes: Record<number, string> = {};
  // The lines after the last one wanted change no count that is written out: hashing stops there.
  let last = 0;
  for (const line of lines) last = Math.max(last, line);
  // The last BLOCK_SIZE processed units, and the number of the line each one starts (0: none).
  const window = new Uint16Array(BLOCK_SIZE);
  const lineStarts = new Uint32Array(BLOCK_SIZE);
  const occurrences = new Occurrences();
  let hi = 0;
  let lo = 0;
  let index = 0;
  let lineNumber = 0;
  let atLineStart = true;
  let afterCR = false;

  // The text, the end-of-input unit, then BLOCK_SIZE zeros that push the last lines out of the window.
  const end = text.length + 1 + BLOCK_SIZE;
  for (let offset = 0; offset < end; offset += 1) {
    const codeUnit = offset < text.length ? text.charCodeAt(offset) : offset === text.length ? EOF : 0;
    if (codeUnit === SPACE || codeUnit === TAB || (afterCR && codeUnit === LF)) {
      afterCR = false;
      continue;
    }
    afterCR = codeUnit === CR;
    const unit = afterCR ? LF : codeUnit;

    // The unit that started a line is about to leave the window: the hash now covers the
    // BLOCK_SIZE units from it on.
    const leavingLine = lineStarts[index] ?? 0;
    if (leavingLine !== 0) {
      const count = occurrences.add(hi, lo);
      if (lines.has(leavingLine)) hashes[leavingLine] = `${hex(hi, lo)}:${count}`;
      if (leavingLine >= last) return hashes;
      lineStarts[index] = 0;
    }
    if (atLineStart) {
      atLineStart = false;
      lineNumber += 1;
      lineStarts[index] = lineNumber;
    }
    if (unit === LF) atLineStart = true;

    // hash = MOD·hash + unit − FIRST_MOD·leaving (mod 2^64). With leaving < 2^16 the low half's sum
    // lies in (−2^48, 2^39), exact in a double: `>>> 0` takes it modulo 2^32 and the rest, a multiple
    // of 2^32, carries (or borrows) into the high half, where Math.imul and `>>> 0` wrap modulo 2^32.
    const leaving = window[index] ?? 0;
    window[index] = unit;
    const low = lo * MOD + unit - FIRST_MOD_LO * leaving;
    lo = low >>> 0;
    hi = (Math.imul(hi, MOD) - Math.imul(FIRST_MOD_HI, leaving) + (low - lo) / TWO_32) >>> 0;
    index = index === BLOCK_SIZE - 1 ? 0 : index + 1;
  }
  return hashes;
}

/** The hashes a file's findings (reported and suppressed) need for SARIF: those of their start lines. */
export const findingLineHashes = (
  text: string,
  file: { readonly messages: readonly Diagnostic[]; readonly suppressedMessages: readonly Diagnostic[] },
): Record<number, string> => lineHashes(text, new Set([...file.messages, ...file.suppressedMessages].map((finding) => finding.line)));
