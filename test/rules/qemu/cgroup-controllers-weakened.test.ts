import rule from "../../../rules/qemu/cgroup-controllers-weakened.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const NO_DEVICES = 'cgroup_controllers has no "devices": QEMU may open any device node that file permissions allow.';
const EMPTY =
  "cgroup_controllers is empty: libvirt uses no cgroup controller, so QEMU may open any device node that file permissions allow and guests get no CPU, memory or I/O limits.";

new RuleTester(qemuEngine).run(rule, {
  valid: [
    // Absent: every controller libvirt detects, "devices" included.
    "",
    '#cgroup_controllers = [ "cpu" ]\n',
    '#cgroup_controllers = [ "cpu", "devices", "memory", "blkio", "cpuset", "cpuacct" ]\ncgroup_controllers = [ "cpu", "devices", "memory", "blkio", "cpuset", "cpuacct" ]\n',
    'cgroup_controllers = [ "devices" ]',
    // The first entry wins: a later empty list changes nothing.
    'cgroup_controllers = [ "cpu", "devices" ]\ncgroup_controllers = []\n',
    // Values failing the getter are qemu/value-type's.
    'cgroup_controllers = "cpu"',
    "cgroup_controllers = [ 1 ]",
    "cgroup_controllers = 0",
    // A session daemon uses no cgroups at all.
    { code: "cgroup_controllers = [ ]", settings: { privileged: false } },
    // Other keys do not matter.
    'CGROUP_CONTROLLERS = []\ncgroup_controller = [ "cpu" ]\n',
  ],
  invalid: [
    {
      name: "corpus file 12: an empty list",
      code: 'namespaces = [ ]\ncgroup_controllers = [ ]\n',
      errors: [{ messageId: "empty", message: EMPTY, severity: "warning", line: 2, column: 22, endLine: 2, endColumn: 25, data: { controllers: [] } }],
    },
    {
      code: "cgroup_controllers = []",
      errors: [{ messageId: "empty", message: EMPTY, line: 1, column: 22, endLine: 1, endColumn: 24 }],
    },
    {
      name: "a list without devices",
      code: 'cgroup_controllers = [ "cpu", "memory" ]',
      errors: [
        {
          messageId: "noDevices",
          message: NO_DEVICES,
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 41,
          data: { controllers: ["cpu", "memory"] },
        },
      ],
    },
    {
      name: "a multi-line list points at the whole list",
      code: 'cgroup_controllers = [\n      "cpu",\n        "memory",\n  ]\n',
      errors: [{ messageId: "noDevices", message: NO_DEVICES, line: 1, column: 22, endLine: 4, endColumn: 4 }],
    },
    {
      name: "the first entry wins: a later list with devices changes nothing",
      code: 'cgroup_controllers = [ "cpu" ]\ncgroup_controllers = [ "cpu", "devices" ]\n',
      errors: [{ messageId: "noDevices", line: 1, column: 22, endLine: 1, endColumn: 31 }],
    },
    {
      name: "a misspelt controller is qemu/value-enum's error, and still no devices controller",
      code: 'cgroup_controllers = [ "cpu", "device" ]',
      errors: [{ messageId: "noDevices", line: 1, column: 22, endLine: 1, endColumn: 41, data: { controllers: ["cpu", "device"] } }],
    },
    {
      name: "an explicit privileged daemon",
      code: "cgroup_controllers = []",
      settings: { privileged: true },
      errors: [{ messageId: "empty", line: 1, column: 22 }],
    },
  ],
});
