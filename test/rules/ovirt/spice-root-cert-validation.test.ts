import rule from "../../../rules/ovirt/spice-root-cert-validation.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const FIX = "engine-config -s EnableSpiceRootCertificateValidation=true";
const CONSEQUENCE = "SPICE clients do not validate the engine's root certificate.";

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    "EnableSpiceRootCertificateValidation: true version: general\n",
    "EnableSpiceRootCertificateValidation: TRUE version: general\n",
    "EnableSpiceRootCertificateValidation: false version: general\nEnableSpiceRootCertificateValidation: true version: general\n",
  ],
  invalid: [
    {
      name: "false",
      code: "EnableSpiceRootCertificateValidation: false version: general\n",
      errors: [
        {
          messageId: "notValidated",
          message: `EnableSpiceRootCertificateValidation is false: ${CONSEQUENCE} Fix: ${FIX}.`,
          severity: "warning",
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 44,
          data: { key: "EnableSpiceRootCertificateValidation", value: "false" },
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "an untyped switch: 1 reads as false",
      code: "EnableSpiceRootCertificateValidation: 1 version: general\n",
      errors: [
        {
          messageId: "notValidated",
          message: `EnableSpiceRootCertificateValidation is "1" (read as false): ${CONSEQUENCE} Fix: ${FIX}.`,
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 40,
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "the later record wins",
      code: "EnableSpiceRootCertificateValidation: true version: general\nEnableSpiceRootCertificateValidation: False version: general\n",
      errors: [{ messageId: "notValidated", message: `EnableSpiceRootCertificateValidation is false: ${CONSEQUENCE} Fix: ${FIX}.`, line: 2, column: 39, endColumn: 44 }],
    },
  ],
});
