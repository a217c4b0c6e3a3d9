import rule from "../../../rules/ovirt/unknown-key.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

/** A dump line as engine-config prints it. */
const row = (key: string, value: string, version = "general"): string => `${key}: ${value} version: ${version}\n`;

const NOT_A_KEY = "is not an engine-config key.";
const DB_ONLY = "It exists only in the database; engine-config cannot show or set it.";

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    row("vdsTimeout", "180") + row("MaxNumOfVmCpus", '{"x86":710,"ppc":384,"s390x":384}', "4.7") + row("oVirtISOsRepositoryPath", "/x"),
    // The master-only key is in the catalogue.
    row("ManagedBlockCommandTimeoutInMinutes", "2"),
    // Only records are checked: a -l line, an engine-config error naming a key, a line without a colon.
    'vdsTimout: "Host Control Communication Timeout (in seconds)" (Value Type: Integer)\n',
    "Error fetching vdsHeartbeatInSeconds value: no such entry with default version.\n",
    "vdsTimout 180 version: general\n",
    // A ProductRPMVersion of 4.5.7 (any build) is the catalogue's release.
    row("ProductRPMVersion", "4.5.7-1.el9") + row("vdsTimeout", "180"),
  ],
  invalid: [
    {
      name: "the spec's example: a typo, at the key",
      code: row("vdsTimout", "180"),
      errors: [
        {
          messageId: "didYouMean",
          message: `"vdsTimout" ${NOT_A_KEY} Did you mean "vdsTimeout"?`,
          severity: "warning",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 10,
        },
      ],
    },
    {
      name: "once per key, at its first record",
      code: row("vdsRetires", "0") + row("vdsTimeout", "180") + row("vdsRetires", "1") + row("vdsRetires", "0", "4.7"),
      errors: [{ messageId: "didYouMean", message: `"vdsRetires" ${NOT_A_KEY} Did you mean "vdsRetries"?`, line: 1, column: 1, endColumn: 11 }],
    },
    {
      name: "the same name in another letter case comes first, before a closer typo",
      code: row("VDSTimeout", "180") + row("maxvmnamelength", "64"),
      errors: [
        { messageId: "wrongCase", message: `"VDSTimeout" ${NOT_A_KEY} Did you mean "vdsTimeout"? engine-config keys are case-sensitive.`, line: 1 },
        { messageId: "wrongCase", message: `"maxvmnamelength" ${NOT_A_KEY} Did you mean "MaxVmNameLength"? engine-config keys are case-sensitive.`, line: 2 },
      ],
    },
    {
      name: "candidates: the closest wins, then the alphabetically first",
      code: row("VM34BitMaxMemorySizeInMB", "1", "4.7") + row("VM6BitMaxMemorySizeInMB", "1", "4.7") + row("MaxVxNameLength", "64"),
      errors: [
        { messageId: "didYouMean", message: `"VM34BitMaxMemorySizeInMB" ${NOT_A_KEY} Did you mean "VM32BitMaxMemorySizeInMB"?`, line: 1 },
        { messageId: "didYouMean", message: `"VM6BitMaxMemorySizeInMB" ${NOT_A_KEY} Did you mean "VM64BitMaxMemorySizeInMB"?`, line: 2 },
        { messageId: "didYouMean", message: `"MaxVxNameLength" ${NOT_A_KEY} Did you mean "MaxVmNameLength"?`, line: 3 },
      ],
    },
    {
      name: "at most 2 edits, or 1 for names shorter than 8",
      code: row("vdsTimeoutXYZ", "180") + row("PolUri", "x") + row("PoolUrl", "x") + row("UserSessionTimeOutIntervl", "30"),
      errors: [
        { messageId: "unknown", message: `"vdsTimeoutXYZ" ${NOT_A_KEY}`, line: 1 },
        { messageId: "didYouMean", message: `"PolUri" ${NOT_A_KEY} Did you mean "PollUri"?`, line: 2 },
        { messageId: "unknown", message: `"PoolUrl" ${NOT_A_KEY}`, line: 3 },
        { messageId: "didYouMean", message: `"UserSessionTimeOutIntervl" ${NOT_A_KEY} Did you mean "UserSessionTimeOutInterval"?`, line: 4 },
      ],
    },
    {
      name: "keys that exist only in the database",
      code: row("vdsHeartbeatInSeconds", "30") + row("VdsmSSLProtocol", "TLSv1.2") + row("SshSoftFencingCommand", "x") + row("DataDir", "/usr/share/ovirt-engine"),
      errors: [
        { messageId: "databaseOnly", message: `"vdsHeartbeatInSeconds" ${NOT_A_KEY} ${DB_ONLY}`, line: 1, column: 1, endColumn: 22 },
        { messageId: "databaseOnly", message: `"VdsmSSLProtocol" ${NOT_A_KEY} ${DB_ONLY}`, line: 2 },
        { messageId: "databaseOnly", line: 3 },
        { messageId: "databaseOnly", line: 4 },
      ],
    },
    {
      name: "a dump from another engine release (setting): the key may exist there",
      code: row("VdsFenceOptionMapping", "x") + row("vdsTimout", "180") + row("VDSTimeout", "180") + row("ConnectToServerTimeoutInSeconds", "20"),
      settings: { ovirtVersion: "4.3.11" },
      errors: [
        { messageId: "unknownOtherEngine", message: `"VdsFenceOptionMapping" ${NOT_A_KEY} The dump comes from engine 4.3.11; the key may exist there.`, line: 1 },
        {
          messageId: "didYouMeanOtherEngine",
          message: `"vdsTimout" ${NOT_A_KEY} Did you mean "vdsTimeout"? The dump comes from engine 4.3.11; the key may exist there.`,
          line: 2,
        },
        // Letter case and database-only keys do not depend on the release.
        { messageId: "wrongCase", line: 3 },
        { messageId: "databaseOnly", message: `"ConnectToServerTimeoutInSeconds" ${NOT_A_KEY} ${DB_ONLY}`, line: 4 },
      ],
    },
    {
      name: "the dump's ProductRPMVersion wins over the setting",
      code: row("ProductRPMVersion", "4.3.11.4-0.1.el7") + row("VdsFenceOptionMapping", "x"),
      settings: { ovirtVersion: "4.5.7" },
      errors: [{ messageId: "unknownOtherEngine", message: `"VdsFenceOptionMapping" ${NOT_A_KEY} The dump comes from engine 4.3.11.4; the key may exist there.`, line: 2 }],
    },
    {
      name: "a lenient record: the key's own position",
      code: "  vdsTimout : 180 version: general\r\n",
      errors: [{ messageId: "didYouMean", line: 1, column: 3, endColumn: 12 }],
    },
  ],
});
