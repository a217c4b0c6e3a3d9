import { defineRule, FILE_START } from "../../src/core/rule.js";
import type { NovaFatalRule } from "../../src/engines/nova.js";

/** The explanations of spec §3, in parentheses after oslo's message. */
const HINTS = {
  bom: "the file starts with a UTF-8 byte order mark, which oslo.config keeps as part of line 1",
  indentedComment: "an indented comment is not a comment in oslo.config",
} as const;

const hexByte = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;

const rule: NovaFatalRule = defineRule({
  meta: {
    id: "nova/parse-error",
    engine: "nova",
    type: "problem",
    description: "oslo.config cannot read the file",
    defaultSeverity: "error",
    fatal: true,
    fixable: "safe",
    defaultOptions: {},
    // oslo.config's own message, never the line it quotes: the line may hold a password.
    messages: {
      syntax: "Parsing error: {{message}}",
      syntaxWithHint: "Parsing error: {{message}} ({{hint}})",
      encoding: "Parsing error: the file is not valid UTF-8 (byte {{byte}} at offset {{offset}}); oslo.config fails with UnicodeDecodeError",
      binary: "Parsing error: the file contains NUL bytes and looks binary",
      tooLarge: "Parsing error: the file is {{size}} bytes; enginelint reads nova.conf files of at most 10485760 bytes",
    },
  },
  check(context) {
    const failure = context.document;
    switch (failure.kind) {
      case "too-large":
        context.report({ messageId: "tooLarge", values: { size: failure.size }, span: FILE_START });
        return;
      case "binary":
        context.report({ messageId: "binary", span: { start: failure.offset, end: failure.offset + 1 } });
        return;
      case "encoding":
        // The bad bytes read as one U+FFFD in the text, one UTF-16 unit wide.
        context.report({
          messageId: "encoding",
          values: { byte: hexByte(failure.byte), offset: failure.byteOffset },
          span: { start: failure.offset, end: failure.offset + 1 },
        });
        return;
      case "syntax": {
        const values = { message: failure.message };
        // oslo.config names another line for an assignment before any section (the one after it);
        // only then is its line a fact worth carrying (ESLint's JSON has no data on parse errors).
        const shownLine = context.source.position(failure.span.start).line;
        const data = failure.osloLine === shownLine ? undefined : { osloLine: failure.osloLine };
        if (!failure.hint) {
          context.report({ messageId: "syntax", values, span: failure.span, ...(data ? { data } : {}) });
          return;
        }
        context.report({
          messageId: "syntaxWithHint",
          values: { ...values, hint: HINTS[failure.hint] },
          span: failure.span,
          ...(data ? { data } : {}),
          // Without the byte order mark oslo.config reads line 1 as written.
          ...(failure.hint === "bom" ? { fix: [{ start: 0, end: 1, text: "" }] } : {}),
        });
      }
    }
  },
});

export default rule;
