import rule from "../../../rules/ovirt/duplicate-row.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

/** A dump line as engine-config prints it. */
const row = (key: string, value: string, version = "general"): string => `${key}: ${value} version: ${version}\n`;

const TAIL = "rules use the last value. If this is one -a dump, the database holds conflicting rows and which one the engine uses is not determined.";

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // A fresh 4.5 database really has these identical rows.
    row("MaxVmNameLength", "64") + row("MaxVmNameLength", "64") + row("MaxVmNameLengthSysprep", "15") + row("MaxVmNameLengthSysprep", "15"),
    // Concatenated -g captures repeat identical rows, empty values included.
    row("UserDefinedVMProperties", "", "3.4") + row("UserDefinedVMProperties", "", "3.5") + row("UserDefinedVMProperties", "", "3.4") + row("UserDefinedVMProperties", "", "3.5"),
    // Different versions, and key names differing in case, are different rows.
    row("MaxNumOfVmSockets", "16", "4.5") + row("MaxNumOfVmSockets", "10000", "4.6") + row("vdsTimeout", "180") + row("VdsTimeout", "60"),
    // An unreadable record is not a row.
    "vdsRetries 3 version: general\n" + row("vdsRetries", "0") + "vdsRetries: 3 version: \n",
  ],
  invalid: [
    {
      name: "the spec's example: a value before and after engine-config -s",
      code: row("AuditLogCleanupTime", "03:35:35") + row("UserSessionTimeOutInterval", "30") + row("UserSessionTimeOutInterval", "1"),
      errors: [
        {
          messageId: "conflicting",
          message: `UserSessionTimeOutInterval (version general) was "30" on line 2 and is "1" here; ${TAIL}`,
          severity: "warning",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 27,
        },
      ],
    },
    {
      name: "each record is compared with the previous one of its key and version; identical repeats are skipped",
      code: row("vdsTimeout", "180") + row("vdsTimeout", "60") + row("vdsRetries", "0") + row("vdsTimeout", "60") + row("vdsTimeout", "180"),
      errors: [
        { messageId: "conflicting", message: `vdsTimeout (version general) was "180" on line 1 and is "60" here; ${TAIL}`, line: 2 },
        { messageId: "conflicting", message: `vdsTimeout (version general) was "60" on line 4 and is "180" here; ${TAIL}`, line: 5 },
      ],
    },
    {
      name: "per cluster level; an empty value and a value that fails ovirt/value-type are compared as printed",
      code: row("UserDefinedVMProperties", "", "4.0") + row("UserDefinedVMProperties", "", "3.6") + row("UserDefinedVMProperties", "memory=^[0-9]+$", "4.0") + row("vdsRetries", "zero") + row("vdsRetries", "0"),
      errors: [
        { messageId: "conflicting", message: `UserDefinedVMProperties (version 4.0) was "" on line 1 and is "memory=^[0-9]+$" here; ${TAIL}`, line: 3, column: 1, endColumn: 24 },
        { messageId: "conflicting", message: `vdsRetries (version general) was "zero" on line 4 and is "0" here; ${TAIL}`, line: 5 },
      ],
    },
    {
      name: "unknown keys too; long values are cut at 40 code points",
      code: row("vdsTimout", "180") + row("vdsTimout", "a".repeat(41)),
      errors: [{ messageId: "conflicting", message: `vdsTimout (version general) was "180" on line 1 and is "${"a".repeat(40)}…" here; ${TAIL}`, line: 2 }],
    },
    {
      name: "secrets are hidden",
      code: row("SysPrepDefaultPassword", "Empty") + row("SysPrepDefaultPassword", "Set") + row("AttestationTruststorePass", "a") + row("AttestationTruststorePass", "b") + row("MyDbPasswd", "c") + row("MyDbPasswd", "d"),
      errors: [
        { messageId: "conflicting", message: `SysPrepDefaultPassword (version general) was (hidden) on line 1 and is (hidden) here; ${TAIL}`, line: 2 },
        { messageId: "conflicting", message: `AttestationTruststorePass (version general) was (hidden) on line 3 and is (hidden) here; ${TAIL}`, line: 4 },
        { messageId: "conflicting", message: `MyDbPasswd (version general) was (hidden) on line 5 and is (hidden) here; ${TAIL}`, line: 6 },
      ],
    },
    {
      name: "a multi-line previous record is named by its first line; BOM and CRLF keep line numbers",
      code: "\uFEFFIPTablesConfig: \r\n*filter\r\nCOMMIT\r\n version: general\r\nIPTablesConfig: none version: general\r\n",
      errors: [{ messageId: "conflicting", message: `IPTablesConfig (version general) was "\\n*filter\\nCOMMIT\\n" on line 1 and is "none" here; ${TAIL}`, line: 5, column: 1, endColumn: 15 }],
    },
  ],
});
