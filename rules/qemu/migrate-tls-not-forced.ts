import { qemuKey } from "../../src/catalogue/qemu.js";
import { defineRule, FILE_START } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { readKey, readsKey } from "./_values.js";

const KEY = "migrate_tls_force";


const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/migrate-tls-not-forced",
    engine: "qemu",
    type: "suggestion",
    description: "Migrations may run without TLS",
    defaultSeverity: "off",
    defaultOptions: {},
    messages: {
      notForced: "Migrations without VIR_MIGRATE_TLS are allowed and carry guest memory unencrypted.",
    },
  },
  check(context) {
    const reading = readKey(context, KEY);
    switch (reading.status) {
      case "absent": {
        // Before 6.10.0 libvirt has no way to force TLS, so there is nothing for the file to do.
        const key = qemuKey(KEY);
        if (key && readsKey(key, context.settings.libvirtVersion)) {
          context.report({ messageId: "notForced", span: FILE_START, data: { explicit: false } });
        }
        return;
      }
      case "ok": {
        if (reading.typed.type !== "bool" || reading.typed.value) return;
        const { start, end } = reading.entry.value;
        context.report({ messageId: "notForced", span: { start, end }, data: { explicit: true } });
        return;
      }
      // A value of the wrong type is qemu/value-type's; a key the target does not read is qemu/key-version's.
      case "invalid":
      case "ignored":
        return;
    }
  },
});

export default rule;
