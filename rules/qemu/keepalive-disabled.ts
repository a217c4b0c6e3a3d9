import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { readKey } from "./_values.js";

type MessageId = "intervalOff" | "countZero";

interface Check {
  key: "keepalive_interval" | "keepalive_count";
  messageId: MessageId;
  /** Whether libvirt's reading of the value switches keepalive off (tmpl l.859–876). */
  disables: (value: number) => boolean;
}

const CHECKS: readonly Check[] = [
  // -1 is the documented "send no keepalive requests"; virConnectSetKeepAlive disables keepalive for any interval ≤ 0.
  { key: "keepalive_interval", messageId: "intervalOff", disables: (value) => value <= 0 },
  // No probe at all: the connection is closed after one idle interval.
  { key: "keepalive_count", messageId: "countZero", disables: (value) => value === 0 },
];

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/keepalive-disabled",
    engine: "qemu",
    type: "problem",
    description: "Dead migration peers never detected / instant drop",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      intervalOff: "keepalive_interval = {{value}}: peer-to-peer migration never detects a dead destination daemon.",
      countZero: "keepalive_count = {{value}} closes the migration connection after one idle interval.",
    },
  },
  check(context) {
    for (const { key, messageId, disables } of CHECKS) {
      const reading = readKey(context, key);
      if (reading.status !== "ok" || (reading.typed.type !== "int" && reading.typed.type !== "uint")) continue;
      // The number as libvirt reads it (`+0`, `00` and, before 11.3.0, a wrapped overflow all show as read).
      const { value } = reading.typed;
      if (!disables(value)) continue;
      const node = reading.entry.value;
      context.report({ messageId, values: { value }, span: { start: node.start, end: node.end }, data: { key, value } });
    }
  },
});

export default rule;
