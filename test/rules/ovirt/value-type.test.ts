import rule from "../../../rules/ovirt/value-type.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const DROPS = '(the engine logs "Error parsing option" and uses no value)';
const REFUSES = "(engine-config -s would refuse it)";

/** A dump line as engine-config prints it. */
const row = (key: string, value: string, version = "general"): string => `${key}: ${value} version: ${version}\n`;

/** The columns of a one-line record's value: after `KEY: `. */
const valueAt = (key: string, value: string): { column: number; endColumn: number } => ({
  column: key.length + 3,
  endColumn: key.length + 3 + value.length,
});

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // Integers as Integer.parseInt reads them.
    row("vdsRetries", "0") + row("vdsTimeout", "+180") + row("UserSessionTimeOutInterval", "-1") + row("vdsConnectionTimeout", "0020"),
    row("vdsTimeout", "2147483647") + row("UserSessionTimeOutInterval", "-2147483648"),
    // The seeded per-architecture JSON, and any JSON object of integers on that key.
    row("MaxNumOfVmCpus", '{"x86":710,"ppc":384,"s390x":384}', "4.7") + row("MaxNumOfVmCpus", '{"x86":512}', "4.8") + row("MaxNumOfVmCpus", "384", "4.2"),
    // Doubles as Double.parseDouble reads them (blanks trimmed).
    row("DelayResetPerVmInSeconds", "1e1") +
      row("DelayResetForSpmInSeconds", " 2.5 ") +
      row("CertificationValidityCheckTimeInHours", "0x1p3") +
      row("AnsibleRunnerArtifactsCleanupCheckTimeInHours", "-Infinity"),
    row("DelayResetPerVmInSeconds", ".5f"),
    // Booleans in any letter case.
    row("AffinityRulesEnforcementManagerEnabled", "TRUE") + row("PMHealthCheckEnabled", "False"),
    row("ValidNumOfMonitors", "1,2,4") + row("ValidNumOfMonitors", "16", "4.7"),
    row("DefaultMTU", "0") + row("TunnelledDefaultMTU", "68") + row("DefaultMTU", "9000", "4.7"),
    row("SysPrepDefaultPassword", "Set"),
    row("SysPrepDefaultPassword", "Empty"),
    row("WebSocketProxy", "Off"),
    row("WebSocketProxy", "engine.example.com:6100"),
    row("WebSocketProxy", "[::1]:65635"),
    row("WebSocketProxy", "192.0.2.7:1"),
    row("MigrationPolicies", "[]", "4.7"),
    row("UserDefinedVMProperties", "", "4.0") + row("UserDefinedVMProperties", "memory=^[0-9]+$;smartcard=^(true|false)$", "4.5"),
    row("UserDefinedNetworkCustomProperties", "bridge_opts=^.*$", "4.7"),
    row("CustomDeviceProperties", "", "3.6") + row("CustomDeviceProperties", "{type=interface;prop={speed=^([0-9]{1,5})$}}", "4.7"),
    row("RemoteViewerSupportedVersions", "rhel8:7.0-3;rhel7:2.0-6"),
    // Java's split drops trailing empty pieces, so engine-config accepts a trailing ";".
    row("RemoteViewerSupportedVersions", "rhel8:7.0-3;"),
    // String keys take any text; their lists are ovirt/value-not-allowed's.
    row("EngineMode", "Active") + row("AuditLogCleanupTime", "whenever") + row("SpiceSecureChannels", "nonsense", "4.7"),
    // The default exemption: an empty FenceConfig is the seeded value.
    row("CustomFenceAgentMapping", ""),
    // Only the effective (last) record counts.
    row("vdsRetries", "zero") + row("vdsRetries", "0"),
    // Unknown keys have no type.
    row("vdsTimout", "abc"),
    // Unreadable records never provide values.
    "vdsRetries: zero version: \n",
    "vdsRetries zero version: general\n",
    "vdsTimeout: 18vdsRetries: zero version: general\n",
  ],
  invalid: [
    {
      name: "the spec's example, with the default as the remedy",
      code: row("vdsRetries", "zero"),
      errors: [
        {
          messageId: "integer",
          message: `vdsRetries must be an integer; "zero" is not ${DROPS}. Fix: engine-config -s vdsRetries=0.`,
          severity: "error",
          line: 1,
          ...valueAt("vdsRetries", "zero"),
          endLine: 1,
          suggestions: [{ desc: "engine-config -s vdsRetries=0" }],
        },
      ],
    },
    {
      name: "Integer.parseInt takes no blanks, decimals or 64-bit numbers",
      code: row("vdsTimeout", " 180") + row("vdsConnectionTimeout", "2.5") + row("TimeoutToResetVdsInSeconds", "2147483648") + row("VDSAttemptsToResetCount", "-2147483649"),
      errors: [
        { messageId: "integer", message: `vdsTimeout must be an integer; " 180" is not ${DROPS}. Fix: engine-config -s vdsTimeout=180.`, line: 1, column: 13, endColumn: 17 },
        { messageId: "integer", message: `vdsConnectionTimeout must be an integer; "2.5" is not ${DROPS}. Fix: engine-config -s vdsConnectionTimeout=20.`, line: 2 },
        {
          messageId: "integerRange",
          message: `TimeoutToResetVdsInSeconds must be an integer from -2147483648 to 2147483647; "2147483648" is not ${DROPS}. Fix: engine-config -s TimeoutToResetVdsInSeconds=60.`,
          line: 3,
        },
        { messageId: "integerRange", line: 4, suggestions: [{ desc: "engine-config -s VDSAttemptsToResetCount=2" }] },
      ],
    },
    {
      name: "versioned keys per version: the remedy names the cluster level; no remedy for a level without a default",
      code: row("MaxNumOfThreadsPerCpu", "8", "4.6") + row("MaxNumOfThreadsPerCpu", "eight", "4.7") + row("MaxNumOfThreadsPerCpu", "eight", "4.1"),
      errors: [
        {
          messageId: "integer",
          message: `MaxNumOfThreadsPerCpu (version 4.7) must be an integer; "eight" is not ${DROPS}. Fix: engine-config -s MaxNumOfThreadsPerCpu=8 --cver=4.7.`,
          line: 2,
          ...valueAt("MaxNumOfThreadsPerCpu", "eight"),
          suggestions: [{ desc: "engine-config -s MaxNumOfThreadsPerCpu=8 --cver=4.7" }],
        },
        {
          messageId: "integer",
          message: `MaxNumOfThreadsPerCpu (version 4.1) must be an integer; "eight" is not ${DROPS}.`,
          line: 3,
        },
      ],
    },
    {
      name: "MaxNumOfVmCpus: neither an integer nor a JSON object of integers; -s refuses its JSON default, so no remedy",
      code: row("MaxNumOfVmCpus", "lots", "4.7") + row("MaxNumOfVmCpus", '{"x86":"710"}', "4.8") + row("MaxNumOfVmCpus", "[710]", "4.6"),
      errors: [
        {
          messageId: "integerOrJson",
          message: 'MaxNumOfVmCpus (version 4.7) must be a JSON object of integers per architecture (or an integer); "lots" is neither.',
          line: 1,
        },
        { messageId: "integerOrJson", message: 'MaxNumOfVmCpus (version 4.8) must be a JSON object of integers per architecture (or an integer); "{\\"x86\\":\\"710\\"}" is neither.', line: 2 },
        { messageId: "integerOrJson", line: 3 },
      ],
    },
    {
      name: "Double.parseDouble's grammar",
      code: row("DelayResetPerVmInSeconds", "0,5") + row("DelayResetForSpmInSeconds", "20s") + row("CertificationValidityCheckTimeInHours", ""),
      errors: [
        {
          messageId: "double",
          message: `DelayResetPerVmInSeconds must be a number; "0,5" is not ${DROPS}. Fix: engine-config -s DelayResetPerVmInSeconds=0.5.`,
          line: 1,
          ...valueAt("DelayResetPerVmInSeconds", "0,5"),
          suggestions: [{ desc: "engine-config -s DelayResetPerVmInSeconds=0.5" }],
        },
        { messageId: "double", message: `DelayResetForSpmInSeconds must be a number; "20s" is not ${DROPS}. Fix: engine-config -s DelayResetForSpmInSeconds=20.`, line: 2 },
        {
          messageId: "double",
          message: `CertificationValidityCheckTimeInHours must be a number; "" is not ${DROPS}. Fix: engine-config -s CertificationValidityCheckTimeInHours=24.`,
          line: 3,
          column: 40,
          endColumn: 40,
        },
      ],
    },
    {
      name: "booleans other than true/false are read as false",
      code: row("AffinityRulesEnforcementManagerEnabled", "yes") + row("PMHealthCheckEnabled", "1"),
      errors: [
        {
          messageId: "boolean",
          message: 'AffinityRulesEnforcementManagerEnabled must be true or false; "yes" is neither, and the engine reads it as false. Fix: engine-config -s AffinityRulesEnforcementManagerEnabled=true.',
          line: 1,
          ...valueAt("AffinityRulesEnforcementManagerEnabled", "yes"),
          suggestions: [{ desc: "engine-config -s AffinityRulesEnforcementManagerEnabled=true" }],
        },
        {
          messageId: "boolean",
          message: 'PMHealthCheckEnabled must be true or false; "1" is neither, and the engine reads it as false. Fix: engine-config -s PMHealthCheckEnabled=false.',
          line: 2,
        },
      ],
    },
    {
      name: "IntegerMultiple: no trailing comma, every piece an integer",
      code: row("ValidNumOfMonitors", "1,2,") + row("ValidNumOfMonitors", "1,two", "4.7"),
      errors: [
        {
          messageId: "integerList",
          message: `ValidNumOfMonitors must be integers separated by ","; "1,2," is not ${REFUSES}. Fix: engine-config -s ValidNumOfMonitors=1,2,4.`,
          line: 1,
          suggestions: [{ desc: "engine-config -s ValidNumOfMonitors=1,2,4" }],
        },
        { messageId: "integerList", message: `ValidNumOfMonitors (version 4.7) must be integers separated by ","; "1,two" is not ${REFUSES}.`, line: 2 },
      ],
    },
    {
      name: "Mtu: 0 or at least 68; a non-integer is an Integer failure",
      code: row("DefaultMTU", "67") + row("TunnelledDefaultMTU", "-1") + row("DefaultMTU", "jumbo", "4.7"),
      errors: [
        {
          messageId: "mtu",
          message: 'DefaultMTU must be 0 or at least 68; "67" is not (engine-config -s says "MTU value is invalid."). Fix: engine-config -s DefaultMTU=1500.',
          line: 1,
          ...valueAt("DefaultMTU", "67"),
          suggestions: [{ desc: "engine-config -s DefaultMTU=1500" }],
        },
        { messageId: "mtu", message: /^TunnelledDefaultMTU must be 0 or at least 68; "-1" is not .* Fix: engine-config -s TunnelledDefaultMTU=1442\.$/, line: 2 },
        { messageId: "integer", message: `DefaultMTU (version 4.7) must be an integer; "jumbo" is not ${DROPS}.`, line: 3 },
      ],
    },
    {
      name: "a password row shows only Set or Empty; anything else is hidden and has no remedy",
      code: row("SysPrepDefaultPassword", "hunter2") + row("SysPrepDefaultPassword", "set", "4.7"),
      errors: [
        {
          messageId: "password",
          message: "SysPrepDefaultPassword shows a value (hidden) where engine-config prints only Set or Empty: the line was edited.",
          line: 1,
          ...valueAt("SysPrepDefaultPassword", "hunter2"),
        },
        { messageId: "password", message: "SysPrepDefaultPassword (version 4.7) shows a value (hidden) where engine-config prints only Set or Empty: the line was edited.", line: 2 },
      ],
    },
    {
      name: "WebSocketProxy: Off or host:port with 0 < port < 65636",
      code:
        row("WebSocketProxy", "engine.example.com") +
        row("WebSocketProxy", "engine.example.com:0", "4.2") +
        row("WebSocketProxy", "engine.example.com:65636", "4.3") +
        row("WebSocketProxy", ":6100", "4.4") +
        row("WebSocketProxy", "off", "4.5") +
        row("WebSocketProxy", "", "4.6"),
      errors: [
        {
          messageId: "webSocketProxy",
          message: `WebSocketProxy must be Off or host:port with a port from 1 to 65635; "engine.example.com" is not ${REFUSES}. Fix: engine-config -s WebSocketProxy=Off.`,
          line: 1,
          suggestions: [{ desc: "engine-config -s WebSocketProxy=Off" }],
        },
        { messageId: "webSocketProxy", message: `WebSocketProxy (version 4.2) must be Off or host:port with a port from 1 to 65635; "engine.example.com:0" is not ${REFUSES}.`, line: 2 },
        { messageId: "webSocketProxy", line: 3 },
        { messageId: "webSocketProxy", line: 4 },
        { messageId: "webSocketProxy", line: 5 },
        { messageId: "webSocketProxy", message: /; "" is not /, line: 6 },
      ],
    },
    {
      name: "MigrationPolicies must be a JSON array; its long default is not spelled out as a command",
      code: row("MigrationPolicies", '{"name":"x"}', "4.7"),
      errors: [
        {
          messageId: "migrationPolicies",
          message: `MigrationPolicies (version 4.7) must be a JSON array of migration policies; "{\\"name\\":\\"x\\"}" is not ${REFUSES}.`,
          line: 1,
        },
      ],
    },
    {
      name: "custom properties: the device syntax, or not name=…; the empty default as the remedy",
      code: row("UserDefinedVMProperties", "{type=interface;prop={speed=^([0-9]{1,5})$}}", "4.5") + row("UserDefinedNetworkCustomProperties", "=^.*$", "4.7"),
      errors: [
        {
          messageId: "deviceSyntax",
          message:
            'UserDefinedVMProperties (version 4.5) must be name=regex items separated by ";"; "{type=interface;prop={speed=^([0-9]{1,5}…" has the {type=…;prop={…}} syntax of CustomDeviceProperties. Fix: engine-config -s UserDefinedVMProperties=\'\' --cver=4.5.',
          line: 1,
          ...valueAt("UserDefinedVMProperties", "{type=interface;prop={speed=^([0-9]{1,5})$}}"),
          suggestions: [{ desc: "engine-config -s UserDefinedVMProperties='' --cver=4.5" }],
        },
        {
          messageId: "customProperties",
          message: `UserDefinedNetworkCustomProperties (version 4.7) must be name=regex items separated by ";"; "=^.*$" is not ${REFUSES}. Fix: engine-config -s UserDefinedNetworkCustomProperties='' --cver=4.7.`,
          line: 2,
        },
      ],
    },
    {
      name: "device custom properties start with {type=",
      code: row("CustomDeviceProperties", "type=interface", "4.7"),
      errors: [{ messageId: "deviceProperties", message: `CustomDeviceProperties (version 4.7) must be {type=…;prop={…}} groups; "type=interface" is not ${REFUSES}.`, line: 1 }],
    },
    {
      name: "FenceConfig must not be empty (a row without a catalogue default is not exempt)",
      code: row("CustomFenceAgentMapping", "", "4.7"),
      errors: [{ messageId: "fenceConfig", message: `CustomFenceAgentMapping (version 4.7) must not be empty ${REFUSES}.`, line: 1, column: 26, endColumn: 26 }],
    },
    {
      name: "RemoteViewerSupportedVersions: os:version pairs",
      code: row("RemoteViewerSupportedVersions", "rhel8") + row("RemoteViewerSupportedVersions", "rhel8:7.0-3;;rhel7:2.0", "4.7") + row("RemoteViewerSupportedVersions", "", "4.8"),
      errors: [
        { messageId: "remoteViewerVersions", message: `RemoteViewerSupportedVersions must be os:version items separated by ";"; "rhel8" is not ${REFUSES}.`, line: 1 },
        { messageId: "remoteViewerVersions", line: 2 },
        { messageId: "remoteViewerVersions", line: 3 },
      ],
    },
    {
      name: "the last record decides, and is the one reported",
      code: row("vdsRetries", "0") + row("vdsRetries", "none"),
      errors: [{ messageId: "integer", line: 2 }],
    },
    {
      name: "a multi-line value spans its lines",
      code: "vdsRetries: \nzero version: general\n",
      errors: [{ messageId: "integer", message: `vdsRetries must be an integer; "\\nzero" is not ${DROPS}. Fix: engine-config -s vdsRetries=0.`, line: 1, column: 13, endLine: 2, endColumn: 5 }],
    },
    {
      name: "CRLF and a lenient record: positions on the display line",
      code: "vdsTimeout: 180 version: general\r\nvdsRetries :zero version:general\r\n",
      errors: [{ messageId: "integer", line: 2, column: 13, endLine: 2, endColumn: 17 }],
    },
  ],
});
