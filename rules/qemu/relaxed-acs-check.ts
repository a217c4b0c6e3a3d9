import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { reportFlaggedValue } from "./_settings.js";

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/relaxed-acs-check",
    engine: "qemu",
    type: "problem",
    description: "PCI devices without ACS isolation assignable",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      relaxed:
        "relaxed_acs_check = 1 allows assigning PCI devices that lack ACS isolation; peer-to-peer DMA can reach other devices.",
    },
  },
  check(context) {
    reportFlaggedValue(context, "relaxed_acs_check", true, "relaxed");
  },
});

export default rule;
