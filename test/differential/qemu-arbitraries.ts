/**
 * fast-check generators of qemu.conf inputs for the differential tests, biased toward the inputs that
 * spec qemu-conf §6 calls tricky: all three quote forms and their malformed cousins, the triple-quote
 * 7-byte rule at the end of input (documents often end without a final line end), lists over several
 * lines with trailing commas and comments, `;` separators, signed / zero-padded / overflowing numbers,
 * CR / LF / CRLF, a BOM, NUL and non-ASCII bytes, names with `_`, digits and mixed case; plus byte
 * mutations of the real corpus files in ../shared/corpus/qemu.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { corpusDir } from "./qemu-paths.js";

const join_ = (parts: readonly string[]): string => parts.join("");

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Pieces are written as JS strings whose characters U+0000–U+00FF each stand for one byte. */
const bytesOf = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

// ---- lexical pieces ---------------------------------------------------------------------------------

/** Pieces that libvirt accepts everywhere they are used below. */
const blank = fc.constantFrom(" ", "\t");
const eol = fc.constantFrom("\n", "\n", "\n", "\r\n", "\r");
const blanksAndEols = fc.array(fc.oneof(blank, eol), { maxLength: 3 }).map(join_);

/** One byte of string or comment content; quotes, line ends, NUL and non-ASCII bytes are frequent. */
const contentByte = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('"', "'", "\n", "\r", "\\", "#", ",", "]", "[", ";", "=", "\u0000", " ", "\t", "x", "\u00c3\u00a9", "\u00ff", "\u00e2\u0082", "\u00ef\u00bb\u00bf") },
  { weight: 3, arbitrary: fc.constantFrom("a", "b", "/", "-", ".", "0", ":") },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c)) },
);
const content = (maxLength: number): fc.Arbitrary<string> => fc.array(contentByte, { maxLength }).map(join_);

const comment = content(6).map((text) => `#${text.replace(/[\r\n]/g, "")}`);

const digits = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[0-9]{1,4}$/) },
  { weight: 2, arbitrary: fc.stringMatching(/^0{1,3}[0-9]{1,3}$/) },
  { weight: 2, arbitrary: fc.stringMatching(/^[1-9][0-9]{17,22}$/) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "9223372036854775807", "9223372036854775808", "9223372036854775809", "18446744073709551615",
      "18446744073709551616", "18446744073709551617", "99999999999999999999", "36893488147419103232", "0", "00", "007",
      "4294967295", "4294967296", "2147483648",
    ),
  },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: (1n << 70n) - 1n }).map(String) },
);

interface Grammar {
  statement: fc.Arbitrary<string>;
  separator: fc.Arbitrary<string>;
}

/**
 * The grammar's pieces, tame or wild. Tame pieces are what libvirt accepts, still with every quote
 * form, NUL and non-ASCII bytes in strings, multi-line lists with trailing commas, signs, leading zeros
 * and overflow. Wild ones add what it refuses or reads surprisingly: stray quotes, `'''`, `\"`,
 * comments in lists, a missing `]`, `0x10`, `+-1`, form feeds, `;;`, names with `-` or `é`, …
 */
