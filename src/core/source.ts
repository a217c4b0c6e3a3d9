import { isAscii } from "node:buffer";
import { afterLineBreak, lineBreakFinder } from "./line-breaks.js";

/**
 * A file's bytes, its text and the mapping between offsets and display positions.
 *
 * Every span in a parsed document is a half-open range of UTF-16 code-unit offsets into `text`, the
 * unit that ESLint, SARIF and editors count columns in. Parsers that must work on bytes (virConf
 * never decodes its input) convert their byte offsets once through `textOffset`.
 */
export interface Position {
  /** 1-based line; LF, CRLF and a lone CR each end a display line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

export interface Source {
  readonly bytes: Uint8Array;
  readonly text: string;
  /** UTF-16 offset of the character that contains byte `byteOffset` (`bytes.length` maps to `text.length`). */
  textOffset(byteOffset: number): number;
  position(offset: number): Position;
}

const REPLACEMENT = 0xfffd;

export function sourceFromText(text: string): Source {
  return createSource(new TextEncoder().encode(text));
}

export function createSource(bytes: Uint8Array): Source {
  const decoded = isAscii(bytes) ? { text: latin1(bytes), map: undefined } : decodeUtf8(bytes);
  const { text, map } = decoded;
  // Most files of a fleet have no finding to place: the line table is built on the first question.
  let lineStarts: Uint32Array | undefined;
  return {
    bytes,
    text,
    textOffset: map ? (b) => map[clamp(b, 0, bytes.length)] ?? text.length : (b) => clamp(b, 0, bytes.length),
    position: (offset) => positionAt((lineStarts ??= computeLineStarts(text)), text, clamp(offset, 0, text.length)),
  };
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

/**
 * UTF-8 decoding that also records, for every byte, the UTF-16 offset of the character it belongs to.
 * Invalid input is replaced as the WHATWG Encoding Standard does (TextDecoder, Node, editors): each
 * maximal invalid subsequence becomes one U+FFFD, so the text and its columns match what an editor
 * shows and what the parsers decode for values. Offsets stay monotonic and no byte is lost from view.
 */
function decodeUtf8(bytes: Uint8Array): { text: string; map: Uint32Array } {
  const map = new Uint32Array(bytes.length + 1);
  // No byte yields more than one UTF-16 unit (a 4-byte sequence yields two), so a typed array of the
  // input's length holds the text: 2 bytes a unit instead of a growing array of numbers, which made a
  // 10 MiB file of invalid bytes cost over 200 MB of heap and two seconds.
  const units = new Uint16Array(bytes.length);
  let n = 0;
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      map[i++] = n;
      units[n++] = b0;
      continue;
    }
    const { cp, len } = decodeSequence(bytes, i);
    map.fill(n, i, i + len);
    if (cp > 0xffff) {
      const v = cp - 0x10000;
      units[n++] = 0xd800 + (v >> 10);
      units[n++] = 0xdc00 + (v & 0x3ff);
    } else units[n++] = cp;
    i += len;
  }
  map[bytes.length] = n;
  // The units are well-formed UTF-16 (UTF-8 decoding never yields a lone surrogate); ignoreBOM keeps
  // a leading U+FEFF in the text, where positions expect it.
  return { text: UTF16.decode(units.subarray(0, n)), map };
}

/** Decodes a Uint16Array, whose bytes are in the platform's order. */
const UTF16 = new TextDecoder(new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? "utf-16le" : "utf-16be", { ignoreBOM: true });

/** The multi-byte character at `i`, or U+FFFD spanning the maximal invalid subsequence there. */
function decodeSequence(bytes: Uint8Array, i: number): { cp: number; len: number } {
  const b0 = bytes[i]!;
  const need = b0 >= 0xc2 && b0 <= 0xdf ? 1 : b0 >= 0xe0 && b0 <= 0xef ? 2 : b0 >= 0xf0 && b0 <= 0xf4 ? 3 : 0;
  if (need === 0) return { cp: REPLACEMENT, len: 1 };
  // The second byte's range excludes overlong forms (E0, F0), surrogates (ED) and code points above
  // U+10FFFF (F4); a byte outside the range ends the invalid subsequence and is decoded afresh.
  let lower = b0 === 0xe0 ? 0xa0 : b0 === 0xf0 ? 0x90 : 0x80;
  let upper = b0 === 0xed ? 0x9f : b0 === 0xf4 ? 0x8f : 0xbf;
  let cp = b0 & (0x3f >> need);
  for (let k = 1; k <= need; k++) {
    const b = bytes[i + k];
    if (b === undefined || b < lower || b > upper) return { cp: REPLACEMENT, len: k };
    cp = (cp << 6) | (b & 0x3f);
    lower = 0x80;
    upper = 0xbf;
  }
  return { cp, len: need + 1 };
}

/**
 * Where each display line starts, as one typed array that grows by doubling. Most files have no CR:
 * for them a plain search for LF does, without the finder's bookkeeping.
 */
function computeLineStarts(text: string): Uint32Array {
  let starts = new Uint32Array(Math.max(16, text.length >> 5));
  let count = 1;
  const add = (offset: number): void => {
    if (count === starts.length) {
      const grown = new Uint32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = offset;
  };
  if (text.indexOf("\r") < 0) {
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) add(at + 1);
  } else {
    const nextLineBreak = lineBreakFinder(text);
    for (let at = nextLineBreak(0); at >= 0; at = nextLineBreak(starts[count - 1]!)) add(afterLineBreak(text, at));
  }
  return starts.subarray(0, count);
}

/**
 * An offset that falls on a line break, or at the very end, stays on the line it ends; the end of
 * input after a final newline is therefore shown at the end of the last line, as editors show it.
 */
function positionAt(lineStarts: Uint32Array, text: string, offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  if (offset === text.length && lo > 0 && lineStarts[lo] === offset) {
    lo--;
    return { line: lo + 1, column: lineEnd(text, lineStarts[lo]!) - lineStarts[lo]! + 1 };
  }
  // Editors do not show a byte order mark, so it takes no column (ESLint strips it before linting).
  const bomWidth = lo === 0 && offset > 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 - bomWidth };
}

function lineEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}
