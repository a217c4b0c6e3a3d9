/**
 * "Did you mean …?" for unknown names, shared by every engine. An engine lists its match tests in
 * order of preference (its spec's candidate order); the first test that any candidate passes decides,
 * and among the candidates that pass it the closest wins, then the alphabetically first, so the answer
 * never depends on the order of the catalogue.
 */

/** Whether `candidate` is a plausible intended spelling of the unknown `name`. */
export type CandidateTest = (name: string, candidate: string) => boolean;

/**
 * Damerau–Levenshtein distance (insertions, deletions, substitutions and transpositions of adjacent
 * characters, unrestricted: a transposed pair may be edited again), counted in code points so a
 * non-ASCII letter is one edit. Lowrance–Wagner algorithm.
 */
export function damerauLevenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const infinity = s.length + t.length;
  const width = t.length + 2;
  // Row/column 0 hold `infinity` so a transposition never reaches before the start of either string.
  const d = new Array<number>((s.length + 2) * width).fill(0);
  const get = (i: number, j: number): number => d[i * width + j]!;
  const set = (i: number, j: number, value: number): void => {
    d[i * width + j] = value;
  };
  set(0, 0, infinity);
  for (let i = 0; i <= s.length; i++) {
    set(i + 1, 0, infinity);
    set(i + 1, 1, i);
  }
  for (let j = 0; j <= t.length; j++) {
    set(0, j + 1, infinity);
    set(1, j + 1, j);
  }
  /** The last row of `s` in which each character was seen. */
  const lastRow = new Map<string, number>();
  for (let i = 1; i <= s.length; i++) {
    const si = s[i - 1]!;
    /** The last column of this row whose character matched `si`. */
    let lastMatchColumn = 0;
    for (let j = 1; j <= t.length; j++) {
      const tj = t[j - 1]!;
      const k = lastRow.get(tj) ?? 0;
      const l = lastMatchColumn;
      const cost = si === tj ? 0 : 1;
      if (cost === 0) lastMatchColumn = j;
      set(
        i + 1,
        j + 1,
        Math.min(
          get(i, j) + cost,
          get(i + 1, j) + 1,
          get(i, j + 1) + 1,
          get(k, l) + (i - k - 1) + 1 + (j - l - 1),
        ),
      );
    }
    lastRow.set(si, i);
  }
  return get(s.length + 1, t.length + 1);
}

/** `Vnc_Tls` for `vnc_tls`: the spelling is right, only the letter case is not. */
export const equalIgnoringCase: CandidateTest = (name, candidate) => name.toLowerCase() === candidate.toLowerCase();

/**
 * A typo: at most 2 edits, or 1 for names shorter than 8 code points (two edits turn most short names
 * into unrelated ones).
 */
export const withinTypoDistance: CandidateTest = (name, candidate) =>
  damerauLevenshtein(name, candidate) <= (Array.from(name).length < 8 ? 1 : 2);

/**
 * One name extends the other by whole words: `spice_listen_address` for `spice_listen` (a word too
 * many) or `keepalive` for `keepalive_count` (a word missing), with words joined by `separator`.
 */
export function extendsByWords(separator: string): CandidateTest {
  return (name, candidate) => name.startsWith(candidate + separator) || candidate.startsWith(name + separator);
}

/**
 * The best candidate for `name`: the tests are tried in order and the first one that any candidate
 * passes decides; among those candidates the smallest distance wins, then the alphabetically first
 * (UTF-16 code-unit order). `undefined` when no candidate passes any test.
 */
export function bestCandidate(name: string, candidates: readonly string[], tests: readonly CandidateTest[]): string | undefined {
  for (const test of tests) {
    const ranked = candidates
      .filter((candidate) => candidate !== name && test(name, candidate))
      .map((candidate) => ({ candidate, distance: damerauLevenshtein(name, candidate) }))
      .sort((x, y) => x.distance - y.distance || compareCodeUnits(x.candidate, y.candidate));
    if (ranked[0]) return ranked[0].candidate;
  }
  return undefined;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Longer, structured names such as rule ids: up to a third of the longer name's length in edits (at
 * least 2), which tolerates a typo and a forgotten `nova/` prefix without proposing an unrelated rule
 * that merely shares the engine prefix.
 */
export const withinThirdOfLength: CandidateTest = (name, candidate) =>
  damerauLevenshtein(name, candidate) <= Math.max(2, Math.floor(Math.max(Array.from(name).length, Array.from(candidate).length) / 3));

/** The rule id a user probably meant. */
export function suggestRuleId(name: string, ruleIds: Iterable<string>): string | undefined {
  return bestCandidate(name, [...ruleIds], [equalIgnoringCase, withinThirdOfLength]);
}
