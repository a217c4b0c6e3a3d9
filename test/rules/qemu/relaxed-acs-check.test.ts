import rule from "../../../rules/qemu/relaxed-acs-check.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const MESSAGE =
  "relaxed_acs_check = 1 allows assigning PCI devices that lack ACS isolation; peer-to-peer DMA can reach other devices.";

new RuleTester(qemuEngine).run(rule, {
  valid: [
    // Absent: libvirt's default is 0.
    "",
    "#relaxed_acs_check = 1",
    // Corpus file 30 writes the default out.
    "relaxed_acs_check = 0",
    "relaxed_acs_check = 0\nrelaxed_acs_check = 1",
    // Getter failures are qemu/value-type's and qemu/value-range's.
    'relaxed_acs_check = "1"',
    "relaxed_acs_check = 2",
    "relaxed_acs_check = [ 1 ]",
  ],
  invalid: [
    {
      name: "an explicit 1, at the value",
      code: "relaxed_acs_check = 1\n",
      errors: [
        {
          messageId: "relaxed",
          message: MESSAGE,
          severity: "warning",
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 22,
          data: { key: "relaxed_acs_check", value: true },
        },
      ],
    },
    {
      name: "the first entry wins; +1 is 1",
      code: "mac_filter = 1\nrelaxed_acs_check = +1\nrelaxed_acs_check = 0\n",
      errors: [{ message: MESSAGE, line: 2, column: 21, endColumn: 23 }],
    },
  ],
});
