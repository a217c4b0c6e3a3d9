import rule from "../../../rules/ovirt/certificate-alerts.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const noNotice = (key: string, value: number, fix: number): string =>
  `${key} = ${value}: there is no advance notice before a host certificate expires, and an expired certificate takes the host offline. Fix: engine-config -s ${key}=${fix}.`;

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // The 4.5.7 defaults.
    "CertExpirationWarnPeriodInDays: 365 version: general\nCertExpirationAlertPeriodInDays: 30 version: general\nVdsCertificateValidityInDays: 1827 version: general\n",
    "CertExpirationWarnPeriodInDays: 1 version: general\nCertExpirationAlertPeriodInDays: 1 version: general\nVdsCertificateValidityInDays: 398 version: general\n",
    // Not integers: ovirt/value-type reports them, every other rule skips them.
    "CertExpirationWarnPeriodInDays: off version: general\nVdsCertificateValidityInDays: 10y version: general\n",
    "CertExpirationAlertPeriodInDays: 0 version: general\nCertExpirationAlertPeriodInDays: 7 version: general\n",
    // Only the general rows are read.
    "CertExpirationWarnPeriodInDays: 0 version: 4.7\nVdsCertificateValidityInDays: 3650 version: 4.7\n",
  ],
  invalid: [
    {
      name: "warnings off",
      code: "CertExpirationWarnPeriodInDays: 0 version: general\n",
      errors: [
        {
          messageId: "noNotice",
          message: noNotice("CertExpirationWarnPeriodInDays", 0, 365),
          severity: "info",
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 34,
          data: { key: "CertExpirationWarnPeriodInDays", version: "general", value: "0" },
          suggestions: [{ desc: "engine-config -s CertExpirationWarnPeriodInDays=365" }],
        },
      ],
    },
    {
      // CertificationValidityChecker reports expiry before the periods, so a negative period gives no notice either.
      name: "alerts off, also through a negative period",
      code: "CertExpirationAlertPeriodInDays: -7 version: general\n",
      errors: [
        {
          messageId: "noNotice",
          message: noNotice("CertExpirationAlertPeriodInDays", -7, 30),
          column: 34,
          endColumn: 36,
          suggestions: [{ desc: "engine-config -s CertExpirationAlertPeriodInDays=30" }],
        },
      ],
    },
    {
      name: "a very long host certificate validity",
      code: "VdsCertificateValidityInDays: 3650 version: general\n",
      errors: [
        {
          messageId: "longValidity",
          message:
            "VdsCertificateValidityInDays = 3650: new host certificates stay valid for 3650 days (more than 1827), outliving regular key rotation. Fix: engine-config -s VdsCertificateValidityInDays=1827.",
          line: 1,
          column: 31,
          endColumn: 35,
          suggestions: [{ desc: "engine-config -s VdsCertificateValidityInDays=1827" }],
        },
      ],
    },
    {
      name: "all three, in file order; the last record decides",
      code: "VdsCertificateValidityInDays: 1828 version: general\nCertExpirationAlertPeriodInDays: 30 version: general\nCertExpirationAlertPeriodInDays: 0 version: general\nCertExpirationWarnPeriodInDays: +0 version: general\n",
      errors: [
        { messageId: "longValidity", line: 1 },
        { messageId: "noNotice", line: 3, message: noNotice("CertExpirationAlertPeriodInDays", 0, 30) },
        { messageId: "noNotice", line: 4, message: noNotice("CertExpirationWarnPeriodInDays", 0, 365) },
      ],
    },
  ],
});
