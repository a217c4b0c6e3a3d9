import { displayUnquoted } from "../../src/core/display.js";
import { defineRule } from "../../src/core/rule.js";
import type { NovaDocument, NovaRule } from "../../src/engines/nova.js";
import { effectiveOption, optionSetBy, type Winner } from "./_effective.js";

const MULTI_VALUED = new Set(["multistring", "multi"]);

/** Where the value that wins comes from, in the words of the message. */
function overrider(document: NovaDocument, winner: Winner): { messageId: string; values: Record<string, string | number> } | undefined {
  const { origin } = winner;
  if (origin.kind === "env") return { messageId: "byEnvironment", values: { variable: origin.variable } };
  // A later value in the same file is nova/duplicate-key's finding.
  if (origin.member === document.index) return undefined;
  return { messageId: "byFile", values: { path: document.stack[origin.member]!.path, line: origin.assignment.line } };
}

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/overridden-value",
    engine: "nova",
    type: "suggestion",
    description: "A value is overridden by a later file of the stack or by the environment",
    defaultSeverity: "info",
    defaultOptions: {},
    messages: {
      byFile: "[{{group}}] {{key}} is overridden by {{path}} line {{line}}; this value has no effect.",
      byEnvironment: "[{{group}}] {{key}} is overridden by {{variable}} in the service environment; this value has no effect.",
    },
  },
  check(context) {
    const { document, settings } = context;
    for (const assignment of document.file.assignments) {
      const set = optionSetBy(assignment.section.name, assignment.key);
      // Multi-valued options add up across files: nothing is overridden.
      if (!set || MULTI_VALUED.has(set.option.type)) continue;
      const winner = effectiveOption(document, settings, set.group, set.option.name);
      const found = winner && overrider(document, winner);
      if (!found) continue;
      context.report({
        messageId: found.messageId,
        values: { ...found.values, group: displayUnquoted(assignment.section.name), key: assignment.key },
        span: assignment.keySpan,
      });
    }
  },
});

export default rule;
