import rule from "../../../rules/nova/wrong-case-key.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[DEFAULT]\ndebug = true\nmy_ip = 192.0.2.1\n",
    { name: "unknown keys belong to nova/unknown-option", code: "[DEFAULT]\nVerbose = true\n" },
    { name: "keys of ignored sections", code: "[default]\nDebug = true\n[cells]\nEnable = true\n" },
    { name: "deprecated names written with dashes are registered", code: "[cinder]\ntenant-id = 0123\n" },
  ],
  invalid: [
    {
      name: "Debug, as in corpus file 94",
      code: "[DEFAULT]\nDebug = true\n",
      errors: [
        {
          messageId: "wrongCase",
          message: '"Debug" is not an option: keys are case-sensitive, so oslo.config ignores it. Use "debug".',
          severity: "error",
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 6,
          fix: null,
          suggestions: [{ desc: 'Rename to "debug".', fix: { range: [10, 15], text: "debug" } }],
        },
      ],
    },
    {
      name: "upper case, dashes, mixed case; a case-variant section is its group",
      code: "[DEFAULT]\nDEBUG = true\nmy-ip = 192.0.2.1\n[LIBVIRT]\nVirt-Type = kvm\n",
      errors: [
        { message: '"DEBUG" is not an option: keys are case-sensitive, so oslo.config ignores it. Use "debug".', line: 2, suggestions: [{ desc: 'Rename to "debug".', fix: { range: [10, 15], text: "debug" } }] },
        { message: '"my-ip" is not an option: keys are case-sensitive, so oslo.config ignores it. Use "my_ip".', line: 3, suggestions: [{ desc: 'Rename to "my_ip".', fix: { range: [23, 28], text: "my_ip" } }] },
        { message: '"Virt-Type" is not an option: keys are case-sensitive, so oslo.config ignores it. Use "virt_type".', line: 5, column: 1, endColumn: 10 },
      ],
    },
    {
      name: "names are shown whole, however long",
      code: "[image_cache]\nRemove_Unused_Original_Minimum_Age_Seconds = 86400\n",
      errors: [
        {
          message:
            '"Remove_Unused_Original_Minimum_Age_Seconds" is not an option: keys are case-sensitive, so oslo.config ignores it. Use "remove_unused_original_minimum_age_seconds".',
          endColumn: 43,
        },
      ],
    },
    {
      name: "the intended name may be a deprecated name",
      code: "[DEFAULT]\nLogDir = /var/log/nova\n[cinder]\nTenant-Id = 0123\n",
      errors: [
        { message: '"LogDir" is not an option: keys are case-sensitive, so oslo.config ignores it. Use "logdir".', line: 2 },
        { message: '"Tenant-Id" is not an option: keys are case-sensitive, so oslo.config ignores it. Use "tenant_id".', line: 4 },
      ],
    },
  ],
});
