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
