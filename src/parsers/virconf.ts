/**
 * libvirt's virConf grammar (src/util/virconf.c), read exactly as libvirt reads qemu.conf: on bytes,
 * with no decoding, no escapes, first-error-stops, and libvirt's own line counter (LF only).
 * Spans are converted to UTF-16 offsets of the decoded text once, as nodes are made.
 */
import type { Span } from "../core/rule.js";
import { lineBreakFinder } from "../core/line-breaks.js";
import type { Source } from "../core/source.js";

export type QuoteForm = "'" | '"' | '"""';

export interface VirString extends Span {
  kind: "string";
  form: QuoteForm;
  /** The value as libvirt stores it (cut at the first NUL), decoded as UTF-8 for display. */
  value: string;
  containsNul: boolean;
}

export interface VirNumber extends Span {
  kind: "number";
  sign: "" | "+" | "-";
  digits: string;
  /** The exact value written. */
  value: bigint;
  /** libvirt's type: a `-` makes a signed value (VIR_CONF_LLONG), otherwise unsigned (VIR_CONF_ULLONG). */
  signed: boolean;
  /** The magnitude exceeds LLONG_MAX: 11.3.0 refuses it, 9.0.0 wraps it. */
  overflow: boolean;
  /** The 64 bits libvirt 9.0.0 stores (the value modulo 2^64, as unsigned). */
  bits: bigint;
}

export interface VirList extends Span {
  kind: "list";
  items: VirValue[];
  trailingComma: boolean;
}

export type VirValue = VirString | VirNumber | VirList;

export interface VirComment {
  kind: "comment";
  /** Text after `#`, up to the line end. */
  text: string;
  /** From `#` to the line end. */
  span: Span;
  /** True when the comment follows a value on the same statement. */
  trailing: boolean;
}

export interface VirEntry {
  kind: "entry";
  name: string;
  nameSpan: Span;
  value: VirValue;
  comment?: VirComment;
  /** From the name to the end of the value. */
  span: Span;
  /** libvirt's line of the name (1 + LF bytes before it). */
  libvirtLine: number;
}

export interface VirConfDocument {
  /** Statements in file order: key entries and standalone comments. */
  items: (VirEntry | VirComment)[];
  entries: VirEntry[];
  /** Every comment, standalone and trailing, in file order. */
  comments: VirComment[];
  /** The entry libvirt uses for each name: the first one (virConfGetValue). */
  effective: ReadonlyMap<string, VirEntry>;
}

/** libvirt's `<info>` texts for qemu.conf (flags 0). */
export type VirConfErrorInfo =
  | "expecting a name"
  | "expecting an assignment"
  | "expecting a value"
  | "expecting a separator"
  | "expecting a separator in list"
  | "list is not closed with ]"
  | "unterminated string"
  | "unterminated number"
  | "numeric overflow in conf value";

/** Facts about a parse error that explain it in plain words; the parse-error rule words them. */
export type ParseHint =
  | { id: "bom" }
  | { id: "crLineEnds" }
  | { id: "booleanWord" }
  | { id: "template" }
  | { id: "commentInList" }
  | { id: "unclosedList"; listLine: number }
  | { id: "notDecimal" }
  | { id: "backslash" }
  | { id: "twoSettings" }
  | { id: "blankFile" };

export type VirConfFailure =
  | {
      kind: "syntax";
      info: VirConfErrorInfo;
      /** UTF-16 offset where enginelint points (spec qemu-conf §3.7). */
      offset: number;
      byteOffset: number;
      libvirtLine: number;
      hint?: ParseHint;
    }
  | { kind: "too-large"; size: number }
  /** enginelint's own limit, MAX_LIST_DEPTH (libvirt has none and prints nothing: see there), at the `[` one level too deep. */
  | { kind: "too-deep"; offset: number; byteOffset: number; limit: number };

export interface VirConfOptions {
  /** libvirt ≥ 11.3.0 refuses numbers whose magnitude exceeds LLONG_MAX; 9.0.0 wraps them. */
  rejectOverflow: boolean;
}

