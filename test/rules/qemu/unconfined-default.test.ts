import rule from "../../../rules/qemu/unconfined-default.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const MESSAGE = "security_default_confined = 0 starts guests unconfined unless their XML asks for a label.";

new RuleTester(qemuEngine).run(rule, {
  valid: [
    // Absent: libvirt's default is 1.
    "",
    "#security_default_confined = 0",
    "security_default_confined = 1",
    // The first entry wins: the later 0 is ignored.
    "security_default_confined = 1\nsecurity_default_confined = 0",
    // Values failing the bool getter are qemu/value-type's.
    'security_default_confined = "0"',
    "security_default_confined = -0",
    "security_default_confined = [ 0 ]",
    // Names are case-sensitive.
    "SECURITY_DEFAULT_CONFINED = 0",
    // The session daemon also confines guests by default.
    { code: "security_default_confined = 1", settings: { privileged: false } },
  ],
  invalid: [
    {
      name: "an explicit 0, at the value",
      code: "security_default_confined = 0\n",
      errors: [
        {
          messageId: "unconfined",
          message: MESSAGE,
          severity: "warning",
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 30,
          data: { key: "security_default_confined", value: false },
        },
      ],
    },
    {
      name: "the first entry wins: a later 1 does not help",
      code: 'user = "qemu"\nsecurity_default_confined = 0\nsecurity_default_confined = 1\n',
      errors: [{ message: MESSAGE, line: 2, column: 29, endColumn: 30 }],
    },
    {
      name: "+0 and 00 are 0 for the bool getter",
      code: "security_default_confined = +00 # off",
      errors: [{ message: MESSAGE, line: 1, column: 29, endColumn: 32 }],
    },
    {
      name: "session daemons too",
      code: "security_default_confined = 0",
      settings: { privileged: false, libvirtVersion: "9.0.0" },
      errors: [{ message: MESSAGE }],
    },
  ],
});
