import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { integerReports, type IntegerCheck } from "./_thresholds.js";

/** −1 disables the check (the key's description); 0 schedules no check either. */
const BACKUP_CHECK: IntegerCheck = {
  key: "BackupCheckPeriodInHours",
  judge: (hours) => (hours <= 0 ? "disabled" : undefined),
  fallback: 6,
};

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/backup-alert-disabled",
    engine: "ovirt",
    type: "suggestion",
    description: "Backup age alert off",
    defaultSeverity: "info",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      disabled: "BackupCheckPeriodInHours = {{value}}: the engine no longer warns that its own backup is missing or old. Fix: {{fix}}.",
    },
  },
  check(context) {
    for (const report of integerReports(context.document, BACKUP_CHECK)) context.report(report);
  },
});

export default rule;
