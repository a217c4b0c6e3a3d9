import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containsUrl, maskUrlPasswords, urlPasswords } from "../../src/core/url-passwords.js";

/**
 * The straightforward reading of the rules (a fresh scan of the rest of the text for every URL): the
 * reference the linear implementation must agree with wherever that one is not capped.
 */
function referenceUrlPasswords(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/[A-Za-z][A-Za-z0-9+.-]*:\/\//g)) {
    const start = match.index + match[0].length;
    const whole = text.slice(start);
    const space = whole.search(/\s/);
    const rest = space < 0 ? whole : whole.slice(0, space);
    const lastAt = rest.lastIndexOf("@");
    if (lastAt < 0) continue;
    const end = rest.slice(lastAt).search(/[/?#]/);
    const authority = end < 0 ? rest : rest.slice(0, lastAt + end);
    const pieces = authority.split(",");
    const hosts: string[] = [];
    let current = pieces.shift()!;
    for (const piece of pieces) {
      const at = piece.lastIndexOf("@");
      if (!current.includes("@") && at >= 0 && !piece.slice(0, at).includes(":")) current += `,${piece}`;
      else {
        hosts.push(current);
        current = piece;
      }
    }
    hosts.push(current);
    let offset = start;
    for (const host of hosts) {
      const at = host.lastIndexOf("@");
      const colon = at < 0 ? -1 : host.slice(0, at).indexOf(":");
      if (colon >= 0 && colon + 1 < at && !/[/?#]/.test(host.slice(0, colon))) found.push({ start: offset + colon + 1, end: offset + at });
      offset += host.length + 1;
    }
  }
  return found;
}

describe("urlPasswords", () => {
  it("agrees with the plain reading on any text of URL characters", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "Z", "1", "+", ".", "-", ":", "/", "@", ",", "?", "#", " ", "\n"), maxLength: 60 });
    fc.assert(
      fc.property(text, (value) => {
        expect(urlPasswords(value)).toEqual(referenceUrlPasswords(value));
        expect(containsUrl(value)).toBe(/[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(value));
      }),
      { numRuns: 5000 },
    );
  });

  it("finds a scheme after digits, as the leftmost match does (1http://)", () => {
    expect(urlPasswords("1http://u:p@h")).toEqual([{ start: 10, end: 11 }]);
  });

  it("masks with the mask it is given", () => {
    expect(maskUrlPasswords("amqp://u:secret@h")).toBe("amqp://u:***@h");
    expect(maskUrlPasswords("amqp://u:secret@h", "(hidden)")).toBe("amqp://u:(hidden)@h");
  });

  // Each would take minutes if every URL, or every letter, rescanned the rest of the text.
  it.each([
    ["a word of a megabyte", "x".repeat(1 << 20)],
    ["letters between digits", "1a".repeat(1 << 19)],
    ["a megabyte of schemes", "a://".repeat(1 << 18)],
    ["schemes nested before one @", `${"a://".repeat(1 << 18)}u:p@h`],
    ["a megabyte of user:password@ pieces", `db://${"u:p@h,".repeat(1 << 17)}`],
  ])("reads %s in linear time", (_, text) => {
    const started = performance.now();
    urlPasswords(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("still masks the password after many nested schemes", () => {
    const masked = maskUrlPasswords(`${"a://".repeat(1000)}u:p@h`);
    expect(masked).toBe("a://a:***@h");
  });
});
