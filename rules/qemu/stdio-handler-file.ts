import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { readKey } from "./_values.js";

/** The handler that lets virtlogd roll QEMU's log over (libvirt's default, tmpl l.964–967). */
const LOGD = '"logd"';

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/stdio-handler-file",
    engine: "qemu",
    type: "problem",
    description: "QEMU logs bypass virtlogd (disk-fill DoS)",
    defaultSeverity: "warning",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      file: 'stdio_handler "file" lets a guest fill the host disk through QEMU\'s log (no virtlogd rollover).',
    },
  },
  check(context) {
    const reading = readKey(context, "stdio_handler");
    if (reading.status !== "ok" || reading.typed.type !== "string" || reading.typed.value !== "file") return;
    const { value } = reading.entry;
    context.report({
      messageId: "file",
      span: { start: value.start, end: value.end },
      data: { key: "stdio_handler", value: "file" },
      // virtlogd must run for "logd", so switching changes how the host works: only offered.
      suggestions: [{ desc: `Write ${LOGD}, so that virtlogd rolls the log over`, edits: [{ start: value.start, end: value.end, text: LOGD }] }],
    });
  },
});

export default rule;
