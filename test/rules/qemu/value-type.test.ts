import { describe, expect, it } from "vitest";
import rule from "../../../rules/qemu/value-type.js";
import { EMPTY_FILE_CONFIG } from "../../../src/config/types.js";
import { lintFile } from "../../../src/core/linter.js";
import { sourceFromText } from "../../../src/core/source.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const libvirt = (text: string): string => `internal error: qemu.conf: ${text}`;

new RuleTester(qemuEngine).run(rule, {
  valid: [
    "vnc_tls = 1",
    "vnc_tls = 0",
    // §6 row 22, row 60: a sign or leading zeros keep a number unsigned.
    "vnc_tls = +1",
    "vnc_tls = 01\nvnc_sasl = 001\nspice_tls = +0",
    // §6 row 28: keepalive_interval is a signed int.
    "keepalive_interval = -1",
    "seccomp_sandbox = -1",
    // §6 row 35: a string is a one-element list for security_driver and hugetlbfs_mount.
    'security_driver = "none"',
    'hugetlbfs_mount = "/dev/hugepages"',
    'security_driver = [ "selinux", "apparmor" ]',
    "cgroup_controllers = []",
    'cgroup_device_acl = [ "/dev/null", ]',
    'max_core = "unlimited"',
    "max_core = 0",
    'user = "+0"',
    "max_queued = 0",
    // First entry wins: the later, wrongly typed entry is never read.
    'vnc_tls = 1\nvnc_tls = "1"',
    // Unknown keys and keys libvirt does not read are not typed (§6 rows 19, 36, 60).
    'VNC_TLS = "1"',
    "a = [[1,2],[3]]",
    "a = 0007\nb = -0\nc = +0",
    'clear_emulator_capabilities = "yes"',
    "vnc_tls_priority = 5",
    { code: "default_tls_priority = 5", settings: { libvirtVersion: "11.3.0" } },
    { code: 'auto_shutdown_wait = "x"', settings: { libvirtVersion: "11.0.0" } },
    // A value that fails only a range or enum check belongs to qemu/value-range or qemu/value-enum.
    "vnc_tls = 2",
    'max_core = "infinity"',
    'stdio_handler = "journald"',
    { code: "max_core = 99999999999999999999", settings: { libvirtVersion: "9.0.0" } },
  ],
  invalid: [
    {
      name: "§6 row 25: a quoted bool",
      code: 'vnc_tls = "1"',
      errors: [
        {
          messageId: "boolString",
          message: `vnc_tls must be 0 or 1 without quotes (libvirt: "expected a bool for 'vnc_tls' parameter").`,
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 14,
          data: { key: "vnc_tls", libvirtFirst: true, libvirtMessage: libvirt("expected a bool for 'vnc_tls' parameter") },
          suggestions: [{ desc: "Write 1 without quotes", fix: { range: [10, 13], text: "1" } }],
        },
      ],
    },
    {
      code: "spice_tls = '0'",
      errors: [
        {
          messageId: "boolString",
          column: 13,
          endColumn: 16,
          suggestions: [{ desc: "Write 0 without quotes", fix: { range: [12, 15], text: "0" } }],
        },
      ],
    },
    {
      name: "a quoted word gets no suggestion",
      code: 'vnc_sasl = "yes"',
      errors: [{ messageId: "boolString", message: `vnc_sasl must be 0 or 1 without quotes (libvirt: "expected a bool for 'vnc_sasl' parameter").`}],
    },
    {
      name: "§6 row 23: -0 is signed, so not a bool",
      code: "vnc_tls = -0",
      errors: [
        {
          messageId: "boolNegative",
          message: `vnc_tls must be 0 or 1 without a minus sign (libvirt: "expected a bool for 'vnc_tls' parameter").`,
          line: 1,
          column: 11,
          endColumn: 13,
        },
      ],
    },
    {
      code: "dynamic_ownership = -1",
      errors: [{ messageId: "boolNegative", column: 21, endColumn: 23 }],
    },
    {
      code: "vnc_tls = [ 1 ]",
      errors: [{ messageId: "boolList", message: `vnc_tls must be 0 or 1, not a list (libvirt: "expected a bool for 'vnc_tls' parameter").`, column: 11, endColumn: 16 }],
    },
    {
      code: 'keepalive_interval = "5"',
      errors: [
        {
          messageId: "numberString",
          message: `keepalive_interval must be a number without quotes (libvirt: "expected a signed integer for 'keepalive_interval' parameter").`,
          column: 22,
          endColumn: 25,
        },
      ],
    },
    {
      code: "max_files = [ 4096 ]",
      errors: [{ messageId: "numberList", message: `max_files must be a number, not a list (libvirt: "expected an unsigned integer for 'max_files' parameter").` }],
    },
    {
      name: "§6 row 27: a uint key refuses any minus sign",
      code: "max_queued = -1",
      errors: [
        {
          messageId: "uintNegative",
          message: `max_queued must not be negative; it has no "unlimited" value below 0 (libvirt: "expected an unsigned integer for 'max_queued' parameter").`,
          line: 1,
          column: 14,
          endColumn: 16,
        },
      ],
    },
    {
      code: "keepalive_count = -0",
      errors: [{ messageId: "uintNegative", column: 19, endColumn: 21 }],
    },
    {
      code: "max_processes = -1",
      errors: [
        {
          messageId: "uintNegativeOsDefault",
          message: `max_processes must not be negative; 0 keeps the OS default (libvirt: "expected an unsigned integer for 'max_processes' parameter").`,
        },
      ],
    },
    {
      code: "max_core = -1",
      errors: [
        {
          messageId: "maxCoreNegative",
          message: `max_core must not be negative; "unlimited" removes the limit (libvirt: "expected an unsigned integer for 'max_core' parameter").`,
          column: 12,
          endColumn: 14,
        },
      ],
    },
    {
      code: 'max_core = [ "unlimited" ]',
      errors: [{ messageId: "maxCoreList", message: `max_core must be a number or "unlimited", not a list (libvirt: "expected an unsigned integer for 'max_core' parameter").` }],
    },
    {
      name: "§6 row 26: a bare number on user",
      code: "user = 0",
      errors: [
        {
          messageId: "accountNumber",
          message: `user must be a quoted string; write "+0" for the numeric id 0 (libvirt: "expected a string for 'user' parameter").`,
          line: 1,
          column: 8,
          endColumn: 9,
          suggestions: [{ desc: 'Write "+0", the numeric id as libvirt expects it', fix: { range: [7, 8], text: '"+0"' } }],
        },
      ],
    },
    {
      code: "swtpm_group = 0107",
      errors: [
        {
          messageId: "accountNumber",
          message: `swtpm_group must be a quoted string; write "+107" for the numeric id 107 (libvirt: "expected a string for 'swtpm_group' parameter").`,
          suggestions: [{ desc: 'Write "+107", the numeric id as libvirt expects it', fix: { range: [14, 18], text: '"+107"' } }],
        },
      ],
    },
    {
      name: "a negative id is no account: no suggestion",
      code: "group = -1",
      errors: [{ messageId: "stringNumber", message: `group must be a quoted string, not a number (libvirt: "expected a string for 'group' parameter").`}],
    },
    {
      name: "a password's value is never shown",
      code: "vnc_password = 12345678",
      errors: [{ messageId: "stringNumber", message: `vnc_password must be a quoted string, not a number (libvirt: "expected a string for 'vnc_password' parameter").` }],
    },
    {
      code: 'vnc_listen = [ "0.0.0.0" ]',
      errors: [{ messageId: "stringList", message: `vnc_listen must be a quoted string, not a list (libvirt: "expected a string for 'vnc_listen' parameter").`, column: 14, endColumn: 27 }],
    },
    {
      name: "§6 row 33: a string on a string-list key",
      code: 'cgroup_controllers = "cpu"',
      errors: [
        {
          messageId: "listString",
          message: `cgroup_controllers must be a list of strings; wrap the value in [ ] (libvirt: "expected a string list for 'cgroup_controllers' parameter").`,
          column: 22,
          endColumn: 27,
          suggestions: [{ desc: "Make it a one-element list", fix: { range: [21, 26], text: '[ "cpu" ]' } }],
        },
      ],
    },
    {
      name: "the suggestion keeps the string's own quotes",
      code: "nvram = 'a:b'",
      errors: [{ messageId: "listString", suggestions: [{ desc: "Make it a one-element list", fix: { range: [8, 13], text: "[ 'a:b' ]" } }] }],
    },
    {
      code: "namespaces = 1",
      errors: [{ messageId: "listNumber", message: `namespaces must be a list of strings, not a number (libvirt: "expected a string list for 'namespaces' parameter").` }],
    },
    {
      code: "security_driver = 0",
      errors: [
        {
          messageId: "stringOrListNumber",
          message: `security_driver must be a string or a list of strings, not a number (libvirt: "expected a string or string list for 'security_driver' parameter").`,
        },
      ],
    },
    {
      name: "§6 row 34: the element at fault, with libvirt's syntax-error wording",
      code: 'cgroup_controllers = [ "cpu", 1 ]',
      errors: [
        {
          messageId: "listElement",
          message: `cgroup_controllers must list only quoted strings, not a number (libvirt: "expected a string list for 'cgroup_controllers' parameter").`,
          line: 1,
          column: 31,
          endColumn: 32,
          data: {
            libvirtFirst: true,
            libvirtMessage: "configuration file syntax error: qemu.conf: expected a string list for 'cgroup_controllers' parameter",
          },
        },
      ],
    },
    {
      code: 'hugetlbfs_mount = [\n  "/dev/hugepages",\n  [ "/mnt/huge" ],\n]',
      errors: [{ messageId: "listElement", message: /not a list \(libvirt: "expected a string list for 'hugetlbfs_mount' parameter"\)\.$/, line: 3, column: 3, endLine: 3, endColumn: 18 }],
    },
    {
      name: "only the first entry is judged",
      code: 'log_timestamp = "0"\nlog_timestamp = 0\nlog_timestamp = "1"',
      errors: [{ messageId: "boolString", line: 1 }],
    },
    {
      name: "§6 row 64: only the finding libvirt reports is libvirtFirst",
      code: 'keepalive_count = -1\nspice_tls = "1"\n',
      errors: [
        { messageId: "uintNegative", line: 1, data: { libvirtFirst: false } },
        { messageId: "boolString", line: 2, data: { libvirtFirst: true } },
      ],
    },
    {
      name: "keys added in 11.6.0 are typed for the default target",
      code: 'default_tls_priority = 5\nvxhs_tls = "1"',
      errors: [
        { messageId: "stringNumber", line: 1 },
        { messageId: "boolString", line: 2 },
      ],
    },
  ],
});

describe("qemu/value-type suggestions", () => {
  // RuleTester treats a missing `suggestions` as "not checked", so their absence is asserted here.
  it.each(['vnc_sasl = "yes"', "group = -1", 'vnc_listen = [ "::" ]', "namespaces = 1"])("%s has none", (code) => {
    const binding = { engine: qemuEngine, rules: [rule], fatalRules: [] };
    const [finding, ...rest] = lintFile(binding, { source: sourceFromText(code) }, "qemu.conf", EMPTY_FILE_CONFIG).messages;
    expect(rest).toEqual([]);
    expect(finding?.ruleId).toBe("qemu/value-type");
    expect(finding?.suggestions).toBeUndefined();
  });
});
