/**
 * GitHub code scanning's `primaryLocationLineHash` (spec §5.7): a port of `hash` in github/codeql-action
 * `src/fingerprints.ts`. The upload-sarif action fills the value in when it is missing, but the REST
 * API does not, and alerts are matched across runs by it; it must therefore be the very value the
 * action would compute, unit for unit.
 *
 * A line's hash is a rolling hash over the 100 processed UTF-16 code units that start with the line's
 * first processed unit: spaces, tabs and the LF of a CRLF are skipped, a CR counts as LF, and the end
 * of input is one unit 65535 followed by zeros. The action's 64-bit `Long` arithmetic is reproduced
 * with BigInt reduced modulo 2^64.
 */

const BLOCK_SIZE = 100;
const MOD = 37n;
/** 37^100 mod 2^64: the weight of the unit that leaves the window. */
const FIRST_MOD = BigInt.asUintN(64, MOD ** BigInt(BLOCK_SIZE));
const EOF = 65535;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

/**
 * The hash of every line of `text`, `hex:n` where n counts the identical hex values so far (from 1);
 * index 0 is line 1. A text that ends with a line break has one more line, as in the action (it
 * starts with the end-of-input unit).
 */
export function lineHashes(text: string): string[] {
  // The last BLOCK_SIZE processed units, and the number of the line each one starts (-1: none).
  const window = new Array<number>(BLOCK_SIZE).fill(0);
  const lineStarts = new Array<number>(BLOCK_SIZE).fill(-1);
  const hashes: string[] = [];
  const seen = new Map<string, number>();
  let hash = 0n;
  let index = 0;
  let lineNumber = 0;
  let atLineStart = true;
  let afterCR = false;

  // Called when the unit that started a line is about to leave the window: `hash` now covers the
  // BLOCK_SIZE units from that unit on.
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
    if (codeUnit === SPACE || codeUnit === TAB || (afterCR && codeUnit === LF)) {
      afterCR = false;
      return;
    }
    afterCR = codeUnit === CR;
    const unit = afterCR ? LF : codeUnit;
    if (lineStarts[index] !== -1) emit();
    if (atLineStart) {
      atLineStart = false;
      lineNumber += 1;
      lineStarts[index] = lineNumber;
    }
    if (unit === LF) atLineStart = true;
    push(unit);
  };

  for (let offset = 0; offset < text.length; offset += 1) consume(text.charCodeAt(offset));
  consume(EOF);
  // Flush: the lines still in the window are hashed with zeros after the end of input.
  for (let step = 0; step < BLOCK_SIZE; step += 1) {
    if (lineStarts[index] !== -1) emit();
    push(0);
  }
  return hashes;
}
