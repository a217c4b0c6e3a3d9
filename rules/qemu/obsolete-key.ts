import { qemuKey } from "../../src/catalogue/qemu.js";
import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import type { VirEntry } from "../../src/parsers/virconf.js";
import { deleteEntry } from "./_edits.js";

type MessageId = "obsolete" | "keepCapabilities" | "removed" | "deprecatedNvram" | "vxhs" | "notRead";

interface Finding {
  messageId: MessageId;
  /** Deleting is safe only where the setting does nothing today and never will. */
  deletable: boolean;
}

/** A written `0` (also `+0`, `00`): the value libvirt stores as unsigned zero. */
const isUnsignedZero = (entry: VirEntry): boolean =>
  entry.value.kind === "number" && !entry.value.signed && entry.value.value === 0n;

/**
 * The finding for one effective entry, if its key is one libvirt ignores or has dropped: the
 * catalogue's status, plus `vnc_tls_priority`, which is documented but never read (spec §10.3).
 */
function classify(entry: VirEntry): Finding | undefined {
  const { name } = entry;
  if (name === "vnc_tls_priority") return { messageId: "notRead", deletable: false };
  switch (qemuKey(name)?.status) {
    case "obsolete":
      if (name === "nvram") return { messageId: "deprecatedNvram", deletable: false };
      return { messageId: name === "clear_emulator_capabilities" && isUnsignedZero(entry) ? "keepCapabilities" : "obsolete", deletable: true };
    case "removed":
      // `= 1` makes libvirt refuse the file (qemu/value-range); any other value fails its getter (qemu/value-type).
      return isUnsignedZero(entry) ? { messageId: "removed", deletable: true } : undefined;
    case "ignored-in-newer":
      // The catalogue's only keys with this status are the vxhs_* ones (checked by the rule's tests).
      return { messageId: "vxhs", deletable: true };
    default:
      return undefined;
  }
}

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/obsolete-key",
    engine: "qemu",
    type: "suggestion",
    description: "Key ignored or removed by libvirt",
    defaultSeverity: "warning",
    fixable: "safe",
    defaultOptions: {},
    messages: {
      obsolete: "{{name}} is obsolete; libvirt ignores it.",
      keepCapabilities:
        "{{name}} is obsolete; libvirt ignores it. Setting it to 0 shows an intent to keep QEMU's capabilities, typical of setups that run QEMU as root.",
      removed: "{{name}} was removed from libvirt; 0 is still accepted but has no effect.",
      deprecatedNvram:
        "{{name}} is deprecated since libvirt 5.10.0; libvirt ignores it when firmware descriptor files exist.",
      vxhs: "{{name}} is obsolete; VxHS was removed from QEMU 5.2 and newer libvirt ignores it.",
      notRead: "{{name}} is documented but not read by libvirt's VNC settings; set default_tls_priority instead.",
    },
  },
  check(context) {
    for (const [name, entry] of context.document.effective) {
      const finding = classify(entry);
      if (finding === undefined) continue;
      context.report({
        messageId: finding.messageId,
        values: { name },
        span: entry.nameSpan,
        // nvram still takes effect on hosts without firmware descriptors, and vnc_tls_priority may be
        // read by a future release: deleting either could change behaviour, so neither gets a fix.
        ...(finding.deletable ? { fix: [deleteEntry(context.source.text, entry)] } : {}),
      });
    }
  },
});

export default rule;
