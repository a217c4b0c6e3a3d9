import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { flagReport } from "./_flags.js";

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/spice-root-cert-validation",
    engine: "ovirt",
    type: "problem",
    description: "SPICE root certificate not validated",
    defaultSeverity: "warning",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      notValidated:
        "EnableSpiceRootCertificateValidation is {{state}}: SPICE clients do not validate the engine's root certificate. Fix: {{fix}}.",
    },
  },
  check(context) {
    const report = flagReport(context.document, "EnableSpiceRootCertificateValidation", false, "notValidated");
    if (report) context.report(report);
  },
});

export default rule;
