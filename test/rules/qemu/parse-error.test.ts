import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import rule from "../../../rules/qemu/parse-error.js";
import { EMPTY_FILE_CONFIG } from "../../../src/config/types.js";
import { lintFile } from "../../../src/core/linter.js";
import { sourceFromText } from "../../../src/core/source.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester, type InvalidCase } from "../../helpers/rule-tester.js";

const SYNTAX = "configuration file syntax error: qemu.conf";

/** libvirt's log text for a parse error of the file linted as `qemu.conf`. */
const libvirtMessage = (line: number, info: string): { libvirtMessage: string } => ({ libvirtMessage: `${SYNTAX}:${line}: ${info}` });

const OVERFLOW = "# max_core in bytes\nmax_core = 99999999999999999999\n";

/** The shared corpus files libvirt parses (shared/corpus/qemu/SOURCES.md), when the corpus is present. */
const CORPUS = new URL("../../../../shared/corpus/qemu/", import.meta.url);
const REFUSED = new Set(["41", "42", "43", "45", "46", "47"]);
const corpusValid = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((file) => file.endsWith(".conf") && !REFUSED.has(file.slice(0, 2)))
      .map((file) => ({ name: `corpus ${file}`, code: readFileSync(new URL(file, CORPUS), "utf8") }))
  : [];

const valid = [
  "",
  "# comments only\n\n# and a blank line\n",
  'user = "+0"\ngroup = "+0"\n',
  'vnc_tls = 1\r\nvnc_listen = "::"\r\n',
  "vnc_tls = 1; vnc_sasl = 0",
  'cgroup_device_acl = [\n  "/dev/null", "/dev/full",\n  "/dev/kvm",\n]\n',
  'vnc_listen = """multi\nline"""\n',
  "a = [[1,2],[3]]\n",
  "max_queued = 99999999999\nkeepalive_interval = -1\n",
  { code: OVERFLOW, settings: { libvirtVersion: "9.0.0" }, name: "9.0.0 wraps an overflowing number instead of refusing it" },
  { code: OVERFLOW, settings: { libvirtVersion: "11.2.0" }, name: "releases before 11.3.0 are treated as wrapping" },
  ...corpusValid,
];

