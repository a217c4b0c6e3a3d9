import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { flagReport } from "./_flags.js";

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/oat-insecure-connection",
    engine: "ovirt",
    type: "problem",
    description: "Attestation server over an insecure connection",
    defaultSeverity: "warning",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      insecure:
        "SecureConnectionWithOATServers is {{state}}: host attestation results are fetched over an insecure connection. Fix: {{fix}}.",
    },
  },
  check(context) {
    const report = flagReport(context.document, "SecureConnectionWithOATServers", false, "insecure");
    if (report) context.report(report);
  },
});

export default rule;
