import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { groupLabel } from "./_structure.js";

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/duplicate-section",
    engine: "nova",
    type: "suggestion",
    description: "A section header repeats in one file (sections merge)",
    defaultSeverity: "off",
    defaultOptions: {},
    messages: {
      again: "{{section}} already started on line {{line}}; oslo.config merges both sections.",
    },
  },
  check(context) {
    // Headers compare by their normalised name: `[LIBVIRT]` and `[libvirt]` open the same group.
    const firstLine = new Map<string, number>();
    for (const section of context.document.file.sections) {
      const line = firstLine.get(section.name);
      if (line === undefined) firstLine.set(section.name, section.line);
      else context.report({ messageId: "again", values: { section: groupLabel(section.name), line }, span: section.span });
    }
  },
});

export default rule;
