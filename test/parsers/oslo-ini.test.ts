/**
 * The oslo.config INI reader against spec nova-conf §1–§3 and the parsing rows of §6 (1–8, 12–21,
 * 22, 34): exact values, spans, and every error with oslo's line and enginelint's position.
 */
import { describe, expect, it } from "vitest";
import type { Span } from "../../src/core/rule.js";
import { createSource, sourceFromText } from "../../src/core/source.js";
import { firstInvalidUtf8, parseOsloIni, pyLstrip, pyRstrip, pyStrip, splitLines } from "../../src/parsers/oslo-ini.js";
import type { IniAssignment, OsloIniDocument, OsloIniFailure } from "../../src/parsers/oslo-ini-types.js";

function parse(text: string): OsloIniDocument {
  const result = parseOsloIni(sourceFromText(text));
  if (!result.ok) throw new Error(`does not parse: ${JSON.stringify(result.failure)}`);
  return result.document;
}

function failure(input: string | Uint8Array): OsloIniFailure {
  const result = parseOsloIni(typeof input === "string" ? sourceFromText(input) : createSource(input));
  if (result.ok) throw new Error("parses");
  return result.failure;
}

/** `group key = value` triples, groups normalised. */
function values(text: string): [string, string, string][] {
  return parse(text).assignments.map((a) => [a.section.name, a.key, a.value]);
}

const slice = (text: string, span: Span): string => text.slice(span.start, span.end);

