import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { generalRecord } from "./_values.js";

const KEY = "SysPrepDefaultPassword";

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/sysprep-default-password",
    engine: "ovirt",
    type: "suggestion",
    description: "Engine-wide Windows admin password set",
    defaultSeverity: "info",
    defaultOptions: {},
    messages: {
      stored: `An engine-wide default Windows administrator password is stored (${KEY}).`,
    },
  },
  check(context) {
    // engine-config prints a Password key as `Set` or `Empty` (PasswordValueHelper); any other text
    // fails ovirt/value-type and is skipped here.
    const record = generalRecord(context.document, KEY);
    if (record?.value !== "Set") return;
    context.report({ messageId: "stored", span: record.valueSpan, data: { key: KEY } });
  },
});

export default rule;
