import type { Edit } from "../../src/core/diagnostic.js";
import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import type { IniAssignment, IniValuePiece } from "../../src/parsers/oslo-ini-types.js";
import { deleteLines, insertLineAbove, lineStart, optionLabel, suggestionAround } from "./_structure.js";

const looksLikeComment = (piece: IniValuePiece): boolean => piece.text.startsWith("#") || piece.text.startsWith(";");

/**
 * The remedy for the continuation piece at `index`. Unindented, the line becomes a comment, which
 * ends the value: every continuation line after it would then be a parse error. So the indentation
 * goes only when the lines after it are indented comments too (they lose theirs as well); otherwise
 * the line moves above the assignment, where a comment changes nothing else.
 */
function remedy(text: string, assignment: IniAssignment, index: number): { desc: string; edits?: Edit[] } {
  const piece = assignment.pieces[index]!;
  const rest = assignment.pieces.slice(index);
  if (rest.every(looksLikeComment)) {
    return {
      desc: rest.length === 1 ? "Remove the indentation." : "Remove the indentation of this line and of the indented comment lines after it.",
      edits: rest.map((line) => ({ start: lineStart(text, line.span.start), end: line.span.start, text: "" })),
    };
  }
  return suggestionAround(assignment, "Move the line, unindented, above the assignment.", [
    insertLineAbove(text, assignment.keySpan.start, piece.text),
    deleteLines(text, piece.span),
  ]);
}

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/comment-in-continuation",
    engine: "nova",
    type: "problem",
    description: "An indented `# …` line is appended to the previous value",
    defaultSeverity: "error",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      notComment: "This indented line is not a comment: oslo.config appends it to the value of {{option}}.",
    },
  },
  check(context) {
    const { text } = context.source;
    for (const assignment of context.document.file.assignments) {
      // Piece 0 is the first line's value; only continuation lines are indented.
      for (let index = 1; index < assignment.pieces.length; index++) {
        const piece = assignment.pieces[index]!;
        if (!looksLikeComment(piece)) continue;
        context.report({
          messageId: "notComment",
          values: { option: optionLabel(assignment.section.name, assignment.key) },
          // The whole line: its indentation is the mistake.
          span: { start: lineStart(text, piece.span.start), end: piece.span.end },
          // The value loses the line, which changes what the service reads: a suggestion.
          suggestions: [remedy(text, assignment, index)],
        });
      }
    }
  },
});

export default rule;
