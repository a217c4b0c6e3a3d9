import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { problemsFor, readKey } from "./_values.js";

/** The host-shutdown actions that libvirt-guests.service also performs (tmpl l.686–716; read from 11.2.0). */
const ACTION_KEYS: readonly string[] = ["auto_shutdown_try_save", "auto_shutdown_try_shutdown", "auto_shutdown_poweroff"];

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/auto-shutdown-dueling",
    engine: "qemu",
    type: "suggestion",
    description: "Conflicts with libvirt-guests.service",
    defaultSeverity: "info",
    defaultOptions: {},
    messages: {
      enabled: "{{key}} is enabled: if libvirt-guests.service is enabled too, both act at host shutdown.",
    },
  },
  check(context) {
    // libvirt-guests.service handles the system daemon's guests; a session daemon's own actions compete with nothing.
    if (!context.settings.privileged) return;
    // A scope libvirt refuses is qemu/value-enum's: the driver does not start, so nothing acts at shutdown.
    const refused = new Set(problemsFor(context, "qemu/value-enum").map((problem) => problem.key));
    for (const key of ACTION_KEYS) {
      const reading = readKey(context, key);
      if (reading.status !== "ok" || reading.typed.type !== "string" || reading.typed.value === "none" || refused.has(key)) continue;
      const node = reading.entry.value;
      context.report({ messageId: "enabled", values: { key }, span: { start: node.start, end: node.end }, data: { key, value: reading.typed.value } });
    }
  },
});

export default rule;
