import rule from "../../../rules/nova/section-case.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[DEFAULT]\ndebug = true\n[libvirt]\nvirt_type = kvm\n",
    { name: "DEFAULT variants belong to nova/lowercase-default-section", code: "[default]\ndebug = true\n[Default]\n" },
    { name: "unknown groups belong to nova/unknown-group", code: "[CELLS]\nenable = true\n" },
  ],
  invalid: [
    {
      name: "upper case, as in corpus file 94",
      code: "[LIBVIRT]\nvirt_type = qemu\n",
      errors: [
        {
          messageId: "sectionCase",
          message: "[LIBVIRT] is read as [libvirt]; write the canonical lower-case name.",
          severity: "info",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 10,
          fix: { range: [1, 8], text: "libvirt" },
        },
      ],
      output: "[libvirt]\nvirt_type = qemu\n",
    },
    {
      name: "every header, an empty one included; the name case of a dynamic group",
      code: "[DEFAULT]\r\n[Libvirt]\r\n[MDEV_nvidia-35]\r\ndevice_addresses = 0000:84:00.0\r\n",
      errors: [
        { message: "[Libvirt] is read as [libvirt]; write the canonical lower-case name.", line: 2, column: 1, endColumn: 10, fix: { range: [12, 19], text: "libvirt" } },
        {
          message: "[MDEV_nvidia-35] is read as [mdev_nvidia-35]; write the canonical lower-case name.",
          line: 3,
          endColumn: 17,
          fix: { range: [23, 37], text: "mdev_nvidia-35" },
        },
      ],
      output: "[DEFAULT]\r\n[libvirt]\r\n[mdev_nvidia-35]\r\ndevice_addresses = 0000:84:00.0\r\n",
    },
  ],
});
