/**
 * fast-check generators of nova.conf bytes for the differential test, biased toward the inputs of
 * spec nova-conf §1–§6: continuation lines (spaces, tabs), `#`/`;` in values and in column 1, quotes,
 * `=`/`:` splits, blank lines, CR/CRLF/LF mixes, a BOM, invalid UTF-8, section-name case and odd
 * headers, keys with spaces, empty keys and values, Python-only whitespace; plus byte mutations of
 * windows of the real files in ../shared/corpus/nova.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";

export interface NovaCase {
  bytes: Uint8Array;
  /** Where the case came from, for reports and fixtures. */
  origin: string;
}

const encoder = new TextEncoder();
const join0 = (parts: readonly string[]): string => parts.join("");

/** Python's whitespace that JavaScript's trim() does not strip, JavaScript's that Python keeps, and the shared ones. */
const PY_ONLY_SPACE = ["\u001c", "\u001d", "\u001e", "\u001f", "\u0085"];
const SHARED_SPACE = ["\u000b", "\u000c", "\u00a0", "\u1680", "\u2000", "\u2007", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000"];
const NOT_SPACE = ["\ufeff", "\u200b", "\u180e", "\u001b", "\u007f", "\u0001"];
const GRAMMAR = [" ", "\t", "#", ";", ":", "=", "[", "]", '"', "'", "$", "\\"];
/** Characters whose case mapping is special (a group name is lower-cased unless it is exactly DEFAULT). */
const CASE_CHARS = ["İ", "I", "ß", "ẞ", "Σ", "ς", "ΑΣ", "\u212a", "Ǆ", "ǅ", "Ꭰ", "ꭰ", "ŉ", "Ⓐ", "ﬁ", "Å", "\u0130x"];
const OTHER = ["é", "😀", "٣", "\u0301", "\ud800\udc00", "ü"];

const special = fc.constantFrom(...GRAMMAR, ...PY_ONLY_SPACE, ...SHARED_SPACE, ...NOT_SPACE, ...OTHER);
const word = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,7}$/);
const knownKey = fc.constantFrom("host", "my_ip", "debug", "transport_url", "connection", "images_type", "enabled_apis", "password", "state_path");
const text = (maxLength: number) =>
  fc.array(fc.oneof({ weight: 3, arbitrary: special }, { weight: 3, arbitrary: word }, { weight: 1, arbitrary: fc.constantFrom("x", "1", "a b", "//", "://") }), { maxLength }).map(join0);
const hspace = fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(" ", "\t") }, { weight: 1, arbitrary: fc.constantFrom(...PY_ONLY_SPACE, ...SHARED_SPACE) }), { maxLength: 3 }).map(join0);
const indent = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(" ", "\t", "  ", "    ", " \t", "\t ") },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(" ", "\t"), hspace).map(join0) },
);

const sectionName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("DEFAULT", "libvirt", "database", "vnc", "pci") },
  { weight: 3, arbitrary: fc.constantFrom("default", "Default", "DEFAULT ", " DEFAULT", "LIBVIRT", "Libvirt", " libvirt ", "libvirt]", "[libvirt", "", " ", "]", "[", "a]b", "#x", ";", "1", "__proto__") },
  { weight: 2, arbitrary: fc.array(fc.oneof(fc.constantFrom(...CASE_CHARS), word), { minLength: 1, maxLength: 3 }).map(join0) },
  { weight: 2, arbitrary: text(4) },
);
const header = fc
  .tuple(
    sectionName,
    fc.oneof({ weight: 8, arbitrary: fc.constant("]") }, { weight: 1, arbitrary: fc.constantFrom("", "]]", "] # x", "] ;", "] x", "]\u00a0", "]\u001c", "]\u200b", "] \t") }),
  )
  .map(([name, close]) => `[${name}${close}`);

const comment = fc.tuple(fc.constantFrom("#", ";"), fc.constantFrom("", " ", "\t"), text(5)).map(join0);

