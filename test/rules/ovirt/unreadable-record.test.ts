import rule from "../../../rules/ovirt/unreadable-record.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const CUT = " The file ends on this line without a line end: the capture was cut short.";
const missingVersion = (key: string, more = ""): string => `Cannot read this ${key} record: it has no "version:" part; its value is ignored.${more}`;
const badVersion = (key: string, more = ""): string =>
  `Cannot read this ${key} record: its "version:" part is empty or followed by other text; its value is ignored.${more}`;
const glued = (keys: string, more = ""): string =>
  `Cannot read this line: it holds the ${keys} records glued together, as when two captures are joined without a line end; no value is taken from it.${more}`;

/** A finding over the whole of line `line` whose text is `text`. */
const onLine = (line: number, text: string) => ({ line, column: 1, endLine: line, endColumn: text.length + 1 });

const NO_VERSION = "TimeoutToResetVdsInSeconds: 60";
const NO_COLON = "vdsRetries 0 version: general";
const EMPTY_VERSION = "VDSAttemptsToResetCount: 2 version: ";
const EXTRA_TOKENS = "vdsRetries: 0 version: general extra tokens";
const GLUED = "vdsTimeout: 18vdsRetries: 0 version: general";

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    "vdsTimeout: 180 version: general\n",
    { name: "a multi-line value that ends with its version", code: "IPTablesConfig: \n*filter\n:INPUT ACCEPT [0:0]\n\nCOMMIT\n version: general\n" },
    { name: "a missing colon on a name that is no catalogue key is just a stray line", code: "Foo 0 version: general\n" },
    { name: "a value with braces, ; and regexes is not glued", code: "CustomDeviceProperties: {type=interface;prop={extnet=^[a-zA-Z0-9_ ---]+$}} version: 3.5\n" },
    { name: "`name: ` inside a value glues only with a catalogue key", code: "CORSDefaultOriginSuffixes: host: 9090 version: general\n" },
  ],
  invalid: [
    {
      name: "no version, with the value used from another line",
      code: `${NO_VERSION}\nTimeoutToResetVdsInSeconds: 90 version: general\n`,
      errors: [
        {
          messageId: "missingVersion",
          message: missingVersion("TimeoutToResetVdsInSeconds", ' The value used is "90" from line 2.'),
          severity: "error",
          ...onLine(1, NO_VERSION),
        },
      ],
    },
    {
      name: "a missing colon on a catalogue key",
      code: `${NO_COLON}\n`,
      errors: [{ messageId: "missingColon", message: `Cannot read this vdsRetries record: there is no ":" after the key; its value is ignored.`, ...onLine(1, NO_COLON) }],
    },
    {
      name: "an empty version (CRLF)",
      code: `${EMPTY_VERSION}\r\nvdsTimeout: 180 version: general\r\n`,
      errors: [{ messageId: "badVersion", message: badVersion("VDSAttemptsToResetCount"), ...onLine(1, EMPTY_VERSION) }],
    },
    {
      name: "tokens after the version; the readable row elsewhere is named",
      code: `vdsRetries: zero version: general\n${EXTRA_TOKENS}\n`,
      errors: [{ messageId: "badVersion", message: badVersion("vdsRetries", ' The value used is "zero" from line 1.'), ...onLine(2, EXTRA_TOKENS) }],
    },
    {
      name: "two records glued together",
      code: `${GLUED}\n`,
      errors: [{ messageId: "glued", message: glued("vdsTimeout and vdsRetries"), ...onLine(1, GLUED) }],
    },
    {
      name: "glued after an unknown key and a value ending in letters; three names",
      code: "vdsTimout: ActivevdsRetries: 0EngineMode: Active version: general\n",
      errors: [{ messageId: "glued", message: glued("vdsTimout, vdsRetries and EngineMode"), line: 1, column: 1, endLine: 1, endColumn: 66 }],
    },
    {
      name: "the last line cut without a line end",
      code: "vdsTimeout: 180 version: general\nvdsTimeout: 18",
      errors: [{ messageId: "missingVersion", message: missingVersion("vdsTimeout", ` The value used is "180" from line 1.${CUT}`), line: 2, column: 1, endLine: 2, endColumn: 15 }],
    },
    {
      name: "a multi-line value cut short spans every line it absorbed",
      code: "IPTablesConfig: \n*filter\nCOMMIT\nvdsTimeout: 180 version: general\n",
      errors: [{ messageId: "missingVersion", message: missingVersion("IPTablesConfig"), line: 1, column: 1, endLine: 3, endColumn: 7 }],
    },
    {
      name: "the value of a secret key is hidden",
      code: "AttestationTruststorePass: s3cr3t\nAttestationTruststorePass: s3cr3t version: general\n",
      errors: [{ message: missingVersion("AttestationTruststorePass", " The value used is (hidden) from line 2."), line: 1 }],
    },
    {
      name: "a key read per cluster level names the versions of its readable rows",
      code: "MaxNumOfCpuPerSocket: 254\nMaxNumOfCpuPerSocket: 254 version: 4.2\nMaxNumOfCpuPerSocket: 254 version: 4.3\nMaxNumOfCpuPerSocket: 128 version: 4.4\n",
      errors: [{ message: missingVersion("MaxNumOfCpuPerSocket", " The values used come from its other rows (versions 4.2, 4.3 and 4.4)."), line: 1 }],
    },
    {
      name: "a value shown in a message is escaped and cut",
      code: `vdsTimeout: 1\nvdsTimeout: a  b${"x".repeat(50)} version: general\n`,
      errors: [{ message: missingVersion("vdsTimeout", ` The value used is "a \\x20b${"x".repeat(36)}…" from line 2.`), line: 1 }],
    },
  ],
});
