import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { valueSpan } from "./_console.js";
import { readKey } from "./_values.js";

/** The host-wide console passwords (tmpl l.128–136, l.207–214, l.250–255). */
const PASSWORD_KEYS = ["vnc_password", "spice_password", "rdp_password"];

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/plaintext-password",
    engine: "qemu",
    type: "problem",
    description: "A shared console password in the file",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      plaintext: "{{key}} sets one console password for every guest, stored in clear text in this file.",
    },
  },
  check(context) {
    for (const key of PASSWORD_KEYS) {
      const reading = readKey(context, key);
      // An empty password is no secret (for VNC it is qemu/vnc-password's business); the value is never shown.
      if (reading.status !== "ok" || reading.typed.type !== "string" || reading.typed.value === "") continue;
      context.report({ messageId: "plaintext", values: { key }, span: valueSpan(reading.entry.value), data: { key } });
    }
  },
});

export default rule;