function grammar(wild: boolean): Grammar {
  const pick = <T>(tame: fc.Arbitrary<T>, odd: fc.Arbitrary<T>): fc.Arbitrary<T> =>
    wild ? fc.oneof({ weight: 3, arbitrary: tame }, { weight: 1, arbitrary: odd }) : tame;

  const blanks = pick(fc.array(blank, { maxLength: 2 }).map(join_), fc.constantFrom("\f", "\v", "\u00c2\u00a0"));
  const name = pick(
    fc.oneof(
      { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,7}$/) },
      { weight: 1, arbitrary: fc.constantFrom("vnc_tls", "user", "VNC_TLS", "cgroup_device_acl", "security_driver", "max_core", "vnc_listen", "a", "B2_c") },
    ),
    fc.constantFrom("_x", "1a", "vnc-tls", "caf\u00c3\u00a9", "a.b", "", "a:b", "\u00ef\u00bb\u00bfa", "a\u0000b"),
  );
  const quoted = pick(
    fc.oneof(
      content(6).map((text) => `'${text.replace(/['\r\n]/g, "_")}'`),
      content(6).map((text) => `"${text.replace(/["\r\n]/g, "_")}"`),
      // Triple quotes: any content but `"""`, and not ending with `"` (which would end it early).
      content(8).map((text) => `"""${text.replace(/"""/g, '""').replace(/"+$/, "")}"""`),
    ),
    fc.oneof(
      // Anything between any quotes, including the closing quote, line ends and `"""`.
      fc.tuple(fc.constantFrom("'", '"', '"""', "'''", '""', '""""'), content(8), fc.constantFrom("'", '"', '"""', "", '""', '""""')).map(join_),
      fc.constantFrom('""""""', '"""a"""', '""""', '"""', '"""x', '"', "'", "''", '""', '"a\\"b"', "'''x'''", '"""\n"""', '"x\ry"', '"""a""""', '""" """'),
    ),
  );
  const number = pick(
    fc.tuple(fc.constantFrom("", "", "+", "-"), digits).map(join_),
    // Signs without digits, numbers glued to bytes libvirt does not take.
    fc.tuple(fc.constantFrom("", "-", "+", "+-", "--", "- "), fc.oneof(digits, fc.constant("")), fc.constantFrom("", "x10", ".5", "e3", "_000", "a", "-1", "+")).map(join_),
  );
  /** A gap between list tokens; a wild one may hold a comment line (which libvirt refuses). */
  const listGap = pick(blanksAndEols, fc.tuple(blanksAndEols, comment, eol).map(join_));
  const { value } = fc.letrec<{ value: string; list: string }>((tie) => ({
    value: fc.oneof({ depthSize: "small", withCrossShrink: true }, quoted, number, tie("list")),
    list: fc
      .tuple(
        fc.array(fc.tuple(listGap, pick(tie("value"), fc.constantFrom("", "x", "#c", ",")), listGap), { maxLength: 4 }),
        fc.constantFrom("", "", ",", ", ", ",\n", " ,"),
        listGap,
        pick(fc.constant("]"), fc.constantFrom("", " ", "\n", ",]", "]]")),
        pick(fc.constantFrom(",", ",", ", ", ",\n", "\n,", " ,\r\n "), fc.constantFrom(" ", ",,", ";", "")),
      )
      .map(([items, trailing, tail, end, comma]) => {
        const body = items.map(([before, v, after]) => before + v + after).join(comma);
        return `[${body}${items.length > 0 ? trailing : ""}${tail}${end}`;
      }),
  }));
  const valueText = pick(value, fc.constantFrom("", "true", "yes", "{{ x }}", "\u00c3\u00a9", "]", ",", "#c", "\n1", "0x10", "2.5", "1e3"));
  const equals = pick(fc.constant("="), fc.constantFrom("==", "", "\n=", ":"));
  const assignment = fc
    .tuple(blanks, name, blanks, equals, blanks, valueText, blanks, fc.option(comment, { freq: 4 }))
    .map(([b1, n, b2, eq, b3, v, b4, c]) => `${b1}${n}${b2}${eq}${b3}${v}${b4}${c ?? ""}`);
  const odd = fc.constantFrom("", " ", "\t", ";", "\u0000", "[", "=", "= 1", "1a = 1", "# c ; b = 2", "\u00ef\u00bb\u00bf# bom");
  const statement = fc.oneof(
    { weight: 10, arbitrary: assignment },
    { weight: 3, arbitrary: fc.tuple(blanks, comment).map(join_) },
    { weight: wild ? 2 : 0, arbitrary: odd },
  );
  const separator = pick(
    fc.oneof(
      { weight: 4, arbitrary: eol },
      { weight: 1, arbitrary: fc.constantFrom(";", "; ", " ;", ";\n", "\n\n", " \n", "\r\n\r\n", "\n \t\n", " # c\n", "\n# c\n") },
    ),
    fc.constantFrom("", " ", ";;", "\f", "\u0000"),
  );
  return { statement, separator };
}

