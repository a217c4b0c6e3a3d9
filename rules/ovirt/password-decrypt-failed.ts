import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/password-decrypt-failed",
    engine: "ovirt",
    type: "problem",
    description: "A stored password cannot be decrypted",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      decryptFailed:
        "{{key}} could not be decrypted (the engine's key changed or the database was restored); engine-config -a skipped this key's remaining rows.",
    },
  },
  check(context) {
    for (const failure of context.document.decryptFailures) {
      context.report({ messageId: "decryptFailed", values: { key: failure.key }, span: failure.span });
    }
  },
});

export default rule;
