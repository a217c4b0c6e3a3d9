import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { flagReport } from "./_flags.js";

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/csrf-protection-off",
    engine: "ovirt",
    type: "suggestion",
    description: "CSRF protection off (the default)",
    // Upstream ships it off: a hardening check that a site opts into.
    defaultSeverity: "off",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      off: "CSRFProtection is {{state}}: the engine's REST API does not require CSRF tokens. Fix: {{fix}}.",
    },
  },
  check(context) {
    const report = flagReport(context.document, "CSRFProtection", false, "off");
    if (report) context.report(report);
  },
});

export default rule;
