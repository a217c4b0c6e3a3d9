import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { flagReadAs } from "./_flags.js";
import { fixReport } from "./_thresholds.js";
import { isBooleanText } from "./_values.js";

const KEY = "EnableMACAntiSpoofingFilterRules";

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/mac-anti-spoofing-disabled",
    engine: "ovirt",
    type: "problem",
    description: "Guests may spoof MAC/ARP",
    defaultSeverity: "warning",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      off: "MAC anti-spoofing filter rules are off: guests can spoof MAC and ARP. Fix: {{fix}}.",
      // The key has no declared type, so ovirt/value-type passes any text; the engine reads it as false.
      offByText: `MAC anti-spoofing filter rules are off: ${KEY} is {{state}}, so guests can spoof MAC and ARP. Fix: {{fix}}.`,
    },
  },
  check(context) {
    const reading = flagReadAs(context.document, KEY, false);
    if (reading === undefined) return;
    const messageId = isBooleanText(reading.record.value) ? "off" : "offByText";
    context.report(fixReport(reading.record, messageId, { state: reading.state }, reading.fix));
  },
});

export default rule;
