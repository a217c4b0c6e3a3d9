import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { reportFlaggedValue } from "./_settings.js";

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/unconfined-default",
    engine: "qemu",
    type: "problem",
    description: "Guests unconfined unless their XML asks otherwise",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      unconfined: "security_default_confined = 0 starts guests unconfined unless their XML asks for a label.",
    },
  },
  check(context) {
    // libvirt's default is 1 (tmpl l.520–523): only an explicit 0 unconfines guests.
    reportFlaggedValue(context, "security_default_confined", false, "unconfined");
  },
});

export default rule;
