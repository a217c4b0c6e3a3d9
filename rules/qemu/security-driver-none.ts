import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import type { VirString } from "../../src/parsers/virconf.js";
import { flaggedValueNode } from "./_settings.js";
import { effectiveValue, type ValueScope } from "./_values.js";

/** What security_manager.c l.186 logs when the QEMU driver starts with both settings. */
const LIBVIRT_CONFLICT = 'unsupported configuration: Security driver "none" cannot create confined guests';

const NONE_OFF = 'security_driver "none" turns off SELinux/AppArmor confinement of QEMU';

/**
 * The `"none"` of the effective `security_driver`: the string itself, or the first list element that
 * names it. `[]` (auto-detect) and any list without it give undefined.
 */
function noneDriver(scope: ValueScope): VirString | undefined {
  const typed = effectiveValue(scope, "security_driver");
  if (typed?.type !== "string-list") return undefined;
  return typed.items.find((item) => item.value === "none")?.node;
}

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/security-driver-none",
    engine: "qemu",
    type: "problem",
    description: "SELinux/AppArmor confinement of QEMU off",
    defaultSeverity: "error",
    defaultOptions: {},
    messages: {
      none: `${NONE_OFF}: a guest escape gets every file the QEMU user can reach.`,
      requireConfinedConflict: `${NONE_OFF}, and with security_require_confined = 1 the QEMU driver does not start: Security driver "none" cannot create confined guests.`,
    },
  },
  check(context) {
    const node = noneDriver(context);
    if (node === undefined) return;
    const requireConfined = flaggedValueNode(context, "security_require_confined", true) !== undefined;
    context.report({
      messageId: requireConfined ? "requireConfinedConflict" : "none",
      span: { start: node.start, end: node.end },
      data: requireConfined ? { requireConfined, libvirtMessage: LIBVIRT_CONFLICT } : { requireConfined },
    });
  },
});

export default rule;
