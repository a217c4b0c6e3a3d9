import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { deleteLines, fileWinner, isMultiValued, optionUses, quotedName } from "./_structure.js";

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/duplicate-key",
    engine: "nova",
    type: "problem",
    description: "A single-valued option is set again later in the same file",
    defaultSeverity: "warning",
    fixable: "safe",
    defaultOptions: {},
    messages: {
      setAgain: "{{key}} is set again on line {{line}}; oslo.config uses the last value.",
      shadowed: "{{key}} is ignored because {{winner}} is set in the same file.",
    },
  },
  check(context) {
    const { document, source } = context;
    // Per option, not per key: repeated and case-variant sections are one group, and a deprecated
    // name competes with the current name. Across the files of a stack, overriding is intended.
    for (const uses of optionUses(document.file).values()) {
      const winner = fileWinner(uses);
      if (winner === undefined || isMultiValued(winner.option)) continue;
      for (const { assignment, rank } of uses) {
        if (assignment === winner.assignment) continue;
        const key = quotedName(assignment.key);
        context.report({
          ...(rank === winner.rank
            ? { messageId: "setAgain", values: { key, line: winner.assignment.line } }
            : { messageId: "shadowed", values: { key, winner: quotedName(winner.assignment.key) } }),
          span: assignment.keySpan,
          // oslo.config never reads this assignment, so removing it (continuation lines included) changes nothing.
          fix: [deleteLines(source.text, assignment.span)],
        });
      }
    }
  },
});

export default rule;
