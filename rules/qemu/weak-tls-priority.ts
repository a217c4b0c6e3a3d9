import { qemuKey } from "../../src/catalogue/qemu.js";
import { displayValue } from "../../src/core/display.js";
import { defineRule } from "../../src/core/rule.js";
import { compareVersions } from "../../src/core/version.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import type { VirValue } from "../../src/parsers/virconf.js";
import { andList, valueSpan } from "./_console.js";
import { readKey, type ValueScope } from "./_values.js";

/** The GnuTLS priority-string keys (11.6.0, "Allow control over QEMU TLS priority strings"). */
const PRIORITY_KEYS = [
  "default_tls_priority",
  "vnc_tls_priority",
  "chardev_tls_priority",
  "nbd_tls_priority",
  "migrate_tls_priority",
  "backup_tls_priority",
];

type Weakness = "version" | "allVersions" | "compat" | "cipher" | "nullAlgorithm" | "hash" | "anonymous" | "verifyBroken" | "verifySha1";

/** Priority-string tokens that re-enable what the system crypto policy removes, upper-cased. */
const WEAK_TOKENS: ReadonlyMap<string, Weakness> = new Map([
  ["+VERS-SSL3.0", "version"],
  ["+VERS-TLS1.0", "version"],
  ["+VERS-TLS1.1", "version"],
  ["+VERS-ALL", "allVersions"],
  ["%COMPAT", "compat"],
  ["+ARCFOUR-128", "cipher"],
  ["+ARCFOUR-40", "cipher"],
  ["+3DES-CBC", "cipher"],
  ["+NULL", "nullAlgorithm"],
  ["+MD5", "hash"],
  ["+ANON-DH", "anonymous"],
  ["+ANON-ECDH", "anonymous"],
  ["%VERIFY_ALLOW_BROKEN", "verifyBroken"],
  ["%VERIFY_ALLOW_SHA1", "verifySha1"],
]);

/** A weak part of a priority string, as written. */
interface WeakPart {
  messageId: Weakness | "legacy";
  written: string;
}

/**
 * The weak parts of a priority string in the order written, each once: a `LEGACY` start, then the
 * `:`-separated tokens of the list above. GnuTLS compares keywords ignoring case.
 */
function weakParts(priority: string): WeakPart[] {
  const tokens = priority.split(":");
  const parts: WeakPart[] = [];
  const first = tokens[0] ?? "";
  if (first.toUpperCase().startsWith("LEGACY")) parts.push({ messageId: "legacy", written: first });
  const seen = new Set<string>();
  for (const token of tokens) {
    const upper = token.toUpperCase();
    const weakness = WEAK_TOKENS.get(upper);
    if (weakness === undefined || seen.has(upper)) continue;
    seen.add(upper);
    parts.push({ messageId: weakness, written: token });
  }
  return parts;
}

/**
 * The priority string of a key as the target libvirt would use it. `vnc_tls_priority` is documented
 * from 11.6.0 but no loader reads it yet (spec §7, so `readKey` ignores it); its string is judged as
 * the template describes it, while `qemu/obsolete-key` says that it is not read.
 */
function priorityOf(scope: ValueScope, key: string): { value: string; node: VirValue } | undefined {
  const reading = readKey(scope, key);
  if (reading.status === "ok" && reading.typed.type === "string") return { value: reading.typed.value, node: reading.entry.value };
  if (reading.status !== "ignored" || key !== "vnc_tls_priority") return undefined;
  const since = qemuKey(key)?.since;
  const { value } = reading.entry;
  const documented = since !== undefined && since !== null && compareVersions(scope.settings.libvirtVersion, since) >= 0;
  return documented && value.kind === "string" ? { value: value.value, node: value } : undefined;
}

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/weak-tls-priority",
    engine: "qemu",
    type: "problem",
    description: "TLS priority string enables weak protocols",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      version: "{{key}} enables {{token}}, a broken protocol version.{{more}}",
      allVersions: "{{key}} enables {{token}}, every protocol version including the broken ones.{{more}}",
      compat: "{{key}} enables {{token}}, which relaxes protocol checks to talk to broken peers.{{more}}",
      cipher: "{{key}} enables {{token}}, a broken cipher.{{more}}",
      nullAlgorithm: "{{key}} enables {{token}}, a null algorithm that leaves traffic without encryption or integrity protection.{{more}}",
      hash: "{{key}} enables {{token}}, a broken hash algorithm.{{more}}",
      anonymous: "{{key}} enables {{token}}, an anonymous key exchange that authenticates neither side.{{more}}",
      verifyBroken: "{{key}} enables {{token}}, which accepts certificates signed with broken algorithms.{{more}}",
      verifySha1: "{{key}} enables {{token}}, which accepts certificates signed with SHA-1.{{more}}",
      legacy: "{{key}} starts with {{token}}, which enables legacy protocol versions and algorithms.{{more}}",
    },
  },
  check(context) {
    for (const key of PRIORITY_KEYS) {
      const priority = priorityOf(context, key);
      if (priority === undefined) continue;
      const [first, ...others] = weakParts(priority.value);
      if (first === undefined) continue;
      const shownOthers = others.map(({ written }) => displayValue(written));
      context.report({
        messageId: first.messageId,
        values: { key, token: displayValue(first.written), more: shownOthers.length > 0 ? ` It also enables ${andList(shownOthers)}.` : "" },
        span: valueSpan(priority.node),
        data: { key, weak: [first, ...others].map(({ written }) => written) },
      });
    }
  },
});

export default rule;
