import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { readKey } from "./_values.js";

const KEY = "namespaces";

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/namespaces-disabled",
    engine: "qemu",
    type: "problem",
    description: "QEMU sees the host's /dev",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      empty: "namespaces is empty: QEMU sees the host's whole /dev instead of a private one.",
      noMount: 'namespaces has no "mount": QEMU sees the host\'s whole /dev instead of a private one.',
    },
  },
  check(context) {
    // A session daemon cannot create namespaces: [] is the only value libvirt accepts there.
    if (!context.settings.privileged) return;
    // Absent: libvirt enables the mount namespace wherever the host supports it.
    const reading = readKey(context, KEY);
    if (reading.status !== "ok" || reading.typed.type !== "string-list") return;
    const namespaces = reading.typed.items.map((item) => item.value);
    if (namespaces.includes("mount")) return;
    const list = reading.entry.value;
    context.report({
      messageId: namespaces.length === 0 ? "empty" : "noMount",
      span: { start: list.start, end: list.end },
      data: { namespaces },
    });
  },
});

export default rule;
