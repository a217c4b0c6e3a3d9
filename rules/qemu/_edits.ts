/**
 * Edits shared by the qemu rules whose safe fix removes an entry libvirt ignores (duplicate-key,
 * obsolete-key, unplug-timeout). The result must still parse exactly as before minus that entry, so
 * the edit keeps to virConf's separator rules (spec qemu-conf §3.3).
 */
import type { Edit } from "../../src/core/diagnostic.js";
import type { VirEntry } from "../../src/parsers/virconf.js";

const isBlank = (c: string | undefined): boolean => c === " " || c === "\t";
const isEol = (c: string | undefined): boolean => c === "\n" || c === "\r";

/** The first offset at or after `at` that is not a blank. */
function skipBlanksForward(text: string, at: number): number {
  while (isBlank(text[at])) at++;
  return at;
}

/** The offset just after the last non-blank before `at`. */
function skipBlanksBackward(text: string, at: number): number {
  while (at > 0 && isBlank(text[at - 1])) at--;
  return at;
}

/** The offset after the line end at `at` (CRLF counts as one), or `at` itself at the end of the text. */
function afterLineEnd(text: string, at: number): number {
  if (text[at] === "\r" && text[at + 1] === "\n") return at + 2;
  return isEol(text[at]) ? at + 1 : at;
}

const atLineEnd = (text: string, at: number): boolean => at >= text.length || isEol(text[at]);

/**
 * Deletes `entry` with its trailing comment:
 * - an entry alone on its line(s) (only blanks before its name; only blanks, a `;` and blanks after its
 *   value or comment) loses those whole lines, line end included;
 * - an entry followed on its line by another statement loses itself and its `;` separator;
 * - an entry that ends its line after another statement loses itself and the `;` that separated it,
 *   so no dangling `;` or blanks are left.
 * A file that would be left with only blanks and line ends is emptied instead: libvirt refuses such a
 * file ("expecting a name") but reads an empty one.
 */
export function deleteEntry(text: string, entry: VirEntry): Edit {
  const start = entry.span.start;
  const end = entry.comment?.span.end ?? entry.span.end;
  let after = skipBlanksForward(text, end);
  if (text[after] === ";") after = skipBlanksForward(text, after + 1);
  const lineStart = skipBlanksBackward(text, start);
  const aloneBefore = lineStart === 0 || isEol(text[lineStart - 1]);
  let range: [number, number];
  if (!atLineEnd(text, after)) range = [start, after];
  else if (aloneBefore) range = [lineStart, afterLineEnd(text, after)];
  // Something precedes the entry on its line; virConf only allows that after a `;` separator.
  else range = [skipBlanksBackward(text, lineStart - 1), after];
  return onlyBlankLinesLeft(text, range) ? { start: 0, end: text.length, text: "" } : { start: range[0], end: range[1], text: "" };
}

/** Whether removing [start, end) leaves blanks and line breaks only (not nothing), read in place: a file of many entries is not copied per entry. */
function onlyBlankLinesLeft(text: string, [start, end]: [number, number]): boolean {
  return (start > 0 || end < text.length) && allBlank(text, 0, start) && allBlank(text, end, text.length);
}

function allBlank(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const c = text[at];
    if (c !== " " && c !== "\t" && c !== "\r" && c !== "\n") return false;
  }
  return true;
}
