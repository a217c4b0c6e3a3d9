/**
 * The document oslo.config's INI reader produces (spec nova-conf §2, §4), with positions. Spans are
 * half-open UTF-16 offsets into the decoded text (`Source.text`, a BOM included); lines are 1-based
 * and broken at `\r\n`, `\r` and `\n` only, as Python's universal newlines.
 */
import type { Span } from "../core/rule.js";

export interface IniSection {
  kind: "section";
  /** The name between `[` and `]`, verbatim (not stripped). */
  rawName: string;
  nameSpan: Span;
  /** `_normalize_group_name`: exactly `DEFAULT` stays, every other name is lower-cased. */
  name: string;
  /** The header line, `[` to `]`. */
  span: Span;
  line: number;
}

export interface IniComment {
  kind: "comment";
  /** `#` or `;`, in column 1. */
  marker: "#" | ";";
  /** The text after the marker. */
  text: string;
  span: Span;
  line: number;
}

/** One line of a value: the first line's value, then each continuation line (after `lstrip`). */
export interface IniValuePiece {
  text: string;
  span: Span;
  line: number;
}

export interface IniAssignment {
  kind: "assignment";
  /** The header this assignment follows (an assignment before any header is a parse error). */
  section: IniSection;
  key: string;
  keySpan: Span;
  separator: "=" | ":";
  /** Offset of the separator character. */
  separatorOffset: number;
  /** The first line's value as written, stripped, before quote removal. */
  rawFirstValue: string;
  /** Whether one pair of matching outer quotes was removed from the first line's value. */
  quotesRemoved: boolean;
  /** The first line's value (quotes removed) and every continuation piece, in order. */
  pieces: IniValuePiece[];
  /** What oslo.config delivers: the pieces joined with `\n`. */
  value: string;
  /** From the first piece (its opening quote included) to the end of the last piece; empty at the separator's end for `key =`. */
  valueSpan: Span;
  /** From the key's first character to the end of the last piece. */
  span: Span;
  line: number;
  endLine: number;
}

export interface OsloIniDocument {
  /** Headers, comments and assignments in file order; built on first read, as `comments` is. */
  readonly items: (IniSection | IniComment | IniAssignment)[];
  sections: IniSection[];
  /** Built on first read: nova's rules never read comments, and a sample file holds thousands. */
  readonly comments: IniComment[];
  assignments: IniAssignment[];
}

export type OsloParseMessage =
  | "No ':' or '=' found in assignment"
  | "Key cannot be empty"
  | "Unexpected continuation line"
  | "Invalid section (must end with ])"
  | "Empty section name"
  | "Section must be started before assignment";

export type OsloIniFailure =
  | {
      kind: "syntax";
      message: OsloParseMessage;
      /** The line oslo.config names (for "Section must be started…", the line after the assignment). */
      osloLine: number;
      /** Where enginelint points (for "Section must be started…", the assignment's own key). */
      span: Span;
      hint?: "bom" | "indentedComment";
    }
  /** Bytes that are not UTF-8: oslo fails with UnicodeDecodeError before parsing. */
  | { kind: "encoding"; byte: number; byteOffset: number; offset: number }
  /** enginelint's policy: a NUL byte means a binary file. */
  | { kind: "binary"; offset: number }
  | { kind: "too-large"; size: number };
