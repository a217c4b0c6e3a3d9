import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { readKey } from "./_values.js";

const KEY = "cgroup_controllers";

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/cgroup-controllers-weakened",
    engine: "qemu",
    type: "problem",
    description: "No device cgroup (or no cgroups at all)",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      noDevices: 'cgroup_controllers has no "devices": QEMU may open any device node that file permissions allow.',
      empty:
        "cgroup_controllers is empty: libvirt uses no cgroup controller, so QEMU may open any device node that file permissions allow and guests get no CPU, memory or I/O limits.",
    },
  },
  check(context) {
    // A session daemon puts no guest into a cgroup (qemuInitCgroup returns early when unprivileged).
    if (!context.settings.privileged) return;
    // Absent: libvirt uses every controller it detects on the host, "devices" included.
    const reading = readKey(context, KEY);
    if (reading.status !== "ok" || reading.typed.type !== "string-list") return;
    const controllers = reading.typed.items.map((item) => item.value);
    if (controllers.includes("devices")) return;
    context.report({
      messageId: controllers.length === 0 ? "empty" : "noDevices",
      span: { start: reading.entry.value.start, end: reading.entry.value.end },
      data: { controllers },
    });
  },
});

export default rule;
