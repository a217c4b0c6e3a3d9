import rule from "../../../rules/qemu/dynamic-ownership-disabled.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const MESSAGE =
  "dynamic_ownership = 0: libvirt no longer gives image files to the QEMU user, which usually leads to root QEMU or world-readable images.";

new RuleTester(qemuEngine).run(rule, {
  valid: [
    // Absent: libvirt's default is 1.
    "",
    "#dynamic_ownership = 0",
    "dynamic_ownership = 1",
    "dynamic_ownership = 1\ndynamic_ownership = 0",
    // Getter failures are qemu/value-type's.
    'dynamic_ownership = "0"',
    "dynamic_ownership = -0",
    "dynamic_ownership = 2",
    // A session daemon never chowns files: its QEMU runs as the session user.
    { code: "dynamic_ownership = 0", settings: { privileged: false } },
  ],
  invalid: [
    {
      name: "the file 04 shape: an explicit 0, at the value",
      code: 'user  = "oneadmin"\ngroup = "oneadmin"\ndynamic_ownership = 0\n',
      errors: [
        {
          messageId: "disabled",
          message: MESSAGE,
          severity: "warning",
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 22,
          data: { key: "dynamic_ownership", value: false },
        },
      ],
    },
    {
      name: "the first entry wins",
      code: "dynamic_ownership = 0\ndynamic_ownership = 1\n",
      errors: [{ message: MESSAGE, line: 1, column: 21 }],
    },
    {
      name: "privileged is the default and may be said explicitly",
      code: "dynamic_ownership = +0",
      settings: { privileged: true },
      errors: [{ message: MESSAGE, column: 21, endColumn: 23 }],
    },
  ],
});