/** `line:column-endLine:endColumn` of a span, as the linter shows it. */
function at(text: string, span: Span): string {
  const source = sourceFromText(text);
  const start = source.position(span.start);
  const end = source.position(span.end);
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

function only(text: string): IniAssignment {
  const [assignment, ...rest] = parse(text).assignments;
  expect(rest).toEqual([]);
  return assignment!;
}

describe("Python whitespace", () => {
  it("strips Python's set, not JavaScript's", () => {
    expect(pyStrip("\u001c\u001f\u0085 a \u00a0\u3000")).toBe("a");
    expect(pyStrip("\ufeffa\ufeff")).toBe("\ufeffa\ufeff");
    expect(pyStrip("\u200ba\u200b")).toBe("\u200ba\u200b");
    expect(pyRstrip(" a\t\v\f\r\n")).toBe(" a");
    expect(pyLstrip("\u2028\u2029\u202f\u205f\u1680\u2000\u200aa ")).toBe("a ");
  });

  it("never uses trim(): a BOM in the middle stays in the key", () => {
    expect(values("[DEFAULT]\n\ufeffkey = v\n")).toEqual([["DEFAULT", "\ufeffkey", "v"]]);
  });

  it("treats a line of U+00A0 or of U+0085 as blank", () => {
    expect(values("[DEFAULT]\nhost = a\n\u00a0\nmy_ip = b\n")).toEqual([
      ["DEFAULT", "host", "a"],
      ["DEFAULT", "my_ip", "b"],
    ]);
    expect(failure("[DEFAULT]\nhost = a\n\u0085\n  b\n")).toMatchObject({ message: "Unexpected continuation line", osloLine: 4 });
  });
});

describe("lines", () => {
  it("breaks at \\r\\n, \\r and \\n only", () => {
    expect(splitLines("a\r\nb\rc\nd\u2028e\u000bf\u000cg\u001ch\u0085i").map((line) => line.text)).toEqual([
      "a",
      "b",
      "c",
      "d\u2028e\u000bf\u000cg\u001ch\u0085i",
    ]);
    expect(splitLines("a\n").map((line) => [line.text, line.start, line.number])).toEqual([["a", 0, 1]]);
    expect(splitLines("")).toEqual([]);
    expect(splitLines("\n\n").map((line) => line.number)).toEqual([1, 2]);
  });

  it("keeps \\v, \\f and U+2028 inside a value (they end no line)", () => {
    expect(values("[DEFAULT]\nhost = a\u000bb\u2028c\n")).toEqual([["DEFAULT", "host", "a\u000bb\u2028c"]]);
  });

  it("reads raw ESC bytes as ordinary characters", () => {
    expect(values("[DEFAULT]\nfmt = \u001b[01;35m%(name)s\u001b[00m\n")).toEqual([["DEFAULT", "fmt", "\u001b[01;35m%(name)s\u001b[00m"]]);
  });
});

describe("spec §6 rows", () => {
  it("1: no inline comments", () => {
    const text = "[DEFAULT]\nhost = compute1 # main host\n";
    const a = only(text);
    expect(a.value).toBe("compute1 # main host");
    expect(at(text, a.keySpan)).toBe("2:1-2:5");
    expect(at(text, a.valueSpan)).toBe("2:8-2:28");
    expect(at(text, a.span)).toBe("2:1-2:28");
    expect(a.separator).toBe("=");
    expect(a.separatorOffset).toBe(15);
  });

  it("2: an indented # line is a continuation", () => {
    const text = "[DEFAULT]\nhost = a\n  # not a comment\n";
    const a = only(text);
    expect(a.value).toBe("a\n# not a comment");
    expect(a.pieces.map((p) => [p.text, at(text, p.span), p.line])).toEqual([
      ["a", "2:8-2:9", 2],
      ["# not a comment", "3:3-3:18", 3],
    ]);
    expect(at(text, a.valueSpan)).toBe("2:8-3:18");
    expect(at(text, a.span)).toBe("2:1-3:18");
    expect([a.line, a.endLine]).toEqual([2, 3]);
    expect(parse(text).comments).toEqual([]);
  });

  it("3: after a blank line an indented comment is an error", () => {
    const text = "[DEFAULT]\nhost = a\n\n  # indented\n";
    expect(failure(text)).toEqual({
      kind: "syntax",
      message: "Unexpected continuation line",
      osloLine: 4,
      span: { start: 20, end: 32 },
      hint: "indentedComment",
    });
    expect(at(text, { start: 20, end: 32 })).toBe("4:1-4:13");
  });

  it("4: the first of : and = splits", () => {
    const text = "[DEFAULT]\nhost: a=b\nmy_ip = 1:2\n";
    const [host, ip] = parse(text).assignments;
    expect([host!.key, host!.value, host!.separator, slice(text, host!.valueSpan)]).toEqual(["host", "a=b", ":", "a=b"]);
    expect([ip!.key, ip!.value, ip!.separator]).toEqual(["my_ip", "1:2", "="]);
    expect(at(text, host!.keySpan)).toBe("2:1-2:5");
  });

  it("5: http://x = y splits at the colon", () => {
    const a = only("[DEFAULT]\nhttp://x = y\n");
    expect([a.key, a.value, a.separator]).toEqual(["http", "//x = y", ":"]);
  });

  it("6: a URL with # and : in the password is one value", () => {
    const url = "mysql+pymysql://nova:p#ss=w:rd@db/nova?charset=utf8&read_timeout=30";
    const text = `[database]\nconnection = ${url}\n`;
    const a = only(text);
    expect([a.section.name, a.key, a.value]).toEqual(["database", "connection", url]);
    expect(slice(text, a.valueSpan)).toBe(url);
  });

  it("7: one pair of outer quotes is removed", () => {
    const text = "[DEFAULT]\nhost = \"a b\"\nmy_ip = 'x\"\nstate_path = \"\"\"\nhost = \"\n";
    const [ab, mixed, triple, single] = parse(text).assignments;
    expect([ab!.value, ab!.rawFirstValue, ab!.quotesRemoved]).toEqual(["a b", '"a b"', true]);
    expect(slice(text, ab!.pieces[0]!.span)).toBe("a b");
    expect(slice(text, ab!.valueSpan)).toBe('"a b"');
    expect(at(text, ab!.span)).toBe("2:1-2:13");
    expect([mixed!.value, mixed!.quotesRemoved]).toEqual(["'x\"", false]);
    expect(slice(text, mixed!.valueSpan)).toBe("'x\"");
    expect([triple!.value, triple!.quotesRemoved]).toEqual(['"', true]);
    expect(slice(text, triple!.pieces[0]!.span)).toBe('"');
    expect([single!.value, single!.rawFirstValue, single!.quotesRemoved]).toEqual(["", '"', true]);
    expect(slice(text, single!.valueSpan)).toBe('"');
  });

  it("7: quotes go before continuation and only on the first line", () => {
    expect(only('[DEFAULT]\nhost = "a" "b"\n').value).toBe('a" "b');
    const text = '[DEFAULT]\nhost = "a\n  b"\n';
    const a = only(text);
    expect([a.value, a.quotesRemoved]).toEqual(['"a\nb"', false]);
    expect(slice(text, a.valueSpan)).toBe('"a\n  b"');
    expect(only("[DEFAULT]\nhost = ' bar '\n").value).toBe(" bar ");
  });

  it("8: continuation lines with spaces or a tab join with \\n", () => {
    const text = "[DEFAULT]\nhost = a\n  b\n\tc\n";
    const a = only(text);
    expect(a.value).toBe("a\nb\nc");
    expect(a.pieces.map((p) => slice(text, p.span))).toEqual(["a", "b", "c"]);
    expect(at(text, a.valueSpan)).toBe("2:8-4:3");
  });

  it("12: a repeated section is the same group", () => {
    const doc = parse("[DEFAULT]\nhost=a\n[libvirt]\nvirt_type = kvm\n[DEFAULT]\nmy_ip=10.0.0.1\n");
    expect(doc.assignments.map((a) => [a.section.name, a.section.line, a.key, a.value])).toEqual([
      ["DEFAULT", 1, "host", "a"],
      ["libvirt", 3, "virt_type", "kvm"],
      ["DEFAULT", 5, "my_ip", "10.0.0.1"],
    ]);
    expect(doc.sections.map((s) => s.name)).toEqual(["DEFAULT", "libvirt", "DEFAULT"]);
  });

  it("13: an assignment before any section: oslo names the next line, enginelint the key", () => {
    const text = "host = a\n[DEFAULT]\n";
    expect(failure(text)).toEqual({
      kind: "syntax",
      message: "Section must be started before assignment",
      osloLine: 2,
      span: { start: 0, end: 4 },
    });
  });

  it("14: [default] and [Default] normalise to default, not DEFAULT", () => {
    expect(values("[default]\nhost = a\n[Default]\nmy_ip = b\n")).toEqual([
      ["default", "host", "a"],
      ["default", "my_ip", "b"],
    ]);
  });

  it("15, 16: section names are lower-cased except DEFAULT", () => {
    const text = "[libvirt]\nimages_type=rbd\n[LIBVIRT]\nimages_type=qcow2\n";
    const doc = parse(text);
    expect(doc.sections.map((s) => [s.rawName, s.name, at(text, s.span), at(text, s.nameSpan)])).toEqual([
      ["libvirt", "libvirt", "1:1-1:10", "1:2-1:9"],
      ["LIBVIRT", "libvirt", "3:1-3:10", "3:2-3:9"],
    ]);
    expect(values(text)).toEqual([
      ["libvirt", "images_type", "rbd"],
      ["libvirt", "images_type", "qcow2"],
    ]);
  });

  it("17: keys are kept as written (case, dashes, spaces)", () => {
    const text = "[DEFAULT]\nHost = a\nDEBUG = true\nmy-ip = 1\nmy ip = 2\n";
    expect(parse(text).assignments.map((a) => [a.key, slice(text, a.keySpan)])).toEqual([
      ["Host", "Host"],
      ["DEBUG", "DEBUG"],
      ["my-ip", "my-ip"],
      ["my ip", "my ip"],
    ]);
  });

  it("18: section names are verbatim between [ and ]", () => {
    const doc = parse("[ libvirt ]\na = 1\n[libvirt]]\nb = 2\n[ ]\nc = 3\n");
    expect(doc.sections.map((s) => [s.rawName, s.name])).toEqual([
      [" libvirt ", " libvirt "],
      ["libvirt]", "libvirt]"],
      [" ", " "],
    ]);
    expect(doc.sections[0]!.nameSpan).toEqual({ start: 1, end: 10 });
  });

  it("18: broken headers", () => {
    expect(failure("[libvirt] # x\n")).toEqual({ kind: "syntax", message: "Invalid section (must end with ])", osloLine: 1, span: { start: 0, end: 13 } });
    expect(failure("[DEFAULT]\nhost = a\n[]\n")).toEqual({ kind: "syntax", message: "Empty section name", osloLine: 3, span: { start: 19, end: 21 } });
    expect(failure("[DEFAULT]\n[libvirt  \n")).toEqual({ kind: "syntax", message: "Invalid section (must end with ])", osloLine: 2, span: { start: 10, end: 18 } });
    expect(failure("[\n")).toMatchObject({ message: "Invalid section (must end with ])", osloLine: 1 });
  });

  it("19: a word alone, an empty key, an indented line after a header", () => {
    expect(failure("[DEFAULT]\njust_a_word\n")).toEqual({ kind: "syntax", message: "No ':' or '=' found in assignment", osloLine: 2, span: { start: 10, end: 21 } });
    expect(failure("[DEFAULT]\n= value\n")).toEqual({ kind: "syntax", message: "Key cannot be empty", osloLine: 2, span: { start: 10, end: 17 } });
    expect(failure("[DEFAULT]\n  : value  \n")).toEqual({ kind: "syntax", message: "Unexpected continuation line", osloLine: 2, span: { start: 10, end: 19 } });
    expect(failure("[DEFAULT]\n\thost = a\n")).toEqual({ kind: "syntax", message: "Unexpected continuation line", osloLine: 2, span: { start: 10, end: 19 } });
  });

  it("20: CRLF and CR-only files read as LF", () => {
    const lf = "[DEFAULT]\nhost = a\n  b\n\n# c\n[libvirt]\nvirt_type = kvm\n";
    const shape = (text: string): unknown =>
      parse(text).items.map((item) => [item.kind, item.line, at(text, item.span), item.kind === "assignment" ? item.value : ""]);
    expect(shape(lf.replaceAll("\n", "\r\n"))).toEqual(shape(lf));
    expect(shape(lf.replaceAll("\n", "\r"))).toEqual(shape(lf));
    expect(values(lf.replaceAll("\n", "\r\n"))).toEqual(values(lf));
  });

  it("21: a UTF-8 byte order mark fails on line 1 with the bom hint", () => {
    const bytes = Uint8Array.of(0xef, 0xbb, 0xbf, ...new TextEncoder().encode("[DEFAULT]\nhost = a\n"));
    const found = failure(bytes);
    expect(found).toEqual({ kind: "syntax", message: "No ':' or '=' found in assignment", osloLine: 1, span: { start: 0, end: 10 }, hint: "bom" });
    expect(at("\ufeff[DEFAULT]\nhost = a\n", { start: 0, end: 10 })).toBe("1:1-1:10");
  });

  it("21: a BOM before an assignment fails at the flush with the bom hint", () => {
    expect(failure("\ufeffhost = a\n[DEFAULT]\n")).toEqual({
      kind: "syntax",
      message: "Section must be started before assignment",
      osloLine: 2,
      span: { start: 0, end: 5 },
      hint: "bom",
    });
  });

  it("22: a Latin-1 byte is an encoding failure at that byte", () => {
    const bytes = Uint8Array.of(...new TextEncoder().encode("[DEFAULT]\nhost = caf"), 0xe9, 0x0a);
    expect(failure(bytes)).toEqual({ kind: "encoding", byte: 0xe9, byteOffset: 20, offset: 20 });
  });

  it("34: quotes around list items: only the outer pair goes", () => {
    const a = only("[DEFAULT]\nenabled_apis = 'a', 'b'\n");
    expect([a.value, a.rawFirstValue, a.quotesRemoved]).toEqual(["a', 'b", "'a', 'b'", true]);
  });
});

describe("spec §3 errors: oslo's line, enginelint's span", () => {
  const cases: [string, string, OsloIniFailure][] = [
    ["no separator", "[DEFAULT]\nhost = a\nword  \n", { kind: "syntax", message: "No ':' or '=' found in assignment", osloLine: 3, span: { start: 19, end: 23 } }],
    ["empty key (=)", "[DEFAULT]\n= v\n", { kind: "syntax", message: "Key cannot be empty", osloLine: 2, span: { start: 10, end: 13 } }],
    ["empty key (:)", "[DEFAULT]\n: v\n", { kind: "syntax", message: "Key cannot be empty", osloLine: 2, span: { start: 10, end: 13 } }],
    ["continuation on the first line", "  host = a\n", { kind: "syntax", message: "Unexpected continuation line", osloLine: 1, span: { start: 0, end: 10 } }],
    ["continuation after a comment", "[DEFAULT]\n# c\n  b\n", { kind: "syntax", message: "Unexpected continuation line", osloLine: 3, span: { start: 14, end: 17 } }],
    ["continuation after a header", "[DEFAULT]\n  ; c\n", { kind: "syntax", message: "Unexpected continuation line", osloLine: 2, span: { start: 10, end: 15 }, hint: "indentedComment" }],
    ["unclosed header", "[libvirt\n", { kind: "syntax", message: "Invalid section (must end with ])", osloLine: 1, span: { start: 0, end: 8 } }],
    ["empty header", "[]\n", { kind: "syntax", message: "Empty section name", osloLine: 1, span: { start: 0, end: 2 } }],
    [
      "no section, flushed by a blank line",
      "host = a\n  b\n\n[DEFAULT]\n",
      { kind: "syntax", message: "Section must be started before assignment", osloLine: 3, span: { start: 0, end: 4 } },
    ],
    [
      "no section, last line of the file",
      "# top\n  \nmy_ip = a",
      { kind: "syntax", message: "Section must be started before assignment", osloLine: 3, span: { start: 9, end: 14 } },
    ],
    [
      "no section, continued to the end",
      "host = a\n  b\n",
      { kind: "syntax", message: "Section must be started before assignment", osloLine: 2, span: { start: 0, end: 4 } },
    ],
    [
      "the flush error wins over the next line's own error",
      "host = a\n= b\n",
      { kind: "syntax", message: "Section must be started before assignment", osloLine: 2, span: { start: 0, end: 4 } },
    ],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    expect(failure(text)).toEqual(expected);
  });

  it("stops at the first error", () => {
    expect(failure("[DEFAULT]\nword\n[]\n")).toMatchObject({ osloLine: 2 });
  });

  it("invalid UTF-8 wins over a syntax error earlier in the file", () => {
    expect(failure(Uint8Array.of(0x5b, 0x0a, 0x61, 0x3d, 0xc3, 0x28))).toEqual({ kind: "encoding", byte: 0xc3, byteOffset: 4, offset: 4 });
  });

  it("reports the first byte of the first ill-formed sequence", () => {
    expect(firstInvalidUtf8(new TextEncoder().encode("é😀ü"))).toBeUndefined();
    expect(firstInvalidUtf8(Uint8Array.of(0x61, 0x80))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.of(0x61, 0xe2, 0x82))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.of(0xc0, 0xaf))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.of(0xf4, 0x90, 0x80, 0x80))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.of(0x61, 0xff))).toBe(1);
  });

  it("maps the byte offset to the text offset", () => {
    // "é" is two bytes but one UTF-16 unit, so byte 13 is text offset 12.
    const bytes = Uint8Array.of(...new TextEncoder().encode("[DEFAULT]\né="), 0xff);
    expect(failure(bytes)).toEqual({ kind: "encoding", byte: 0xff, byteOffset: 13, offset: 12 });
  });

  it("a NUL byte makes the file binary", () => {
    expect(failure("[DEFAULT]\nhost = a\u0000b\n")).toEqual({ kind: "binary", offset: 18 });
  });
});

