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
  const d = new Int32Array((s.length + 2) * width);
  d[0] = infinity;
  for (let i = 0; i <= s.length; i++) {
    d[(i + 1) * width] = infinity;
    d[(i + 1) * width + 1] = i;
  }
  for (let j = 0; j <= t.length; j++) {
    d[j + 1] = infinity;
    d[width + j + 1] = j;
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
      d[(i + 1) * width + j + 1] = Math.min(
        d[i * width + j]! + cost,
        d[(i + 1) * width + j]! + 1,
        d[i * width + j + 1]! + 1,
        d[k * width + l]! + (i - k - 1) + 1 + (j - l - 1),
      );
    }
    lastRow.set(si, i);
  }
  return d[(s.length + 1) * width + t.length + 1]!;
}

/**
 * Plain Levenshtein distance (insertions, deletions, substitutions) over code points; a transposition
 * counts two edits.
 */
export function levenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  let previous = Int32Array.from({ length: t.length + 1 }, (_, j) => j);
  let current = new Int32Array(t.length + 1);
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[t.length]!;
}

/** The number of code points of `text`, without building an array of them. */
export function codePointCount(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count -= 1;
        index += 1;
      }
    }
  }
  return count;
}

/**
 * Whether two names are no more than `limit` code points apart in length — a bound below any edit
 * distance, so most candidates are turned away before a distance table is built. Judged from the
 * UTF-16 lengths first (a code point is one or two units), so a name of a megabyte is turned away
 * against a short candidate without a pass over its text.
 */
function lengthsWithin(a: string, b: string, limit: number): boolean {
  if (a.length / 2 - b.length > limit || b.length / 2 - a.length > limit) return false;
  return Math.abs(codePointCount(a) - codePointCount(b)) <= limit;
}

/** Per UTF-16 unit, how many more times it occurs in one name than in the other; all zero between calls. */
const unitBalance = new Int32Array(0x10000);

/**
 * Whether the bag distance of `a` and `b` — the larger of the counts of units one has and the other
 * lacks — exceeds `limit`. Every edit changes at most one unit on each side, so the bag distance is a
 * lower bound of both edit distances, computed in one pass instead of a table. Surrogates are left to
 * the table (an astral code point is one edit but two units): the answer is then `false`.
 */
function bagDistanceAbove(a: string, b: string, limit: number): boolean {
  /** Units of `a` not (yet) matched by one of `b`, and units of `b` beyond those of `a`. */
  let surplus = a.length;
  let shortfall = 0;
  let astral = false;
  for (let index = 0; index < a.length; index++) {
    const unit = a.charCodeAt(index);
    astral ||= unit >= 0xd800 && unit <= 0xdfff;
    unitBalance[unit]!++;
  }
  for (let index = 0; index < b.length; index++) {
    const unit = b.charCodeAt(index);
    astral ||= unit >= 0xd800 && unit <= 0xdfff;
    if (unitBalance[unit]!-- <= 0) shortfall++;
    else surplus--;
  }
  for (let index = 0; index < a.length; index++) unitBalance[a.charCodeAt(index)] = 0;
  for (let index = 0; index < b.length; index++) unitBalance[b.charCodeAt(index)] = 0;
  return !astral && Math.max(surplus, shortfall) > limit;
}

/** Whether `a` and `b` are within `limit` edits of `metric`, the cheap lower bounds tried first. */
function withinLimit(metric: (a: string, b: string) => number, a: string, b: string, limit: number): boolean {
  return lengthsWithin(a, b, limit) && !bagDistanceAbove(a, b, limit) && metric(a, b) <= limit;
}

/** A test that accepts candidates within `limit(name)` edits of `metric`. */
export function withinEdits(metric: (a: string, b: string) => number, limit: (name: string) => number): CandidateTest {
  return (name, candidate) => withinLimit(metric, name, candidate, limit(name));
}

/**
 * `Vnc_Tls` for `vnc_tls`: the spelling is right, only the letter case is not. Lower-casing may turn a
 * code point into several units but never into none, so a name more than twice as long as the
 * lower-cased candidate cannot match and is not lower-cased at all.
 */
export const equalIgnoringCase: CandidateTest = (name, candidate) => {
  const lowerCandidate = candidate.toLowerCase();
  return name.length <= 2 * lowerCandidate.length && name.toLowerCase() === lowerCandidate;
};

/**
 * A typo: at most 2 edits, or 1 for names shorter than 8 code points (two edits turn most short names
 * into unrelated ones).
 */
export const withinTypoDistance: CandidateTest = withinEdits(damerauLevenshtein, (name) =>
  name.length < 16 && codePointCount(name) < 8 ? 1 : 2,
);

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
export const withinThirdOfLength: CandidateTest = (name, candidate) => {
  const limit = Math.max(2, Math.floor(Math.max(codePointCount(name), codePointCount(candidate)) / 3));
  return withinLimit(damerauLevenshtein, name, candidate, limit);
};

const MAX_RULE_ID_GUESS_LENGTH = 200;

/** The rule id a user probably meant. */
export function suggestRuleId(name: string, ruleIds: Iterable<string>): string | undefined {
  // A third of a very long name allows so many edits that nothing would be a useful guess.
  if (name.length > MAX_RULE_ID_GUESS_LENGTH) return undefined;
  return bestCandidate(name, [...ruleIds], [equalIgnoringCase, withinThirdOfLength]);
}
