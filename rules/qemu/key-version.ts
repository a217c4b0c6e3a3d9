import { qemuKey, type QemuKey } from "../../src/catalogue/qemu.js";
import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { readsKey } from "./_values.js";

/** The catalogue's `since` for keys whose first release is known only to lie after one and by another. */
const AFTER = /^after ([0-9.]+) \(present in ([0-9.]+)\)$/;

/** When libvirt started reading a key, as far as the catalogue knows. */
type Introduction =
  | { kind: "since"; version: string }
  /** Added by some release after `after`; `present` is a release known to read it. */
  | { kind: "after"; after: string; present: string };

/** Undefined for keys read by 9.0.0 already ("<=9.0.0") and for keys no release reads (`since` null). */
function introduction(key: QemuKey): Introduction | undefined {
  const { since } = key;
  if (since === null || since.startsWith("<=")) return undefined;
  const after = AFTER.exec(since);
  return after ? { kind: "after", after: after[1]!, present: after[2]! } : { kind: "since", version: since };
}

/** A release that reads the key, to tell "added later" apart from "never read" (vnc_tls_priority). */
const firstReader = (intro: Introduction): string => (intro.kind === "since" ? intro.version : intro.present);

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/key-version",
    engine: "qemu",
    type: "problem",
    description: "Key not read by the target libvirt version",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      since: "{{key}} is read only by libvirt {{since}} and later; libvirt {{target}} ignores it.",
      after: "{{key}} is read only by libvirt releases after {{after}} ({{present}} reads it); libvirt {{target}} ignores it.",
    },
  },
  check(context) {
    const target = context.settings.libvirtVersion;
    for (const [name, entry] of context.document.effective) {
      const key = qemuKey(name);
      const intro = key && introduction(key);
      // readsKey carries the version semantics shared with the value rules; a key that no release reads
      // (vnc_tls_priority) is qemu/obsolete-key's, not a matter of upgrading.
      if (!key || !intro || readsKey(key, target) || !readsKey(key, firstReader(intro))) continue;
      const values: Record<string, string> =
        intro.kind === "since"
          ? { key: name, since: intro.version, target }
          : { key: name, after: intro.after, present: intro.present, target };
      context.report({
        messageId: intro.kind,
        values,
        span: entry.nameSpan,
        data: { key: name, since: key.since, libvirtVersion: target },
      });
    }
  },
});

export default rule;
