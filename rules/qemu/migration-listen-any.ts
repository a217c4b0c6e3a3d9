import { isIPv6 } from "../../src/core/ip.js";
import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { readKey } from "./_values.js";

const KEY = "migration_address";

/** The wildcard addresses: 0.0.0.0, and `::` in any IPv6 spelling (`0::0`, `[::]`) — each binds every interface. */
function isWildcardAddress(address: string): boolean {
  const bare = address.replace(/^\[(.*)\]$/, "$1");
  return bare === "0.0.0.0" || (isIPv6(bare) && /^[0:]+$/.test(bare));
}

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/migration-listen-any",
    engine: "qemu",
    type: "suggestion",
    description: "Incoming migrations accepted on every interface",
    defaultSeverity: "off",
    defaultOptions: {},
    messages: {
      listenAny: "Incoming migrations (guest memory) are accepted on every interface.",
    },
  },
  check(context) {
    // Only an explicit wildcard: libvirt's built-in default is the same address, but not a choice the file made.
    const reading = readKey(context, KEY);
    if (reading.status !== "ok" || reading.typed.type !== "string" || !isWildcardAddress(reading.typed.value)) return;
    const { start, end } = reading.entry.value;
    context.report({ messageId: "listenAny", span: { start, end }, data: { address: reading.typed.value } });
  },
});

export default rule;
