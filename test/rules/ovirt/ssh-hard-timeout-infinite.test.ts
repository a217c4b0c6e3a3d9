import rule from "../../../rules/ovirt/ssh-hard-timeout-infinite.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const FIX = "engine-config -s SSHInactivityHardTimeoutSeconds=1800";
const MESSAGE = `SSHInactivityHardTimeoutSeconds = 0: SSH sessions the engine opens to hosts (soft fencing, host deployment) have no time limit and may hang forever. Fix: ${FIX}.`;

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // The 4.5.7 default.
    "SSHInactivityHardTimeoutSeconds: 1800 version: general\n",
    "SSHInactivityHardTimeoutSeconds: 86400 version: general\n",
    // Not an integer: ovirt/value-type reports it, every other rule skips it.
    "SSHInactivityHardTimeoutSeconds: none version: general\n",
    "SSHInactivityHardTimeoutSeconds: 0 version: general\nSSHInactivityHardTimeoutSeconds: 1800 version: general\n",
    // Only the general row is read.
    "SSHInactivityHardTimeoutSeconds: 0 version: 4.7\n",
  ],
  invalid: [
    {
      name: "0 = infinite",
      code: "SSHInactivityTimeoutSeconds: 300 version: general\nSSHInactivityHardTimeoutSeconds: 0 version: general\n",
      errors: [
        {
          messageId: "infinite",
          message: MESSAGE,
          severity: "info",
          line: 2,
          column: 34,
          endLine: 2,
          endColumn: 35,
          data: { key: "SSHInactivityHardTimeoutSeconds", version: "general", value: "0" },
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "0 however Integer.parseInt accepts it",
      code: "SSHInactivityHardTimeoutSeconds: -00 version: general\n",
      errors: [{ messageId: "infinite", message: MESSAGE, column: 34, endColumn: 37 }],
    },
  ],
});
