import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { displayKeyValue } from "./_values.js";
import { allowedProblem, checkedRecords, keyLabel, parseValidValues, remedy, restoreDefaultCommand, type AllowedProblem } from "./_validation.js";

const SET_DIRECTLY = "so it was set directly in the database";

const messages = {
  integerOutside: `{{label}} {{value}} is outside {{allowed}}: engine-config -s would refuse it, ${SET_DIRECTLY}.{{remedy}}`,
  integerNotListed: `{{label}} {{value}} is not one of {{allowed}}: engine-config -s would refuse it, ${SET_DIRECTLY}.{{remedy}}`,
  notListed: `{{label}} {{value}} is not allowed: engine-config -s would refuse it ("Valid values are [{{allowed}}]"), ${SET_DIRECTLY}.{{remedy}}`,
  notSubset: `{{label}} {{value}} is not a subset of {{allowed}}: engine-config -s would refuse it, ${SET_DIRECTLY}.{{remedy}}`,
} satisfies Record<AllowedProblem, string>;

/**
 * The list as the message shows it: the raw `validValues` for ranges and StringMultiple, the literals
 * as Java prints a `List` (`true, false`, inside the tool's own `Valid values are [...]`) otherwise.
 */
function allowedText(problem: AllowedProblem, validValues: string): string {
  return problem === "integerOutside" || problem === "notSubset" ? validValues : parseValidValues(validValues).literals.join(", ");
}

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/value-not-allowed",
    engine: "ovirt",
    type: "problem",
    description: "Value outside validValues: -s would refuse it",
    defaultSeverity: "warning",
    hasSuggestions: true,
    defaultOptions: {},
    messages,
  },
  check(context) {
    for (const { record, entry, isDefault, typeProblem } of checkedRecords(context.document)) {
      // A value that does not even parse is ovirt/value-type's (spec §7.1).
      if (entry?.validValues == null || isDefault || typeProblem !== undefined) continue;
      const messageId = allowedProblem(entry, record.value);
      if (messageId === undefined) continue;
      const fix = remedy(restoreDefaultCommand(entry, record));
      context.report({
        messageId,
        values: {
          label: keyLabel(record),
          // An Integer that parsed is shown as written, like the ranges it is compared with.
          value: entry.type === "Integer" ? record.value : displayKeyValue(record.key, record.value),
          allowed: allowedText(messageId, entry.validValues),
          remedy: fix.text,
        },
        span: record.valueSpan,
        suggestions: fix.suggestions,
      });
    }
  },
});

export default rule;
