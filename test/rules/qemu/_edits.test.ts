import { describe, expect, it } from "vitest";
import { sourceFromText } from "../../../src/core/source.js";
import { parseVirConf, type VirConfDocument, type VirValue } from "../../../src/parsers/virconf.js";
import { deleteEntry } from "../../../rules/qemu/_edits.js";

function parse(text: string): VirConfDocument {
  const result = parseVirConf(sourceFromText(text), { rejectOverflow: true });
  if (!result.ok) throw new Error(`does not parse: ${JSON.stringify(result.failure)}`);
  return result.document;
}

/** What libvirt keeps: names with their stored values, in order. */
function entries(document: VirConfDocument): [string, unknown][] {
  const plain = (value: VirValue): unknown =>
    value.kind === "list" ? value.items.map(plain) : value.kind === "number" ? `${value.signed ? "-" : ""}${value.value}` : value.value;
  return document.entries.map((entry) => [entry.name, plain(entry.value)]);
}

/** Deletes the `index`-th entry and returns the edited text. */
function remove(text: string, index: number): string {
  const entry = parse(text).entries[index];
  if (!entry) throw new Error(`no entry ${index}`);
  const edit = deleteEntry(text, entry);
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

describe("deleteEntry", () => {
  it.each([
    // [name, text, index of the entry to delete, expected text]
    ["a line of its own", "a = 1\nb = 2\nc = 3\n", 1, "a = 1\nc = 3\n"],
    ["the first line", "a = 1\nb = 2\n", 0, "b = 2\n"],
    ["the last line without a final newline", "a = 1\nb = 2", 1, "a = 1\n"],
    ["indentation and trailing blanks", "a = 1\n\t  b = 2  \t\nc = 3\n", 1, "a = 1\nc = 3\n"],
    ["its trailing comment goes with it", "a = 1\nb = 2 # why\nc = 3\n", 1, "a = 1\nc = 3\n"],
    ["a comment glued to the value", "a = 1\nb = 2#why\nc = 3\n", 1, "a = 1\nc = 3\n"],
    ["a final ; on its own line", "a = 1\nb = 2 ;  \nc = 3\n", 1, "a = 1\nc = 3\n"],
    ["CRLF line ends", "a = 1\r\nb = 2\r\nc = 3\r\n", 1, "a = 1\r\nc = 3\r\n"],
    ["bare CR line ends", "a = 1\rb = 2\rc = 3\r", 1, "a = 1\rc = 3\r"],
    ["a multi-line list", 'a = 1\nb = [\n  "x",\n\n  "y",\n]\nc = 3\n', 1, "a = 1\nc = 3\n"],
    ["a multi-line list with CRLF", 'a = 1\r\nb = [\r\n  "x",\r\n  "y"\r\n] # c\r\nc = 3\r\n', 1, "a = 1\r\nc = 3\r\n"],
    ["a triple-quoted string over lines", 'b = """x\ny"""\nc = 3\n', 0, "c = 3\n"],
    ["blank lines around stay", "a = 1\n\nb = 2\n\nc = 3\n", 1, "a = 1\n\n\nc = 3\n"],
    ["first of two on a line: itself and its ;", "a = 1; b = 2\n", 0, "b = 2\n"],
    ["first of two, blanks before the ;", "a = 1 ;\tb = 2\n", 0, "b = 2\n"],
    ["last of two on a line: itself and the ; before it", "a = 1; b = 2\nc = 3\n", 1, "a = 1\nc = 3\n"],
    ["last of two with its comment and a final ;", "a = 1 ; b = 2; # c\nc = 3\n", 1, "a = 1 ; # c\nc = 3\n"],
    ["middle of three", "a = 1; b = 2; c = 3\n", 1, "a = 1; c = 3\n"],
    ["last of three with a trailing comment", "a = 1; b = 2; c = 3 # x\n", 2, "a = 1; b = 2\n"],
    ["after a multi-line list on the list's last line", "a = [\n1\n]; b = 2\n", 1, "a = [\n1\n]\n"],
    ["a line of two statements, CRLF", "a = 1; b = 2\r\nc = 3\r\n", 1, "a = 1\r\nc = 3\r\n"],
    ["the only entry", "a = 1\n", 0, ""],
    ["the only entry after blank lines: the file is emptied", "\n  \na = 1\n\n", 0, ""],
    ["the only entry next to a comment keeps the comment", "# c\n\na = 1\n", 0, "# c\n\n"],
  ])("%s", (_name, text, index, expected) => {
    const output = remove(text, index);
    expect(output).toBe(expected);
    // libvirt reads the result as the original without that one entry.
    const before = entries(parse(text));
    before.splice(index, 1);
    expect(entries(parse(output))).toEqual(before);
  });

  it("points into UTF-16 text after non-ASCII content", () => {
    const text = 'a = "é😀"\nb = 2\n';
    expect(remove(text, 1)).toBe('a = "é😀"\n');
  });
});
