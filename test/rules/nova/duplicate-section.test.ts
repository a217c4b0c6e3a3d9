import rule from "../../../rules/nova/duplicate-section.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[DEFAULT]\nhost = a\n[libvirt]\nvirt_type = kvm\n",
    { name: "[default] is not DEFAULT", code: "[DEFAULT]\nhost = a\n[default]\nhost = b\n" },
  ],
  invalid: [
    {
      name: "a repeated [pci], as in corpus file 94",
      code: '[DEFAULT]\n\n[pci]\ndevice_spec = {"vendor_id": "10de"}\n\n[pci]\ndevice_spec = {"vendor_id": "8086"}\n',
      errors: [
        {
          messageId: "again",
          message: "[pci] already started on line 3; oslo.config merges both sections.",
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 6,
          fix: null,
        },
      ],
    },
    {
      name: "normalised names, empty headers and unknown groups count; later repeats name the first",
      code: "[DEFAULT]\n[DEFAULT]\nhost = a\n[LIBVIRT]\n[libvirt]\n[cells]\n[cells]\n[DEFAULT]\n",
      errors: [
        { message: "[DEFAULT] already started on line 1; oslo.config merges both sections.", line: 2 },
        { message: "[libvirt] already started on line 4; oslo.config merges both sections.", line: 5 },
        { message: "[cells] already started on line 6; oslo.config merges both sections.", line: 7 },
        { message: "[DEFAULT] already started on line 1; oslo.config merges both sections.", line: 8 },
      ],
    },
  ],
});
