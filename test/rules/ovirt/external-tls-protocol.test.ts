import rule from "../../../rules/ovirt/external-tls-protocol.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester, type InvalidCase } from "../../helpers/rule-tester.js";

const FIX = "engine-config -s ExternalCommunicationProtocol=TLSv1.2";
/** Where an `ExternalCommunicationProtocol: <value> version: general` record's value starts. */
const VALUE_COLUMN = 32;

const record = (value: string): string => `ExternalCommunicationProtocol: ${value} version: general\n`;

const MESSAGES = {
  obsolete: (shown: string) => `ExternalCommunicationProtocol ${shown} is obsolete and insecure; use TLSv1.2. Fix: ${FIX}.`,
  unpinned: (shown: string) =>
    `ExternalCommunicationProtocol ${shown} names no TLS version, so the JVM may still allow TLS 1.0 or 1.1; use TLSv1.2. Fix: ${FIX}.`,
  unknown: (shown: string) =>
    `ExternalCommunicationProtocol ${shown} is not a TLS protocol name: connections to external providers and the attestation service fail; use TLSv1.2. Fix: ${FIX}.`,
};

function flagged(value: string, messageId: keyof typeof MESSAGES, shown = `"${value}"`): InvalidCase {
  return {
    name: `${messageId}: ${JSON.stringify(value)}`,
    code: record(value),
    errors: [
      {
        messageId,
        message: MESSAGES[messageId](shown),
        severity: "error",
        line: 1,
        column: VALUE_COLUMN,
        endLine: 1,
        endColumn: VALUE_COLUMN + value.length,
        suggestions: [{ desc: FIX }],
      },
    ],
  };
}

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // The catalogue default.
    record("TLSv1.2"),
    record("TLSv1.3"),
    // SSLContext.getInstance ignores letter case.
    record("tlsv1.2"),
    record("TLSV1.3"),
    // The last record decides.
    `${record("TLSv1")}${record("TLSv1.2")}`,
  ],
  invalid: [
    flagged("TLSv1", "obsolete"),
    flagged("TLSv1.1", "obsolete"),
    flagged("SSLv3", "obsolete"),
    flagged("SSLv2", "obsolete"),
    flagged("tlsv1", "obsolete"),
    flagged("TLS", "unpinned"),
    flagged("SSL", "unpinned"),
    flagged("Default", "unpinned"),
    flagged("TLSv1.4", "unknown"),
    flagged("DTLSv1.2", "unknown"),
    // Trailing blanks are part of the stored value: SSLContext.getInstance fails on them.
    flagged("TLSv1.2 ", "unknown"),
    flagged("", "unknown"),
    {
      name: "the later record wins",
      code: `${record("TLSv1.2")}${record("TLSv1.1")}`,
      errors: [{ messageId: "obsolete", message: MESSAGES.obsolete('"TLSv1.1"'), line: 2, column: VALUE_COLUMN, endLine: 2, endColumn: VALUE_COLUMN + 7 }],
    },
  ],
});