const key = fc.oneof(
  { weight: 12, arbitrary: knownKey },
  { weight: 8, arbitrary: word },
  { weight: 3, arbitrary: fc.constantFrom("my ip", "Host", "DEBUG", "my-ip", "http://x", "\ufeffhost", "a\u0085b", "k\u001c", "\u00a0k", "\u200bk", "$k", "\"k\"", "[k", "#", ";") },
  { weight: 1, arbitrary: fc.constant("") },
  // An indented "key" is a continuation line: the wild lines cover that.
  { weight: 2, arbitrary: text(3).filter((k) => !k.startsWith(" ") && !k.startsWith("\t")) },
);
const separator = fc.constantFrom("=", ":", "=", "=", " = ", ": ", "==", ":=", "=:");
const quoted = fc.oneof(
  fc.constantFrom('"a b"', "'x\"", '"""', '"', "'", "''", '""', '"a" "b"', '"a', "a\"", "' 3 '", '" bar "', "'a', 'b'", '"#x"', "'\u00a0'"),
  fc.tuple(fc.constantFrom('"', "'"), text(4), fc.constantFrom('"', "'", "")).map(join0),
);
const value = fc.oneof(
  { weight: 5, arbitrary: text(6) },
  { weight: 2, arbitrary: quoted },
  { weight: 2, arbitrary: fc.constantFrom("compute1 # main host", "a=b", "1:2", "//x = y", "mysql+pymysql://nova:p#ss=w:rd@db/nova?charset=utf8", "4096 ; x", "true", "$state_path/x", "a$$b\\$c", "") },
);
const assignment = fc.tuple(key, hspace, separator, hspace, value, hspace).map(join0);
const continuation = fc.tuple(indent, fc.oneof(text(5), comment, header, assignment, quoted)).map(join0);
const blank = fc.constantFrom("", " ", "\t", "  \t", "\u00a0", "\u001c", "\u0085", "\u3000", "\u000b", "\u000c", "\u2028", " \u2029");
const odd = fc.constantFrom("just_a_word", "= value", ": v", "=", ":", "[", "[]", "]", "\ufeff[DEFAULT]", "\ufeffkey = v", "\u200b[DEFAULT]", "\u00a0host = a", "\u001chost = a", "\u0085 x", "\u000bx = 1", "x");

const line = fc.oneof(
  { weight: 2, arbitrary: header },
  { weight: 2, arbitrary: comment },
  { weight: 10, arbitrary: assignment },
  { weight: 4, arbitrary: continuation },
  { weight: 3, arbitrary: blank },
  { weight: 1, arbitrary: odd },
);
/** Mostly well-formed blocks: an assignment with its continuation lines, a header, a comment, a blank line; now and then any line. */
const block = fc.oneof(
  { weight: 2, arbitrary: header.map((h) => [h]) },
  { weight: 10, arbitrary: fc.tuple(assignment, fc.array(continuation, { maxLength: 3 })).map(([first, rest]) => [first, ...rest]) },
  { weight: 3, arbitrary: comment.map((c) => [c]) },
  { weight: 3, arbitrary: blank.map((b) => [b]) },
  { weight: 1, arbitrary: line.map((l) => [l]) },
);
const documentLines = fc.oneof(
  { weight: 3, arbitrary: fc.array(block, { maxLength: 14 }).map((blocks) => blocks.flat()) },
  { weight: 1, arbitrary: fc.array(line, { maxLength: 24 }) },
);
const terminator = fc.oneof({ weight: 6, arbitrary: fc.constant("\n") }, { weight: 2, arbitrary: fc.constant("\r\n") }, { weight: 1, arbitrary: fc.constant("\r") });
/** One line end for the whole file most of the time, a mix otherwise. */
const terminators = fc.oneof(
  { weight: 3, arbitrary: terminator.map((end) => () => end) },
  { weight: 1, arbitrary: fc.array(terminator, { minLength: 1, maxLength: 8 }).map((ends) => (index: number) => ends[index % ends.length]!) },
);

/** Byte sequences that strict UTF-8 rejects (or that look like it: a valid 4-byte form) and bytes that matter to the grammar. */
const BAD_SEQUENCES: readonly number[][] = [
  [0xff], [0xfe], [0x80], [0xbf], [0xc0, 0xaf], [0xc1, 0xbf], [0xc2], [0xc3, 0x28], [0xe9], [0xe0, 0x80, 0x80], [0xe0, 0x9f, 0xbf],
  [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xef, 0xbf], [0xf0, 0x8f, 0xbf, 0xbf], [0xf0, 0x9f, 0x98], [0xf0, 0x9f, 0x98, 0x80], [0xf4, 0x90, 0x80, 0x80],
  [0xf5, 0x80, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x80], [0xc2, 0xa0], [0xef, 0xbb, 0xbf],
];
const INTERESTING_BYTES = [0x00, 0x09, 0x0a, 0x0d, 0x20, 0x23, 0x3b, 0x3d, 0x3a, 0x5b, 0x5d, 0x22, 0x27, 0x0b, 0x0c, 0x1c, 0x1f, 0x85, 0xa0];

/** A byte-level edit at a fraction of the file (`where`); `bytes` and `length` serve the operations that need them. */
export interface Mutation {
  op: "insert" | "replace" | "delete" | "indent" | "dedent" | "line-end";
  where: number;
  bytes: number[];
  length: number;
}

