import rule from "../../../rules/ovirt/mac-anti-spoofing-disabled.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const FIX = "engine-config -s EnableMACAntiSpoofingFilterRules=true";
const MESSAGE = `MAC anti-spoofing filter rules are off: guests can spoof MAC and ARP. Fix: ${FIX}.`;

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // The 4.5.7 default.
    "EnableMACAntiSpoofingFilterRules: true version: general\n",
    // Boolean.parseBoolean ignores letter case (engine-config -s would refuse it: ovirt/value-not-allowed).
    "EnableMACAntiSpoofingFilterRules: TRUE version: general\n",
    "EnableMACAntiSpoofingFilterRules: false version: general\nEnableMACAntiSpoofingFilterRules: true version: general\n",
    // Only the general row is read.
    "EnableMACAntiSpoofingFilterRules: false version: 4.7\n",
  ],
  invalid: [
    {
      name: "false",
      code: "EnableMACAntiSpoofingFilterRules: false version: general\n",
      errors: [
        {
          messageId: "off",
          message: MESSAGE,
          severity: "warning",
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 40,
          data: { key: "EnableMACAntiSpoofingFilterRules", version: "general", value: "false" },
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "False, after a true record",
      code: "EnableMACAntiSpoofingFilterRules: true version: general\nEnableMACAntiSpoofingFilterRules: False version: general\n",
      errors: [{ messageId: "off", message: MESSAGE, line: 2, column: 35, endColumn: 40 }],
    },
    {
      // The key has no declared type (String for engine-config), so ovirt/value-type passes any text,
      // and the engine's Boolean.parseBoolean reads it as false.
      name: "other text reads as false",
      code: "EnableMACAntiSpoofingFilterRules: yes version: general\n",
      errors: [
        {
          messageId: "offByText",
          message: `MAC anti-spoofing filter rules are off: EnableMACAntiSpoofingFilterRules is "yes" (read as false), so guests can spoof MAC and ARP. Fix: ${FIX}.`,
          line: 1,
          column: 35,
          endColumn: 38,
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "an empty value reads as false",
      code: "EnableMACAntiSpoofingFilterRules:  version: general\n",
      errors: [{ messageId: "offByText", message: /: EnableMACAntiSpoofingFilterRules is "" \(read as false\), so guests/, column: 35, endColumn: 35 }],
    },
  ],
});
