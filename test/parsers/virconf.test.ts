/**
 * The virConf parser against libvirt 9.0.0's results: every row of the tricky-input table
 * (spec qemu-conf §6), the file-level cases of §2, the triple-quote and line-counting details of
 * §3.5/§3.7, spans in UTF-16 offsets, and each parse hint.
 */
import { describe, expect, it } from "vitest";
import type { ParseHint, VirConfDocument, VirConfErrorInfo, VirConfFailure, VirNumber } from "../../src/parsers/virconf.js";
import { qemuEngine } from "../../src/engines/qemu.js";
import { bytes, effectiveValues, parse, plain, s, u, type Parsed, type Plain } from "./virconf-helpers.js";

interface OkRow {
  row: string;
  input: string | Uint8Array;
  /** Effective (first-wins) value of every name. */
  values: Record<string, Plain>;
  /** Number of key entries, when duplicates or dropped text make it worth stating. */
  entries?: number;
  check?: (document: VirConfDocument) => void;
}

interface FailRow {
  row: string;
  input: string | Uint8Array;
  info: VirConfErrorInfo;
  libvirtLine: number;
  /** enginelint's display position of the error offset, `line:column` (spec §3.7). */
  at: string;
  hint?: ParseHint["id"];
}

function expectOk({ result }: Parsed): VirConfDocument {
  if (!result.ok) throw new Error(`expected a parse, got ${JSON.stringify(result.failure)}`);
  return result.document;
}

function expectSyntaxFailure({ result }: Parsed): Extract<VirConfFailure, { kind: "syntax" }> {
  if (result.ok) throw new Error(`expected a parse failure, got ${JSON.stringify(effectiveValues(result.document), (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v))}`);
  if (result.failure.kind !== "syntax") throw new Error("expected a syntax failure");
  return result.failure;
}

function at(parsed: Parsed, offset: number): string {
  const { line, column } = parsed.source.position(offset);
  return `${line}:${column}`;
}

function number(document: VirConfDocument, name: string): VirNumber {
  const value = document.effective.get(name)?.value;
  if (value?.kind !== "number") throw new Error(`${name} is not a number`);
  return value;
}

function runOk(row: OkRow, rejectOverflow = false): void {
  const document = expectOk(parse(row.input, rejectOverflow));
  expect(effectiveValues(document)).toEqual(row.values);
  if (row.entries !== undefined) expect(document.entries).toHaveLength(row.entries);
  row.check?.(document);
}

function runFail(row: FailRow, rejectOverflow = false): void {
  const parsed = parse(row.input, rejectOverflow);
  const failure = expectSyntaxFailure(parsed);
  expect({ info: failure.info, libvirtLine: failure.libvirtLine, at: at(parsed, failure.offset), hint: failure.hint?.id }).toEqual({
    info: row.info,
    libvirtLine: row.libvirtLine,
    at: row.at,
    hint: row.hint,
  });
}

