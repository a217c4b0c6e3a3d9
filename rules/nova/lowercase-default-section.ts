import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { assignmentsByHeader, DEFAULT_GROUP, groupLabel, sectionKind } from "./_structure.js";

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/lowercase-default-section",
    engine: "nova",
    type: "problem",
    description: "`[default]` is not `[DEFAULT]`; its settings are ignored",
    defaultSeverity: "error",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      notDefault:
        "{{written}} is not the [DEFAULT] section: oslo.config only treats the exact upper-case name as DEFAULT and ignores the {{settings}} in it.",
    },
  },
  check(context) {
    // A header without settings under it loses nothing.
    for (const [section, assignments] of assignmentsByHeader(context.document.file)) {
      if (sectionKind(section) !== "lowercase-default") continue;
      const count = assignments.length;
      context.report({
        messageId: "notDefault",
        values: { written: groupLabel(section.rawName), settings: `${count} ${count === 1 ? "setting" : "settings"}` },
        span: section.span,
        // The settings start to apply: a change in behaviour, so only a suggestion.
        suggestions: [{ desc: `Rename the section to [${DEFAULT_GROUP}].`, edits: [{ ...section.nameSpan, text: DEFAULT_GROUP }] }],
      });
    }
  },
});

export default rule;
