import rule from "../../../rules/qemu/auto-shutdown-dueling.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const message = (key: string): string => `${key} is enabled: if libvirt-guests.service is enabled too, both act at host shutdown.`;

new RuleTester(qemuEngine).run(rule, {
  valid: [
    // Absent: "none" for the system daemon.
    "",
    'auto_shutdown_try_save = "none"\nauto_shutdown_try_shutdown = "none"\nauto_shutdown_poweroff = "none"',
    // Not an action: the wait and the restore flag.
    "auto_shutdown_wait = 30\nauto_shutdown_restore = 1",
    // The keys exist only from 11.2.0.
    { code: 'auto_shutdown_try_shutdown = "all"', settings: { libvirtVersion: "11.1.0" } },
    // libvirt-guests.service acts for the system daemon only.
    { code: 'auto_shutdown_try_save = "persistent"\nauto_shutdown_poweroff = "all"', settings: { privileged: false } },
    // Values libvirt refuses are qemu/value-enum's and qemu/value-type's.
    'auto_shutdown_try_save = "all"',
    'auto_shutdown_poweroff = "bogus"',
    "auto_shutdown_try_shutdown = 1",
    // The first entry wins.
    'auto_shutdown_poweroff = "none"\nauto_shutdown_poweroff = "all"',
  ],
  invalid: [
    {
      name: "managed save at host shutdown",
      code: 'auto_shutdown_try_save = "persistent"\n',
      errors: [
        {
          messageId: "enabled",
          message: message("auto_shutdown_try_save"),
          severity: "info",
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 38,
          data: { key: "auto_shutdown_try_save", value: "persistent" },
        },
      ],
    },
    {
      name: "each enabled action",
      code: 'auto_shutdown_try_save = "none"\nauto_shutdown_try_shutdown = "all"\nauto_shutdown_poweroff = "transient"\n',
      settings: { libvirtVersion: "11.2.0" },
      errors: [
        { message: message("auto_shutdown_try_shutdown"), line: 2, column: 30, endColumn: 35, data: { value: "all" } },
        { message: message("auto_shutdown_poweroff"), line: 3, column: 26, endColumn: 37, data: { value: "transient" } },
      ],
    },
    {
      name: "the first entry wins",
      code: 'auto_shutdown_try_shutdown = "persistent"\nauto_shutdown_try_shutdown = "none"\n',
      errors: [{ message: message("auto_shutdown_try_shutdown"), line: 1 }],
    },
  ],
});