/**
 * A point in the file, as a fraction in [0, 1), uniform: fc.double spreads over representable doubles
 * (most of them tiny) and fast-check's bias favours small integers, both of which pile mutations up at offset 0.
 */
const where = fc.noBias(fc.integer({ min: 0, max: 2 ** 30 - 1 })).map((n) => n / 2 ** 30);
const insertion = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...BAD_SEQUENCES) },
  { weight: 3, arbitrary: fc.constantFrom(...INTERESTING_BYTES).map((byte) => [byte]) },
  { weight: 2, arbitrary: fc.oneof(special, fc.constantFrom(...CASE_CHARS)).map((chars) => [...encoder.encode(chars)]) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 255 }).map((byte) => [byte]) },
);
const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom<Mutation["op"]>("insert", "insert", "replace", "delete", "indent", "dedent", "line-end"),
  where,
  bytes: insertion,
  length: fc.integer({ min: 1, max: 4 }),
});

/** Applies a mutation at a fraction of the file; line operations act on the line holding that point. */
export function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = Math.floor(m.where * (bytes.length + 1));
  const lineStart = (() => {
    let i = Math.min(at, bytes.length);
    while (i > 0 && bytes[i - 1] !== 0x0a && bytes[i - 1] !== 0x0d) i--;
    return i;
  })();
  const splice = (start: number, remove: number, insert: readonly number[]): Uint8Array => {
    const out = new Uint8Array(bytes.length - remove + insert.length);
    out.set(bytes.subarray(0, start), 0);
    out.set(insert, start);
    out.set(bytes.subarray(start + remove), start + insert.length);
    return out;
  };
  switch (m.op) {
    case "insert":
      return splice(at, 0, m.bytes);
    case "replace":
      return splice(Math.min(at, bytes.length), Math.min(m.bytes.length, bytes.length - Math.min(at, bytes.length)), m.bytes);
    case "delete":
      return splice(Math.min(at, bytes.length), Math.min(m.length, bytes.length - Math.min(at, bytes.length)), []);
    case "indent":
      return splice(lineStart, 0, m.length % 2 === 0 ? [0x20] : [0x09]);
    case "dedent": {
      let end = lineStart;
      while (end < bytes.length && (bytes[end] === 0x20 || bytes[end] === 0x09)) end++;
      return splice(lineStart, end - lineStart, []);
    }
    case "line-end": {
      // Replace the line end that follows the point with another kind.
      let i = at;
      while (i < bytes.length && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
      if (i >= bytes.length) return bytes;
      const length = bytes[i] === 0x0d && bytes[i + 1] === 0x0a ? 2 : 1;
      const ends = [[0x0a], [0x0d, 0x0a], [0x0d], [0x0a, 0x0a], [0x0d, 0x0d, 0x0a]];
      return splice(i, length, ends[m.length % ends.length]!);
    }
  }
}

/** A generated document: mostly headed by a section, a BOM sometimes, lines with mixed endings, sometimes byte-mutated. */
export function generatedFile(options: { nul?: boolean } = {}): fc.Arbitrary<NovaCase> {
  const nulAt = options.nul === false ? fc.constant(-1) : fc.oneof({ weight: 60, arbitrary: fc.constant(-1) }, { weight: 1, arbitrary: where });
  return fc
    .record({
      bom: fc.oneof({ weight: 12, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constant("\ufeff") }),
      head: fc.oneof({ weight: 6, arbitrary: fc.constant("[DEFAULT]") }, { weight: 2, arbitrary: header }, { weight: 1, arbitrary: fc.constant(undefined) }),
      lines: documentLines,
      ends: terminators,
      finalEnd: fc.boolean(),
      mutations: fc.oneof({ weight: 5, arbitrary: fc.constant([]) }, { weight: 2, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) }),
      nul: nulAt,
    })
    .map(({ bom, head, lines, ends, finalEnd, mutations, nul }) => {
      const all = head === undefined ? lines : [head, ...lines];
      let textOut = bom;
      all.forEach((content, index) => {
        textOut += content;
        if (index < all.length - 1 || finalEnd) textOut += ends(index);
      });
      let bytes: Uint8Array = encoder.encode(textOut);
      for (const m of mutations) bytes = mutate(bytes, m);
      if (nul >= 0) bytes = mutate(bytes, { op: "insert", where: nul, bytes: [0], length: 1 });
      return { bytes, origin: mutations.length > 0 || nul >= 0 ? `generated, ${mutations.length + (nul >= 0 ? 1 : 0)} byte mutations` : "generated" };
    });
}

export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
}

