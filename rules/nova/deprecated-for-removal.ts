import type { NovaOption } from "../../src/catalogue/nova.js";
import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { keyedAssignments } from "./_structure.js";

/**
 * The upstream reason's first sentence, on one line: messages never hold two whitespace characters
 * in a row, and the reasons run to several sentences. A sentence ends at a `.`, `!` or `?` followed
 * by whitespace (so `17.0.0` and `v1.2.17` do not end one).
 */
function firstSentence(reason: string): string {
  const flat = reason.replace(/\s+/g, " ").trim();
  const end = /[.!?](?= )/.exec(flat);
  const sentence = end ? flat.slice(0, end.index + 1) : flat;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** ` since 21.0.0: <reason>` as far as upstream gives them; `.` when it gives neither. */
function details(option: NovaOption): string {
  const since = option.deprecated_since ? ` since ${option.deprecated_since}` : "";
  return option.deprecated_reason ? `${since}: ${firstSentence(option.deprecated_reason)}` : `${since}.`;
}

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/deprecated-for-removal",
    engine: "nova",
    type: "suggestion",
    description: "An option deprecated for removal is set",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      forRemoval: 'Option "{{option}}" from group "{{group}}" is deprecated for removal{{details}} Its value may be silently ignored in the future.',
    },
  },
  check(context) {
    for (const { assignment, kind } of keyedAssignments(context.document.file)) {
      // oslo.config warns whichever name sets the option, a deprecated one included.
      if ((kind?.kind !== "option" && kind?.kind !== "deprecated") || !kind.option.deprecated_for_removal) continue;
      context.report({
        messageId: "forRemoval",
        values: { option: kind.option.name, group: kind.option.group, details: details(kind.option) },
        span: assignment.keySpan,
      });
    }
  },
});

export default rule;
