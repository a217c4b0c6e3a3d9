import { defineRule, FILE_START } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { readKey } from "./_values.js";

const KEY = "lock_manager";


const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/lock-manager-unset",
    engine: "qemu",
    type: "suggestion",
    description: "No disk locking",
    defaultSeverity: "off",
    defaultOptions: {},
    messages: {
      unset: "No lock_manager: nothing prevents two guests from starting on the same writable disk.",
      nop: 'lock_manager "nop" is the no-op manager: nothing prevents two guests from starting on the same writable disk.',
    },
  },
  check(context) {
    const reading = readKey(context, KEY);
    // Unset, libvirt loads its built-in no-op manager (qemu_driver.c l.670).
    if (reading.status === "absent") {
      context.report({ messageId: "unset", span: FILE_START });
      return;
    }
    // "nop" names that same manager explicitly; "lockd", "sanlock" and unknown plugins are other rules' business.
    if (reading.status === "ok" && reading.typed.type === "string" && reading.typed.value === "nop") {
      const { start, end } = reading.entry.value;
      context.report({ messageId: "nop", span: { start, end } });
    }
  },
});

export default rule;
