import { displayValue } from "../../src/core/display.js";
import { defineRule, type ReportDescriptor } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import type { IniAssignment } from "../../src/parsers/oslo-ini-types.js";
import { groupLabel, keyedAssignments, optionLabel, optionOf } from "./_structure.js";
import {
  inUrlPassword,
  literalDollarSuggestion,
  lookupReference,
  readingGroup,
  templateTokens,
  valueOffset,
  type TemplateToken,
} from "./_values.js";

type Reference = Extract<TemplateToken, { kind: "reference" }>;

/**
 * `$my_ip.example` written for `${my_ip}.example`: oslo reads `my_ip.example` as option `example`
 * of group `my_ip`, but `my_ip` alone is an option.
 */
function bracedForm(group: string, reference: Reference): string | undefined {
  const dot = reference.name.indexOf(".");
  if (dot < 0 || lookupReference(group, reference.name.slice(0, dot)).kind !== "option") return undefined;
  return `\${${reference.name.slice(0, dot)}}${reference.name.slice(dot)}`;
}

/** The finding for a reference that names no option, or undefined when it resolves. */
function finding(assignment: IniAssignment, group: string, reference: Reference): Omit<ReportDescriptor, "span"> | undefined {
  const target = lookupReference(group, reference.name);
  if (target.kind === "option") return undefined;
  const values = {
    reference: displayValue(assignment.value.slice(reference.start, reference.end)),
    option: optionLabel(assignment.section.name, assignment.key),
  };
  if (target.kind === "group") {
    return { messageId: "groupReference", values: { ...values, group: groupLabel(target.group) }, suggestions: [literalDollarSuggestion(assignment, reference.start)] };
  }
  // A plain name is looked up in the option's own group, then in [DEFAULT].
  const groups = target.dotted || group === target.group ? groupLabel(target.group) : `${groupLabel(group)} or ${groupLabel(target.group)}`;
  const missing = { ...values, name: displayValue(target.option), groups };
  const braced = target.dotted ? bracedForm(group, reference) : undefined;
  if (braced === undefined) return { messageId: "missingOption", values: missing, suggestions: [literalDollarSuggestion(assignment, reference.start)] };
  return {
    messageId: "dottedName",
    values: { ...missing, replacement: displayValue(braced) },
    suggestions: [
      {
        desc: `Write ${displayValue(braced)}.`,
        edits: [{ start: valueOffset(assignment, reference.start), end: valueOffset(assignment, reference.end), text: braced }],
      },
    ],
  };
}

const FAILS = "the service fails with NoSuchOptError when it reads {{option}}.";

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/unresolved-substitution",
    engine: "nova",
    type: "problem",
    description: "`$name` refers to no option; the service fails reading it",
    defaultSeverity: "error",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      missingOption: `{{reference}} refers to option {{name}} of group {{groups}}, which does not exist; ${FAILS} Write "$$" for a literal "$".`,
      dottedName: `{{reference}} refers to option {{name}} of group {{groups}}, which does not exist; ${FAILS} Write {{replacement}}.`,
      groupReference:
        '{{reference}} names the group {{group}}, not an option; the service fails when it reads {{option}}. Write "$$" for a literal "$".',
    },
  },
  check(context) {
    for (const { assignment, kind } of keyedAssignments(context.document.file)) {
      const option = optionOf(kind);
      // Secret options are nova/dollar-in-secret's: this message would quote part of the secret.
      if (option === undefined || option.secret) continue;
      const group = readingGroup(assignment, option);
      for (const token of templateTokens(assignment.value)) {
        if (token.kind !== "reference" || inUrlPassword(assignment.value, token.start)) continue;
        const found = finding(assignment, group, token);
        if (found) context.report({ ...found, span: assignment.valueSpan });
      }
    }
  },
});

export default rule;
