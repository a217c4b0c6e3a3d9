import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { integerReports, type IntegerCheck } from "./_thresholds.js";

/** The catalogue default since the validity was raised from 398 days. */
const MAX_VALIDITY_DAYS = 1827;

/**
 * `CertificationValidityChecker` warns or alerts once now is past expiry minus the period, and reports
 * expiry itself first: with 0 (or a negative period) nothing comes before the certificate has expired.
 */
const noAdvanceNotice = (key: string, fallback: number): IntegerCheck => ({
  key,
  judge: (days) => (days <= 0 ? "noNotice" : undefined),
  fallback,
});

const CHECKS: readonly IntegerCheck[] = [
  noAdvanceNotice("CertExpirationWarnPeriodInDays", 365),
  noAdvanceNotice("CertExpirationAlertPeriodInDays", 30),
  {
    key: "VdsCertificateValidityInDays",
    judge: (days) => (days > MAX_VALIDITY_DAYS ? "longValidity" : undefined),
    fallback: MAX_VALIDITY_DAYS,
  },
];

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/certificate-alerts",
    engine: "ovirt",
    type: "suggestion",
    description: "Certificate expiry alerts off, or very long validity",
    defaultSeverity: "info",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      noNotice:
        "{{key}} = {{value}}: there is no advance notice before a host certificate expires, and an expired certificate takes the host offline. Fix: {{fix}}.",
      longValidity: `VdsCertificateValidityInDays = {{value}}: new host certificates stay valid for {{value}} days (more than ${MAX_VALIDITY_DAYS}), outliving regular key rotation. Fix: {{fix}}.`,
    },
  },
  check(context) {
    for (const check of CHECKS) {
      for (const report of integerReports(context.document, check, { key: check.key })) context.report(report);
    }
  },
});

export default rule;