const OK_ROWS: OkRow[] = [
  {
    row: "1 first occurrence wins",
    input: 'user = "a"\nvnc_tls = 1\nuser = "root"\n',
    values: { user: "a", vnc_tls: u(1n) },
    entries: 3,
    check: (document) => expect(document.entries.map((entry) => plain(entry.value))).toEqual(["a", u(1n), "root"]),
  },
  { row: "2 CRLF line ends", input: 'vnc_tls = 1\r\nvnc_listen = "::"\r\n', values: { vnc_tls: u(1n), vnc_listen: "::" } },
  { row: "6 single quotes", input: "vnc_listen = 'x'\n", values: { vnc_listen: "x" } },
  { row: "8 triple quotes hold a line end", input: 'vnc_listen = """multi\nline"""\n', values: { vnc_listen: "multi\nline" } },
  { row: "9 six quotes with a final newline are the empty triple-quoted string", input: 'vnc_listen = """"""\n', values: { vnc_listen: "" } },
  {
    row: "10 trailing comma, multi-line list",
    input: 'x = [ "a",\n "b", ]\n',
    values: { x: ["a", "b"] },
    check: (document) => expect(document.effective.get("x")?.value).toMatchObject({ kind: "list", trailingComma: true }),
  },
  { row: "15 two settings on one line with ;", input: "vnc_tls = 1; vnc_sasl = 0", values: { vnc_tls: u(1n), vnc_sasl: u(0n) } },
  { row: "19 names are case-sensitive", input: "VNC_TLS = 1\n", values: { VNC_TLS: u(1n) } },
  {
    row: "22 + makes an unsigned number",
    input: "vnc_tls = +1\n",
    values: { vnc_tls: u(1n) },
    check: (document) => expect(number(document, "vnc_tls")).toMatchObject({ sign: "+", digits: "1" }),
  },
  {
    row: "23 -0 is signed zero",
    input: "vnc_tls = -0\n",
    values: { vnc_tls: s(0n) },
    check: (document) => expect(number(document, "vnc_tls")).toMatchObject({ sign: "-", digits: "0", bits: 0n }),
  },
  { row: "24 2 parses (the bool getter refuses it later)", input: "vnc_tls = 2\n", values: { vnc_tls: u(2n) } },
  { row: '25 "1" is a string', input: 'vnc_tls = "1"\n', values: { vnc_tls: "1" } },
  { row: "26 user = 0 is a number", input: "user = 0\n", values: { user: u(0n) } },
  { row: "27 -1 is signed", input: "max_queued = -1\n", values: { max_queued: s(-1n) } },
  { row: "28 -1 is signed", input: "keepalive_interval = -1\n", values: { keepalive_interval: s(-1n) } },
  {
    row: "29 large but within 64 bits",
    input: "max_queued = 99999999999\n",
    values: { max_queued: u(99999999999n) },
    check: (document) => expect(number(document, "max_queued")).toMatchObject({ overflow: false, bits: 99999999999n }),
  },
  { row: "33 a string where a list is expected parses", input: 'cgroup_controllers = "cpu"\n', values: { cgroup_controllers: "cpu" } },
  { row: "34 a list of mixed types parses", input: 'cgroup_controllers = [ "cpu", 1 ]\n', values: { cgroup_controllers: ["cpu", u(1n)] } },
  { row: "35 string", input: 'security_driver = "none"\n', values: { security_driver: "none" } },
  { row: "36 nested lists", input: "a = [[1,2],[3]]\n", values: { a: [[u(1n), u(2n)], [u(3n)]] } },
  {
    row: "37 tabs and indentation",
    input: "\tvnc_sasl\t=\t0\t#c\n  vnc_tls = 1\n",
    values: { vnc_sasl: u(0n), vnc_tls: u(1n) },
    check: (document) => expect(document.effective.get("vnc_sasl")?.comment).toMatchObject({ text: "c", trailing: true }),
  },
  {
    row: "38 comment glued to the value",
    input: "vnc_tls = 1#c\n",
    values: { vnc_tls: u(1n) },
    check: (document) => expect(document.entries[0]?.comment?.text).toBe("c"),
  },
  { row: "39 no final newline", input: "vnc_tls = 1", values: { vnc_tls: u(1n) } },
  {
    row: "42 a NUL cuts a string value",
    input: 'a = "x\0y"\n',
    values: { a: "x" },
    check: (document) => expect(document.effective.get("a")?.value).toMatchObject({ kind: "string", containsNul: true }),
  },
  {
    row: "45 blank lines and a comment",
    input: "\n\n# c\n",
    values: {},
    entries: 0,
    check: (document) => expect(document.comments.map((comment) => comment.text)).toEqual([" c"]),
  },
  { row: "46 ; then a comment", input: "a = 1; # c\nb = 2", values: { a: u(1n), b: u(2n) } },
  {
    row: "47 a trailing comment swallows the rest of the line",
    input: "a = 1 # c ; b = 2",
    values: { a: u(1n) },
    entries: 1,
    check: (document) => expect(document.entries[0]?.comment?.text).toBe(" c ; b = 2"),
  },
  { row: "53 a comma may start a continuation line", input: 'a = [ "x"\n, "y" ]\n', values: { a: ["x", "y"] } },
  {
    row: "60 leading zeros are not octal; -0 signed; +0 unsigned",
    input: "a = 0007\nb = -0\nc = +0\n",
    values: { a: u(7n), b: s(0n), c: u(0n) },
    check: (document) => expect(number(document, "a").digits).toBe("0007"),
  },
  { row: "61 empty strings", input: "a = \"\"\nb = ''\n", values: { a: "", b: "" } },
  {
    row: "64 three keys that fail only at load",
    input: '# loader order\nkeepalive_count = -1\nspice_tls = "1"\nremember_owner = 5\n',
    values: { keepalive_count: s(-1n), spice_tls: "1", remember_owner: u(5n) },
    check: (document) => expect(document.entries.map((entry) => entry.libvirtLine)).toEqual([2, 3, 4]),
  },
  {
    row: "65 ports that fail only at load",
    input: "migration_port_min = 50000\nmigration_port_max = 49999\n",
    values: { migration_port_min: u(50000n), migration_port_max: u(49999n) },
  },
];

