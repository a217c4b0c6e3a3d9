import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { flagReport } from "./_flags.js";

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/spice-tls-disabled",
    engine: "ovirt",
    type: "problem",
    description: "SPICE without TLS",
    defaultSeverity: "error",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      disabled: "SSLEnabled is {{state}}: SPICE consoles are not encrypted. Fix: {{fix}}.",
    },
  },
  check(context) {
    const report = flagReport(context.document, "SSLEnabled", false, "disabled");
    if (report) context.report(report);
  },
});

export default rule;
