/**
 * The one way a configuration value appears in a message (nova spec §14.1, used by every engine):
 * double-quoted, escaped so it stays on one line without two consecutive whitespace characters
 * (the `$eslint-stylish` matcher ends a message at the first such run), at most 40 code points.
 */
const MAX_CODE_POINTS = 40;

const WHITESPACE = /^\s$/u;

const hex = (code: number, width: number): string => code.toString(16).padStart(width, "0");

export const HIDDEN = "(hidden)";

export function displayValue(raw: string): string {
  const codePoints = Array.from(raw);
  const shown = codePoints.slice(0, MAX_CODE_POINTS);
  let out = "";
  let previous = "";
  for (const ch of shown) {
    out += escapeChar(ch, previous);
    previous = ch;
  }
  // The ellipsis stays inside the quotes, as the specs' examples show (`"192.0.2.21\n# an … right a…"`).
  return `"${out}${codePoints.length > MAX_CODE_POINTS ? "…" : ""}"`;
}

function escapeChar(ch: string, previous: string): string {
  switch (ch) {
    case "\\":
      return "\\\\";
    case '"':
      return '\\"';
    case "\n":
      return "\\n";
    case "\t":
      return "\\t";
    case "\u2028":
      return "\\u2028";
    case "\u2029":
      return "\\u2029";
  }
  const code = ch.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f || code === 0x85) return `\\x${hex(code, 2)}`;
  // A whitespace character after another one would end the message for `$eslint-stylish`.
  if (WHITESPACE.test(ch) && WHITESPACE.test(previous)) return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
  return ch;
}

/** A value shown like `displayValue` but without its double quotes, for text that supplies its own quotes. */
export function displayUnquoted(raw: string): string {
  return displayValue(raw).slice(1, -1);
}

/** Names whose values are secrets wherever they appear (unknown keys included). */
export function looksSecret(name: string): boolean {
  return /password|passwd|secret|token/i.test(name);
}
