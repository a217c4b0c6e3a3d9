import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { getterMessage, problemsFor, reportProblem, type RangeMessageId } from "./_values.js";

const messages = {
  boolRange: getterMessage("boolRange"),
  intRange: getterMessage("intRange"),
  uintRange: getterMessage("uintRange"),
  overflow:
    '{{key}} {{value}} is too large for libvirt 11.3.0 and later, which refuse the file ("numeric overflow in conf value"); libvirt {{version}} reads it as {{read}}.',
  overflowOutOfRange: '{{key}} {{value}} is too large: libvirt {{version}} reads it as {{read}}, which is out of range (libvirt: "{{libvirt}}").',
  portBelowFloor: '{{key}} {{value}} is below {{floor}}, the lowest port libvirt accepts here (libvirt: "{{libvirt}}").',
  portAboveMax: '{{key}} {{value}} is above 65535, the highest TCP port (libvirt: "{{libvirt}}").',
  portBelowMin: '{{key}} {{value}} is below {{minKey}} {{min}} (libvirt: "{{libvirt}}").',
  portBelowDefaultMin: '{{key}} {{value}} is below the default {{minKey}} {{min}} (libvirt: "{{libvirt}}").',
  portAboveDefaultMax: '{{key}} {{value}} is above the default {{maxKey}} {{max}}; set {{maxKey}} as well (libvirt: "{{libvirt}}").',
  probing: '{{key}} = 1 is no longer supported and stops the QEMU driver; delete the line (libvirt: "{{libvirt}}").',
} satisfies Record<RangeMessageId, string>;

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/value-range",
    engine: "qemu",
    type: "problem",
    description: "Number outside what libvirt accepts",
    defaultSeverity: "error",
    defaultOptions: {},
    messages,
  },
  check(context) {
    for (const problem of problemsFor(context, "qemu/value-range")) reportProblem(context, problem);
  },
});

export default rule;
