import { displayValue, HIDDEN } from "../../src/core/display.js";
import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { walkValue, type VirEntry, type VirValue } from "../../src/parsers/virconf.js";
import { deleteEntry } from "./_edits.js";
import { isHiddenValue } from "./_values.js";

/** The value as its author reads it: a string's stored text, a number or list exactly as written. */
function writtenValue(text: string, value: VirValue): string {
  return value.kind === "string" ? value.value : text.slice(value.start, value.end);
}

/**
 * Whether libvirt stores the same value: quoting forms and `+`/leading zeros do not matter, the
 * signedness of a number does (`-0` is not `0` for libvirt's getters).
 */
function sameValue(a: VirValue, b: VirValue): boolean {
  // Both walks visit nodes in the same order; lists compare by their shape, node by node.
  const left = [...walkValue(a)];
  const right = [...walkValue(b)];
  return left.length === right.length && left.every((node, i) => sameNode(node, right[i]!));
}

function sameNode(a: VirValue, b: VirValue): boolean {
  if (a.kind === "string" && b.kind === "string") return a.value === b.value;
  if (a.kind === "number" && b.kind === "number") return a.signed === b.signed && a.value === b.value;
  return a.kind === "list" && b.kind === "list" && a.items.length === b.items.length;
}

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/duplicate-key",
    engine: "qemu",
    type: "problem",
    description: "Key set again; libvirt keeps the first value",
    defaultSeverity: "warning",
    fixable: "safe",
    defaultOptions: {},
    messages: {
      duplicate: '"{{name}}" is already set on line {{line}}; libvirt uses the first value ({{first}}) and ignores this one ({{later}}).',
      duplicateHidden: `"{{name}}" is already set on line {{line}}; libvirt uses the first value ${HIDDEN} and ignores this one ${HIDDEN}.`,
      sameValue: '"{{name}}" is already set on line {{line}} to the same value; this line has no effect.',
    },
  },
  check(context) {
    const { document, source } = context;
    for (const entry of document.entries) {
      const first = document.effective.get(entry.name);
      if (first === undefined || first === entry) continue;
      context.report({
        ...message(source.text, first, entry, source.position(first.nameSpan.start).line),
        span: entry.nameSpan,
        // libvirt's virConfGetValue returns the first entry, so the later one never has an effect.
        fix: [deleteEntry(source.text, entry)],
      });
    }
  },
});

function message(
  text: string,
  first: VirEntry,
  later: VirEntry,
  line: number,
): { messageId: string; values: Record<string, string | number> } {
  const { name } = later;
  if (sameValue(first.value, later.value)) return { messageId: "sameValue", values: { name, line } };
  if (isHiddenValue(name)) return { messageId: "duplicateHidden", values: { name, line } };
  return {
    messageId: "duplicate",
    values: {
      name,
      line,
      first: displayValue(writtenValue(text, first.value)),
      later: displayValue(writtenValue(text, later.value)),
    },
  };
}

export default rule;
