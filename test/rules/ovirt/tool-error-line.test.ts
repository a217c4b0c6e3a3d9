import rule from "../../../rules/ovirt/tool-error-line.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const MISSING_FROM_PROPERTIES =
  'engine-config failed on a key missing from its properties file (a typo or a database-only key; Java 11 prints "null").';
const CANNOT_SET = "A failed engine-config -s is recorded here: the value was not set.";

/** One case: the tool's line alone in a dump, and the finding over the whole line. */
function single(name: string, text: string, messageId: string, message: string) {
  return { name, code: `${text}\n`, errors: [{ messageId, message, severity: "warning" as const, line: 1, column: 1, endLine: 1, endColumn: text.length + 1 }] };
}

const NPE = 'Cannot invoke "com.fasterxml.jackson.databind.JsonNode.get(String)" because "node" is null';
const UNREACHABLE =
  "Connection to the Database failed. Please check that the hostname and port number are correct and that the Database service is up and running.";

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    "vdsTimeout: 180 version: general\n",
    "[root@engine ~]# engine-config -g vdsTimeout\nPlease select a version:\n1. 4.2\n",
    { name: "the bare decryption message of -g is no tool-error pattern", code: "Failed to decrypt the current value.\n" },
  ],
  invalid: [
    single(
      "a --cver without a row",
      "Error fetching UserDefinedVMProperties value: no such entry with version '4.9'.",
      "noVersionRow",
      "engine-config could not find a row for UserDefinedVMProperties at version 4.9.",
    ),
    single(
      "a version with blanks is shown safely",
      "Error fetching vdsTimeout value: no such entry with version 'a  b'.",
      "noVersionRow",
      "engine-config could not find a row for vdsTimeout at version a \\x20b.",
    ),
    single(
      "an exposed key without a row",
      "Error fetching MacPoolRanges value: no such entry with default version.",
      "noDefaultRow",
      "engine-config reports no database row for MacPoolRanges.",
    ),
    single(
      "a database-only key",
      "Error fetching vdsHeartbeatInSeconds value: no such entry with default version.",
      "noDefaultRowDatabaseOnly",
      "engine-config reports no database row for vdsHeartbeatInSeconds. It is a database-only key that engine-config cannot show.",
    ),
    single(
      "another database-only key",
      "Error fetching VdsmSSLProtocol value: no such entry with default version.",
      "noDefaultRowDatabaseOnly",
      "engine-config reports no database row for VdsmSSLProtocol. It is a database-only key that engine-config cannot show.",
    ),
    single("Java 11", "null", "missingFromProperties", MISSING_FROM_PROPERTIES),
    single("Java 17/21", NPE, "missingFromProperties", MISSING_FROM_PROPERTIES),
    single("-s refused (the line ends in a space)", "Cannot set value abc to key vdsTimeout. ", "cannotSet", CANNOT_SET),
    single("-s refused with details", "Cannot set value 10 to key FenceQuietTimeBetweenOperationsInSec. ", "cannotSet", CANNOT_SET),
    single(
      "-s on a version without a row",
      "Error setting vdsTimeout's value. No such entry with version 4.9.",
      "settingNoVersion",
      "A failed engine-config -s is recorded here: vdsTimeout has no row for version 4.9, so the value was not set.",
    ),
    single(
      "a deprecated key",
      "Configuration key OldKey is deprecated, thus cannot get its value.",
      "deprecatedKey",
      "engine-config refused to show OldKey: the key is marked deprecated in its properties file.",
    ),
    single("no database", UNREACHABLE, "databaseUnreachable", "engine-config could not connect to the engine database: the command printed no values."),
    single(
      "-m without change",
      "Merge operation cancelled as value is unchanged.",
      "mergeUnchanged",
      "A failed engine-config -m is recorded here: the merge was cancelled because the value is unchanged.",
    ),
    {
      name: "consecutive errors are reported one by one (CRLF)",
      code: `vdsTimeout: 180 version: general\r\n${NPE}\r\nnull\r\n`,
      errors: [
        { message: MISSING_FROM_PROPERTIES, line: 2, column: 1, endLine: 2, endColumn: NPE.length + 1 },
        { message: MISSING_FROM_PROPERTIES, line: 3, column: 1, endLine: 3, endColumn: 5 },
      ],
    },
  ],
});
