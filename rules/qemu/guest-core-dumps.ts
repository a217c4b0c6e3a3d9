import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { reportFlaggedValue } from "./_settings.js";

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/guest-core-dumps",
    engine: "qemu",
    type: "suggestion",
    description: "QEMU core dumps include guest RAM",
    defaultSeverity: "info",
    defaultOptions: {},
    messages: {
      included: "dump_guest_core = 1: QEMU core dumps include guest memory (secrets of every tenant).",
    },
  },
  check(context) {
    reportFlaggedValue(context, "dump_guest_core", true, "included");
  },
});

export default rule;
