import rule from "../../../rules/ovirt/host-communication-unencrypted.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const FIX = "engine-config -s EncryptHostCommunication=true";
const MESSAGE = `EncryptHostCommunication is false: engine↔VDSM traffic (commands, credentials) is not encrypted. Fix: ${FIX}.`;

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // engine-setup's value on every new install.
    "EncryptHostCommunication: true version: general\n",
    "EncryptHostCommunication: TRUE version: general\n",
    // Not a boolean: ovirt/value-type reports it, every other rule skips it.
    "EncryptHostCommunication: yes version: general\n",
    "EncryptHostCommunication: 0 version: general\n",
    "EncryptHostCommunication:  version: general\n",
    // The last record of a (key, version) decides.
    "EncryptHostCommunication: false version: general\nEncryptHostCommunication: true version: general\n",
    // The engine reads this key's general row only.
    "EncryptHostCommunication: false version: 4.7\n",
    "vdsTimeout: 180 version: general\n",
  ],
  invalid: [
    {
      name: "false",
      code: "EncryptHostCommunication: false version: general\n",
      errors: [
        {
          messageId: "unencrypted",
          message: MESSAGE,
          severity: "error",
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 32,
          data: { key: "EncryptHostCommunication", value: "false" },
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "any letter case of false",
      code: "EncryptHostCommunication: FALSE version: general\n",
      errors: [{ messageId: "unencrypted", message: MESSAGE, line: 1, column: 27, endColumn: 32, suggestions: [{ desc: FIX }] }],
    },
    {
      name: "the later record wins",
      code: "vdsTimeout: 180 version: general\nEncryptHostCommunication: true version: general\nEncryptHostCommunication: False version: general\n",
      errors: [{ messageId: "unencrypted", message: MESSAGE, line: 3, column: 27, endLine: 3, endColumn: 32 }],
    },
    {
      name: "a record read leniently still gives its value",
      code: "EncryptHostCommunication : false version: general\n",
      errors: [{ messageId: "unencrypted", message: MESSAGE, line: 1, column: 28, endColumn: 33 }],
    },
  ],
});
