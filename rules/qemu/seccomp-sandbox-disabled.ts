import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { reportFlaggedValue } from "./_settings.js";

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/seccomp-sandbox-disabled",
    engine: "qemu",
    type: "problem",
    description: "QEMU seccomp filter off",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      disabled: "seccomp_sandbox = 0 turns off QEMU's system-call filter.",
    },
  },
  check(context) {
    // Only 0 turns the filter off: -1 (the default) and every other value ask for it (qemu_command.c l.10159).
    reportFlaggedValue(context, "seccomp_sandbox", 0, "disabled");
  },
});

export default rule;
