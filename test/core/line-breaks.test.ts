import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { afterLineBreak, lineBreakFinder } from "../../src/core/line-breaks.js";

/** Every line break of `text` as the finder reports them, walking forward as the parsers do. */
function breaks(input: string | Uint8Array, text: string): number[] {
  const find = typeof input === "string" ? lineBreakFinder(input) : lineBreakFinder(input);
  const found: number[] = [];
  for (let at = find(0); at >= 0; at = find(afterLineBreak(text, at))) found.push(at);
  return found;
}

/** The plain reading: each LF, each CR, and a CRLF once (at its CR). */
function reference(text: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || c === "\r") found.push(i);
    if (c === "\r" && text[i + 1] === "\n") i++;
  }
  return found;
}

describe("lineBreakFinder", () => {
  it.each([
    ["", []],
    ["a", []],
    ["a\nb", [1]],
    ["a\r\nb\rc\n", [1, 4, 6]],
    ["\r\r\n\n", [0, 1, 3]],
  ])("%j breaks at %j", (text, expected) => {
    expect(breaks(text, text)).toEqual(expected);
    expect(breaks(Buffer.from(text, "latin1"), text)).toEqual(expected);
  });

  it("finds what a character-by-character walk finds, in text and in bytes", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "\n", "\r", " ") }), (text) => {
        expect(breaks(text, text)).toEqual(reference(text));
        expect(breaks(Buffer.from(text, "latin1"), text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
