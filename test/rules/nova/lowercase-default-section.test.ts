import rule from "../../../rules/nova/lowercase-default-section.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[DEFAULT]\ndebug = true\n",
    { name: "an empty header ignores nothing", code: "[default]\n# debug = true\n[DEFAULT]\ndebug = true\n" },
    { name: "other spellings are unknown groups", code: "[ DEFAULT ]\ndebug = true\n[DEFAULTS]\nhost = a\n" },
  ],
  invalid: [
    {
      name: "one setting, as in corpus file 94",
      code: "[DEFAULT]\nhost = a\n\n[default]\ndebug = true\n",
      errors: [
        {
          messageId: "notDefault",
          message: "[default] is not the [DEFAULT] section: oslo.config only treats the exact upper-case name as DEFAULT and ignores the 1 setting in it.",
          severity: "error",
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 10,
          fix: null,
          suggestions: [{ desc: "Rename the section to [DEFAULT].", fix: { range: [21, 28], text: "DEFAULT" } }],
        },
      ],
    },
    {
      name: "several settings, continuation lines counting as part of theirs; each header on its own",
      code: "[Default]\ndebug = true\nhost = a\nmy_ip = 192.0.2.1\n  192.0.2.2\n[libvirt]\nvirt_type = kvm\n[dEFAULT]\nhost = b\n",
      errors: [
        {
          message: "[Default] is not the [DEFAULT] section: oslo.config only treats the exact upper-case name as DEFAULT and ignores the 3 settings in it.",
          line: 1,
          suggestions: [{ desc: "Rename the section to [DEFAULT].", fix: { range: [1, 8], text: "DEFAULT" } }],
        },
        { message: /ignores the 1 setting in it\.$/, line: 8, suggestions: [{ desc: "Rename the section to [DEFAULT].", fix: { range: [89, 96], text: "DEFAULT" } }] },
      ],
    },
  ],
});