export type VirConfResult = { ok: true; document: VirConfDocument } | { ok: false; failure: VirConfFailure };

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const EQUALS = 0x3d;
const SEMICOLON = 0x3b;
const COMMA = 0x2c;
const SQUOTE = 0x27;
const DQUOTE = 0x22;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const PLUS = 0x2b;
const MINUS = 0x2d;
const UNDERSCORE = 0x5f;
const BACKSLASH = 0x5c;

const LLONG_MAX = 9223372036854775807n;

/**
 * The deepest list nesting enginelint reads; a deeper list is a parse error. libvirt has no limit: its
 * reader recurses once per level and overflows an 8 MiB stack at about 174 000 levels (9.0.0: SIGSEGV,
 * the daemon dies). Far beyond any real file (no qemu.conf key takes a list of lists), the bound keeps
 * memory in check: a 10 MiB file of `[` would otherwise become five million nested lists (over 2 GB).
 */
export const MAX_LIST_DEPTH = 100_000;

const isBlank = (c: number): boolean => c === SPACE || c === TAB;
const isEol = (c: number): boolean => c === LF || c === CR;
const isAlpha = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isNameChar = (c: number): boolean => isAlpha(c) || isDigit(c) || c === UNDERSCORE;

// ignoreBOM: a value or comment that starts with U+FEFF keeps it; libvirt keeps every byte.
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** A list being read: its `[` and the elements so far. */
interface OpenList {
  start: number;
  items: VirValue[];
  trailingComma: boolean;
}

/** Where reading stops: one of libvirt's errors, or the list depth enginelint refuses to go beyond. */
const TOO_DEEP = "too deep";

class SyntaxError_ {
  constructor(
    readonly info: VirConfErrorInfo | typeof TOO_DEEP,
    readonly byteOffset: number,
  ) {}
}

export function parseVirConf(source: Source, options: VirConfOptions): VirConfResult {
  const parser = new Parser(source, options);
  try {
    return { ok: true, document: parser.parseFile() };
  } catch (error) {
    if (!(error instanceof SyntaxError_)) throw error;
    return { ok: false, failure: parser.failure(error) };
  }
}

/** Counts LF bytes before `offset`: libvirt's line counter (CR never counts). */
export function libvirtLineAt(bytes: Uint8Array, offset: number): number {
  return 1 + countLineFeeds(bytes, 0, offset);
}

/** The LF bytes in [from, to), found by the native search (a stock qemu.conf has a thousand lines). */
function countLineFeeds(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let at = bytes.indexOf(LF, from); at >= 0 && at < to; at = bytes.indexOf(LF, at + 1)) count++;
  return count;
}

class Parser {
  private readonly b: Uint8Array;
  private readonly end: number;
  private pos = 0;
  private readonly items: (VirEntry | VirComment)[] = [];
  private readonly comments: VirComment[] = [];
  /** Byte offsets of the `[` of lists being read, innermost last. */
  private readonly openLists: number[] = [];
  /** The statement-level value read last and its byte range, for explaining a following separator error. */
  private lastValue: VirValue | undefined;
  private lastValueByteStart = 0;
  private lastValueByteEnd = 0;
  /** libvirt's line at `lineAtOffset`, advanced forward so counting stays linear in the file size. */
  private lineAtOffset = 0;
  private lineCount = 1;
  /** Comments are most of a stock qemu.conf: their ends are found by the native search. */
  private readonly nextLineBreak: (from: number) => number;

  constructor(
    private readonly source: Source,
    private readonly options: VirConfOptions,
  ) {
    this.b = source.bytes;
    this.end = source.bytes.length;
    this.nextLineBreak = lineBreakFinder(source.bytes);
  }

  /** The current byte; the end of input reads as NUL, as in libvirt's NUL-terminated buffer. */
  private cur(at = this.pos): number {
    return at < this.end ? this.b[at]! : 0;
  }

