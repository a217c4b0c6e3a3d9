import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { keyedAssignments, optionLabel, optionOf } from "./_structure.js";
import { inUrlPassword, literalDollarSuggestion, templateTokens, valueOffset, type TemplateToken } from "./_values.js";

/**
 * A `$` that oslo.config does not keep as written: a reference (`$ecret`, `${x}`), whether or not it
 * resolves, or a `${` that only looks like one. `$$`, `\$` and a `$` before anything else are fine.
 */
function isUnescaped(token: TemplateToken): boolean {
  return token.kind === "reference" || (token.kind === "lone" && token.next === "{");
}

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/dollar-in-secret",
    engine: "nova",
    type: "problem",
    description: "An unescaped `$` in a password or URL",
    defaultSeverity: "error",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      unescapedDollar:
        '{{option}} contains an unescaped "$" at column {{column}}: oslo.config treats it as a reference to another option, so the credential the service uses is not the one written. Write "$$" for a literal "$".',
    },
  },
  check(context) {
    for (const { assignment, kind } of keyedAssignments(context.document.file)) {
      // Only options oslo.config reads substitute anything; an unknown key is never read.
      const option = optionOf(kind);
      if (option === undefined) continue;
      for (const token of templateTokens(assignment.value)) {
        if (!isUnescaped(token)) continue;
        // In other options only the password part of a URL is a secret (spec §14.1).
        if (!option.secret && !inUrlPassword(assignment.value, token.start)) continue;
        context.report({
          messageId: "unescapedDollar",
          // The column places the `$` without printing any part of the secret.
          values: { option: optionLabel(assignment.section.name, assignment.key), column: context.source.position(valueOffset(assignment, token.start)).column },
          span: assignment.valueSpan,
          suggestions: [literalDollarSuggestion(assignment, token.start)],
        });
      }
    }
  },
});

export default rule;
