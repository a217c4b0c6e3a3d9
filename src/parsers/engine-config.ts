/**
 * The reader of engine-config dumps (spec engine-config §3): the saved stdout of `engine-config -a`,
 * `-g`, `-l` or `-d`, often copied from a terminal or a document. It turns every line into a record,
 * a list entry, a decrypt failure, an unreadable record, a noise line or an unattributed line, keeps
 * exact spans, and never fails on text: the only failure is a binary file.
 *
 * The patterns are those of spec §3.2. JavaScript's `.` stops at CR, U+2028 and U+2029, which can sit
 * inside a line (a stray CR, a value holding U+2028); the patterns run with the `s` flag so that `.`
 * means "any character of the line", as the spec's line-based reading intends. LENIENT and NOCOLON
 * are matched by hand (equivalent, tested against the regular expressions) because their regular
 * expressions backtrack quadratically on long runs of blanks; STRICT, because nine lines in ten of a
 * dump are read by it and a regular expression with group positions (the `d` flag) costs far more
 * than two string searches.
 *
 * Most patterns have a pre-check (`mayMatch`): a test of a fixed character or text the pattern needs,
 * false only for lines the pattern cannot match (tested against the regular expressions), so the
 * first pattern that matches a line is the same; it spares a line the regular expressions that
 * cannot take it.
 */
import type { Span } from "../core/rule.js";
import type { Source } from "../core/source.js";
import type {
  Deviation,
  EcNoise,
  EcRecord,
  EcUnreadable,
  EngineConfigDocument,
  EngineConfigFailure,
  EngineConfigMeta,
  EngineConfigReaderOptions,
  NoiseKind,
  ToolErrorKind,
} from "./engine-config-types.js";

export type EngineConfigResult = { ok: true; document: EngineConfigDocument } | { ok: false; failure: EngineConfigFailure };

/** One line after splitting: its text without the line end, and where it sits in `Source.text`. */
interface Line {
  text: string;
  start: number;
  /** 1-based. */
  number: number;
}

const KEY = "[A-Za-z0-9_]+";
const VER = "(?:general|[0-9]+(?:\\.[0-9]+)*)";

/** A pattern of spec §3.2 and its pre-check: `mayMatch` is false only for lines `regex` cannot match. */
export interface Pattern {
  regex: RegExp;
  mayMatch(text: string): boolean;
}

const always = (): boolean => true;
/** The pre-check of a pattern that starts with one of `firsts` (an empty line may match anything). */
const startsWithOneOf = (firsts: string) => (text: string) => firsts.includes(text.charAt(0));
const VERSION_MARKER = " version: ";

const BLANK: Pattern = { regex: /^[ \t]*$/, mayMatch: (text) => text === "" || isBlank(text[0]) };
const LIST: Pattern = { regex: new RegExp(`^(${KEY}): (.*) \\(Value Type: ([A-Za-z]+)\\)$`, "sd"), mayMatch: (text) => text.endsWith(")") };
const DECRYPT: Pattern = { regex: new RegExp(`^(${KEY}): Failed to decrypt the current value\\.[ \\t]*$`, "sd"), mayMatch: always };
const DIFF_NAME: Pattern = { regex: new RegExp(`^Name: (${KEY})$`, "sd"), mayMatch: (text) => text.startsWith("Name: ") };
const DIFF_VERSION: Pattern = { regex: new RegExp(`^Version: (${VER})$`, "sd"), mayMatch: always };
const DIFF_CURRENT: Pattern = { regex: /^Current: (.*)$/ds, mayMatch: always };
const DIFF_DEFAULT: Pattern = { regex: /^Default: (.*)$/ds, mayMatch: always };
const E: Pattern = { regex: new RegExp(`^(.*) version: (${VER})[ \\t]*$`, "sd"), mayMatch: (text) => text.includes(VERSION_MARKER) };
/** START of spec §3.2 (`^[ \t]*(KEY)[ \t]*:(.*)$`) with the blanks captured, for the deviations of multi-line records. */
const START: Pattern = { regex: new RegExp(`^([ \\t]*)(${KEY})([ \\t]*):(.*)$`, "sd"), mayMatch: always };
const STRICT_START: Pattern = { regex: new RegExp(`^(${KEY}):( .*)?$`, "s"), mayMatch: always };
/** A version and nothing after it, from where `lastIndex` puts it: the tail of STRICT. */
const VER_TO_END = new RegExp(`${VER}$`, "y");
/**
 * Glued records (§3.3 step 4): a `name: ` inside a value; the name may be the tail of a longer run.
 * A match starts only where a run starts (the lookbehind): it matches the same runs, but a long run
 * not followed by `: ` is scanned once instead of once from each of its characters (quadratic: a
 * 32 KiB word took seconds, a 1 MiB one hours).
 */
