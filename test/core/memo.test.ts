import { describe, expect, it } from "vitest";
import { memoizeStrings } from "../../src/core/memo.js";

describe("memoizeStrings", () => {
  it("computes each pair once, undefined answers included, and keeps pairs apart", () => {
    const calls: string[] = [];
    const lookup = memoizeStrings((a, b) => {
      calls.push(`${a}|${b}`);
      return a === "x" ? undefined : a + b;
    });
    expect([lookup("a", "b"), lookup("a", "b"), lookup("ab", ""), lookup("x", "y"), lookup("x", "y")]).toEqual(["ab", "ab", "ab", undefined, undefined]);
    expect(calls).toEqual(["a|b", "ab|", "x|y"]);
  });

  it("forgets everything when full, so memory stays bounded", () => {
    let calls = 0;
    const lookup = memoizeStrings((a) => {
      calls++;
      return a;
    }, 2);
    lookup("1", "");
    lookup("2", "");
    lookup("1", ""); // still known
    lookup("3", ""); // full: cleared, then kept
    lookup("1", ""); // computed again
    expect(calls).toBe(4);
  });
});