describe("document shape", () => {
  it("keeps headers, comments and assignments in file order", () => {
    const text = "# top\n;semi\n[DEFAULT]\n#  enginelint-disable-next-line x  \nhost = a\n";
    const doc = parse(text);
    expect(doc.items.map((item) => item.kind)).toEqual(["comment", "comment", "section", "comment", "assignment"]);
    expect(doc.comments.map((c) => [c.marker, c.text, c.line, slice(text, c.span)])).toEqual([
      ["#", " top", 1, "# top"],
      [";", "semi", 2, ";semi"],
      ["#", "  enginelint-disable-next-line x", 4, "#  enginelint-disable-next-line x"],
    ]);
    expect(doc.assignments[0]!.section).toBe(doc.sections[0]);
  });

  it("an empty value sits at the separator's end", () => {
    const text = "[DEFAULT]\nhost =   \ncafile=\n";
    const [host, cafile] = parse(text).assignments;
    expect([host!.value, host!.valueSpan, host!.span, host!.pieces[0]!.span]).toEqual(["", { start: 16, end: 16 }, { start: 10, end: 16 }, { start: 16, end: 16 }]);
    expect([cafile!.value, cafile!.valueSpan]).toEqual(["", { start: 27, end: 27 }]);
  });

  it("an empty first line can be continued", () => {
    const text = "[pci]\nalias =\n  {\"a\": 1}\n";
    const a = only(text);
    expect(a.value).toBe('\n{"a": 1}');
    expect(at(text, a.valueSpan)).toBe("2:8-3:11");
  });

  it("a key with inner blanks and a separator inside the value", () => {
    const a = only("[DEFAULT]\n  \nmy key : a : b\n");
    expect([a.key, a.value, a.separator]).toEqual(["my key", "a : b", ":"]);
  });

  it("builds comments and items once, from the same comment objects, whichever is read first", () => {
    const text = "[DEFAULT]\n# a \t\nhost = a\n  # not a comment\n;b\n";
    const doc = parse(text);
    const items = doc.items;
    expect(doc.items).toBe(items);
    expect(doc.comments).toBe(doc.comments);
    expect(items.filter((item) => item.kind === "comment")).toEqual(doc.comments);
    items.filter((item) => item.kind === "comment").forEach((comment, index) => expect(comment).toBe(doc.comments[index]));
    expect(doc.comments.map((c) => [c.marker, c.text, c.line, slice(text, c.span)])).toEqual([
      ["#", " a", 2, "# a"],
      [";", "b", 5, ";b"],
    ]);
  });

  it("an empty file and a file of blanks and comments parse", () => {
    expect(parse("")).toEqual({ items: [], sections: [], comments: [], assignments: [] });
    expect(parse("\n \n# c\n\t\n").comments).toHaveLength(1);
  });
});