const GLUED_NAME = /(?<![A-Za-z0-9_])[A-Za-z0-9_]+(?=: )/g;
/** No catalogue key is longer (the longest 4.5.7 key has 50 characters); bounds the glued-name search. */
const MAX_KEY_LENGTH = 128;
/** `4.5.7-1.el9` → `4.5.7`; `4.3.11.4-0.1.el7` → `4.3.11.4` (spec §3.6). */
const PRODUCT_VERSION = /^[0-9]+(?:\.[0-9]+)*/;
const PRODUCT_KEY = "ProductRPMVersion";
/** Distinct keys from which a dump without ProductRPMVersion counts as an `-a` dump (spec §3.5). */
const ALL_DUMP_KEYS = 100;

interface NoisePattern extends Pattern {
  kind: NoiseKind;
  toolError?: ToolErrorKind;
}

/** The noise patterns of spec §3.2, in its order; a key and a version are named groups. */
const NOISE: readonly NoisePattern[] = [
  { kind: "prompt", regex: /^\[[^\]]*\][#$] /s, mayMatch: startsWithOneOf("[") },
  {
    kind: "jvm",
    regex: /^(?:Picked up (?:JAVA_TOOL_OPTIONS|_JAVA_OPTIONS|JDK_JAVA_OPTIONS):|OpenJDK .*VM warning:|WARNING: |SLF4J: )/s,
    mayMatch: startsWithOneOf("POWS"),
  },
  { kind: "pager", regex: /^(?:-- ?More ?--.*|--More--.*|\(END\))$/s, mayMatch: startsWithOneOf("-(") },
  { kind: "setPrompt", regex: /^Please select a version:$/s, mayMatch: startsWithOneOf("P") },
  { kind: "setPrompt", regex: new RegExp(`^[0-9]+\\. ${VER}$`, "s"), mayMatch: startsWithOneOf("0123456789") },
  {
    kind: "toolError",
    toolError: "noDefaultRow",
    regex: new RegExp(`^Error fetching (?<key>${KEY}) value: no such entry with default version\\.$`, "s"),
    mayMatch: startsWithOneOf("E"),
  },
  {
    kind: "toolError",
    toolError: "noVersionRow",
    regex: new RegExp(`^Error fetching (?<key>${KEY}) value: no such entry with version '(?<version>[^']*)'\\.$`, "s"),
    mayMatch: startsWithOneOf("E"),
  },
  {
    kind: "toolError",
    toolError: "cannotSet",
    regex: new RegExp(`^Cannot set value .* to key (?<key>${KEY})\\..*$`, "s"),
    mayMatch: startsWithOneOf("C"),
  },
  {
    kind: "toolError",
    toolError: "settingNoVersion",
    regex: new RegExp(`^Error setting (?<key>${KEY})'s value\\. No such entry with version (?<version>\\S+)\\.$`, "s"),
    mayMatch: startsWithOneOf("E"),
  },
  {
    kind: "toolError",
    toolError: "deprecatedKey",
    regex: new RegExp(`^Configuration key (?<key>${KEY}) is deprecated, thus cannot get its value\\.$`, "s"),
    mayMatch: startsWithOneOf("C"),
  },
  { kind: "toolError", toolError: "databaseUnreachable", regex: /^Connection to the Database failed\..*$/s, mayMatch: startsWithOneOf("C") },
  { kind: "toolError", toolError: "missingFromProperties", regex: /^null$/s, mayMatch: startsWithOneOf("n") },
  { kind: "toolError", toolError: "missingFromProperties", regex: /^Cannot invoke ".*" because ".*" is null$/s, mayMatch: startsWithOneOf("C") },
  { kind: "toolError", toolError: "mergeUnchanged", regex: /^Merge operation cancelled as value is unchanged\.$/s, mayMatch: startsWithOneOf("M") },
];

/** Every pattern with a pre-check, for the test that the pre-checks never turn away a line the pattern matches. */
export const PRE_CHECKED_PATTERNS: readonly Pattern[] = [BLANK, LIST, DIFF_NAME, E, ...NOISE];

function isBlank(ch: string | undefined): boolean {
  return ch === " " || ch === "\t";
}

/**
 * `[A-Za-z0-9_]`, by UTF-16 code. Callers stop at the end of the text themselves: the NaN of
 * `charCodeAt` past it would undo the optimised code made for small integers.
 */
function isKeyCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** Start and end (UTF-16, within the line) of each capture group; undefined for a group that did not take part. */
type Groups = readonly (readonly [number, number] | undefined)[];

function groupsOf(match: RegExpExecArray): Groups {
  return match.indices ?? [];
}

function test(pattern: Pattern, text: string): boolean {
  return pattern.mayMatch(text) && pattern.regex.test(text);
}

/** Matches of a pattern with the `d` flag, as the group positions the reader works with. */
function exec(pattern: Pattern, text: string): Groups | undefined {
  if (!pattern.mayMatch(text)) return undefined;
  const match = pattern.regex.exec(text);
  return match ? groupsOf(match) : undefined;
}

const TAIL_BLANKS_VER = new RegExp(`([ \\t]*)(${VER})([ \\t]*)$`, "dy");
const TAIL_VER = new RegExp(`(${VER})[ \\t]*$`, "dy");

/** A sticky match of `pattern` starting exactly at `at`; group positions are within the whole line. */
function execAt(pattern: RegExp, text: string, at: number): Groups | undefined {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match ? groupsOf(match) : undefined;
}

/** Leading blanks and a key: the head of LENIENT and NOCOLON, which never backtracks. */
function keyHead(text: string): { keyStart: number; keyEnd: number } | undefined {
  let i = 0;
  while (isBlank(text[i])) i++;
  let j = i;
  while (j < text.length && isKeyCode(text.charCodeAt(j))) j++;
  return j > i ? { keyStart: i, keyEnd: j } : undefined;
}

/**
 * STRICT: `^(KEY): (.*) version: (VER)$`. The key is the whole run before the colon; the greedy value
 * makes the rightmost ` version: ` followed by a version up to the end of the line win.
 */
export function matchStrict(text: string): Groups | undefined {
  let keyEnd = 0;
  while (keyEnd < text.length && isKeyCode(text.charCodeAt(keyEnd))) keyEnd++;
  if (keyEnd === 0 || !text.startsWith(": ", keyEnd)) return undefined;
  const valueStart = keyEnd + 2;
  for (let at = text.lastIndexOf(VERSION_MARKER); at >= valueStart; at = text.lastIndexOf(VERSION_MARKER, at - 1)) {
    const versionStart = at + VERSION_MARKER.length;
    VER_TO_END.lastIndex = versionStart;
    if (VER_TO_END.test(text)) return [[0, text.length], [0, keyEnd], [valueStart, at], [versionStart, text.length]];
  }
  return undefined;
}

/**
 * LENIENT: `^([ \t]*)(KEY)([ \t]*):([ \t]?)(.*?)([ \t]*)version:([ \t]*)(VER)([ \t]*)$`. The lazy
 * value makes the leftmost `version:` with a valid tail win; the value ends where the blanks before
 * that `version:` begin.
 */
export function matchLenient(text: string): Groups | undefined {
  const head = keyHead(text);
  if (!head) return undefined;
  let colon = head.keyEnd;
  while (isBlank(text[colon])) colon++;
  if (text[colon] !== ":") return undefined;
  const valueStart = isBlank(text[colon + 1]) ? colon + 2 : colon + 1;
  for (let at = text.indexOf("version:", valueStart); at >= 0; at = text.indexOf("version:", at + 1)) {
    const tail = execAt(TAIL_BLANKS_VER, text, at + "version:".length);
    if (!tail) continue;
    let valueEnd = at;
    while (valueEnd > valueStart && isBlank(text[valueEnd - 1])) valueEnd--;
    return [
      [0, text.length],
      [0, head.keyStart],
      [head.keyStart, head.keyEnd],
      [head.keyEnd, colon],
      [colon + 1, valueStart],
      [valueStart, valueEnd],
      [valueEnd, at],
      tail[1],
      tail[2],
      tail[3],
    ];
  }
  return undefined;
}

/**
 * NOCOLON: `^[ \t]*(KEY)[ \t]+(.*) version: (VER)[ \t]*$`. The greedy value makes the rightmost
 * ` version: ` with a valid tail win; it starts after all blanks that follow the key, unless that
 * ` version: ` begins inside them.
 */
export function matchNoColon(text: string): Groups | undefined {
  const head = keyHead(text);
  if (!head || !isBlank(text[head.keyEnd])) return undefined;
  let afterBlanks = head.keyEnd;
  while (isBlank(text[afterBlanks])) afterBlanks++;
  for (let at = text.lastIndexOf(VERSION_MARKER); at > head.keyEnd; at = text.lastIndexOf(VERSION_MARKER, at - 1)) {
    const tail = execAt(TAIL_VER, text, at + VERSION_MARKER.length);
    if (!tail) continue;
    const valueStart = Math.min(afterBlanks, at);
    return [[0, text.length], [head.keyStart, head.keyEnd], [valueStart, at], tail[1]];
  }
  return undefined;
}

/**
 * Splits on LF and removes one trailing CR from each line, or splits on CR when the file has CR but
 * no LF (spec §3.1).
 */
function splitLines(text: string, from: number): { lines: Line[]; meta: Pick<EngineConfigMeta, "lineEnds" | "finalLineEnd"> } {
  const separator = text.includes("\n", from) ? "\n" : text.includes("\r", from) ? "\r" : undefined;
  // Only an LF-split file can keep a CR inside a line (none is left in a CR-split one).
  const crInLines = separator === "\n" && text.includes("\r", from);
  const lines: Line[] = [];
  const ends = { crlf: 0, lf: 0, loneCr: 0 };
  let start = from;
  while (start < text.length) {
    const at = separator ? text.indexOf(separator, start) : -1;
    const end = at < 0 ? text.length : at;
    // In an LF-split file a CR before the line end goes.
    const cr = crInLines && end > start && text.charCodeAt(end - 1) === 13;
    const lineText = text.slice(start, cr ? end - 1 : end);
    if (separator === "\n" && at >= 0) cr ? ends.crlf++ : ends.lf++;
    if (crInLines) ends.loneCr += countOf(lineText, "\r");
    lines.push({ text: lineText, start, number: lines.length + 1 });
    if (at < 0) break;
    start = at + 1;
  }
  const finalLineEnd = text.length === from || (separator !== undefined && text.endsWith(separator));
  return { lines, meta: { lineEnds: separator === "\r" ? "cr" : lineEndStyle(ends), finalLineEnd } };
}

function countOf(text: string, part: string): number {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) count++;
  return count;
}

