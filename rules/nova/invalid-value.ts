import { HIDDEN } from "../../src/core/display.js";
import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { keyedAssignments, optionLabel, optionOf } from "./_structure.js";
import { convert, readingGroup, showMasked, substitute } from "./_values.js";

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/invalid-value",
    engine: "nova",
    type: "problem",
    description: "The value fails oslo's type, bounds or choices",
    defaultSeverity: "error",
    defaultOptions: {},
    messages: {
      invalid: "{{option}}: {{error}}",
      invalidHidden: `{{option}}: invalid value ${HIDDEN}`,
    },
  },
  check(context) {
    const scope = { document: context.document, settings: context.settings };
    // Every assignment of this file is judged as written here, whichever file of the stack wins:
    // each file must hold values the service can read.
    for (const { assignment, kind } of keyedAssignments(context.document.file)) {
      const option = optionOf(kind);
      if (option === undefined) continue;
      // oslo converts the substituted text; with a reference that names nothing (nova/unresolved-
      // substitution) or whose value enginelint cannot know, the converted text is unknown.
      const substituted = substitute(scope, readingGroup(assignment, option), option.name, assignment.value);
      if (!substituted.ok) continue;
      const converted = convert(option, substituted.text, showMasked);
      if (converted.ok) continue;
      const label = optionLabel(assignment.section.name, assignment.key);
      // A secret's error text would quote it; so would a value that a secret was substituted into.
      const hidden = option.secret || substituted.secret;
      context.report({
        ...(hidden ? { messageId: "invalidHidden", values: { option: label } } : { messageId: "invalid", values: { option: label, error: converted.error } }),
        span: assignment.valueSpan,
      });
    }
  },
});

export default rule;
