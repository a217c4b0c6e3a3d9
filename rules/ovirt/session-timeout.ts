import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { integerReports, type IntegerCheck } from "./_thresholds.js";

export interface SessionTimeoutOptions {
  /** Idle minutes above which a session lifetime is reported. */
  maxMinutes: number;
}

/** Negative means never (the key's description); longer than `maxMinutes` is too long. */
function timeoutCheck(maxMinutes: number): IntegerCheck {
  return {
    key: "UserSessionTimeOutInterval",
    judge: (minutes) => (minutes < 0 ? "neverExpire" : minutes > maxMinutes ? "tooLong" : undefined),
    fallback: maxMinutes,
  };
}

const rule: OvirtRule<SessionTimeoutOptions> = defineRule({
  meta: {
    id: "ovirt/session-timeout",
    engine: "ovirt",
    type: "problem",
    description: "User sessions never expire, or very long",
    defaultSeverity: "warning",
    hasSuggestions: true,
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        maxMinutes: {
          type: "integer",
          minimum: 1,
          description: "Idle session lifetimes above this many minutes are reported (default 480, a working day).",
        },
      },
    },
    defaultOptions: { maxMinutes: 480 },
    messages: {
      neverExpire: "UserSessionTimeOutInterval = {{value}}: web and API sessions never expire. Fix: {{fix}}.",
      tooLong:
        "UserSessionTimeOutInterval = {{value}}: idle web and API sessions stay valid for {{value}} minutes, more than {{maxMinutes}}. Fix: {{fix}}.",
    },
  },
  check(context) {
    const { maxMinutes } = context.options;
    for (const report of integerReports(context.document, timeoutCheck(maxMinutes), { maxMinutes })) context.report(report);
  },
});

export default rule;