  private span(startByte: number, endByte: number): Span {
    return { start: this.source.textOffset(startByte), end: this.source.textOffset(endByte) };
  }

  private skipBlank(): void {
    while (this.pos < this.end && isBlank(this.b[this.pos]!)) this.pos++;
  }

  private skipBlankEol(): void {
    while (this.pos < this.end && (isBlank(this.b[this.pos]!) || isEol(this.b[this.pos]!))) this.pos++;
  }

  parseFile(): VirConfDocument {
    while (this.pos < this.end) {
      this.parseStatement();
      this.parseSeparator();
    }
    const entries = this.items.filter((item): item is VirEntry => item.kind === "entry");
    const effective = new Map<string, VirEntry>();
    for (const entry of entries) if (!effective.has(entry.name)) effective.set(entry.name, entry);
    return { items: this.items, entries, comments: this.comments, effective };
  }

  private parseStatement(): void {
    this.skipBlankEol();
    if (this.cur() === HASH) {
      const comment = this.readComment(false);
      this.items.push(comment);
      return;
    }
    this.skipBlank();
    if (!isAlpha(this.cur())) throw new SyntaxError_("expecting a name", this.pos);
    const nameStart = this.pos;
    while (this.pos < this.end && isNameChar(this.b[this.pos]!)) this.pos++;
    const nameEnd = this.pos;
    this.skipBlank();
    if (this.cur() !== EQUALS) throw new SyntaxError_("expecting an assignment", this.pos);
    this.pos++;
    this.skipBlank();
    const valueByteStart = this.pos;
    const value = this.parseValue();
    this.lastValue = value;
    this.lastValueByteStart = valueByteStart;
    this.lastValueByteEnd = this.pos;
    this.skipBlank();
    const comment = this.cur() === HASH ? this.readComment(true) : undefined;
    const entry: VirEntry = {
      kind: "entry",
      name: latin1(this.b, nameStart, nameEnd),
      nameSpan: this.span(nameStart, nameEnd),
      value,
      span: { start: this.source.textOffset(nameStart), end: value.end },
      libvirtLine: this.libvirtLine(nameStart),
    };
    if (comment) entry.comment = comment;
    this.items.push(entry);
  }

  private libvirtLine(offset: number): number {
    if (offset < this.lineAtOffset) return libvirtLineAt(this.b, offset);
    this.lineCount += countLineFeeds(this.b, this.lineAtOffset, offset);
    this.lineAtOffset = offset;
    return this.lineCount;
  }

  private readComment(trailing: boolean): VirComment {
    const start = this.pos;
    const lineEnd = this.nextLineBreak(start + 1);
    this.pos = lineEnd < 0 ? this.end : lineEnd;
    const span = this.span(start, this.pos);
    // The source decoded the bytes as this decoder would, and a comment starts and ends at ASCII
    // bytes, so its text is a slice of the source's text: no second decoding.
    const comment: VirComment = { kind: "comment", text: this.source.text.slice(span.start + 1, span.end), span, trailing };
    this.comments.push(comment);
    return comment;
  }

  private parseSeparator(): void {
    this.skipBlank();
    if (this.pos >= this.end) return;
    const c = this.b[this.pos]!;
    if (isEol(c)) this.skipBlankEol();
    else if (c === SEMICOLON) {
      this.pos++;
      this.skipBlankEol();
    } else throw new SyntaxError_("expecting a separator", this.pos);
  }

