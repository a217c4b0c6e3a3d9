import type { Edit } from "../../src/core/diagnostic.js";
import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import type { IniAssignment, OsloIniDocument } from "../../src/parsers/oslo-ini-types.js";
import {
  currentGroup,
  fileWinner,
  groupLabel,
  isMultiValued,
  keyedAssignments,
  optionId,
  optionUses,
  quotedName,
  replaceLines,
  suggestionAround,
  type OptionUse,
} from "./_structure.js";

/**
 * Whether renaming this assignment in place leaves what oslo.config reads unchanged: for a
 * single-valued option it must be the assignment the file's value comes from (so the current name is
 * not set, and no earlier deprecated name or later repeat beats it); a multi-valued option collects
 * every name in look-up order, so it must be the option's only assignment in the file.
 */
function renameIsSafe(uses: readonly OptionUse[], assignment: IniAssignment): boolean {
  const option = uses[0]?.option;
  if (option === undefined) return false;
  if (isMultiValued(option)) return uses.length === 1;
  return fileWinner(uses)?.assignment === assignment;
}

/**
 * Moves the assignment, renamed, into a section of its option's group opened where it stands (oslo.config
 * merges repeated sections), reopening its own section after it when more of that section's settings
 * follow. Edits at the assignment's place only: a move to a distant section would make the linter merge
 * everything in between into one replacement.
 */
function moveEdits(text: string, file: OsloIniDocument, assignment: IniAssignment, name: string, group: string): Edit[] {
  const renamed = (name + text.slice(assignment.keySpan.end, assignment.span.end)).split(/\r\n|\r|\n/);
  const more = file.assignments.some((other) => other.section === assignment.section && other.span.start > assignment.span.start);
  return [replaceLines(text, assignment.span, [`[${group}]`, ...renamed, ...(more ? [`[${assignment.section.rawName}]`] : [])])];
}

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/deprecated-option",
    engine: "nova",
    type: "suggestion",
    description: "A deprecated name is used",
    defaultSeverity: "warning",
    fixable: "safe",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      deprecated: 'Option "{{key}}" from group "{{group}}" is deprecated. Use option "{{option}}" from group "{{target}}".',
    },
  },
  check(context) {
    const { document, source } = context;
    const uses = optionUses(document.file);
    for (const { assignment, kind } of keyedAssignments(document.file)) {
      if (kind?.kind !== "deprecated") continue;
      const group = assignment.section.name;
      const { option } = kind;
      const target = currentGroup(option, group);
      const report = {
        messageId: "deprecated",
        // oslo.config's own warning, without the "Deprecated: " prefix oslo.log adds.
        values: { key: assignment.key, group, option: option.name, target },
        span: assignment.keySpan,
      };
      const rename: Edit[] = [{ ...assignment.keySpan, text: option.name }];
      if (target !== group) {
        // The line must move to another section, where the option may be set already: a suggestion.
        const desc = `Move the setting to ${groupLabel(target)} as ${quotedName(option.name)}.`;
        context.report({ ...report, suggestions: [suggestionAround(assignment, desc, moveEdits(source.text, document.file, assignment, option.name, target))] });
      } else if (renameIsSafe(uses.get(optionId(target, option.name)) ?? [], assignment)) {
        context.report({ ...report, fix: rename });
      } else {
        // Another assignment of the option would lose to (or beat) the renamed one.
        context.report({ ...report, suggestions: [{ desc: `Rename to ${quotedName(option.name)}.`, edits: rename }] });
      }
    }
  },
});

export default rule;
