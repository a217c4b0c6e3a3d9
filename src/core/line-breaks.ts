/**
 * Finding line ends with the engine's native string search rather than a loop over every character:
 * the parsers and the position table walk every line of every file of a fleet, and most of that text
 * is long comment lines.
 */

/**
 * A finder of the first LF or CR at or after an offset (-1 if none), for offsets asked in increasing
 * order. A CRLF is found at its CR; the caller steps over the LF. The next CR is remembered, so a file
 * without one is searched for it once, not once per line.
 */
export function lineBreakFinder(text: string): (from: number) => number;
/** The same over bytes (virConf reads bytes, never text). */
export function lineBreakFinder(bytes: Uint8Array): (from: number) => number;
export function lineBreakFinder(input: string | Uint8Array): (from: number) => number {
  const search: (unit: "\n" | "\r", from: number) => number =
    typeof input === "string" ? (unit, from) => input.indexOf(unit, from) : (unit, from) => input.indexOf(unit.charCodeAt(0), from);
  let cr = -2;
  return (from) => {
    if (cr !== -1 && cr < from) cr = search("\r", from);
    const lf = search("\n", from);
    return cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
  };
}

/** The offset just after the line break at `at` (a CRLF is one break). */
export function afterLineBreak(text: string, at: number): number {
  return at + (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? 2 : 1);
}
