import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { reportFlaggedValue } from "./_settings.js";

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/dynamic-ownership-disabled",
    engine: "qemu",
    type: "problem",
    description: "Libvirt stops chowning images",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      disabled:
        "dynamic_ownership = 0: libvirt no longer gives image files to the QEMU user, which usually leads to root QEMU or world-readable images.",
    },
  },
  check(context) {
    // Only the system daemon chowns files (qemuSecurityInit sets up the DAC driver, which reads this
    // flag, only when privileged); a session daemon's QEMU runs as the session user and owns its files.
    if (!context.settings.privileged) return;
    reportFlaggedValue(context, "dynamic_ownership", false, "disabled");
  },
});

export default rule;