const tame = grammar(false);
const wild = grammar(true);
/** Mostly statements libvirt accepts, so that documents get past their first lines; now and then a wild one. */
const statement = fc.oneof({ weight: 6, arbitrary: tame.statement }, { weight: 1, arbitrary: wild.statement });
const separator = fc.oneof({ weight: 8, arbitrary: tame.separator }, { weight: 1, arbitrary: wild.separator });

/**
 * A qemu.conf-shaped document: an optional BOM, statements with separators, and often no final line
 * end, so that a string, a number or a list is the last thing in the file.
 */
export const qemuDocument: fc.Arbitrary<Uint8Array> = fc
  .tuple(
    fc.oneof({ weight: 12, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constantFrom("\u00ef\u00bb\u00bf", "\n", "\r\n", " \n", "\u0000") }),
    fc.array(fc.tuple(statement, separator), { maxLength: 6 }),
    fc.option(statement, { freq: 2 }),
  )
  .map(([head, body, last]) => bytesOf(head + body.map(([s, sep]) => s + sep).join("") + (last ?? "")));

/**
 * Lists nested deep: libvirt reads them by recursion in C (about 174 000 levels fit its 8 MiB stack),
 * so enginelint must read far deeper than a recursive parser in JavaScript could. Depths stay well
 * below libvirt's own limit.
 */
export const deepList: fc.Arbitrary<Uint8Array> = fc
  .record({
    depth: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 64 }) }, { weight: 1, arbitrary: fc.integer({ min: 1000, max: 30000 }) }),
    open: fc.constantFrom("[", "[ ", "[\n", "[1,", "['x',\n", "[[],", "[-1, "),
    inner: fc.constantFrom("", "", "1", "'x'", '"""a\nb"""', "#c\n", ",", "x"),
    close: fc.constantFrom("]", "]", " ]", "\n]", ",]", "],", "] ", ", ]"),
    missing: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 }) }),
    tail: fc.constantFrom("\n", "", "\nb = 2\n", " x\n", "]\n"),
  })
  .map(({ depth, open, inner, close, missing, tail }) =>
    bytesOf(`a = ${open.repeat(depth)}${inner}${close.repeat(Math.max(0, depth - missing))}${tail}`),
  );

// ---- byte mutations ---------------------------------------------------------------------------------

/** Tokens worth splicing into a file. */
const TOKENS: readonly Uint8Array[] = [
  "\n", "\r", "\r\n", ";", ";;", "#", " # c", "=", "[", "]", ",", ", ]", '"', "'", '"""', '""""""', "\\", "-", "+",
  "0", "99999999999999999999", "x", "_", "\t", " ", "\f", "\u0000", "\u00ef\u00bb\u00bf", "\u00c3\u00a9", "\u00ff",
  "a = 1", "a = [", "b = \"\"\"", "true", "0x10",
].map(bytesOf);

export type Mutation =
  | { op: "insert"; at: number; token: number }
  | { op: "insertByte"; at: number; byte: number }
  | { op: "delete"; at: number; length: number }
  | { op: "replace"; at: number; byte: number }
  | { op: "duplicate"; at: number; length: number }
  | { op: "truncate"; at: number }
  | { op: "uncomment"; line: number; lines: number }
  | { op: "insertLine"; line: number; text: Uint8Array }
  | { op: "lineEnds"; style: "\r\n" | "\r" }
  | { op: "bom" };

const at = fc.nat({ max: 0x7fffffff });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant("insert" as const), at, token: fc.nat({ max: TOKENS.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("insertByte" as const), at, byte: fc.integer({ min: 0, max: 255 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("delete" as const), at, length: fc.integer({ min: 1, max: 8 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("replace" as const), at, byte: fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x0a, 0x0d, 0x22, 0x27, 0x23, 0x3b, 0x5b, 0x5d, 0x2c, 0x00)) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("duplicate" as const), at, length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("truncate" as const), at }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant("uncomment" as const), line: at, lines: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("insertLine" as const), line: at, text: qemuDocument }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("lineEnds" as const), style: fc.constantFrom("\r\n" as const, "\r" as const) }) },
  { weight: 1, arbitrary: fc.constant({ op: "bom" as const }) },
);

