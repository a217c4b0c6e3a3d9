import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { displayKeyValue, readKey } from "./_values.js";

/**
 * The certificate directories `virQEMUDriverConfigValidate` requires to exist when they are set
 * (qemu_conf.c l.1360–1437); the loader skips the keys a target does not read, and so does this rule.
 */
const CERT_DIR_KEYS: readonly string[] = [
  "default_tls_x509_cert_dir",
  ...["vnc", "spice", "rdp", "chardev", "migrate", "backup", "vxhs", "nbd"].map((service) => `${service}_tls_x509_cert_dir`),
];

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/tls-cert-dir-explicit",
    engine: "qemu",
    type: "suggestion",
    description: "Explicit cert directory must exist or the daemon fails",
    defaultSeverity: "info",
    defaultOptions: {},
    messages: {
      explicit: "{{key}} is set explicitly: if {{value}} does not exist on the host, the QEMU driver fails to start.",
    },
  },
  check(context) {
    for (const key of CERT_DIR_KEYS) {
      const reading = readKey(context, key);
      if (reading.status !== "ok" || reading.typed.type !== "string") continue;
      const directory = reading.typed.value;
      context.report({
        messageId: "explicit",
        values: { key, value: displayKeyValue(key, directory) },
        span: reading.entry.nameSpan,
        // What libvirt logs when the directory is missing (stage V); enginelint does not look at the host.
        data: { key, directory, libvirtMessageIfMissing: `configuration file syntax error: ${key} directory '${directory}' does not exist` },
      });
    }
  },
});

export default rule;
