import { displayValue } from "../../src/core/display.js";
import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { generalRecord, setCommand } from "./_values.js";

const KEY = "ExternalCommunicationProtocol";
/** The catalogue default, and the remedy. */
const RECOMMENDED = "TLSv1.2";

/**
 * The engine passes the value to `SSLContext.getInstance`, whose algorithm lookup ignores letter
 * case; so `tlsv1.2` is TLS 1.2 and the names below are matched in lower case.
 */
const ACCEPTED = new Set(["tlsv1.2", "tlsv1.3"]);
/** JSSE contexts capped at a deprecated version (RFC 8996) or SSL. */
const OBSOLETE = new Set(["sslv2", "sslv3", "tlsv1", "tlsv1.1"]);
/** JSSE contexts that name no version: the JVM's policy decides which ones are enabled. */
const UNPINNED = new Set(["ssl", "tls", "default"]);

function variant(value: string): "obsolete" | "unpinned" | "unknown" | undefined {
  const name = value.toLowerCase();
  if (ACCEPTED.has(name)) return undefined;
  if (OBSOLETE.has(name)) return "obsolete";
  return UNPINNED.has(name) ? "unpinned" : "unknown";
}

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/external-tls-protocol",
    engine: "ovirt",
    type: "problem",
    description: "External communication below TLS 1.2",
    defaultSeverity: "error",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      obsolete: "ExternalCommunicationProtocol {{value}} is obsolete and insecure; use TLSv1.2. Fix: {{fix}}.",
      unpinned:
        "ExternalCommunicationProtocol {{value}} names no TLS version, so the JVM may still allow TLS 1.0 or 1.1; use TLSv1.2. Fix: {{fix}}.",
      unknown:
        "ExternalCommunicationProtocol {{value}} is not a TLS protocol name: connections to external providers and the attestation service fail; use TLSv1.2. Fix: {{fix}}.",
    },
  },
  check(context) {
    const record = generalRecord(context.document, KEY);
    const messageId = record === undefined ? undefined : variant(record.value);
    if (record === undefined || messageId === undefined) return;
    const fix = setCommand(KEY, RECOMMENDED);
    context.report({
      messageId,
      values: { value: displayValue(record.value), fix },
      span: record.valueSpan,
      suggestions: [{ desc: fix }],
    });
  },
});

export default rule;