const FAIL_ROWS: FailRow[] = [
  {
    row: "3 CR-only line ends: libvirt line 1, display line 3",
    input: "vnc_tls = 1\rvnc_sasl = 0\rfoo bar\r",
    info: "expecting an assignment",
    libvirtLine: 1,
    at: "3:5",
    hint: "crLineEnds",
  },
  { row: "4 UTF-8 BOM", input: "\uFEFF# comment\n", info: "expecting a name", libvirtLine: 1, at: "1:1", hint: "bom" },
  { row: "5 hexadecimal", input: "max_files = 0x8000\n", info: "expecting a separator", libvirtLine: 1, at: "1:14", hint: "notDecimal" },
  { row: "5 decimal point", input: "keepalive_interval = 2.5\n", info: "expecting a separator", libvirtLine: 1, at: "1:23", hint: "notDecimal" },
  { row: "7 no escapes", input: 'vnc_listen = "a\\"b"\n', info: "expecting a separator", libvirtLine: 1, at: "1:18", hint: "backslash" },
  { row: "9 six quotes at the very end are not a triple quote", input: 'vnc_listen = """"""', info: "expecting a separator", libvirtLine: 1, at: "1:16" },
  {
    row: "11 a comment line after a comma",
    input: 'a = [ "x",\n# "y"\n]\n',
    info: "expecting a value",
    libvirtLine: 2,
    at: "2:1",
    hint: "commentInList",
  },
  { row: "12 two elements without a comma", input: 'a = [ "a" "b" ]\n', info: "expecting a separator in list", libvirtLine: 1, at: "1:11" },
  {
    row: "12 a list missing its ] before the next key",
    input: 'a = [ "x",\n  "y"\n\nb = 1\n',
    info: "expecting a separator in list",
    libvirtLine: 4,
    at: "4:1",
    hint: "unclosedList",
  },
  { row: "13 [ then the end of the file", input: "a = [\n", info: "list is not closed with ]", libvirtLine: 2, at: "1:6" },
  { row: "14 [ , ]", input: "cgroup_device_acl = [ , ]\n", info: "expecting a value", libvirtLine: 1, at: "1:23" },
  { row: "16 ;;", input: "vnc_tls = 1;;", info: "expecting a name", libvirtLine: 1, at: "1:13" },
  { row: "17 a name stops at -", input: "vnc-tls = 1\n", info: "expecting an assignment", libvirtLine: 1, at: "1:4" },
  { row: "18 a name cannot start with _", input: "_vnc_tls = 1\n", info: "expecting a name", libvirtLine: 1, at: "1:1" },
  { row: "18 a name stops at é", input: "café = 1\n", info: "expecting an assignment", libvirtLine: 1, at: "1:4" },
  { row: "20 nothing after =", input: "vnc_tls =\n", info: "expecting a value", libvirtLine: 1, at: "1:10" },
  { row: "20 a line end before =", input: "vnc_tls\n= 1\n", info: "expecting an assignment", libvirtLine: 1, at: "1:8" },
  { row: "21 true", input: "vnc_tls = true\n", info: "expecting a value", libvirtLine: 1, at: "1:11", hint: "booleanWord" },
  { row: "40 a sign alone", input: "a = -", info: "unterminated number", libvirtLine: 1, at: "1:6" },
  { row: "41 a NUL at the start of line 2", input: "a = 1\n\0b = 2\n", info: "expecting a name", libvirtLine: 2, at: "2:1" },
  { row: "43 a NUL after a value", input: 'a = "x" \0\n', info: "expecting a separator", libvirtLine: 1, at: "1:9" },
  { row: "44 one LF", input: "\n", info: "expecting a name", libvirtLine: 2, at: "1:1", hint: "blankFile" },
  { row: "44 blanks and LFs", input: "   \n\t\n", info: "expecting a name", libvirtLine: 3, at: "2:2", hint: "blankFile" },
  { row: "48 a name alone on the last line", input: "a = 1;\nb", info: "expecting an assignment", libvirtLine: 2, at: "2:2" },
  { row: "49 , then the end of the file", input: 'a = [ "x",\n', info: "expecting a value", libvirtLine: 2, at: "1:11" },
  { row: "50 an element then the end of the file", input: 'a = [ "x"\n', info: "list is not closed with ]", libvirtLine: 2, at: "1:10" },
  {
    row: "51 a comment after an element",
    input: 'a = [ "x" # c\n]\n',
    info: "expecting a separator in list",
    libvirtLine: 1,
    at: "1:11",
    hint: "commentInList",
  },
  { row: "52 a comment where an element is expected", input: 'a = [\n# c\n"x" ]\n', info: "expecting a value", libvirtLine: 2, at: "2:1", hint: "commentInList" },
  { row: "54 a triple quote never closed", input: 'a = """abc\ndef\nghi\n', info: "unterminated string", libvirtLine: 3, at: "3:3" },
  { row: "55 LFs inside a triple-quoted string count", input: 'a = """x\ny"""\nb c\n', info: "expecting an assignment", libvirtLine: 3, at: "3:3" },
  { row: "56 CR ends a double-quoted string", input: 'a = "x\ry"\n', info: "unterminated string", libvirtLine: 1, at: "1:7" },
  { row: "57 form feed after a value", input: "a = 1\fb = 2\n", info: "expecting a separator", libvirtLine: 1, at: "1:6" },
  { row: "58 a non-ASCII value", input: "a = é\n", info: "expecting a value", libvirtLine: 1, at: "1:5" },
  { row: "58 template syntax", input: "a = {{ x }}\n", info: "expecting a value", libvirtLine: 1, at: "1:5", hint: "template" },
  { row: "59 two signs", input: "a = +-1\n", info: "unterminated number", libvirtLine: 1, at: "1:6" },
  { row: "59 digit separator", input: "a = 1_000\n", info: "expecting a separator", libvirtLine: 1, at: "1:6", hint: "notDecimal" },
  { row: "62 ] as a value", input: "a = ]\n", info: "expecting a value", libvirtLine: 1, at: "1:5" },
  { row: "62 a name starting with a digit", input: "1a = 1\n", info: "expecting a name", libvirtLine: 1, at: "1:1" },
  { row: "62 no name", input: "= 1\n", info: "expecting a name", libvirtLine: 1, at: "1:1" },
  { row: "66 two settings without ;", input: "vnc_tls = 1 vnc_sasl = 1", info: "expecting a separator", libvirtLine: 1, at: "1:13", hint: "twoSettings" },
];