const invalid: InvalidCase[] = [
  // One case per libvirt message.
  {
    name: "expecting a name",
    code: "1a = 1\n",
    errors: [{ message: "expecting a name (libvirt reports line 1).", line: 1, column: 1, endLine: 1, endColumn: 2, severity: "error", data: libvirtMessage(1, "expecting a name"), fix: null }],
  },
  {
    name: "expecting an assignment",
    code: "# c\nvnc-tls = 1\n",
    errors: [{ message: "expecting an assignment (libvirt reports line 2).", line: 2, column: 4, endLine: 2, endColumn: 5, data: libvirtMessage(2, "expecting an assignment") }],
  },
  {
    name: "expecting a value, at a line end (an empty range)",
    code: "vnc_tls =\nvnc_sasl = 0\n",
    errors: [{ message: "expecting a value (libvirt reports line 1).", line: 1, column: 10, endLine: 1, endColumn: 10, data: libvirtMessage(1, "expecting a value") }],
  },
  {
    name: "expecting a separator",
    code: "a = 1 x\n",
    errors: [{ message: "expecting a separator (libvirt reports line 1).", line: 1, column: 7, endLine: 1, endColumn: 8, data: libvirtMessage(1, "expecting a separator") }],
  },
  {
    name: "expecting a separator in list",
    code: 'a = [ "a" "b" ]\n',
    errors: [{ message: "expecting a separator in list (libvirt reports line 1).", line: 1, column: 11, endLine: 1, endColumn: 12, data: libvirtMessage(1, "expecting a separator in list") }],
  },
  {
    name: "list is not closed with ], at the end of input",
    code: "a = [\n",
    errors: [{ message: "list is not closed with ] (libvirt reports line 2).", line: 1, column: 6, endLine: 1, endColumn: 6, data: libvirtMessage(2, "list is not closed with ]") }],
  },
  {
    name: "unterminated string",
    code: 'a = "x\nb = 1\n',
    errors: [{ message: "unterminated string (libvirt reports line 1).", line: 1, column: 7, endLine: 1, endColumn: 7, data: libvirtMessage(1, "unterminated string") }],
  },
  {
    name: "unterminated number",
    code: "a = +-1\n",
    errors: [{ message: "unterminated number (libvirt reports line 1).", line: 1, column: 6, endLine: 1, endColumn: 7, data: libvirtMessage(1, "unterminated number") }],
  },
  {
    name: "numeric overflow with the default target (11.6.0)",
    code: OVERFLOW,
    errors: [
      {
        message: "numeric overflow in conf value (libvirt reports line 2).",
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 13,
        data: { libvirtMessage: "numerical overflow: qemu.conf:2: numeric overflow in conf value" },
      },
    ],
  },
  {
    name: "numeric overflow with libvirtVersion 11.3.0",
    code: OVERFLOW,
    settings: { libvirtVersion: "11.3.0" },
    errors: [{ message: "numeric overflow in conf value (libvirt reports line 2).", line: 2, column: 12 }],
  },
  // One case per hint.
  {
    name: "bom: the safe fix deletes the byte order mark",
    code: '\uFEFF# written by a tool\nuser = "+0"\n',
    errors: [
      {
        message: "expecting a name (libvirt reports line 1): the file starts with a UTF-8 byte order mark, which libvirt does not skip.",
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        data: libvirtMessage(1, "expecting a name"),
        fix: { range: [0, 1], text: "" },
      },
    ],
    output: '# written by a tool\nuser = "+0"\n',
  },
  {
    name: "crLineEnds: libvirt's line stays 1, the position is the third display line",
    code: 'vnc_tls = 1\rvnc_tls_x509_verify = 1\rvnc_listen "0.0.0.0"\r',
    errors: [
      {
        message: "expecting an assignment (libvirt reports line 1): the file uses CR line ends; libvirt counts only LF, so it reports line 1.",
        line: 3,
        column: 12,
        endLine: 3,
        endColumn: 13,
        data: libvirtMessage(1, "expecting an assignment"),
        fix: null,
      },
    ],
  },
  {
    name: "booleanWord",
    code: "vnc_tls = true\n",
    errors: [{ message: "expecting a value (libvirt reports line 1): booleans are written 1 or 0.", line: 1, column: 11, endLine: 1, endColumn: 12 }],
  },
  {
    name: "template",
    code: 'vnc_listen = {{ vnc_listen_address }}\n',
    errors: [{ message: "expecting a value (libvirt reports line 1): the value looks like an unrendered template.", line: 1, column: 14, endLine: 1, endColumn: 15 }],
  },
  {
    name: "commentInList",
    code: 'cgroup_device_acl = [\n    "/dev/null", "/dev/kvm",\n#    "/dev/userfaultfd"\n]\n',
    errors: [
      {
        message: "expecting a value (libvirt reports line 3): comments are not allowed inside a list.",
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 2,
        data: libvirtMessage(3, "expecting a value"),
      },
    ],
  },
  {
    name: "unclosedList, with libvirt's text for line 7",
    code: '# lost bracket\ncgroup_device_acl = [\n    "/dev/null", "/dev/full", "/dev/zero",\n    "/dev/random", "/dev/urandom",\n    "/dev/ptmx", "/dev/kvm"\n\nsecurity_driver = "selinux"\n',
    errors: [
      {
        message: "expecting a separator in list (libvirt reports line 7): the list opened on line 2 is not closed.",
        line: 7,
        column: 1,
        endLine: 7,
        endColumn: 2,
        data: { libvirtMessage: "configuration file syntax error: qemu.conf:7: expecting a separator in list" },
      },
    ],
  },
  {
    name: "notDecimal",
    code: "max_processes = 4096\nmax_files = 0x8000\n",
    errors: [{ message: "expecting a separator (libvirt reports line 2): only decimal integers are allowed.", line: 2, column: 14, endLine: 2, endColumn: 15 }],
  },
  {
    name: "backslash",
    code: 'vnc_listen = "a\\"b"\n',
    errors: [{ message: "expecting a separator (libvirt reports line 1): strings have no escapes; use single or triple quotes.", line: 1, column: 18, endLine: 1, endColumn: 19 }],
  },
  {
    name: "twoSettings",
    code: "vnc_tls = 1 vnc_sasl = 1\n",
    errors: [{ message: "expecting a separator (libvirt reports line 1): separate two settings on one line with ;.", line: 1, column: 13, endLine: 1, endColumn: 14 }],
  },
  {
    name: "blankFile",
    code: "\n\n",
    errors: [
      {
        message: "expecting a name (libvirt reports line 3): a file with only blank lines is not empty for libvirt; delete its content.",
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 1,
        data: libvirtMessage(3, "expecting a name"),
      },
    ],
  },
  // Positions in UTF-16 code units.
  {
    name: "a character outside the BMP is marked whole",
    code: 'a = "é"; b = 😀\n',
    errors: [{ message: "expecting a value (libvirt reports line 1).", line: 1, column: 14, endLine: 1, endColumn: 16 }],
  },
];

new RuleTester(qemuEngine).run(rule, { valid, invalid });

describe("qemu/parse-error messages", () => {
  const binding = { engine: qemuEngine, rules: [], fatalRules: [rule] };

  it.each(invalid.map((testCase) => [testCase.name, testCase] as const))("%s: one line, no doubled whitespace, a final period", (_name, testCase) => {
    const config = { ...EMPTY_FILE_CONFIG, settings: testCase.settings ? { qemu: testCase.settings } : {} };
    const [finding] = lintFile(binding, { source: sourceFromText(testCase.code) }, "qemu.conf", config).messages;
    expect(finding?.message).toMatch(/^\S(?:\S| (?! ))*\.$/);
  });

  it("a file over 10 MiB is refused before parsing, with libvirt's read error", () => {
    const { messages } = lintFile(binding, { oversizeBytes: 10485761 }, "/etc/libvirt/qemu.conf", EMPTY_FILE_CONFIG);
    expect(messages).toEqual([
      expect.objectContaining({
        ruleId: "qemu/parse-error",
        severity: "error",
        fatal: true,
        message: "The file is 10485761 bytes; libvirt refuses qemu.conf files over 10485760 bytes (Value too large for defined data type).",
        line: 1,
        column: 1,
        data: { libvirtMessage: "Failed to read file '/etc/libvirt/qemu.conf': Value too large for defined data type" },
      }),
    ]);
  });
});