/** The style of an LF-split file; a CR inside a line counts as a third style. */
function lineEndStyle(ends: { crlf: number; lf: number; loneCr: number }): EngineConfigMeta["lineEnds"] {
  const styles = [ends.crlf, ends.lf, ends.loneCr].filter((count) => count > 0).length;
  if (styles > 1) return "mixed";
  return ends.crlf > 0 ? "crlf" : ends.lf > 0 ? "lf" : "none";
}

/** The deviations of a record without whitespace damage, shared by all of them. */
const NO_DEVIATIONS: readonly Deviation[] = [];

/** A multi-line record opened by START (spec §3.3 step 2i), waiting for its ` version: X` line. */
interface Pending {
  key: string;
  keySpan: Span;
  first: Line;
  /** The first line's text after the colon, minus one leading space. */
  firstValue: string;
  valueStart: number;
  deviations: Deviation[];
  appended: Line[];
}

/** What the reader collects while walking the lines. */
type Collected = Pick<EngineConfigDocument, "records" | "decryptFailures" | "unreadable" | "noise" | "unattributed" | "listEntries">;

class Reader {
  readonly out: Collected = { records: [], decryptFailures: [], unreadable: [], noise: [], unattributed: [], listEntries: [] };
  private pending: Pending | undefined;

  constructor(
    private readonly lines: readonly Line[],
    private readonly isCatalogueKey: (name: string) => boolean,
    private readonly sharedKey: (name: string) => string,
    /** The last line has no line end: whatever it belongs to was cut (spec §3.3 step 3). */
    private readonly cutAtEnd: boolean,
  ) {}

