import { defineRule, FILE_START } from "../../src/core/rule.js";
import type { OvirtFatalRule } from "../../src/engines/ovirt.js";

const rule: OvirtFatalRule = defineRule({
  meta: {
    id: "ovirt/parse-error",
    engine: "ovirt",
    type: "problem",
    description: "The file is not an engine-config capture at all: binary (NUL bytes) or over the size limit",
    defaultSeverity: "error",
    fatal: true,
    defaultOptions: {},
    messages: {
      binary: "The file contains NUL bytes: it is binary data, not an engine-config capture (the text engine-config prints).",
      tooLarge:
        "The file is {{size}} bytes: it is not an engine-config capture (a complete engine-config -a prints about 50 KB), and enginelint reads at most 10485760 bytes.",
    },
  },
  check(context) {
    const failure = context.document;
    if (failure.kind === "too-large") {
      context.report({ messageId: "tooLarge", values: { size: failure.size }, span: FILE_START });
      return;
    }
    // The first NUL is one UTF-16 unit (U+0000); pointing at it shows where the text stops being text.
    context.report({ messageId: "binary", span: { start: failure.offset, end: failure.offset + 1 } });
  },
});

export default rule;
