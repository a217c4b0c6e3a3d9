import rule from "../../../rules/ovirt/backup-alert-disabled.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const FIX = "engine-config -s BackupCheckPeriodInHours=6";
const message = (value: number): string =>
  `BackupCheckPeriodInHours = ${value}: the engine no longer warns that its own backup is missing or old. Fix: ${FIX}.`;

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // The 4.5.7 default.
    "BackupCheckPeriodInHours: 6 version: general\n",
    "BackupCheckPeriodInHours: 1 version: general\n",
    "BackupCheckPeriodInHours: 168 version: general\n",
    // Not an integer: ovirt/value-type reports it, every other rule skips it.
    "BackupCheckPeriodInHours: disabled version: general\n",
    "BackupCheckPeriodInHours: -1 version: general\nBackupCheckPeriodInHours: 6 version: general\n",
    // Only the general row is read.
    "BackupCheckPeriodInHours: -1 version: 4.7\n",
  ],
  invalid: [
    {
      name: "-1, the documented way to disable it",
      code: "BackupCheckPeriodInHours: -1 version: general\n",
      errors: [
        {
          messageId: "disabled",
          message: message(-1),
          severity: "info",
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 29,
          data: { key: "BackupCheckPeriodInHours", version: "general", value: "-1" },
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "0",
      code: "BackupCheckPeriodInHours: 6 version: general\nBackupCheckPeriodInHours: 0 version: general\n",
      errors: [{ messageId: "disabled", message: message(0), line: 2, column: 27, endColumn: 28 }],
    },
  ],
});