  read(): Collected {
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      if (this.pending && this.continuePending(this.pending, line)) continue;
      i += this.readLine(i);
    }
    if (this.pending) this.closePending(this.pending);
    return this.out;
  }

  /** Step 1: true when the pending record took the line; otherwise it is closed and the line is read afresh. */
  private continuePending(pending: Pending, line: Line): boolean {
    const text = line.text;
    if (matchStrict(text) || matchLenient(text) || test(DECRYPT, text) || test(LIST, text)) {
      this.closePending(pending);
      return false;
    }
    const end = exec(E, text);
    if (end) {
      this.pending = undefined;
      this.completePending(pending, line, end);
      return true;
    }
    if (test(STRICT_START, text) || noiseOf(text)) {
      this.closePending(pending);
      return false;
    }
    pending.appended.push(line);
    return true;
  }

  private completePending(pending: Pending, last: Line, end: Groups): void {
    const [lastValue, version] = [end[1]!, end[2]!];
    this.addRecord({
      key: pending.key,
      keySpan: pending.keySpan,
      value: [pending.firstValue, ...pending.appended.map((line) => line.text), last.text.slice(lastValue[0], lastValue[1])].join("\n"),
      valueSpan: { start: pending.valueStart, end: last.start + lastValue[1] },
      version: versionAt(last, version),
      versionSpan: spanOf(last, version),
      form: "multiline",
      deviations: pending.deviations,
      span: { start: pending.first.start, end: last.start + last.text.length },
      line: pending.first.number,
      endLine: last.number,
    });
  }

  /** Spec §3.4: a record that never found its version. */
  private closePending(pending: Pending): void {
    this.pending = undefined;
    const last = pending.appended.at(-1) ?? pending.first;
    this.addUnreadable({
      kind: pending.first.text.includes("version:") ? "badVersion" : "missingVersion",
      key: pending.key,
      keySpan: pending.keySpan,
      span: { start: pending.first.start, end: last.start + last.text.length },
      line: pending.first.number,
      endLine: last.number,
    });
  }

  /** Step 2 for line `i`; returns how many following lines it consumed (a DIFF block takes three). */
  private readLine(i: number): number {
    const line = this.lines[i]!;
    const text = line.text;
    if (test(BLANK, text)) return 0;
    const list = exec(LIST, text);
    if (list) {
      this.addListEntry(line, list);
      return 0;
    }
    if (this.readDiff(i)) return 3;
    const strict = matchStrict(text);
    if (strict) {
      this.addRecord(singleLineRecord(line, this.keyAt(line, strict[1]!), strict[1]!, strict[2]!, strict[3]!, "strict", NO_DEVIATIONS));
      return 0;
    }
    const lenient = matchLenient(text);
    if (lenient) {
      this.addRecord(singleLineRecord(line, this.keyAt(line, lenient[2]!), lenient[2]!, lenient[5]!, lenient[8]!, "lenient", deviationsOf(text, lenient)));
      return 0;
    }
    const decrypt = exec(DECRYPT, text);
    if (decrypt) {
      this.out.decryptFailures.push({ key: sliceOf(line, decrypt[1]!), keySpan: spanOf(line, decrypt[1]!), span: lineSpan(line), line: line.number });
      return 0;
    }
    const noise = noiseOf(text);
    if (noise) {
      this.out.noise.push({ ...noise, text, span: lineSpan(line), line: line.number });
      return 0;
    }
    const noColon = matchNoColon(text);
    if (noColon && this.isCatalogueKey(sliceOf(line, noColon[1]!))) {
      this.addUnreadable({ kind: "missingColon", key: sliceOf(line, noColon[1]!), keySpan: spanOf(line, noColon[1]!), span: lineSpan(line), line: line.number, endLine: line.number });
      return 0;
    }
    const start = exec(START, text);
    if (start) {
      this.pending = openPending(line, this.keyAt(line, start[2]!), start);
      return 0;
    }
    this.out.unattributed.push({ text, span: lineSpan(line), line: line.number });
    return 0;
  }

  /** Step 2c: `Name:`, `Version:`, `Current:`, `Default:` on this line and the next three. */
  private readDiff(i: number): boolean {
    if (!DIFF_NAME.mayMatch(this.lines[i]!.text)) return false;
    const [nameLine, versionLine, currentLine, defaultLine] = [this.lines[i], this.lines[i + 1], this.lines[i + 2], this.lines[i + 3]];
    if (!nameLine || !versionLine || !currentLine || !defaultLine) return false;
    const name = exec(DIFF_NAME, nameLine.text);
    const version = name && exec(DIFF_VERSION, versionLine.text);
    const current = version && exec(DIFF_CURRENT, currentLine.text);
    const printedDefault = current && exec(DIFF_DEFAULT, defaultLine.text);
    if (!name || !version || !current || !printedDefault) return false;
    this.out.records.push({
      key: this.keyAt(nameLine, name[1]!),
      keySpan: spanOf(nameLine, name[1]!),
      value: sliceOf(currentLine, current[1]!),
      valueSpan: spanOf(currentLine, current[1]!),
      version: versionAt(versionLine, version[1]!),
      versionSpan: spanOf(versionLine, version[1]!),
      form: "diff",
      deviations: NO_DEVIATIONS,
      printedDefault: sliceOf(defaultLine, printedDefault[1]!),
      span: { start: nameLine.start, end: defaultLine.start + defaultLine.text.length },
      line: nameLine.number,
      endLine: defaultLine.number,
    });
    return true;
  }

  /** The key a record names at `at`. */
  private keyAt(line: Line, at: readonly [number, number]): string {
    return this.sharedKey(sliceOf(line, at));
  }

  private addListEntry(line: Line, list: Groups): void {
    this.out.listEntries.push({
      key: sliceOf(line, list[1]!),
      keySpan: spanOf(line, list[1]!),
      description: sliceOf(line, list[2]!),
      type: sliceOf(line, list[3]!),
      span: lineSpan(line),
      line: line.number,
    });
  }

  /** Step 4: a record whose value holds another catalogue key's `name: ` is two captures glued together. */
  private addRecord(record: EcRecord): void {
    const glued = gluedNames(record.value, this.isCatalogueKey);
    if (glued.length === 0) {
      this.out.records.push(record);
      return;
    }
    this.addUnreadable({
      kind: "glued",
      key: record.key,
      keySpan: record.keySpan,
      gluedKeys: [...(this.isCatalogueKey(record.key) ? [record.key] : []), ...glued],
      span: record.span,
      line: record.line,
      endLine: record.endLine,
    });
  }

  private addUnreadable(unreadable: Omit<EcUnreadable, "truncated">): void {
    const truncated = this.cutAtEnd && unreadable.endLine === this.lines.length;
    this.out.unreadable.push({ ...unreadable, truncated });
  }
}

