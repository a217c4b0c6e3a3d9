import rule from "../../../rules/ovirt/spice-tls-disabled.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const FIX = "engine-config -s SSLEnabled=true";

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    "SSLEnabled: true version: general\n",
    // The engine's Boolean.parseBoolean accepts any letter case (-s would refuse it: ovirt/value-not-allowed).
    "SSLEnabled: True version: general\n",
    "SSLEnabled: false version: general\nSSLEnabled: true version: general\n",
    "SSLEnabled: false version: 4.8\n",
  ],
  invalid: [
    {
      name: "false",
      code: "SSLEnabled: false version: general\n",
      errors: [
        {
          messageId: "disabled",
          message: `SSLEnabled is false: SPICE consoles are not encrypted. Fix: ${FIX}.`,
          severity: "error",
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 18,
          data: { key: "SSLEnabled", value: "false" },
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      // An untyped key (String for engine-config, so ovirt/value-type passes it) that the engine
      // reads with Boolean.parseBoolean: anything but "true" turns SPICE TLS off.
      name: "a String-typed switch reads yes as false",
      code: "SSLEnabled: yes version: general\n",
      errors: [
        {
          messageId: "disabled",
          message: `SSLEnabled is "yes" (read as false): SPICE consoles are not encrypted. Fix: ${FIX}.`,
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 16,
          data: { key: "SSLEnabled", value: "yes" },
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "an empty value reads as false",
      code: "SSLEnabled:  version: general\n",
      errors: [
        {
          messageId: "disabled",
          message: `SSLEnabled is "" (read as false): SPICE consoles are not encrypted. Fix: ${FIX}.`,
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 13,
        },
      ],
    },
    {
      name: "FALSE",
      code: "SpiceProxyDefault:  version: general\nSSLEnabled: FALSE version: general\n",
      errors: [{ messageId: "disabled", message: `SSLEnabled is false: SPICE consoles are not encrypted. Fix: ${FIX}.`, line: 2, column: 13, endColumn: 18 }],
    },
  ],
});
