import { describe, expect, it } from "vitest";
import rule, { isUnplugTimeoutName } from "../../../rules/qemu/unplug-timeout.js";
import { EMPTY_FILE_CONFIG, type FileConfig } from "../../../src/config/types.js";
import type { ConfiguredSeverity } from "../../../src/core/diagnostic.js";
import { lintFile } from "../../../src/core/linter.js";
import { sourceFromText } from "../../../src/core/source.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const noEffect = (name: string): string =>
  `${name} has no effect: no libvirt release (through 12.5.0) reads a hot-unplug timeout from qemu.conf; libvirt waits a fixed 5 s (10 s for ppc64 pSeries guests) and ignores unknown keys.`;
const REMEDY =
  " To wait longer, use virDomainDetachDeviceAlias and wait for VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED or VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED.";
const REMEDY_VCPU =
  " For vCPUs use virDomainSetVcpu (VIR_ERR_OPERATION_TIMEOUT means the guest did not cooperate) or the asynchronous vCPU unplug flags and the vcpu-removed event once available.";
const belowFloor = (seconds: string): string => ` ${seconds} s is below the 5 s floor: the proposed option would warn and reset it to 5 s.`;
const aboveCap = (seconds: string, cap: number): string =>
  ` ${seconds} s is above the ${cap} s cap: synchronous API callers could block that long on every unplug the guest does not answer; 15–20 s is acceptable only for background work and 10 s is the limit for interactive use.`;
const MILLISECONDS = " (this looks like milliseconds; the proposal counts seconds).";
const NOT_WHOLE = " expected a whole number of seconds.";

describe("isUnplugTimeoutName", () => {
  it.each([
    "unplug_timeout",
    "hotplug_timeout",
    "hotunplug_timeout",
    "hot_unplug_timeout",
    "hot_plug_timeout",
    "plug_timeout",
    "device_unplug_timeout",
    "device_hotplug_timeout",
    "vcpu_unplug_timeout",
    "unplug_timeout_ms",
    "qemu_device_unplug_timeout_seconds",
    "UNPLUG_TIMEOUT",
    "Hot_Unplug_Timeout",
  ])("claims %s", (name) => expect(isUnplugTimeoutName(name)).toBe(true));

  it.each(["unplug", "timeout", "unplug_timeouts", "unplugtimeout", "unplug_timeout_", "xunplug_timeout", "unplug__timeout", "hot__unplug_timeout"])(
    "leaves %s alone",
    (name) => expect(isUnplugTimeoutName(name)).toBe(false),
  );
});