describe("tricky inputs (spec qemu-conf §6), libvirt 9.0.0", () => {
  describe.each(OK_ROWS.map((row) => [row.row, row] as const))("row %s: parses", (_name, row) => {
    it("stores libvirt's values", () => runOk(row));
  });
  describe.each(FAIL_ROWS.map((row) => [row.row, row] as const))("row %s: fails", (_name, row) => {
    it("with libvirt's info and line, at enginelint's position", () => runFail(row));
  });
});

describe("11.3.0 gives the same result outside rows 30–32", () => {
  it.each(OK_ROWS.map((row) => [row.row, row] as const))("row %s", (_name, row) => runOk(row, true));
  it.each(FAIL_ROWS.map((row) => [row.row, row] as const))("row %s", (_name, row) => runFail(row, true));
});

it("every row of the §6 table is covered", () => {
  const rowNumber = (label: string): number => Number(/^\d+/.exec(label)?.[0]);
  // Rows 30–32 (overflow) and 63 (size limit) have their own blocks below.
  const covered = new Set([...OK_ROWS, ...FAIL_ROWS].map((row) => rowNumber(row.row)).concat(30, 31, 32, 63));
  expect([...covered].sort((a, b) => a - b)).toEqual(Array.from({ length: 66 }, (_, i) => i + 1));
});

