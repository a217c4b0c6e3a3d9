import { describe, expect, it } from "vitest";
import {
  bestCandidate,
  damerauLevenshtein,
  equalIgnoringCase,
  extendsByWords,
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