function spanOf(line: Line, group: readonly [number, number]): Span {
  return { start: line.start + group[0], end: line.start + group[1] };
}

function sliceOf(line: Line, group: readonly [number, number]): string {
  return line.text.slice(group[0], group[1]);
}

/**
 * A record's version; every `general` one is the same string, so that the rules' lookups of
 * `"general"` rows find it by identity instead of comparing text.
 */
function versionAt(line: Line, at: readonly [number, number]): string {
  const version = sliceOf(line, at);
  return version === "general" ? "general" : version;
}

function lineSpan(line: Line): Span {
  return { start: line.start, end: line.start + line.text.length };
}

function singleLineRecord(
  line: Line,
  key: string,
  keyAt: readonly [number, number],
  value: readonly [number, number],
  version: readonly [number, number],
  form: "strict" | "lenient",
  deviations: readonly Deviation[],
): EcRecord {
  return {
    key,
    keySpan: spanOf(line, keyAt),
    value: sliceOf(line, value),
    valueSpan: spanOf(line, value),
    version: versionAt(line, version),
    versionSpan: spanOf(line, version),
    form,
    deviations,
    span: lineSpan(line),
    line: line.number,
    endLine: line.number,
  };
}

/** Step 2e: LENIENT's whitespace damage, in the spec's order. */
function deviationsOf(text: string, lenient: Groups): Deviation[] {
  const group = (n: number): string => {
    const at = lenient[n];
    return at ? text.slice(at[0], at[1]) : "";
  };
  const deviations: Deviation[] = [];
  if (group(1) !== "") deviations.push("leadingWhitespace");
  if (group(3) !== "") deviations.push("spaceBeforeColon");
  if (group(4) !== " ") deviations.push("colonSpacing");
  if (group(6) !== " " || group(7) !== " ") deviations.push("versionSpacing");
  if (group(9) !== "") deviations.push("trailingWhitespace");
  return deviations;
}

