import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { walkValue, type VirString, type VirValue } from "../../src/parsers/virconf.js";
import { displayKeyValue, readKey } from "./_values.js";

/**
 * A build-time placeholder of libvirt's template (`@QEMU_USER@`, tmpl l.548) or the opening of
 * Jinja/ERB/shell template syntax that a deployment tool should have replaced.
 */
const PLACEHOLDER = /@[A-Z][A-Z0-9_]*@|\{\{|\{%|<%|\$\{/;

/** Where each template syntax closes, so the message shows the whole expression when it is there. */
const CLOSERS: Readonly<Record<string, string>> = { "{{": "}}", "{%": "%}", "<%": "%>", "${": "}" };

/** The first placeholder in a string value: the whole `{{ … }}` expression, or its opening when unclosed. */
function firstPlaceholder(value: string): string | undefined {
  const match = PLACEHOLDER.exec(value);
  if (!match) return undefined;
  const closer = CLOSERS[match[0]];
  if (closer === undefined) return match[0];
  const end = value.indexOf(closer, match.index + match[0].length);
  return end < 0 ? match[0] : value.slice(match.index, end + closer.length);
}

/** The string tokens of a value: the value itself, or every element of a list (nested lists included). */
function strings(value: VirValue): VirString[] {
  return [...walkValue(value)].filter((node): node is VirString => node.kind === "string");
}

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/unrendered-placeholder",
    engine: "qemu",
    type: "problem",
    description: "Placeholder such as @QEMU_USER@ or {{ … }} left in a value",
    defaultSeverity: "error",
    defaultOptions: {},
    messages: {
      placeholder: "{{key}} contains the unrendered placeholder {{placeholder}}.",
    },
  },
  check(context) {
    for (const [name, entry] of context.document.effective) {
      // A value that fails its getter is qemu/value-type's; unknown keys and keys the target does not
      // read are still checked, since the text shows a template that was never rendered.
      if (readKey(context, name).status === "invalid") continue;
      for (const token of strings(entry.value)) {
        const placeholder = firstPlaceholder(token.value);
        if (placeholder === undefined) continue;
        context.report({
          messageId: "placeholder",
          // A placeholder in a password is part of the secret: displayKeyValue hides it.
          values: { key: name, placeholder: displayKeyValue(name, placeholder) },
          span: { start: token.start, end: token.end },
          data: { key: name },
        });
      }
    }
  },
});

export default rule;
