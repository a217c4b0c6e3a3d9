import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { reportInsecureListen, VNC } from "./_console.js";

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/vnc-listen-insecure",
    engine: "qemu",
    type: "problem",
    description: "VNC on the network without TLS/SASL",
    defaultSeverity: "error",
    defaultOptions: {},
    messages: {
      insecure: "VNC listens on {{address}} without TLS or SASL: any host that can reach it can open the guest consoles.",
      passwordOnly:
        "VNC listens on {{address}} without TLS or SASL, protected only by a VNC password (8 characters at most, sent without encryption).",
    },
  },
  check(context) {
    reportInsecureListen(context, VNC);
  },
});

export default rule;