function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) starts.push(i + 1);
  return starts;
}

export function mutate(input: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let b = input;
  for (const m of mutations) {
    const pos = "at" in m ? m.at % (b.length + 1) : 0;
    switch (m.op) {
      case "insert":
        b = concat([b.subarray(0, pos), TOKENS[m.token]!, b.subarray(pos)]);
        break;
      case "insertByte":
        b = concat([b.subarray(0, pos), Uint8Array.of(m.byte), b.subarray(pos)]);
        break;
      case "delete":
        b = concat([b.subarray(0, pos), b.subarray(pos + m.length)]);
        break;
      case "replace":
        if (pos < b.length) {
          b = Uint8Array.from(b);
          b[pos] = m.byte;
        }
        break;
      case "duplicate":
        b = concat([b.subarray(0, pos + m.length), b.subarray(pos)]);
        break;
      case "truncate":
        b = b.subarray(0, pos);
        break;
      case "uncomment": {
        // Uncomment a run of lines starting at a commented line: the template's commented-out settings
        // and multi-line lists become live, one `#` removed per line.
        const starts = lineStarts(b);
        const commented = starts.filter((s) => {
          let i = s;
          while (b[i] === 0x20 || b[i] === 0x09) i++;
          return b[i] === 0x23;
        });
        if (commented.length === 0) break;
        const first = commented[m.line % commented.length]!;
        const from = starts.indexOf(first);
        const drop = new Set<number>();
        for (const s of starts.slice(from, from + m.lines)) {
          let i = s;
          while (b[i] === 0x20 || b[i] === 0x09) i++;
          if (b[i] === 0x23) drop.add(i);
        }
        b = b.filter((_, i) => !drop.has(i));
        break;
      }
      case "insertLine": {
        const starts = lineStarts(b);
        const s = starts[m.line % starts.length]!;
        b = concat([b.subarray(0, s), m.text, Uint8Array.of(0x0a), b.subarray(s)]);
        break;
      }
      case "lineEnds": {
        const out: number[] = [];
        for (const c of b) {
          if (c === 0x0a) out.push(...(m.style === "\r\n" ? [0x0d, 0x0a] : [0x0d]));
          else out.push(c);
        }
        b = Uint8Array.from(out);
        break;
      }
      case "bom":
        b = concat([bytesOf("\u00ef\u00bb\u00bf"), b]);
        break;
    }
  }
  return b;
}

export const mutations = (maxLength: number): fc.Arbitrary<Mutation[]> => fc.array(mutation, { minLength: 1, maxLength });

// ---- the corpus -------------------------------------------------------------------------------------


export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
}

/** The corpus files, or none when ../shared is absent. */
export function loadCorpus(): CorpusFile[] {
  const dir = corpusDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".conf"))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }));
}

export interface QemuCase {
  /** How the input was made, for reports. */
  origin: string;
  bytes: Uint8Array;
}

/** Every kind of input: grammar-shaped documents (plain or mutated), raw bytes, corpus mutations. */
export function qemuCase(corpus: readonly CorpusFile[]): fc.Arbitrary<QemuCase> {
  const kinds: fc.WeightedArbitrary<QemuCase>[] = [
    { weight: 10, arbitrary: qemuDocument.map((bytes) => ({ origin: "generated", bytes })) },
    {
      weight: 3,
      arbitrary: fc.tuple(qemuDocument, mutations(3)).map(([doc, ms]) => ({ origin: "generated+mutated", bytes: mutate(doc, ms) })),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.oneof(fc.constantFrom(...TOKENS), fc.uint8Array({ minLength: 1, maxLength: 3 })), { maxLength: 24 })
        .map((parts) => ({ origin: "tokens", bytes: concat(parts) })),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => ({ origin: "bytes", bytes })) },
    { weight: 1, arbitrary: fc.constantFrom(...SPEC_ROWS).map((text) => ({ origin: "spec", bytes: bytesOf(text) })) },
    { weight: 1, arbitrary: deepList.map((bytes) => ({ origin: "deep list", bytes })) },
  ];
  if (corpus.length > 0) {
    kinds.push({
      weight: 4,
      arbitrary: fc
        .tuple(fc.constantFrom(...corpus), mutations(4))
        .map(([file, ms]) => ({ origin: `corpus ${file.name}`, bytes: mutate(file.bytes, ms) })),
    });
  }
  return fc.oneof(...kinds);
}

