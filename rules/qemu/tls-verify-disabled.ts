import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import type { VirValue } from "../../src/parsers/virconf.js";
import { andList, valueSpan } from "./_console.js";
import { readKey, type ValueScope } from "./_values.js";

const DEFAULT_KEY = "default_tls_x509_verify";

/**
 * The services whose own `_verify` key inherits `default_tls_x509_verify` when absent and otherwise
 * defaults to 1 (tmpl l.286–289, l.413–416, l.458–461), named as the template describes them.
 */
const SERVICES: readonly { key: string; service: string }[] = [
  { key: "chardev_tls_x509_verify", service: "character device TCP connections" },
  { key: "migrate_tls_x509_verify", service: "migration" },
  { key: "backup_tls_x509_verify", service: "the backup NBD server" },
];

/** The `0` of a verify key libvirt reads as 0, or undefined (absent, 1, or failing its getter). */
function explicitZero(scope: ValueScope, key: string): VirValue | undefined {
  const reading = readKey(scope, key);
  return reading.status === "ok" && reading.typed.type === "bool" && !reading.typed.value ? reading.entry.value : undefined;
}

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/tls-verify-disabled",
    engine: "qemu",
    type: "problem",
    description: "Certificate verification switched off",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      disabled: "{{key}} = 0 disables client-certificate checks for {{services}}.",
      disabledByDefault: "{{key}} = 0 disables client-certificate checks for every TLS service that does not set its own verify key.",
    },
  },
  check(context) {
    const defaultZero = explicitZero(context, DEFAULT_KEY);
    if (defaultZero !== undefined) {
      // Only services whose own key is absent inherit the default (SetDefaults, l.1499–1502).
      const inheriting = SERVICES.filter(({ key }) => readKey(context, key).status === "absent");
      context.report({
        messageId: inheriting.length > 0 ? "disabled" : "disabledByDefault",
        values: { key: DEFAULT_KEY, services: andList(inheriting.map(({ service }) => service)) },
        span: valueSpan(defaultZero),
        data: { key: DEFAULT_KEY, inheritedBy: inheriting.map(({ key }) => key) },
      });
    }
    for (const { key, service } of SERVICES) {
      const zero = explicitZero(context, key);
      if (zero !== undefined) context.report({ messageId: "disabled", values: { key, services: service }, span: valueSpan(zero), data: { key } });
    }
  },
});

export default rule;
