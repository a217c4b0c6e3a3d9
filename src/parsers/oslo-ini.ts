/**
 * A port of oslo.config's INI reader (`oslo_config/iniparser.py` `BaseParser.parse` plus
 * `cfg.ConfigParser.assignment`, spec nova-conf §1–§3) that records positions.
 *
 * oslo.config reads the file with `open()` + `readlines()`: strict UTF-8, universal newlines, a byte
 * order mark kept as a character. Every strip is Python's `str.strip()` family, whose whitespace set
 * differs from JavaScript's `trim()` (U+FEFF is not whitespace for Python; U+001C–U+001F and U+0085
 * are), so `trim()` is never used here.
 */
import { isUtf8 } from "node:buffer";
import { afterLineBreak, lineBreakFinder } from "../core/line-breaks.js";
import type { Span } from "../core/rule.js";
import type { Source } from "../core/source.js";
import type {
  IniAssignment,
  IniComment,
  IniSection,
  IniValuePiece,
  OsloIniDocument,
  OsloIniFailure,
  OsloParseMessage,
} from "./oslo-ini-types.js";

export type OsloIniResult = { ok: true; document: OsloIniDocument } | { ok: false; failure: OsloIniFailure };

/** Python's `str.isspace()` set, which `strip()`, `rstrip()` and `lstrip()` remove (spec §1). */
export function isPyWhitespace(code: number): boolean {
  if (code <= 0x20) return (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x20);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Python's `str.rstrip()`. */
export function pyRstrip(text: string): string {
  return text.slice(0, rstripEnd(text, 0, text.length));
}

/** Python's `str.lstrip()`. */
export function pyLstrip(text: string): string {
  return text.slice(lstripStart(text, 0, text.length));
}

/** Where Python's `rstrip()` of `text[start:end]` ends, as an offset into `text` (the reader strips without copying). */
function rstripEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && isPyWhitespace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** Where Python's `lstrip()` of `text[start:end]` starts, as an offset into `text`. */
function lstripStart(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && isPyWhitespace(text.charCodeAt(at))) at++;
  return at;
}

/** Python's `str.strip()`. */
export function pyStrip(text: string): string {
  return pyLstrip(pyRstrip(text));
}

/**
 * Capital letters that Unicode 16 and 17 added. Python up to 3.13 (Unicode ≤ 15.1: the Pythons nova
 * runs on) does not know them and leaves them as they are; a JavaScript runtime with a newer ICU
 * lower-cases them. Unknown to Python, they are neither cased nor case-ignorable, so lower-casing the
 * text between them separately keeps `str.lower()`'s final-sigma rule too.
 */
const NEWER_CAPITALS = /[\u1c89\ua7cb\ua7cc\ua7ce\ua7d2\ua7d4\ua7da\ua7dc\u{10d50}-\u{10d65}\u{16ea0}-\u{16eb8}]/u;
const NOT_NEWER_CAPITALS = /[^\u1c89\ua7cb\ua7cc\ua7ce\ua7d2\ua7d4\ua7da\ua7dc\u{10d50}-\u{10d65}\u{16ea0}-\u{16eb8}]+/gu;

/** `_normalize_group_name`: exactly `DEFAULT` stays, every other name is lower-cased as Python's `str.lower()` (spec §4). */
export function normalizeGroupName(name: string): string {
  if (name === "DEFAULT") return name;
  return NEWER_CAPITALS.test(name) ? name.replace(NOT_NEWER_CAPITALS, (text) => text.toLowerCase()) : name.toLowerCase();
}

export function parseOsloIni(source: Source): OsloIniResult {
  // oslo.config fails in `readlines()`, before any line is parsed: the encoding error wins.
  const bad = firstInvalidUtf8(source.bytes);
  if (bad !== undefined) {
    return { ok: false, failure: { kind: "encoding", byte: source.bytes[bad]!, byteOffset: bad, offset: source.textOffset(bad) } };
  }
  const nul = source.text.indexOf("\u0000");
  if (nul >= 0) return { ok: false, failure: { kind: "binary", offset: nul } };
  return new Reader(source.text).read();
}

/**
 * The offset of the first byte Python's strict UTF-8 decoder rejects: the start of the first
 * ill-formed sequence (a stray continuation byte, an overlong form, a surrogate, a code point above
 * U+10FFFF, or a sequence cut short), which is the position `UnicodeDecodeError` names.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  // The native check answers for nearly every file; the walk below only finds where a bad one fails.
  if (isUtf8(bytes)) return undefined;
  let i = 0;
  while (i < bytes.length) {
    const b0 = bytes[i]!;
    if (b0 < 0x80) {
      i++;
      continue;
    }
    const need = b0 >= 0xc2 && b0 <= 0xdf ? 1 : b0 >= 0xe0 && b0 <= 0xef ? 2 : b0 >= 0xf0 && b0 <= 0xf4 ? 3 : 0;
    if (need === 0) return i;
    // The second byte's range excludes overlong forms (E0, F0), surrogates (ED) and code points above U+10FFFF (F4).
    let lower = b0 === 0xe0 ? 0xa0 : b0 === 0xf0 ? 0x90 : 0x80;
    let upper = b0 === 0xed ? 0x9f : b0 === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const b = bytes[i + k];
      if (b === undefined || b < lower || b > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return undefined;
}

/** One line as `readlines()` with universal newlines yields it, without its line end. */
interface Line {
  text: string;
  start: number;
  /** 1-based. */
  number: number;
}

