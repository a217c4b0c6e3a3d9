import rule from "../../../rules/qemu/not-for-production.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const TESTING = "the template says DO NOT use in production.";
const behavior = (shown: string): string => `deprecation_behavior ${shown} is for testing; ${TESTING}`;
const unknownBehavior = (shown: string, logged: string): string =>
  `${behavior(shown)} libvirt only logs "Unsupported deprecation behavior '${logged}' for VM '<name>'" at guest start and ignores it.`;
const filters = (shown: string): string =>
  `capability_filters hides ${shown} from libvirt's view of QEMU; it is for debugging and testing, and ${TESTING}`;

new RuleTester(qemuEngine).run(rule, {
  valid: [
    "",
    'deprecation_behavior = "none"',
    "capability_filters = []",
    '#capability_filters = [ "capname" ]\n#deprecation_behavior = "crash"',
    // The first entry wins.
    'deprecation_behavior = "none"\ndeprecation_behavior = "crash"',
    'capability_filters = []\ncapability_filters = [ "blockdev" ]',
    // Values failing their getter are qemu/value-type's.
    'capability_filters = "blockdev"',
    "deprecation_behavior = 1",
    // deprecation_behavior is read from libvirt 7.3.0 on.
    { code: 'deprecation_behavior = "crash"', settings: { libvirtVersion: "7.2.0" } },
  ],
  invalid: [
    {
      name: "the spec's example",
      code: 'deprecation_behavior = "crash"\n',
      errors: [
        {
          messageId: "deprecationBehavior",
          message: behavior('"crash"'),
          severity: "warning",
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 31,
          data: { key: "deprecation_behavior", value: "crash" },
        },
      ],
    },
    {
      name: "omit and reject, first entries",
      code: "deprecation_behavior = 'omit'\ndeprecation_behavior = \"none\"\n",
      errors: [{ messageId: "deprecationBehavior", message: behavior('"omit"'), line: 1 }],
    },
    {
      name: "reject",
      code: 'deprecation_behavior = "reject"',
      errors: [{ message: behavior('"reject"') }],
    },
    {
      name: "an unknown value is only logged at guest start",
      code: 'deprecation_behavior = "warn"',
      errors: [{ messageId: "unknownDeprecationBehavior", message: unknownBehavior('"warn"', "warn"), column: 24, endColumn: 30 }],
    },
    {
      name: "an empty value is unknown too",
      code: 'deprecation_behavior = ""',
      errors: [{ messageId: "unknownDeprecationBehavior", message: unknownBehavior('""', "") }],
    },
    {
      name: "long unknown values are shortened in both places",
      code: `deprecation_behavior = "${"x".repeat(45)}"`,
      errors: [{ message: unknownBehavior(`"${"x".repeat(40)}…"`, `${"x".repeat(40)}…`) }],
    },
    {
      name: "one capability filter",
      code: 'capability_filters = [ "blockdev" ]\n',
      errors: [
        {
          messageId: "capabilityFilters",
          message: filters('"blockdev"'),
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 36,
          data: { key: "capability_filters", filters: ["blockdev"] },
        },
      ],
    },
    {
      name: "several filters over several lines, with the other key",
      code: 'capability_filters = [\n  "blockdev",\n  "query-named-block-nodes.flat",\n  "x",\n]\ndeprecation_behavior = "crash"\n',
      errors: [
        { message: filters('"blockdev" and 2 more'), line: 1, column: 22, endLine: 5, endColumn: 2 },
        { messageId: "deprecationBehavior", line: 6 },
      ],
    },
  ],
});
