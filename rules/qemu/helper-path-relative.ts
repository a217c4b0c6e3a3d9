import { displayValue } from "../../src/core/display.js";
import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { readKey } from "./_values.js";

/** The keys naming a program libvirt runs (tmpl l.756–762, l.1011–1029), in the template's order. */
const HELPER_KEYS = ["bridge_helper", "pr_helper", "slirp_helper", "qemu_rdp", "dbus_daemon"];

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/helper-path-relative",
    engine: "qemu",
    type: "suggestion",
    description: "Privileged helper found through $PATH",
    defaultSeverity: "off",
    defaultOptions: {},
    messages: {
      relative: "{{key}} {{value}} is looked up in $PATH; the helper runs privileged.",
    },
  },
  check(context) {
    for (const key of HELPER_KEYS) {
      const reading = readKey(context, key);
      if (reading.status !== "ok" || reading.typed.type !== "string") continue;
      const path = reading.typed.value;
      // An empty name is not looked up anywhere: libvirt fails to find the helper when it needs it.
      if (path === "" || path.startsWith("/")) continue;
      const { start, end } = reading.entry.value;
      context.report({ messageId: "relative", values: { key, value: displayValue(path) }, span: { start, end }, data: { key, path } });
    }
  },
});

export default rule;
