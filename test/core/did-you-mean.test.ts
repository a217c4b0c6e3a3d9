import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bestCandidate,
  codePointCount,
  damerauLevenshtein,
  equalIgnoringCase,
  extendsByWords,
  levenshtein,
  suggestRuleId,
  withinEdits,
  withinTypoDistance,
} from "../../src/core/did-you-mean.js";

describe("damerauLevenshtein", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["", "abc", 3],
    ["vnc_tls", "vnc_tls", 0],
    ["vnc_tsl", "vnc_tls", 1], // one transposition
    ["vnc_tl", "vnc_tls", 1], // one insertion
    ["vnc_tlss", "vnc_tls", 1], // one deletion
    ["vnc_tlx", "vnc_tls", 1], // one substitution
    ["kitten", "sitting", 3],
    ["ca", "abc", 2], // unrestricted: the transposed pair is edited again (optimal string alignment gives 3)
    ["abcdef", "badcfe", 3],
    ["é", "e", 1], // code points, not UTF-16 units or bytes
    ["😀a", "a😀", 1],
  ])("%j ↔ %j = %i", (a, b, distance) => {
    expect(damerauLevenshtein(a, b)).toBe(distance);
    expect(damerauLevenshtein(b, a)).toBe(distance);
  });
});

describe("levenshtein", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["kitten", "sitting", 3],
    ["vnc_tsl", "vnc_tls", 2], // a transposition is two edits here
    ["é", "e", 1],
    ["😀a", "a😀", 2],
  ])("%j ↔ %j = %i", (a, b, distance) => {
    expect(levenshtein(a, b)).toBe(distance);
    expect(levenshtein(b, a)).toBe(distance);
  });
});

describe("codePointCount", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["é😀", 2],
    ["\ud800x", 2], // a lone surrogate is one code point, as Array.from counts it
    ["x\udc00", 2],
  ])("%j has %i", (text, count) => {
    expect(codePointCount(text)).toBe(count);
  });
});

/** Names of a few letters, some astral and some that change length when lower-cased, so lengths collide. */
const name = fc.string({ unit: fc.constantFrom("a", "b", "A", "_", "é", "İ", "😀", "\ud800"), maxLength: 12 });

describe("the length filters decide exactly as the distances alone would", () => {
  it("withinEdits", () => {
    fc.assert(
      fc.property(name, name, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        expect(withinEdits(levenshtein, () => limit)(a, b)).toBe(levenshtein(a, b) <= limit);
      }),
      { numRuns: 2000 },
    );
  });

  it("withinTypoDistance", () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(withinTypoDistance(a, b)).toBe(damerauLevenshtein(a, b) <= (Array.from(a).length < 8 ? 1 : 2));
      }),
      { numRuns: 2000 },
    );
  });

  it("equalIgnoringCase", () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(equalIgnoringCase(a, b)).toBe(a.toLowerCase() === b.toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });
});

describe("names of a megabyte", () => {
  const huge = "x".repeat(1024 * 1024);
  const catalogue = Array.from({ length: 2000 }, (_, index) => `option_name_${index}`);

  // Each call would take seconds if the filters walked or lower-cased the long name per candidate.
  it("are turned away by every test without a distance table", () => {
    expect(bestCandidate(huge, catalogue, [equalIgnoringCase, withinTypoDistance, extendsByWords("_")])).toBeUndefined();
    expect(suggestRuleId(huge, ["qemu/unknown-key"])).toBeUndefined();
  });
});

describe("candidate tests", () => {
  it("equalIgnoringCase", () => {
    expect(equalIgnoringCase("SPICE_TLS", "spice_tls")).toBe(true);
    expect(equalIgnoringCase("spice_tl", "spice_tls")).toBe(false);
  });

  it("withinTypoDistance allows 1 edit below 8 code points and 2 from 8 on", () => {
    expect(withinTypoDistance("vnc_tsl", "vnc_tls")).toBe(true); // 7 long, 1 edit
    expect(withinTypoDistance("vnx_tsl", "vnc_tls")).toBe(false); // 7 long, 2 edits
    expect(withinTypoDistance("vnx_sasl", "vnc_sasl")).toBe(true); // 8 long, 1 edit
    expect(withinTypoDistance("vnx_sals", "vnc_sasl")).toBe(true); // 8 long, 2 edits
    expect(withinTypoDistance("vnx_salsx", "vnc_sasl")).toBe(false); // 3 edits
    expect(withinTypoDistance("éééééééa", "éééééééb")).toBe(true); // 8 code points, not 8 bytes
  });

  it("extendsByWords needs the separator at the join", () => {
    const test = extendsByWords("_");
    expect(test("spice_listen_address", "spice_listen")).toBe(true);
    expect(test("keepalive", "keepalive_count")).toBe(true);
    expect(test("spice_listener", "spice_listen")).toBe(false);
    expect(test("keep", "keepalive_count")).toBe(false);
  });

});

describe("bestCandidate", () => {
  const keys = ["spice_listen", "spice_tls", "keepalive_interval", "keepalive_count", "cgroup_controllers", "vnc_tls", "vnc_sasl"];
  const tests = [equalIgnoringCase, withinTypoDistance, extendsByWords("_")];

  it.each([
    ["SPICE_TLS", "spice_tls"],
    ["spice_listen_address", "spice_listen"],
    ["keepalive", "keepalive_count"], // both extend it; keepalive_count is closer
    ["cgroup_controller", "cgroup_controllers"],
    ["vnc_tsl", "vnc_tls"],
  ])("%s → %s", (name, expected) => {
    expect(bestCandidate(name, keys, tests)).toBe(expected);
  });

  it("returns undefined when nothing is close", () => {
    expect(bestCandidate("frobnicate", keys, tests)).toBeUndefined();
    expect(bestCandidate("anything", [], tests)).toBeUndefined();
  });

  it("an earlier test wins over a closer candidate of a later test", () => {
    // "ab_x" extends "ab" (distance 2) but equals "AB_X" ignoring case (distance 3).
    expect(bestCandidate("ab_x", ["ab", "AB_X"], [equalIgnoringCase, extendsByWords("_")])).toBe("AB_X");
  });

  it("breaks ties by distance, then alphabetically, whatever the candidate order", () => {
    const typo = [withinTypoDistance];
    expect(bestCandidate("vnc_tlsx", ["vnc_tlzz", "vnc_tls"], typo)).toBe("vnc_tls");
    expect(bestCandidate("abcdefgh", ["abcdefgz", "abcdefgy"], typo)).toBe("abcdefgy");
    expect(bestCandidate("abcdefgh", ["abcdefgy", "abcdefgz"], typo)).toBe("abcdefgy");
  });

  it("never suggests the name itself", () => {
    expect(bestCandidate("vnc_tls", ["vnc_tls"], [withinTypoDistance])).toBeUndefined();
  });
});
