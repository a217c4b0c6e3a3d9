import rule from "../../../rules/ovirt/oat-insecure-connection.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const FIX = "engine-config -s SecureConnectionWithOATServers=true";
const MESSAGE = `SecureConnectionWithOATServers is false: host attestation results are fetched over an insecure connection. Fix: ${FIX}.`;

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    "SecureConnectionWithOATServers: true version: general\n",
    "SecureConnectionWithOATServers: True version: general\n",
    // Boolean-typed: values other than true/false are ovirt/value-type's, skipped here.
    "SecureConnectionWithOATServers: off version: general\n",
    "SecureConnectionWithOATServers: false version: general\nSecureConnectionWithOATServers: true version: general\n",
  ],
  invalid: [
    {
      name: "false",
      code: "SecureConnectionWithOATServers: false version: general\n",
      errors: [
        {
          messageId: "insecure",
          message: MESSAGE,
          severity: "warning",
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 38,
          data: { key: "SecureConnectionWithOATServers", value: "false" },
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "upper case",
      code: "AttestationServer: oat.example.com version: general\nSecureConnectionWithOATServers: FALSE version: general\n",
      errors: [{ messageId: "insecure", message: MESSAGE, line: 2, column: 33, endLine: 2, endColumn: 38 }],
    },
  ],
});
