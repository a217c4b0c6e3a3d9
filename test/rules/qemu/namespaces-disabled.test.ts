import rule from "../../../rules/qemu/namespaces-disabled.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const EMPTY = "namespaces is empty: QEMU sees the host's whole /dev instead of a private one.";
const NO_MOUNT = 'namespaces has no "mount": QEMU sees the host\'s whole /dev instead of a private one.';

new RuleTester(qemuEngine).run(rule, {
  valid: [
    // Absent: the mount namespace is on by default.
    "",
    '#namespaces = [ "mount" ]\n',
    'namespaces = [ "mount" ]',
    'namespaces = [ "mount", "pid" ]',
    // The first entry wins: a later empty list changes nothing.
    'namespaces = [ "mount" ]\nnamespaces = []\n',
    // Values failing the getter are qemu/value-type's.
    'namespaces = "mount"',
    'namespaces = ""',
    "namespaces = [ 0 ]",
    // A session daemon cannot create namespaces: [] is required there.
    { code: "namespaces = []", settings: { privileged: false } },
    { code: 'namespaces = [ "pid" ]', settings: { privileged: false } },
    // Other keys do not matter.
    "NAMESPACES = []\nnamespace = []\n",
  ],
  invalid: [
    {
      name: "corpus file 12",
      code: 'vnc_listen = "0.0.0.0"\nnamespaces = [ ]\ncgroup_controllers = [ ]\n',
      errors: [{ messageId: "empty", message: EMPTY, severity: "warning", line: 2, column: 14, endLine: 2, endColumn: 17, data: { namespaces: [] } }],
    },
    {
      code: "namespaces = []",
      settings: { privileged: true },
      errors: [{ messageId: "empty", message: EMPTY, line: 1, column: 14, endLine: 1, endColumn: 16 }],
    },
    {
      name: "a list without mount (qemu/value-enum refuses the unknown name)",
      code: 'namespaces = [ "mnt" ]',
      errors: [{ messageId: "noMount", message: NO_MOUNT, line: 1, column: 14, endLine: 1, endColumn: 23, data: { namespaces: ["mnt"] } }],
    },
    {
      name: "the first entry wins: a later list with mount changes nothing",
      code: 'namespaces = []\nnamespaces = [ "mount" ]\n',
      errors: [{ messageId: "empty", message: EMPTY, line: 1, column: 14, endLine: 1, endColumn: 16 }],
    },
  ],
});
