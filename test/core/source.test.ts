import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSource, sourceFromText } from "../../src/core/source.js";

describe("Source positions", () => {
  it("breaks lines at LF, CRLF and a lone CR", () => {
    const source = sourceFromText("a\nb\r\nc\rd");
    expect([0, 2, 5, 7].map((offset) => source.position(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
  });

  it("shows the end of input after a final newline at the end of the last line", () => {
    expect(sourceFromText("ab\n").position(3)).toEqual({ line: 1, column: 3 });
  });

  it("counts columns in UTF-16 code units", () => {
    const source = sourceFromText("é😀x");
    expect(source.position(3)).toEqual({ line: 1, column: 4 });
  });

  it("gives a byte order mark no column, as editors do", () => {
    const source = sourceFromText("\uFEFFab\ncd");
    expect(source.position(0)).toEqual({ line: 1, column: 1 });
    expect(source.position(1)).toEqual({ line: 1, column: 1 });
    expect(source.position(2)).toEqual({ line: 1, column: 2 });
    expect(source.position(5)).toEqual({ line: 2, column: 2 });
  });

  it("maps byte offsets to text offsets through multi-byte characters", () => {
    const source = createSource(new TextEncoder().encode("é=1"));
    expect([0, 1, 2, 3].map((byte) => source.textOffset(byte))).toEqual([0, 0, 1, 2]);
  });
});

/** The plain reading of a position: count line breaks before the offset (a CRLF is one), then units. */
function referencePosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === "\r" && text[i + 1] === "\n" && i + 1 < offset) continue;
    if (c === "\n" || c === "\r") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

describe("Source positions (property)", () => {
  it("agree with counting line breaks, for LF, CR and CRLF files alike", () => {
    const text = fc.string({ unit: fc.constantFrom("a", " ", "\n", "\r"), maxLength: 300 });
    fc.assert(
      fc.property(text, fc.nat(), (value, seed) => {
        const source = sourceFromText(value);
        // Offsets at a line end or at the very end of input follow the editor convention tested above.
        const offset = value.length === 0 ? 0 : seed % value.length;
        if (/[\r\n]/.test(value[offset] ?? "") || (offset > 0 && value[offset - 1] === "\r" && value[offset] === "\n")) return;
        expect(source.position(offset)).toEqual(referencePosition(value, offset));
      }),
      { numRuns: 3000 },
    );
  });
});