describe("numeric overflow (rows 30–32): 9.0.0 wraps, 11.3.0 refuses", () => {
  const cases = [
    { row: "30", input: "max_core = 99999999999999999999\n", name: "max_core", signed: false, value: 99999999999999999999n, bits: 7766279631452241919n, at: "1:12" },
    { row: "31", input: "a = -9223372036854775808\n", name: "a", signed: true, value: -9223372036854775808n, bits: 9223372036854775808n, at: "1:5" },
    { row: "32", input: "a = 18446744073709551615\n", name: "a", signed: false, value: 18446744073709551615n, bits: 18446744073709551615n, at: "1:5" },
  ];
  it.each(cases)("row $row with rejectOverflow false (9.0.0) parses and wraps", ({ input, name, signed, value, bits }) => {
    const document = expectOk(parse(input, false));
    expect(number(document, name)).toMatchObject({ signed, value, bits, overflow: true });
  });
  it.each(cases)("row $row with rejectOverflow true (11.3.0) fails", ({ input, at }) => {
    runFail({ row: "", input, info: "numeric overflow in conf value", libvirtLine: 1, at }, true);
  });
  it("row 32: the int getter's signed reading of 2^64−1 is −1", () => {
    const document = expectOk(parse(cases[2]!.input, false));
    expect(BigInt.asIntN(64, number(document, "a").bits)).toBe(-1n);
  });
  it.each([true, false])("LLONG_MAX and −LLONG_MAX are not overflow (rejectOverflow %s)", (rejectOverflow) => {
    const document = expectOk(parse("a = 9223372036854775807\nb = -9223372036854775807\nc = +0009223372036854775807\n", rejectOverflow));
    expect(number(document, "a")).toMatchObject({ overflow: false, bits: 9223372036854775807n });
    expect(number(document, "b")).toMatchObject({ overflow: false, bits: 9223372036854775809n });
    expect(number(document, "c")).toMatchObject({ overflow: false, value: 9223372036854775807n });
  });
  it("the overflow error reports libvirt's line of the number", () => {
    runFail({ row: "", input: "# c\n\na = [ 1,\n  -99999999999999999999 ]\n", info: "numeric overflow in conf value", libvirtLine: 4, at: "4:3" }, true);
  });
});

describe("row 63: the 10 MiB limit", () => {
  it("a file of exactly 10 485 760 bytes is read", () => {
    const file = new Uint8Array(10 * 1024 * 1024).fill(0x20);
    file[0] = 0x23; // "#": one comment, then blanks
    file[file.length - 1] = 0x0a;
    expect(expectOk(parse(file)).comments).toHaveLength(1);
  });
  it("larger files are refused by the engine before parsing", () => {
    expect(qemuEngine.maxBytes).toBe(10485760);
    expect(qemuEngine.oversize("qemu.conf", 10485761)).toEqual({ kind: "too-large", size: 10485761 });
  });
});