/** Lines broken at `\r\n`, `\r` and `\n` only; a final line end opens no further line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  forEachLine(text, (start, end, number) => lines.push({ text: text.slice(start, end), start, number }));
  return lines;
}

/**
 * The lines of `splitLines` as offsets (`start` to `end`, without the line end), handed over one at a
 * time, and their count. Neither an object nor a copy per line: a full sample file is 6 000 lines,
 * most of them comments, and a fleet holds millions of them.
 */
function forEachLine(text: string, visit: (start: number, end: number, number: number) => void): number {
  const nextLineBreak = lineBreakFinder(text);
  let start = 0;
  let number = 0;
  for (let at = nextLineBreak(0); at >= 0; at = nextLineBreak(start)) {
    visit(start, at, ++number);
    start = afterLineBreak(text, at);
  }
  if (start < text.length) visit(start, text.length, ++number);
  return number;
}

/** A line that is neither blank nor a comment, trailing whitespace stripped (`rstrip`), as the reader looks at it. */
type Content = Line;

/** An assignment whose continuation lines may still follow. */
interface Pending {
  section: IniSection | undefined;
  key: string;
  keySpan: Span;
  separator: "=" | ":";
  separatorOffset: number;
  rawFirstValue: string;
  rawFirstSpan: Span;
  quotesRemoved: boolean;
  pieces: IniValuePiece[];
  line: number;
}

class ParseStop {
  constructor(readonly failure: OsloIniFailure) {}
}

class Reader {
  private readonly sections: IniSection[] = [];
  private readonly assignments: IniAssignment[] = [];
  private section: IniSection | undefined;
  private pending: Pending | undefined;

  constructor(private readonly text: string) {}

  read(): OsloIniResult {
    try {
      const count = forEachLine(this.text, (start, end, number) => this.line(start, end, number));
      // At the end of input oslo's line counter still names the last line read.
      this.flush(count);
    } catch (error) {
      if (error instanceof ParseStop) return { ok: false, failure: error.failure };
      throw error;
    }
    return { ok: true, document: documentOf(this.text, this.sections, this.assignments) };
  }

  /**
   * Blank lines and comments, nearly every line of a sample file, are passed over without a copy; the
   * document finds its comments again when asked (`commentsOf`).
   */
  private line(start: number, end: number, number: number): void {
    const contentEnd = rstripEnd(this.text, start, end);
    if (contentEnd === start) {
      this.flush(number);
      return;
    }
    const first = this.text.charCodeAt(start);
    if (isCommentMarker(first)) {
      this.flush(number);
      return;
    }
    const line: Content = { text: this.text.slice(start, contentEnd), start, number };
    if (first === 0x20 || first === 0x09) {
      this.continuation(line);
      return;
    }
    this.flush(number);
    if (first === 0x5b /* [ */) this.header(line);
    else this.assignment(line);
  }

  private continuation(line: Content): void {
    const piece = pyLstrip(line.text);
    if (!this.pending) {
      const hint = piece.startsWith("#") || piece.startsWith(";") ? "indentedComment" : undefined;
      this.fail("Unexpected continuation line", line, hint);
    }
    const end = line.start + line.text.length;
    this.pending.pieces.push({ text: piece, span: { start: end - piece.length, end }, line: line.number });
  }

  private header(line: Content): void {
    const content = line.text;
    if (!content.endsWith("]")) this.fail("Invalid section (must end with ])", line);
    if (content.length <= 2) this.fail("Empty section name", line);
    const rawName = content.slice(1, -1);
    const section: IniSection = {
      kind: "section",
      rawName,
      nameSpan: { start: line.start + 1, end: line.start + content.length - 1 },
      name: normalizeGroupName(rawName),
      span: { start: line.start, end: line.start + content.length },
      line: line.number,
    };
    this.section = section;
    this.sections.push(section);
  }

