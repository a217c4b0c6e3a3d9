import rule from "../../../rules/qemu/lock-manager-unset.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const UNSET = "No lock_manager: nothing prevents two guests from starting on the same writable disk.";
const NOP = 'lock_manager "nop" is the no-op manager: nothing prevents two guests from starting on the same writable disk.';

new RuleTester(qemuEngine).run(rule, {
  valid: [
    'lock_manager = "lockd"',
    'lock_manager = "sanlock"',
    // The first entry wins: a later "nop" changes nothing.
    'lock_manager = "lockd"\nlock_manager = "nop"\n',
    // Values failing the getter are qemu/value-type's; unknown plugins are qemu/value-enum's.
    "lock_manager = 1",
    'lock_manager = [ "lockd" ]',
    'lock_manager = "virtlockd"',
    'lock_manager = ""',
  ],
  invalid: [
    {
      name: "absent: once, at the top of the file",
      code: '# qemu.conf\nvnc_tls = 1\n#lock_manager = "lockd"\nLOCK_MANAGER = "lockd"\n',
      errors: [{ messageId: "unset", message: UNSET, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    {
      name: "an empty file",
      code: "",
      errors: [{ messageId: "unset", message: UNSET, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
    {
      name: "the explicit no-op manager",
      code: 'vnc_tls = 1\nlock_manager = "nop"\n',
      errors: [{ messageId: "nop", message: NOP, severity: "warning", line: 2, column: 16, endLine: 2, endColumn: 21 }],
    },
    {
      name: "the first entry wins: a later real manager changes nothing",
      code: "lock_manager = 'nop'\nlock_manager = \"lockd\"\n",
      errors: [{ messageId: "nop", message: NOP, line: 1, column: 16, endLine: 1, endColumn: 21 }],
    },
  ],
});
