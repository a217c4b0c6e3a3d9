import rule from "../../../rules/qemu/security-driver-none.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const NONE = 'security_driver "none" turns off SELinux/AppArmor confinement of QEMU: a guest escape gets every file the QEMU user can reach.';
const CONFLICT =
  'security_driver "none" turns off SELinux/AppArmor confinement of QEMU, and with security_require_confined = 1 the QEMU driver does not start: Security driver "none" cannot create confined guests.';

new RuleTester(qemuEngine).run(rule, {
  valid: [
    // Absent, and [] (corpus file 30): auto-detect.
    "",
    "security_driver = []",
    '#security_driver = "none"',
    'security_driver = "selinux"',
    'security_driver = [ "selinux", "apparmor" ]',
    // The first entry wins (corpus file 44).
    'vnc_listen = "127.0.0.1"\nsecurity_driver = "selinux"\nsecurity_driver = "none"',
    // Driver names are case-sensitive: "None" is an unknown driver (qemu/value-enum's).
    'security_driver = "None"',
    // Getter failures are qemu/value-type's.
    "security_driver = 0",
    'security_driver = [ "none", 1 ]',
    // Requiring confinement alone is fine.
    "security_require_confined = 1",
  ],
  invalid: [
    {
      name: "the string form, at the value",
      code: 'security_driver = "none"\n',
      errors: [
        {
          messageId: "none",
          message: NONE,
          severity: "error",
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 25,
          data: { requireConfined: false },
        },
      ],
    },
    {
      name: "a one-element list, at the element; single quotes",
      code: "security_driver = [ 'none' ]",
      errors: [{ messageId: "none", message: NONE, column: 21, endColumn: 27 }],
    },
    {
      name: "a list with other drivers (qemu/value-enum also reports it), at the element",
      code: 'security_driver = [\n  "selinux",\n  "none"\n]\n',
      errors: [{ messageId: "none", line: 3, column: 3, endLine: 3, endColumn: 9 }],
    },
    {
      name: "one finding for the key, at the first none",
      code: 'security_driver = [ "none", "none" ]',
      errors: [{ messageId: "none", column: 21, endColumn: 27 }],
    },
    {
      name: "the first entry wins",
      code: 'security_driver = "none"\nsecurity_driver = "selinux"',
      errors: [{ messageId: "none", line: 1 }],
    },
    {
      name: "with security_require_confined = 1 libvirt refuses to start",
      code: 'security_driver = "none"\nsecurity_default_confined = 1\nsecurity_require_confined = 1\n',
      errors: [
        {
          messageId: "requireConfinedConflict",
          message: CONFLICT,
          line: 1,
          column: 19,
          endColumn: 25,
          data: {
            requireConfined: true,
            libvirtMessage: 'unsupported configuration: Security driver "none" cannot create confined guests',
          },
        },
      ],
    },
    {
      name: "security_require_confined before security_driver; +1 is 1",
      code: 'security_require_confined = +1\nsecurity_driver = [ "none" ]',
      errors: [{ messageId: "requireConfinedConflict", line: 2, column: 21 }],
    },
    {
      name: "security_require_confined = 0, or its first entry 0, is no conflict",
      code: 'security_require_confined = 0\nsecurity_require_confined = 1\nsecurity_driver = "none"',
      errors: [{ messageId: "none", message: NONE, line: 3, data: { requireConfined: false } }],
    },
    {
      name: "a security_require_confined that fails its getter is skipped",
      code: 'security_driver = "none"\nsecurity_require_confined = "1"',
      errors: [{ messageId: "none", message: NONE }],
    },
    {
      name: "session daemons and older targets too",
      code: 'security_driver = "none"',
      settings: { privileged: false, libvirtVersion: "9.0.0" },
      errors: [{ messageId: "none" }],
    },
  ],
});