describe("reading the file (spec §2)", () => {
  it("an empty file is valid", () => {
    const document = expectOk(parse(""));
    expect(document).toMatchObject({ items: [], entries: [], comments: [] });
    expect(document.effective.size).toBe(0);
  });
  it("a file of comments only is valid", () => {
    expect(expectOk(parse("# a\n  # b\n#\n")).comments.map((comment) => comment.text)).toEqual([" a", " b", ""]);
  });
  it('"\\n" fails on libvirt line 2 expecting a name', () => {
    runFail({ row: "", input: "\n", info: "expecting a name", libvirtLine: 2, at: "1:1", hint: "blankFile" });
  });
  it("CR and blanks only are a blank file too (libvirt line 1)", () => {
    runFail({ row: "", input: "\r\r \r", info: "expecting a name", libvirtLine: 1, at: "3:2", hint: "blankFile" });
  });
  it("a NUL as the only byte is expecting a name", () => {
    runFail({ row: "", input: bytes([0]), info: "expecting a name", libvirtLine: 1, at: "1:1" });
  });
  it("a NUL inside a value between names is expecting a value", () => {
    runFail({ row: "", input: bytes("a = ", [0], "\n"), info: "expecting a value", libvirtLine: 1, at: "1:5" });
  });
  it.each([
    ["single", "a = 'x\0y'\n"],
    ["double", 'a = "x\0y"\n'],
    ["triple", 'a = """x\0\ny"""\n'],
  ])("a NUL cuts a %s-quoted string", (_form, input) => {
    const document = expectOk(parse(input));
    expect(document.effective.get("a")?.value).toMatchObject({ kind: "string", value: "x", containsNul: true });
  });
  it("a NUL inside a comment is part of the comment", () => {
    expect(expectOk(parse("# a\0b\nc = 1\n")).comments[0]?.text).toBe(" a\0b");
  });
});

describe("triple quotes need 7 bytes from the opening quote (spec §3.5)", () => {
  it.each([
    { input: 'x = """a"""', value: "a", why: "exactly 7 bytes at the very end" },
    { input: 'x = """""" ', value: "", why: "six quotes and one blank" },
    { input: 'x = """"a"""\n', value: '"a', why: "a fourth quote belongs to the content" },
    { input: 'x = """a"b"""\n', value: 'a"b', why: "a single quote inside" },
    { input: 'x = """a\r\nb"""\n', value: "a\r\nb", why: "CR and LF kept as they are" },
  ])("$why", ({ input, value }) => {
    expect(effectiveValues(expectOk(parse(input)))).toEqual({ x: value });
  });
  it.each([
    { input: 'x = """"""', at: "1:7", why: "six quotes at the end: an empty string, then stray quotes" },
    { input: 'x = """ab"', at: "1:7", why: "six bytes: an empty double-quoted string, then stray bytes" },
  ])("$why", ({ input, at }) => {
    runFail({ row: "", input, info: "expecting a separator", libvirtLine: 1, at });
  });
  it.each([
    { input: 'x = """ab""', libvirtLine: 1, at: "1:10", why: "7 bytes but no closing triple: the offset is end − 2" },
    { input: 'x = """xy\n\n', libvirtLine: 1, at: "1:10", why: "LFs among the last two bytes are not counted" },
    { input: 'x = """\n\n\n\nab', libvirtLine: 5, at: "5:1", why: "LFs before end − 2 are counted" },
  ])("unterminated: $why", ({ input, libvirtLine, at }) => {
    runFail({ row: "", input, info: "unterminated string", libvirtLine, at });
  });
  it("''' is not a string form", () => {
    runFail({ row: "", input: "x = '''x'''\n", info: "expecting a separator", libvirtLine: 1, at: "1:7" });
  });
});