  /**
   * A value. Lists are read with an explicit stack, not by recursion: libvirt recurses in C and reads
   * lists nested far deeper (about 174 000 levels with an 8 MiB stack) than the JavaScript stack allows.
   */
  private parseValue(): VirValue {
    const lists: OpenList[] = [];
    for (;;) {
      this.skipBlank();
      if (this.pos >= this.end) throw new SyntaxError_("expecting a value", this.pos);
      let value: VirValue;
      if (this.b[this.pos] === LBRACKET) {
        lists.push(this.openList());
        if (this.pos < this.end && this.b[this.pos] !== RBRACKET) continue; // its first element
        value = this.closeList(lists.pop()!);
      } else value = this.parseScalar();
      // Hand the value to the innermost open list, and close every list that ends after it.
      for (;;) {
        const list = lists[lists.length - 1];
        if (!list) return value;
        list.items.push(value);
        this.skipBlankEol();
        if (this.pos < this.end && this.b[this.pos] !== RBRACKET) {
          if (this.b[this.pos] !== COMMA) throw new SyntaxError_("expecting a separator in list", this.pos);
          this.pos++;
          this.skipBlankEol();
          if (this.cur() !== RBRACKET) break; // the next element
          list.trailingComma = true;
        }
        lists.pop();
        value = this.closeList(list);
      }
    }
  }

  private parseScalar(): VirValue {
    const c = this.b[this.pos]!;
    if (c === SQUOTE || c === DQUOTE) {
      const triple =
        c === DQUOTE && this.pos + 6 < this.end && this.cur(this.pos + 1) === DQUOTE && this.cur(this.pos + 2) === DQUOTE;
      return triple ? this.parseTripleString() : this.parseQuotedString(c);
    }
    if (isDigit(c) || c === PLUS || c === MINUS) return this.parseNumber();
    throw new SyntaxError_("expecting a value", this.pos);
  }

  private parseQuotedString(quote: number): VirString {
    const start = this.pos;
    this.pos++;
    const contentStart = this.pos;
    while (this.pos < this.end && this.b[this.pos] !== quote && !isEol(this.b[this.pos]!)) this.pos++;
    if (this.cur() !== quote) throw new SyntaxError_("unterminated string", this.pos);
    const contentEnd = this.pos;
    this.pos++;
    return this.stringNode(start, this.pos, contentStart, contentEnd, quote === SQUOTE ? "'" : '"');
  }

  private parseTripleString(): VirString {
    const start = this.pos;
    this.pos += 3;
    const contentStart = this.pos;
    while (this.pos + 2 < this.end && !this.tripleQuoteAt(this.pos)) this.pos++;
    if (!this.tripleQuoteAt(this.pos)) throw new SyntaxError_("unterminated string", this.pos);
    const contentEnd = this.pos;
    this.pos += 3;
    return this.stringNode(start, this.pos, contentStart, contentEnd, '"""');
  }

  private tripleQuoteAt(at: number): boolean {
    return this.cur(at) === DQUOTE && this.cur(at + 1) === DQUOTE && this.cur(at + 2) === DQUOTE;
  }

  private stringNode(start: number, end: number, contentStart: number, contentEnd: number, form: QuoteForm): VirString {
    const content = this.b.subarray(contentStart, contentEnd);
    const nul = content.indexOf(0);
    return {
      kind: "string",
      form,
      value: utf8.decode(nul >= 0 ? content.subarray(0, nul) : content),
      containsNul: nul >= 0,
      ...this.span(start, end),
    };
  }

  private parseNumber(): VirNumber {
    const start = this.pos;
    const first = this.b[this.pos]!;
    const sign = first === MINUS ? "-" : first === PLUS ? "+" : "";
    if (sign) this.pos++;
    if (!isDigit(this.cur())) throw new SyntaxError_("unterminated number", this.pos);
    const digitsStart = this.pos;
    while (this.pos < this.end && isDigit(this.b[this.pos]!)) this.pos++;
    const digits = latin1(this.b, digitsStart, this.pos);
    const magnitude = BigInt(digits);
    const overflow = magnitude > LLONG_MAX;
    if (overflow && this.options.rejectOverflow) throw new SyntaxError_("numeric overflow in conf value", start);
    const value = sign === "-" ? -magnitude : magnitude;
    return {
      kind: "number",
      sign,
      digits,
      value,
      signed: sign === "-",
      overflow,
      bits: BigInt.asUintN(64, value),
      ...this.span(start, this.pos),
    };
  }

