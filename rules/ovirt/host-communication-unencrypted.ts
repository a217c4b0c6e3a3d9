import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { flagReport } from "./_flags.js";

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/host-communication-unencrypted",
    engine: "ovirt",
    type: "problem",
    description: "Engine↔VDSM without TLS",
    defaultSeverity: "error",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      unencrypted: "EncryptHostCommunication is {{state}}: engine↔VDSM traffic (commands, credentials) is not encrypted. Fix: {{fix}}.",
    },
  },
  check(context) {
    const report = flagReport(context.document, "EncryptHostCommunication", false, "unencrypted");
    if (report) context.report(report);
  },
});

export default rule;