describe("line counting: only LF advances libvirt's line (spec §3.7)", () => {
  it("CR-only: entries report libvirt line 1, display lines advance", () => {
    const parsed = parse("a = 1\rb = 2\rc = 3\r");
    const document = expectOk(parsed);
    expect(document.entries.map((entry) => entry.libvirtLine)).toEqual([1, 1, 1]);
    expect(document.entries.map((entry) => at(parsed, entry.nameSpan.start))).toEqual(["1:1", "2:1", "3:1"]);
  });
  it("CRLF: libvirt lines equal display lines", () => {
    const parsed = parse("a = 1\r\nb = 2\r\n\r\nc = 3\r\n");
    const document = expectOk(parsed);
    expect(document.entries.map((entry) => entry.libvirtLine)).toEqual([1, 2, 4]);
    expect(document.entries.map((entry) => at(parsed, entry.nameSpan.start))).toEqual(["1:1", "2:1", "4:1"]);
  });
  it("CR inside a triple-quoted string does not count", () => {
    runFail({ row: "", input: 'a = """x\ry"""\rb c', info: "expecting an assignment", libvirtLine: 1, at: "3:3", hint: "crLineEnds" });
  });
  it("an unterminated string is reported on the line where it started", () => {
    runFail({ row: "", input: "a = 1\nb = 'x\nc = 2\n", info: "unterminated string", libvirtLine: 2, at: "2:7" });
  });
  it("an unterminated string at the end of the file", () => {
    runFail({ row: "", input: 'a = "x', info: "unterminated string", libvirtLine: 1, at: "1:7" });
  });
  it("a multi-line list: each element keeps its own display line", () => {
    const parsed = parse('a = [\n  "x",\r\n  "y"\r  ]\nb = 1\n');
    const document = expectOk(parsed);
    const list = document.effective.get("a")?.value;
    if (list?.kind !== "list") throw new Error("a is not a list");
    expect(list.items.map((item) => at(parsed, item.start))).toEqual(["2:3", "3:3"]);
    expect(document.effective.get("b")?.libvirtLine).toBe(4);
    expect(at(parsed, document.effective.get("b")!.nameSpan.start)).toBe("5:1");
  });
});

describe("spans are UTF-16 offsets into the decoded text", () => {
  function slice(parsed: Parsed, span: { start: number; end: number }): string {
    return parsed.source.text.slice(span.start, span.end);
  }

  it("names, statements, values, list elements and comments after non-ASCII strings", () => {
    const parsed = parse(bytes('a = "café"\nb = [ \'é\', 2, "😀" ] # ü\n\tc=-12#x'));
    const document = expectOk(parsed);
    const [a, b, c] = document.entries;
    expect([a, b, c].map((entry) => entry && slice(parsed, entry.nameSpan))).toEqual(["a", "b", "c"]);
    expect([a, b, c].map((entry) => entry && slice(parsed, entry.span))).toEqual(['a = "café"', "b = [ 'é', 2, \"😀\" ]", "c=-12"]);
    expect([a, b, c].map((entry) => entry && slice(parsed, entry.value))).toEqual(['"café"', "[ 'é', 2, \"😀\" ]", "-12"]);
    const list = b?.value;
    if (list?.kind !== "list") throw new Error("b is not a list");
    expect(list.items.map((item) => slice(parsed, item))).toEqual(["'é'", "2", '"😀"']);
    expect(plain(list)).toEqual(["é", u(2n), "😀"]);
    expect(document.comments.map((comment) => slice(parsed, comment.span))).toEqual(["# ü", "#x"]);
    expect(document.comments.map((comment) => comment.text)).toEqual([" ü", "x"]);
    expect(a?.value).toMatchObject({ value: "café" });
    expect(at(parsed, c!.nameSpan.start)).toBe("3:2");
    expect([a, b, c].map((entry) => entry?.libvirtLine)).toEqual([1, 2, 3]);
  });

  it("invalid UTF-8 bytes in a comment and a string keep later positions right", () => {
    const parsed = parse(bytes("# ", [0xff, 0xfe, 0xe2, 0x82], " bad\na = '", [0xc3], "x'\nb = 1\n"));
    const document = expectOk(parsed);
    // FF and FE are each invalid; E2 82 is one truncated sequence: one U+FFFD, as TextDecoder gives.
    expect(parsed.source.text).toBe("# \uFFFD\uFFFD\uFFFD bad\na = '\uFFFDx'\nb = 1\n");
    expect(slice(parsed, document.comments[0]!.span)).toBe("# \uFFFD\uFFFD\uFFFD bad");
    expect(document.comments[0]!.text).toBe(" \uFFFD\uFFFD\uFFFD bad");
    const [a, b] = document.entries;
    expect(slice(parsed, a!.value)).toBe("'\uFFFDx'");
    expect(a!.value).toMatchObject({ value: "\uFFFDx" });
    expect(slice(parsed, b!.nameSpan)).toBe("b");
    expect(at(parsed, b!.nameSpan.start)).toBe("3:1");
  });

  it("a U+FEFF at the start of a value or comment is kept, as libvirt keeps every byte", () => {
    const document = expectOk(parse('a = "\uFEFFx"\n#\uFEFF\n'));
    expect(document.effective.get("a")?.value).toMatchObject({ value: "\uFEFFx" });
    expect(document.comments[0]?.text).toBe("\uFEFF");
  });

  it("an error after non-ASCII text: byte offset and UTF-16 offset differ, the position is right", () => {
    const parsed = parse('a = "café 😀"\nb c\n');
    const failure = expectSyntaxFailure(parsed);
    expect(failure).toMatchObject({ info: "expecting an assignment", libvirtLine: 2, byteOffset: 19, offset: 16 });
    expect(at(parsed, failure.offset)).toBe("2:3");
  });

  it("an error inside a comment line with invalid bytes, on the next line", () => {
    const parsed = parse(bytes("#", [0x80, 0x80], "\n", [0xc3, 0xa9], " = 1\n"));
    const failure = expectSyntaxFailure(parsed);
    expect(failure).toMatchObject({ info: "expecting a name", libvirtLine: 2, byteOffset: 4, offset: 4 });
    expect(at(parsed, failure.offset)).toBe("2:1");
  });

  it("a statement's span runs from the name to the end of the value, not its comment", () => {
    const parsed = parse("  key = [ 1 ,\n 2 ]  # note\n");
    const entry = expectOk(parsed).entries[0]!;
    expect(slice(parsed, entry.span)).toBe("key = [ 1 ,\n 2 ]");
    expect(slice(parsed, entry.comment!.span)).toBe("# note");
  });
});