function openPending(line: Line, key: string, start: Groups): Pending {
  const [leading, keyAt, beforeColon, rest] = [start[1]!, start[2]!, start[3]!, start[4]!];
  const afterColon = sliceOf(line, rest);
  const skip = afterColon.startsWith(" ") ? 1 : 0;
  const deviations: Deviation[] = [];
  if (leading[1] > leading[0]) deviations.push("leadingWhitespace");
  if (beforeColon[1] > beforeColon[0]) deviations.push("spaceBeforeColon");
  return {
    key,
    keySpan: spanOf(line, keyAt),
    first: line,
    firstValue: afterColon.slice(skip),
    valueStart: line.start + rest[0] + skip,
    deviations,
    appended: [],
  };
}

/** The first noise pattern a line matches, with the key and version a tool error names. */
function noiseOf(text: string): Pick<EcNoise, "kind" | "toolError" | "key" | "version"> | undefined {
  for (const { kind, regex, mayMatch, toolError } of NOISE) {
    if (!mayMatch(text)) continue;
    const match = regex.exec(text);
    if (!match) continue;
    const { key, version } = match.groups ?? {};
    return { kind, ...(toolError ? { toolError } : {}), ...(key !== undefined ? { key } : {}), ...(version !== undefined ? { version } : {}) };
  }
  return undefined;
}