  /** `_split_key_value`: the first of `:` and `=` splits; one pair of outer quotes goes. */
  private assignment(line: Content): void {
    const content = line.text;
    const colon = content.indexOf(":");
    const equal = content.indexOf("=");
    if (colon < 0 && equal < 0) this.fail("No ':' or '=' found in assignment", line);
    const at = colon < 0 || (equal >= 0 && equal < colon) ? equal : colon;
    const keyFrom = lstripStart(content, 0, at);
    const key = content.slice(keyFrom, rstripEnd(content, keyFrom, at));
    if (key === "") this.fail("Key cannot be empty", line);
    const keyStart = line.start + keyFrom;
    // The line is stripped on the right already: the value runs to its end.
    const valueFrom = lstripStart(content, at + 1, content.length);
    const rawFirstValue = content.slice(valueFrom);
    const valueStart = line.start + valueFrom;
    const quotesRemoved = hasOuterQuotes(rawFirstValue);
    const first = quotesRemoved ? rawFirstValue.slice(1, -1) : rawFirstValue;
    const firstStart = quotesRemoved ? valueStart + 1 : valueStart;
    this.pending = {
      section: this.section,
      key,
      keySpan: { start: keyStart, end: keyStart + key.length },
      separator: content[at] === "=" ? "=" : ":",
      separatorOffset: line.start + at,
      rawFirstValue,
      // An empty value sits at the separator's end, not after trailing blanks.
      rawFirstSpan: rawFirstValue === "" ? { start: line.start + at + 1, end: line.start + at + 1 } : { start: valueStart, end: valueStart + rawFirstValue.length },
      quotesRemoved,
      pieces: [
        {
          text: first,
          span: rawFirstValue === "" ? { start: line.start + at + 1, end: line.start + at + 1 } : { start: firstStart, end: firstStart + first.length },
          line: line.number,
        },
      ],
      line: line.number,
    };
  }

  /**
   * Delivers the pending assignment (`ConfigParser.assignment`). Without a section oslo fails here,
   * naming the line being read when the flush happens; enginelint points at the key instead.
   */
  private flush(osloLine: number): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    if (!pending.section) {
      this.stop({ kind: "syntax", message: "Section must be started before assignment", osloLine, span: pending.keySpan });
    }
    const last = pending.pieces[pending.pieces.length - 1]!;
    const valueSpan = { start: pending.rawFirstSpan.start, end: Math.max(pending.rawFirstSpan.end, last.span.end) };
    const assignment: IniAssignment = {
      kind: "assignment",
      section: pending.section,
      key: pending.key,
      keySpan: pending.keySpan,
      separator: pending.separator,
      separatorOffset: pending.separatorOffset,
      rawFirstValue: pending.rawFirstValue,
      quotesRemoved: pending.quotesRemoved,
      pieces: pending.pieces,
      // Nearly every value is one line, which needs no joining.
      value: pending.pieces.length === 1 ? pending.pieces[0]!.text : pending.pieces.map((piece) => piece.text).join("\n"),
      valueSpan,
      span: { start: pending.keySpan.start, end: valueSpan.end },
      line: pending.line,
      endLine: last.line,
    };
    this.assignments.push(assignment);
  }

  /** An iniparser error on `line`, which enginelint marks from column 1 to the end of its content. */
  private fail(message: OsloParseMessage, line: Content, hint?: "indentedComment"): never {
    const span = { start: line.start, end: line.start + line.text.length };
    this.stop({ kind: "syntax", message, osloLine: line.number, span, ...(hint ? { hint } : {}) });
  }

  /** A byte order mark is kept by oslo.config as part of line 1, so it is the cause of whatever fails. */
  private stop(failure: Extract<OsloIniFailure, { kind: "syntax" }>): never {
    throw new ParseStop(this.text.charCodeAt(0) === 0xfeff ? { ...failure, hint: "bom" } : failure);
  }
}

/** `#` and `;` in column 1 make a comment line, wherever it stands (a value's continuation lines end before it). */
function isCommentMarker(code: number): boolean {
  return code === 0x23 /* # */ || code === 0x3b; /* ; */
}

/**
 * The document, its comments and `items` built on first read: no rule reads them (directives are read
 * only from a file that holds one), and a sample file is thousands of comment lines, which would
 * otherwise be objects living as long as the document.
 */
function documentOf(text: string, sections: IniSection[], assignments: IniAssignment[]): OsloIniDocument {
  let comments: IniComment[] | undefined;
  let items: OsloIniDocument["items"] | undefined;
  const allComments = (): IniComment[] => (comments ??= commentsOf(text));
  return {
    get items() {
      // Every item starts on a line of its own, so line order is file order (the sort is stable).
      return (items ??= [...sections, ...allComments(), ...assignments].sort((a, b) => a.line - b.line));
    },
    sections,
    get comments() {
      return allComments();
    },
    assignments,
  };
}

/** The comment lines of a text the reader accepted: whether a line is one depends on its first character alone. */
function commentsOf(text: string): IniComment[] {
  const comments: IniComment[] = [];
  forEachLine(text, (start, lineEnd, line) => {
    const first = text.charCodeAt(start);
    if (!isCommentMarker(first)) return;
    const end = rstripEnd(text, start, lineEnd);
    comments.push({ kind: "comment", marker: first === 0x23 ? "#" : ";", text: text.slice(start + 1, end), span: { start, end }, line });
  });
  return comments;
}

/** A non-empty value whose first and last characters are the same quote (`"` alone counts). */
function hasOuterQuotes(value: string): boolean {
  const first = value[0];
  return (first === '"' || first === "'") && value[value.length - 1] === first;
}