/**
 * The inputs of spec qemu-conf §6 that the parse step decides (and a few neighbours), as byte strings
 * (characters U+0000–U+00FF stand for single bytes).
 */
export const SPEC_ROWS: readonly string[] = [
  'user = "a"\nuser = "root"\n',
  'vnc_tls = 1\r\nvnc_listen = "::"\r\n',
  "vnc_tls = 1\rvnc_sasl = 0\rfoo bar\r",
  "\u00ef\u00bb\u00bf# comment\n",
  "max_files = 0x8000\n",
  "keepalive_interval = 2.5\n",
  "vnc_listen = 'x'\n",
  'vnc_listen = "a\\"b"\n',
  'vnc_listen = """multi\nline"""\n',
  'vnc_listen = """"""',
  'vnc_listen = """"""\n',
  'x = """a"""',
  'x = """a""',
  'x = [ "a",\n "b", ]\n',
  'x = [ "a",\n# "b"\n]\n',
  'x = [ "a" "b" ]\n',
  'x = [ "a",\n "b"\ny = 1\n',
  "a = [\n",
  "cgroup_device_acl = [ , ]\n",
  "vnc_tls = 1; vnc_sasl = 0\n",
  "vnc_tls = 1;;\n",
  "vnc-tls = 1\n",
  "_vnc_tls = 1\n",
  "caf\u00c3\u00a9 = 1\n",
  "VNC_TLS = 1\n",
  "vnc_tls =\n",
  "vnc_tls\n= 1\n",
  "vnc_tls = true\n",
  "vnc_tls = +1\n",
  "vnc_tls = -0\n",
  'vnc_tls = "1"\n',
  "max_core = 99999999999999999999\n",
  "a = -9223372036854775808\n",
  "a = 18446744073709551615\n",
  "a = [[1,2],[3]]\n",
  "\tvnc_sasl\t=\t0\t#c\n",
  "vnc_tls = 1#c\n",
  "vnc_tls = 1",
  "a = -",
  "a = 1\n\u0000b = 2\n",
  'a = "x\u0000y"\n',
  'a = "x" \u0000',
  "\n",
  "   \n\t\n",
  "\n\n# c\n",
  "a = 1; # c\nb = 2\n",
  "a = 1 # c ; b = 2\n",
  "a = 1;\nb\n",
  'a = [ "x",\n',
  'a = [ "x"\n',
  'a = [ "x" # c\n]\n',
  'a = [\n# c\n"x" ]\n',
  'a = [ "x"\n, "y" ]\n',
  'a = """abc\ndef\nghi\n',
  'a = """x\ny"""\nb c\n',
  'a = "x\ry"\n',
  "a = 1\fb = 2\n",
  "a = \u00c3\u00a9\n",
  "a = {{ x }}\n",
  "a = +-1\n",
  "a = 1_000\n",
  "a = 0007\nb = -0\nc = +0\n",
  "a = \"\"\nb = ''\n",
  "a = ]\n",
  "1a = 1\n",
  "= 1\n",
  "vnc_tls = 1 vnc_sasl = 1\n",
  "",
  "# only a comment",
  "a = '''x'''\n",
  'a = """x"""y"""\n',
  'a = """\n\n"',
  'a = """\n"',
  'a = """ab\n"',
];
