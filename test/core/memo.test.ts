import { describe, expect, it } from "vitest";
import { memoizeByObject, memoizeStrings } from "../../src/core/memo.js";

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

describe("memoizeByObject", () => {
  it("computes once per object, by identity, undefined answers included", () => {
    const seen: object[] = [];
    const sizeOf = memoizeByObject((list: readonly number[]) => {
      seen.push(list);
      return list.length === 0 ? undefined : list.length;
    });
    const [a, b, empty] = [[1, 2], [1, 2], []];
    expect([sizeOf(a), sizeOf(a), sizeOf(b), sizeOf(empty), sizeOf(empty)]).toEqual([2, 2, 2, undefined, undefined]);
    expect(seen).toEqual([a, b, empty]);
    expect(seen[0]).toBe(a);
    expect(seen[1]).toBe(b);
  });
});
