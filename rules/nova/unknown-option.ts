import { memoizeStrings } from "../../src/core/memo.js";
import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { DEFAULT_RELEASE, releaseMajor } from "./_mode.js";
import {
  DEFAULT_GROUP,
  groupLabel,
  keyedAssignments,
  namesakesOutsideDefault,
  optionLabel,
  optionUses,
  pluginGroups,
  quotedName,
  suggestKey,
} from "./_structure.js";

/** The series of the option data; an option removed after an older release is still unknown here. */
const OPTION_DATA_SERIES = "2026.2";

/** Cross-group suggestions for a `[DEFAULT]` key: enough to be useful, few enough to read. */
const MAX_NAMESAKES = 3;

/**
 * The spec's suggestion order, first match wins: (a) for `[DEFAULT]` only, the option's namesakes in
 * other groups (options moved out of `[DEFAULT]` over the years; other groups' namesakes are unrelated
 * options, so none are proposed there); (b) a name of the same group within Levenshtein distance 2.
 * Kept for the run: old sample files repeat the same hundreds of retired options, host after host of
 * a fleet.
 */
const didYouMean: (group: string, key: string) => string | undefined = memoizeStrings((group, key) => {
  if (group === DEFAULT_GROUP) {
    const namesakes = namesakesOutsideDefault(key).slice(0, MAX_NAMESAKES);
    if (namesakes.length > 0) return namesakes.map((other) => optionLabel(other, key)).join(" or ");
  }
  const close = suggestKey(group, key);
  return close === undefined ? undefined : quotedName(close);
});

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/unknown-option",
    engine: "nova",
    type: "problem",
    description: "Key matches no option or deprecated name of its group",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      unknown: "Unknown option {{key}} in {{group}}; oslo.config ignores it.{{remark}}",
      unknownDidYouMean: "Unknown option {{key}} in {{group}}; oslo.config ignores it. Did you mean {{candidate}}?{{remark}}",
    },
  },
  check(context) {
    const { file } = context.document;
    // An older release may still have an option the 2026.2 data no longer lists.
    const remark = releaseMajor(context.settings) < DEFAULT_RELEASE ? ` (not in the ${OPTION_DATA_SERIES} option data)` : "";
    const skipped = pluginGroups(optionUses(file));
    for (const { assignment, kind } of keyedAssignments(file)) {
      const group = assignment.section.name;
      // Keys of ignored sections (no kind) belong to nova/unknown-group and nova/lowercase-default-section.
      if (kind?.kind !== "unknown" || skipped.has(group)) continue;
      const candidate = didYouMean(group, assignment.key);
      const values = { key: quotedName(assignment.key), group: groupLabel(group), remark };
      if (candidate === undefined) context.report({ messageId: "unknown", values, span: assignment.keySpan });
      else context.report({ messageId: "unknownDidYouMean", values: { ...values, candidate }, span: assignment.keySpan });
    }
  },
});

export default rule;
