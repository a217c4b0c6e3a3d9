import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { assignmentsByHeader, groupLabel, sectionKind, suggestGroup } from "./_structure.js";

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/unknown-group",
    engine: "nova",
    type: "problem",
    description: "Section matches no nova group",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      unknown: "Section {{section}} is not a nova configuration group; oslo.config ignores it.",
      unknownDidYouMean: "Section {{section}} is not a nova configuration group; oslo.config ignores it. Did you mean {{candidate}}?",
    },
  },
  check(context) {
    const reported = new Set<string>();
    // Only headers with settings under them: full sample files keep headers of long-gone groups
    // (`[hyperv]`, `[xenserver]`) with nothing but comments, which cost nothing.
    for (const section of assignmentsByHeader(context.document.file).keys()) {
      if (sectionKind(section) !== "unknown" || reported.has(section.name)) continue;
      // One finding per group: a repeated header merges into the same ignored section.
      reported.add(section.name);
      const candidate = suggestGroup(section);
      const values = { section: groupLabel(section.rawName) };
      if (candidate === undefined) context.report({ messageId: "unknown", values, span: section.span });
      else context.report({ messageId: "unknownDidYouMean", values: { ...values, candidate: groupLabel(candidate) }, span: section.span });
    }
  },
});

export default rule;