describe("parse hints", () => {
  const hints: { input: string; info: VirConfErrorInfo; hint: ParseHint }[] = [
    { input: "\uFEFFuser = 1\n", info: "expecting a name", hint: { id: "bom" } },
    { input: "a = 1\rb = 2\rc d\r", info: "expecting an assignment", hint: { id: "crLineEnds" } },
    { input: "a = [ off ]\n", info: "expecting a value", hint: { id: "booleanWord" } },
    { input: "a = {% if x %}\n", info: "expecting a value", hint: { id: "template" } },
    { input: 'a = [ "x", # "y"\n]\n', info: "expecting a value", hint: { id: "commentInList" } },
    { input: 'a = [\n  "x",\n  "y"\n\nb = 2\n', info: "expecting a separator in list", hint: { id: "unclosedList", listLine: 1 } },
    { input: "a = 1e3\n", info: "expecting a separator", hint: { id: "notDecimal" } },
    { input: "a = 'C:\\dir\\' x\n", info: "expecting a separator", hint: { id: "backslash" } },
    { input: "a = 1 e = 2\n", info: "expecting a separator", hint: { id: "twoSettings" } },
    { input: " \t\r\n", info: "expecting a name", hint: { id: "blankFile" } },
  ];
  it.each(hints)("$hint.id", ({ input, info, hint }) => {
    expect(expectSyntaxFailure(parse(input))).toMatchObject({ info, hint });
  });
  it("every hint id is covered", () => {
    const ids: Record<ParseHint["id"], true> = {
      bom: true, crLineEnds: true, booleanWord: true, template: true, commentInList: true,
      unclosedList: true, notDecimal: true, backslash: true, twoSettings: true, blankFile: true,
    };
    expect(new Set(hints.map(({ hint }) => hint.id))).toEqual(new Set(Object.keys(ids)));
  });
  it.each([
    { why: "a word after a number and a blank is not a number's tail", input: "a = 1 x\n" },
    { why: "a bare word starting like a boolean", input: "a = none\n" },
    { why: "a list that opened on the same line", input: "a = [ 1 2 ]\n" },
    { why: "a string with no backslash", input: "a = 'x' y\n" },
    { why: "CRLF line ends", input: "a = 1\r\nb c\r\n" },
  ])("no hint: $why", ({ input }) => {
    expect(expectSyntaxFailure(parse(input)).hint).toBeUndefined();
  });
  it("the unclosed-list hint names libvirt's line of the innermost open list", () => {
    expect(expectSyntaxFailure(parse("a = [ 1,\n  [ 2,\n    3\nb = 1\n")).hint).toEqual({ id: "unclosedList", listLine: 2 });
  });
});