/** The real files of ../shared/corpus/nova (empty when `shared/` is absent). */
export function loadNovaCorpus(root: string): CorpusFile[] {
  const directory = join(root, "..", "shared", "corpus", "nova");
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith(".conf"))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(directory, name))) }));
}

/** Line offsets of `bytes` (after each `\n`, `\r\n` or lone `\r`), with 0 first. */
function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) i++;
    if (bytes[i] === 0x0a || bytes[i] === 0x0d) starts.push(i + 1);
  }
  return starts;
}

/**
 * A window of a corpus file (the whole file now and then; big samples are 200 KB) with up to four
 * byte mutations. Windows keep the real-world shapes (long comment blocks, rendered templates,
 * continuation values) while keeping cases small.
 */
export function corpusMutation(corpus: readonly CorpusFile[]): fc.Arbitrary<NovaCase> {
  const indexed = corpus.map((file) => ({ ...file, starts: lineStarts(file.bytes) }));
  return fc
    .record({
      file: fc.nat({ max: Math.max(0, indexed.length - 1) }),
      whole: fc.oneof({ weight: 19, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
      from: where,
      lines: fc.integer({ min: 1, max: 80 }),
      keepHeader: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      mutations: fc.oneof({ weight: 1, arbitrary: fc.constant([]) }, { weight: 3, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }) }),
    })
    .map(({ file, whole, from, lines, keepHeader, mutations }) => {
      const source = indexed[file]!;
      let bytes = source.bytes;
      let origin = `corpus ${source.name}`;
      if (!whole && source.starts.length > lines) {
        let first = Math.floor(from * source.starts.length);
        const raw = source.bytes;
        const at = (index: number): number | undefined => raw[source.starts[index] ?? raw.length];
        // Mostly a window that parses on its own: it starts at the assignment its continuation lines belong to ...
        if (keepHeader) while (first > 0 && (at(first) === 0x20 || at(first) === 0x09)) first--;
        const start = source.starts[first]!;
        const end = source.starts[first + lines] ?? raw.length;
        // ... under the header it sits in (the file's last header line before it).
        let headerLine = first - 1;
        while (keepHeader && headerLine >= 0 && at(headerLine) !== 0x5b) headerLine--;
        const head = keepHeader && headerLine >= 0 && headerLine < first ? raw.slice(source.starts[headerLine]!, source.starts[headerLine + 1]) : new Uint8Array(0);
        bytes = new Uint8Array(head.length + end - start);
        bytes.set(head, 0);
        bytes.set(raw.subarray(start, end), head.length);
        origin += `${head.length > 0 ? ` line ${headerLine + 1} and` : ""} lines ${first + 1}-${Math.min(first + lines, source.starts.length)}`;
      }
      for (const m of mutations) bytes = mutate(bytes, m);
      return { bytes, origin: `${origin}, ${mutations.length} byte mutations` };
    });
}

/** Generated files, and corpus mutations when the corpus is there (one case in four). */
export function novaCases(corpus: readonly CorpusFile[]): fc.Arbitrary<NovaCase> {
  if (corpus.length === 0) return generatedFile();
  return fc.oneof({ weight: 3, arbitrary: generatedFile() }, { weight: 1, arbitrary: corpusMutation(corpus) });
}

/** `count` cases from `seed`, reproducibly. */
export function sampleCases(arbitrary: fc.Arbitrary<NovaCase>, count: number, seed: number): NovaCase[] {
  return fc.sample(arbitrary, { numRuns: count, seed });
}

/**
 * One file that puts every code point (but the line ends, surrogates and NUL) through the reader:
 * in section names 64 at a time (so every case mapping of `_normalize_group_name` is compared), in
 * keys and values, and one by one at the end of a value and at the start of a key (so `rstrip()` and
 * `strip()` are compared on every character Python might call whitespace).
 */
export function everyCodePointFile(): Uint8Array {
  const chars: string[] = [];
  for (let cp = 1; cp <= 0x10ffff; cp++) {
    if (cp === 0x0a || cp === 0x0d || (cp >= 0xd800 && cp <= 0xdfff)) continue;
    chars.push(String.fromCodePoint(cp));
  }
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += 64) {
    const chunk = chars.slice(i, i + 64).join("");
    out.push(`[A${chunk}Z]`, `k${chunk} = a${chunk}b`);
  }
  out.push("[whitespace]");
  for (const c of chars) {
    if (c.length > 1) break;
    out.push(`x = a${c}`);
    if (!"[#; \t=:".includes(c)) out.push(`${c}y${c} = b`);
  }
  return encoder.encode(`${out.join("\n")}\n`);
}
