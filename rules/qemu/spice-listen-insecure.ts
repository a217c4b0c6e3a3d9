import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { reportInsecureListen, SPICE } from "./_console.js";

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/spice-listen-insecure",
    engine: "qemu",
    type: "problem",
    description: "SPICE on the network without TLS/SASL",
    defaultSeverity: "error",
    defaultOptions: {},
    messages: {
      insecure: "SPICE listens on {{address}} without TLS or SASL: any host that can reach it can open the guest consoles.",
      passwordOnly: "SPICE listens on {{address}} without TLS or SASL, protected only by a SPICE password sent without encryption.",
    },
  },
  check(context) {
    reportInsecureListen(context, SPICE);
  },
});

export default rule;