  private openList(): OpenList {
    const start = this.pos;
    if (this.openLists.length >= MAX_LIST_DEPTH) throw new SyntaxError_(TOO_DEEP, start);
    this.openLists.push(start);
    this.pos++;
    this.skipBlankEol();
    return { start, items: [], trailingComma: false };
  }

  private closeList(list: OpenList): VirList {
    if (this.cur() !== RBRACKET) throw new SyntaxError_("list is not closed with ]", this.pos);
    this.pos++;
    this.openLists.pop();
    return { kind: "list", items: list.items, trailingComma: list.trailingComma, ...this.span(list.start, this.pos) };
  }

  failure({ info, byteOffset }: SyntaxError_): VirConfFailure {
    const offset = this.source.textOffset(byteOffset);
    if (info === TOO_DEEP) return { kind: "too-deep", offset, byteOffset, limit: MAX_LIST_DEPTH };
    const hint = this.hintFor(info, byteOffset);
    return { kind: "syntax", info, offset, byteOffset, libvirtLine: libvirtLineAt(this.b, byteOffset), ...(hint ? { hint } : {}) };
  }

  /** The one plain-words explanation that fits the error (spec qemu-conf §10.3, parse-error hints). */
  private hintFor(info: VirConfErrorInfo, at: number): ParseHint | undefined {
    const b = this.b;
    if (at === 0 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { id: "bom" };
    if (info === "expecting a name" && at === this.end && b.every((c) => isBlank(c) || isEol(c))) return { id: "blankFile" };
    const inList = this.openLists.length > 0;
    if (inList && this.cur(at) === HASH && (info === "expecting a value" || info === "expecting a separator in list")) {
      return { id: "commentInList" };
    }
    if (info === "expecting a value") {
      const word = latin1(b, at, Math.min(this.end, at + 6)).toLowerCase();
      const match = /^(true|false|yes|no|on|off)(?![a-z0-9_])/.exec(word);
      if (match) return { id: "booleanWord" };
      if (/^(\{\{|\{%|<%)/.test(word)) return { id: "template" };
    }
    if (info === "expecting a separator in list") {
      const listStart = this.openLists[this.openLists.length - 1]!;
      const listLine = libvirtLineAt(b, listStart);
      if (listLine < libvirtLineAt(b, at)) return { id: "unclosedList", listLine };
    }
    if (info === "expecting a separator") {
      const c = this.cur(at);
      const value = this.lastValue;
      // Only a byte glued to the digits continues the number as written (`0x10`, `2.5`, `1e3`); after a
      // blank it is a new token (`a = 1 e = 2` is two settings).
      const gluedToNumber = value?.kind === "number" && at === this.lastValueByteEnd;
      if (gluedToNumber && [0x78, 0x58, 0x2e, 0x65, 0x45, UNDERSCORE].includes(c)) return { id: "notDecimal" };
      if (value?.kind === "string" && b.subarray(this.lastValueByteStart, at).includes(BACKSLASH)) return { id: "backslash" };
      if (/^[A-Za-z][A-Za-z0-9_]*[ \t]*=/.test(latin1(b, at, Math.min(this.end, at + 128)))) return { id: "twoSettings" };
    }
    if (this.hasLoneCrBefore(at)) return { id: "crLineEnds" };
    return undefined;
  }

  private hasLoneCrBefore(at: number): boolean {
    let lone = false;
    for (let i = 0; i < at && i < this.end; i++) {
      if (this.b[i] === LF) return false;
      if (this.b[i] === CR && this.b[i + 1] !== LF) lone = true;
    }
    return lone;
  }
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let s = "";
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/**
 * Every value inside `value` (itself first), depth first in file order, without recursion: libvirt
 * reads lists nested far deeper than a JavaScript call stack allows.
 */
export function* walkValue(value: VirValue): Generator<VirValue> {
  const pending: VirValue[] = [value];
  while (pending.length > 0) {
    const next = pending.pop()!;
    yield next;
    if (next.kind === "list") for (let i = next.items.length - 1; i >= 0; i--) pending.push(next.items[i]!);
  }
}
