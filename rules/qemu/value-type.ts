import type { Edit } from "../../src/core/diagnostic.js";
import { defineRule } from "../../src/core/rule.js";
import type { Source } from "../../src/core/source.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import type { VirValue } from "../../src/parsers/virconf.js";
import { getterMessage, problemsFor, reportProblem, type TypeMessageId } from "./_values.js";

/**
 * The remedies the spec offers (§10.3): each changes what libvirt reads, so they are suggestions.
 * None when the intent is unclear (a quoted "yes", a list on a string key).
 */
function suggestionsFor(messageId: TypeMessageId, node: VirValue, source: Source): { desc: string; edits: Edit[] }[] {
  const replaceWith = (text: string): Edit[] => [{ start: node.start, end: node.end, text }];
  if (messageId === "boolString" && node.kind === "string" && (node.value === "0" || node.value === "1")) {
    return [{ desc: `Write ${node.value} without quotes`, edits: replaceWith(node.value) }];
  }
  if (messageId === "accountNumber" && node.kind === "number") {
    return [{ desc: `Write "+${node.value}", the numeric id as libvirt expects it`, edits: replaceWith(`"+${node.value}"`) }];
  }
  if (messageId === "listString" && node.kind === "string") {
    // The string keeps its own quotes, so a value with `"` in single quotes stays intact.
    return [{ desc: "Make it a one-element list", edits: replaceWith(`[ ${source.text.slice(node.start, node.end)} ]`) }];
  }
  return [];
}

/** The wording lives with the getters in _values.ts, where other rules find it as hints. */
const messages = {
  boolString: getterMessage("boolString"),
  boolNegative: getterMessage("boolNegative"),
  boolList: getterMessage("boolList"),
  numberString: getterMessage("numberString"),
  numberList: getterMessage("numberList"),
  uintNegative: getterMessage("uintNegative"),
  uintNegativeOsDefault: getterMessage("uintNegativeOsDefault"),
  maxCoreNegative: getterMessage("maxCoreNegative"),
  maxCoreList: getterMessage("maxCoreList"),
  stringNumber: getterMessage("stringNumber"),
  accountNumber: getterMessage("accountNumber"),
  stringList: getterMessage("stringList"),
  listString: getterMessage("listString"),
  listNumber: getterMessage("listNumber"),
  stringOrListNumber: getterMessage("stringOrListNumber"),
  listElement: getterMessage("listElement"),
} satisfies Record<TypeMessageId, string>;

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/value-type",
    engine: "qemu",
    type: "problem",
    description: "Value has the wrong type for libvirt's getter",
    defaultSeverity: "error",
    hasSuggestions: true,
    defaultOptions: {},
    messages,
  },
  check(context) {
    for (const problem of problemsFor(context, "qemu/value-type")) {
      reportProblem(context, problem, suggestionsFor(problem.messageId, problem.node, context.source));
    }
  },
});

export default rule;
