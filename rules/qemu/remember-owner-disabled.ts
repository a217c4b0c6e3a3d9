import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { reportFlaggedValue } from "./_settings.js";

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/remember-owner-disabled",
    engine: "qemu",
    type: "suggestion",
    description: "Original owners/labels not restored",
    defaultSeverity: "info",
    defaultOptions: {},
    messages: {
      disabled: "remember_owner = 0: original file owners and labels are not restored after guests stop.",
    },
  },
  check(context) {
    reportFlaggedValue(context, "remember_owner", false, "disabled");
  },
});

export default rule;
