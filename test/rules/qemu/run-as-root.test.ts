import rule from "../../../rules/qemu/run-as-root.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const root = (user: string): string => `QEMU runs as root (user "${user}"): a guest escape is a host compromise.`;
const ignored = (user: string, later: string, line: number): string =>
  `QEMU runs as root (user "${user}"); the later user = "${later}" on line ${line} is ignored because the first value wins.`;
const groupRoot = (group: string): string =>
  `QEMU runs with the root group (group "${group}"): a guest escape gets every file the root group can reach.`;

new RuleTester(qemuEngine).run(rule, {
  valid: [
    // Absent: the build-time QEMU account.
    "",
    '#user = "root"\n#group = "root"',
    'user = "qemu"\ngroup = "qemu"',
    'user = "+107"\ngroup = "+107"',
    // Account names are case-sensitive; "rooter" is another account.
    'user = "Root"',
    'user = "rooter"\ngroup = "wheel"',
    // The first entry wins: the later root lines are ignored.
    'user = "qemu"\nuser = "root"',
    'group = "kvm"\ngroup = "root"',
    // A user that fails its getter is qemu/value-type's; who QEMU runs as is then unknown.
    "user = 0",
    'user = 0\ngroup = "root"',
    'user = [ "root" ]',
    // A group that fails its getter is qemu/value-type's.
    "group = 0",
    // A session daemon's QEMU runs as the session user.
    { code: 'user = "root"\ngroup = "root"', settings: { privileged: false } },
    { code: 'group = "+0"', settings: { privileged: false } },
  ],
  invalid: [
    {
      name: "user root, at the value (corpus file 16: one finding even with group root)",
      code: 'user = "root"\n\n\n\ngroup = "root"\n',
      errors: [
        {
          messageId: "root",
          message: root("root"),
          severity: "error",
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 14,
          data: { user: "root" },
        },
      ],
    },
    {
      name: '"+0" is uid 0',
      code: 'user = "+0"',
      errors: [{ messageId: "root", message: root("+0"), column: 8, endColumn: 12, data: { user: "+0" } }],
    },
    {
      name: '"0" is tried as a name, then as uid 0',
      code: "user = '0' # no account is named 0",
      errors: [{ messageId: "root", message: root("0"), column: 8, endColumn: 11 }],
    },
    {
      name: "a later user is ignored: the message says so, with its display line",
      code: 'user = "root"\ngroup = "root"\n\nmax_files = 1\nuser = "qemu"\n',
      errors: [
        {
          messageId: "rootLaterIgnored",
          message: ignored("root", "qemu", 5),
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 14,
          data: { user: "root", ignoredUser: "qemu" },
        },
      ],
    },
    {
      name: "several later users: the last one is what a last-wins reader expects",
      code: 'user = "+0"\nuser = "qemu"\nuser = "libvirt-qemu"\n',
      errors: [{ messageId: "rootLaterIgnored", message: ignored("+0", "libvirt-qemu", 3), line: 1 }],
    },
    {
      name: "a later root spelling or a non-string is no other account",
      code: 'user = "root"\nuser = "+0"\nuser = 107\nuser = [ "qemu" ]\n',
      errors: [{ messageId: "root", message: root("root") }],
    },
    {
      name: "the later user's display line, not libvirt's (CR-only line ends)",
      code: 'user = "root"\rgroup = "kvm"\ruser = "qemu"\r',
      errors: [{ messageId: "rootLaterIgnored", message: ignored("root", "qemu", 3), line: 1, column: 8 }],
    },
    {
      name: "the later value is shown escaped and shortened",
      code: 'user = "root"\nuser = "a very  long account name that nobody would ever use"\n',
      errors: [
        {
          messageId: "rootLaterIgnored",
          message:
            'QEMU runs as root (user "root"); the later user = "a very \\x20long account name that nobody wo…" on line 2 is ignored because the first value wins.',
        },
      ],
    },
    {
      name: "group root with a non-root user, at the group's value",
      code: 'user = "qemu"\ngroup = "root"\n',
      errors: [
        {
          messageId: "groupRoot",
          message: groupRoot("root"),
          severity: "error",
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 15,
          data: { group: "root" },
        },
      ],
    },
    {
      name: "group root with the user unset",
      code: 'group = "+0"',
      errors: [{ messageId: "groupRoot", message: groupRoot("+0"), column: 9, endColumn: 13 }],
    },
    {
      name: "the first group entry wins",
      code: 'group = "0"\ngroup = "kvm"\nuser = "qemu"\nuser = "root"',
      errors: [{ messageId: "groupRoot", message: groupRoot("0"), line: 1 }],
    },
    {
      name: "privileged is the default and may be said explicitly",
      code: 'user = "root"',
      settings: { privileged: true, libvirtVersion: "9.0.0" },
      errors: [{ messageId: "root" }],
    },
  ],
});