/** Catalogue keys that appear as `name: ` inside a value, in order (spec §3.3 step 4). */
export function gluedNames(value: string, isCatalogueKey: (name: string) => boolean): string[] {
  // Most values hold no `: ` at all, and then no name either.
  if (!value.includes(": ")) return [];
  const names: string[] = [];
  for (const match of value.matchAll(GLUED_NAME)) {
    const run = match[0];
    // The name may be the tail of a longer run (`18vdsRetries`): take the longest tail that is a key.
    for (let i = Math.max(0, run.length - MAX_KEY_LENGTH); i < run.length; i++) {
      const name = run.slice(i);
      if (/^[A-Za-z]/.test(name) && isCatalogueKey(name)) {
        names.push(name);
        break;
      }
    }
  }
  return names;
}

/** The last readable record of each (key, version) (spec §3.5). */
function effectiveValues(records: readonly EcRecord[]): Map<string, Map<string, EcRecord>> {
  const effective = new Map<string, Map<string, EcRecord>>();
  for (const record of records) {
    let versions = effective.get(record.key);
    if (!versions) effective.set(record.key, (versions = new Map()));
    versions.set(record.version, record);
  }
  return effective;
}

/** Spec §3.6: the engine release from the last readable ProductRPMVersion record. */
function productVersion(records: readonly EcRecord[]): EngineConfigMeta["productVersion"] {
  const record = records.findLast((candidate) => candidate.key === PRODUCT_KEY);
  const version = record && PRODUCT_VERSION.exec(record.value)?.[0];
  return record && version ? { version, record } : undefined;
}

/** Spec §3.5: `all` for an `-a` dump, `list` for `-l` output, otherwise `get`; `effective` has a key for each key of the records. */
function documentKind(collected: Collected, effective: ReadonlyMap<string, unknown>): EngineConfigMeta["kind"] {
  if (effective.has(PRODUCT_KEY) || effective.size >= ALL_DUMP_KEYS) return "all";
  return collected.listEntries.length > collected.records.length ? "list" : "get";
}

/** Reads a dump (spec engine-config §3). Never throws; the only failure is a file with a NUL byte. */
export function readEngineConfig(source: Source, options: EngineConfigReaderOptions): EngineConfigResult {
  const text = source.text;
  const nul = text.indexOf("\u0000");
  if (nul >= 0) return { ok: false, failure: { kind: "binary", offset: nul } };
  const bom = text.startsWith("\uFEFF");
  const { lines, meta } = splitLines(text, bom ? 1 : 0);
  const sharedKey = (name: string): string => options.sharedKey?.(name) ?? name;
  const collected = new Reader(lines, (name) => options.isCatalogueKey(name), sharedKey, !meta.finalLineEnd).read();
  const product = productVersion(collected.records);
  const effective = effectiveValues(collected.records);
  return {
    ok: true,
    document: {
      ...collected,
      meta: { bom, ...meta, ...(product ? { productVersion: product } : {}), kind: documentKind(collected, effective) },
      effective,
    },
  };
}
