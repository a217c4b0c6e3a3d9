/**
 * XML text for the XML formats (junit §5.10, checkstyle §5.11). Characters outside XML 1.0's `Char`
 * production cannot be written at all — not raw, not as a reference like `&#27;` — and one of them makes
 * a parser reject the whole report, so they are dropped everywhere. They do occur: devstack-rendered
 * nova.conf files carry raw ESC bytes, which can reach a path or a quoted value.
 */

// With the `u` flag a surrogate range matches lone surrogates only: a valid pair is one code point
// above U+FFFF and stays.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

const ENTITIES: Readonly<Record<string, string>> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
};

export const dropNonXmlChars = (text: string): string => text.replace(NOT_XML_CHAR, "");

/** A reference to the whole code point, never to the two halves of a surrogate pair. */
const escapeChar = (char: string): string => ENTITIES[char] ?? `&#${char.codePointAt(0)};`;

/**
 * An attribute value in a UTF-8 document. TAB, LF and CR become references because a parser would
 * otherwise normalise them to spaces (XML 1.0 §3.3.3).
 */
export const escapeAttribute = (text: string): string => dropNonXmlChars(text).replace(/[<>&"'\t\n\r]/gu, escapeChar);

/**
 * An attribute value that stays ASCII, as ESLint's checkstyle escaper writes it (every character from
 * U+007F on as a numeric reference), so consumers that ignore the declared encoding read it too.
 */
export const escapeAttributeAscii = (text: string): string =>
  dropNonXmlChars(text).replace(/[<>&"'\t\n\r\u007F-\u{10FFFF}]/gu, escapeChar);

/** Element text as CDATA; a `]]>` inside would end the section early, so it is split across two. */
export const cdata = (text: string): string =>
  `<![CDATA[${dropNonXmlChars(text).replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
