import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { keyedAssignments, quotedName } from "./_structure.js";

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/wrong-case-key",
    engine: "nova",
    type: "problem",
    description: "`Debug`, `my-ip`: ignored because keys are case- and dash-sensitive",
    defaultSeverity: "error",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      wrongCase: "{{key}} is not an option: keys are case-sensitive, so oslo.config ignores it. Use {{intended}}.",
    },
  },
  check(context) {
    for (const { assignment, kind } of keyedAssignments(context.document.file)) {
      if (kind?.kind !== "wrong-case") continue;
      const intended = quotedName(kind.intended);
      context.report({
        messageId: "wrongCase",
        values: { key: quotedName(assignment.key), intended },
        span: assignment.keySpan,
        // The setting starts to apply: a change in behaviour, so only a suggestion.
        suggestions: [{ desc: `Rename to ${intended}.`, edits: [{ ...assignment.keySpan, text: kind.intended }] }],
      });
    }
  },
});

export default rule;
