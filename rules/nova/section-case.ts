import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { groupLabel, sectionKind } from "./_structure.js";

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/section-case",
    engine: "nova",
    type: "suggestion",
    description: "`[LIBVIRT]`: works, but differs from the canonical name",
    defaultSeverity: "info",
    fixable: "safe",
    defaultOptions: {},
    messages: {
      sectionCase: "{{written}} is read as {{group}}; write the canonical lower-case name.",
    },
  },
  check(context) {
    for (const section of context.document.file.sections) {
      if (sectionKind(section) !== "case") continue;
      context.report({
        messageId: "sectionCase",
        values: { written: groupLabel(section.rawName), group: groupLabel(section.name) },
        span: section.span,
        // oslo.config lower-cases the name anyway: writing it lower-case changes nothing it reads.
        fix: [{ ...section.nameSpan, text: section.name }],
      });
    }
  },
});

export default rule;
