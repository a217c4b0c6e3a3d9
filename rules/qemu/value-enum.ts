import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { getterMessage, problemsFor, reportProblem, type EnumMessageId } from "./_values.js";

const messages = {
  coreSize: getterMessage("coreSize"),
  notOneOf: '{{key}} {{value}} is not {{allowed}} (libvirt: "{{libvirt}}").',
  imageFormatAtRun: "{{key}} {{value}} is not {{allowed}}; libvirt {{version}} loads the file but fails when a {{operation}} runs.",
  transientSave:
    '{{key}} {{value}} includes transient guests, which cannot be saved; use "none" or "persistent" (libvirt: "{{libvirt}}").',
  unknownController: '{{key}} element {{value}} is not a cgroup controller libvirt knows (libvirt: "{{libvirt}}").',
  sessionNamespaces: '{{key}} must be [] for a session daemon, which cannot create namespaces (libvirt: "{{libvirt}}").',
  duplicateDriver: '{{key}} lists {{value}} more than once (libvirt: "{{libvirt}}").',
  dacDriver: '{{key}} must not list "dac": libvirt always adds the DAC driver itself (libvirt: "{{libvirt}}").',
  noneWithOthers: '{{key}} lists "none" with other drivers; the template allows "none" only on its own.',
  localAddress:
    '{{key}} {{value}} counts as the local machine: libvirt refuses names starting with "localhost", 127.0.0.1 and ::1 (libvirt: "{{libvirt}}").',
  nvramFormat: '{{key}} element {{value}} is not LOADER:NVRAM, two non-empty paths separated by one ":" (libvirt: "{{libvirt}}").',
} satisfies Record<EnumMessageId, string>;

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/value-enum",
    engine: "qemu",
    type: "problem",
    description: "String or list element that libvirt refuses",
    defaultSeverity: "error",
    defaultOptions: {},
    messages,
  },
  check(context) {
    for (const problem of problemsFor(context, "qemu/value-enum")) reportProblem(context, problem);
  },
});

export default rule;