new RuleTester(qemuEngine).run(rule, {
  valid: [
    "",
    'vnc_listen = "127.0.0.1"\n',
    "# unplug_timeout = 30\n",
    "unplug_timeouts = 30\ntimeout = 3\n",
  ],
  invalid: [
    {
      name: "within the floor and the cap: only no effect",
      code: "unplug_timeout = 10\n",
      errors: [
        {
          messageId: "noEffect",
          message: noEffect("unplug_timeout") + REMEDY,
          severity: "warning",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 15,
          fix: { range: [0, 20], text: "" },
        },
      ],
      output: "",
    },
    {
      name: "the bounds themselves are fine: 5 and 20",
      code: "unplug_timeout = 5\nhotplug_timeout = 20\n",
      errors: [
        { messageId: "noEffect", severity: "warning", line: 1 },
        { messageId: "noEffect", message: noEffect("hotplug_timeout") + REMEDY, severity: "warning", line: 2 },
      ],
    },
    {
      name: "below the 5 s floor is an error",
      code: 'vnc_listen = "::1"\nunplug_timeout = 3 # short\nvnc_tls = 1\n',
      errors: [
        {
          messageId: "belowFloor",
          message: noEffect("unplug_timeout") + belowFloor("3") + REMEDY,
          severity: "error",
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 15,
          fix: { range: [19, 46], text: "" },
        },
      ],
      output: 'vnc_listen = "::1"\nvnc_tls = 1\n',
    },
    {
      name: "0 and negative values are below the floor",
      code: "unplug_timeout = 0\nhotplug_timeout = -1\ndevice_unplug_timeout = +4\n",
      errors: [
        { messageId: "belowFloor", message: noEffect("unplug_timeout") + belowFloor("0") + REMEDY, severity: "error", line: 1 },
        { messageId: "belowFloor", message: noEffect("hotplug_timeout") + belowFloor("-1") + REMEDY, severity: "error", line: 2 },
        { messageId: "belowFloor", message: noEffect("device_unplug_timeout") + belowFloor("4") + REMEDY, severity: "error", line: 3 },
      ],
    },
    {
      name: "above the default 20 s cap",
      code: "unplug_timeout = 60\n",
      errors: [
        {
          messageId: "aboveCap",
          message: noEffect("unplug_timeout") + aboveCap("60", 20) + REMEDY,
          severity: "warning",
          fix: { range: [0, 20], text: "" },
        },
      ],
      output: "",
    },
    {
      name: "values from 1000 on look like milliseconds",
      code: "unplug_timeout_ms = 5000\nhot_unplug_timeout = 999\n",
      errors: [
        { messageId: "aboveCap", message: noEffect("unplug_timeout_ms") + aboveCap("5000", 20) + MILLISECONDS + REMEDY, severity: "warning", line: 1 },
        { messageId: "aboveCap", message: noEffect("hot_unplug_timeout") + aboveCap("999", 20) + REMEDY, severity: "warning", line: 2 },
      ],
    },
    {
      name: "maxSeconds sets the cap",
      code: "unplug_timeout = 15\n",
      options: { maxSeconds: 10 },
      errors: [{ messageId: "aboveCap", message: noEffect("unplug_timeout") + aboveCap("15", 10) + REMEDY }],
    },
    {
      name: "the milliseconds remark comes with the cap only",
      code: "unplug_timeout = 1500\n",
      options: { maxSeconds: 2000 },
      errors: [{ messageId: "noEffect", message: noEffect("unplug_timeout") + REMEDY }],
    },
    {
      name: "a string or a list is not a whole number of seconds: error",
      code: 'unplug_timeout = "30"\nhotplug_timeout = [ 30 ]\n',
      errors: [
        { messageId: "notWholeNumber", message: noEffect("unplug_timeout") + NOT_WHOLE + REMEDY, severity: "error", line: 1, fix: { range: [0, 22], text: "" } },
        { messageId: "notWholeNumber", message: noEffect("hotplug_timeout") + NOT_WHOLE + REMEDY, severity: "error", line: 2, fix: { range: [22, 47], text: "" } },
      ],
      output: "",
    },
    {
      name: "names with cpu get the vCPU remedy, in any letter case",
      code: "vcpu_unplug_timeout = 15\nVCPU_HOTPLUG_TIMEOUT = 2\n",
      errors: [
        { messageId: "noEffect", message: noEffect("vcpu_unplug_timeout") + REMEDY_VCPU, line: 1, endColumn: 20 },
        { messageId: "belowFloor", message: noEffect("VCPU_HOTPLUG_TIMEOUT") + belowFloor("2") + REMEDY_VCPU, line: 2, endColumn: 21 },
      ],
    },
    {
      name: "only the first entry of each name; spellings differing in case are different names",
      code: "unplug_timeout = 3\nunplug_timeout = 30\nUNPLUG_TIMEOUT = 30\n",
      errors: [
        { messageId: "belowFloor", line: 1, fix: { range: [0, 19], text: "" } },
        { messageId: "aboveCap", message: noEffect("UNPLUG_TIMEOUT") + aboveCap("30", 20) + REMEDY, line: 3, fix: { range: [39, 59], text: "" } },
      ],
      output: "unplug_timeout = 30\n",
    },
    {
      name: "next to another statement, only the statement and its ; go",
      code: "vnc_tls = 1; unplug_timeout = 10; vnc_sasl = 1\r\n",
      errors: [{ messageId: "noEffect", line: 1, column: 14, endColumn: 28, fix: { range: [13, 34], text: "" } }],
      output: "vnc_tls = 1; vnc_sasl = 1\r\n",
    },
  ],
});

describe("per-finding severity of qemu/unplug-timeout", () => {
  function severities(code: string, severity: ConfiguredSeverity): string[] {
    const config: FileConfig = { ...EMPTY_FILE_CONFIG, rules: { [rule.meta.id]: { severity } } };
    const binding = { engine: qemuEngine, rules: [rule], fatalRules: [] };
    return lintFile(binding, { source: sourceFromText(code) }, "qemu.conf", config).messages.map((d) => d.severity);
  }
  const code = 'unplug_timeout = 10\nhotplug_timeout = 3\ndevice_unplug_timeout = "x"\n';

  it("at the default severity the floor and type findings are errors", () => {
    expect(severities(code, "warning")).toEqual(["warning", "error", "error"]);
  });

  it("a configured severity applies to every finding", () => {
    expect(severities(code, "info")).toEqual(["info", "info", "info"]);
    expect(severities(code, "error")).toEqual(["error", "error", "error"]);
    expect(severities(code, "off")).toEqual([]);
  });

  it("without configuration the rule runs at its default", () => {
    const binding = { engine: qemuEngine, rules: [rule], fatalRules: [] };
    const found = lintFile(binding, { source: sourceFromText(code) }, "qemu.conf", EMPTY_FILE_CONFIG).messages;
    expect(found.map((d) => d.severity)).toEqual(["warning", "error", "error"]);
  });
});
