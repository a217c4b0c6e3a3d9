import { HIDDEN } from "../../src/core/display.js";
import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { isPyWhitespace } from "../../src/parsers/oslo-ini.js";
import type { IniAssignment } from "../../src/parsers/oslo-ini-types.js";
import { insertLineAbove, optionLabel, suggestionAround } from "./_structure.js";
import { isSecretOption, showMasked } from "./_values.js";

/** Where an inline comment starts in the first line's value: whitespace, then `#` or `;`. */
interface InlineComment {
  /** Index of the `#`/`;` in the first piece. */
  marker: number;
  /** Index of the whitespace run before it. */
  gap: number;
}

/**
 * The first ` #`/` ;` of the first line's value. A value written in matching quotes is left alone:
 * its author marked the whole text, `#` included, as the value.
 */
function findInlineComment(assignment: IniAssignment): InlineComment | undefined {
  if (assignment.quotesRemoved) return undefined;
  const text = assignment.pieces[0]?.text ?? "";
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code !== 0x23 /* # */ && code !== 0x3b) /* ; */ || !isPyWhitespace(text.charCodeAt(i - 1))) continue;
    let gap = i - 1;
    while (gap > 0 && isPyWhitespace(text.charCodeAt(gap - 1))) gap--;
    return { marker: i, gap };
  }
  return undefined;
}

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/inline-comment",
    engine: "nova",
    type: "problem",
    description: "` # …` after a value is part of the value",
    defaultSeverity: "warning",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      inlineComment: '"{{marker}} …" after the value of {{option}} is not a comment: oslo.config keeps it in the value ({{value}}).',
      inlineCommentHidden: `"{{marker}} …" after the value of {{option}} is not a comment: oslo.config keeps it in the value ${HIDDEN}.`,
    },
  },
  check(context) {
    const { text } = context.source;
    for (const assignment of context.document.file.assignments) {
      const found = findInlineComment(assignment);
      const first = assignment.pieces[0];
      if (found === undefined || first === undefined) continue;
      const group = assignment.section.name;
      const values = { marker: first.text[found.marker]!, option: optionLabel(group, assignment.key) };
      const hidden = isSecretOption(group, assignment.key);
      context.report({
        ...(hidden
          ? { messageId: "inlineCommentHidden", values }
          : { messageId: "inlineComment", values: { ...values, value: showMasked(assignment.value) } }),
        span: assignment.valueSpan,
        // The value loses the comment text, which changes what the service reads: a suggestion.
        // The comment goes above the key: between a key and its continuation lines it would end the value.
        suggestions: [
          suggestionAround(assignment, "Move the comment to its own line above the assignment.", [
            insertLineAbove(text, assignment.keySpan.start, first.text.slice(found.marker)),
            { start: first.span.start + found.gap, end: first.span.end, text: "" },
          ]),
        ],
      });
    }
  },
});

export default rule;
