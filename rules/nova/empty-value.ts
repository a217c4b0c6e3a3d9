import type { NovaOption } from "../../src/catalogue/nova.js";
import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { keyedAssignments, optionLabel, optionOf } from "./_structure.js";
import { pyFloatRepr } from "./_values.js";

/** The option types whose conversion turns `""` into None (`types.Number`: Integer, Float, Port). */
const NUMERIC_TYPES: ReadonlySet<string> = new Set(["int", "float", "port"]);

/**
 * The default as the sample config writes it, or undefined when the default is None too (then an
 * empty value changes nothing). A default computed at run time is described, not guessed.
 */
function defaultText(option: NovaOption): string | undefined {
  if (typeof option.default === "number") return option.type === "float" ? pyFloatRepr(option.default) : String(option.default);
  return option.default === null && option.default_note !== undefined ? "computed at run time" : undefined;
}

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/empty-value",
    engine: "nova",
    type: "problem",
    description: "`key =` on an int/float/port option unsets it (None)",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      emptyNumber: "An empty value does not restore the default of {{option}} ({{default}}): oslo.config sets it to None.",
    },
  },
  check(context) {
    for (const { assignment, kind } of keyedAssignments(context.document.file)) {
      // Exactly empty (`key =`, `key = ""`); whitespace can only come from continuation lines, and
      // such a value is nova/invalid-value's to judge.
      if (assignment.value !== "") continue;
      const option = optionOf(kind);
      if (option === undefined || !NUMERIC_TYPES.has(option.type)) continue;
      const shown = defaultText(option);
      if (shown === undefined) continue;
      context.report({
        messageId: "emptyNumber",
        values: { option: optionLabel(assignment.section.name, assignment.key), default: shown },
        span: assignment.valueSpan,
      });
    }
  },
});

export default rule;
