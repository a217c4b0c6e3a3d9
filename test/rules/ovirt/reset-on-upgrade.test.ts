import rule from "../../../rules/ovirt/reset-on-upgrade.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

/** A dump line as engine-config prints it. */
const row = (key: string, value: string, version = "general"): string => `${key}: ${value} version: ${version}\n`;

const TAIL = "by the next engine-setup or upgrade (the seed script resets this key).";

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // The seeded values.
    row("FenceStopStatusRetries", "18") + row("VdsRefreshRate", "3") + row("MaxNumOfVmSockets", "16", "4.5") + row("MaxNumOfVmSockets", "10000", "4.6"),
    row("MaxNumOfVmCpus", '{"x86":710,"ppc":384,"s390x":384}', "4.7") + row("ManagedBlockDomainSupported", "false", "4.2"),
    // Keys the seed script does not overwrite.
    row("vdsTimeout", "60") + row("FenceQuietTimeBetweenOperationsInSec", "300"),
    // engine-setup writes ProductRPMVersion itself.
    row("ProductRPMVersion", "4.5.6-1.el9"),
    // Rows the catalogue has no default for.
    row("MaxNumOfVmSockets", "99", "4.1") + row("VdsRefreshRate", "5", "4.7"),
    // A value that fails ovirt/value-type is reported there.
    row("FenceStopStatusRetries", "three"),
    // Only the effective (last) record counts.
    row("FenceStopStatusRetries", "3") + row("FenceStopStatusRetries", "18"),
    // Only 4.5 engines: the setting, or the dump's ProductRPMVersion.
    { code: row("FenceStopStatusRetries", "3"), settings: { ovirtVersion: "4.4.10" } },
    { code: row("FenceStopStatusRetries", "3"), settings: { ovirtVersion: "4.6.0" } },
    row("ProductRPMVersion", "4.3.11.4-0.1.el7") + row("FenceStopStatusRetries", "3"),
  ],
  invalid: [
    {
      name: "the spec's example, at the value",
      code: row("FenceStopStatusRetries", "3"),
      errors: [
        {
          messageId: "overwritten",
          message: `FenceStopStatusRetries = 3 will be overwritten with 18 ${TAIL}`,
          severity: "warning",
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 26,
        },
      ],
    },
    {
      name: "per cluster level; text values are quoted and cut at 40 code points",
      code:
        row("MaxNumOfVmSockets", "16", "4.6") +
        row("MaxNumOfVmCpus", '{"x86":1024,"ppc":384,"s390x":384}', "4.7") +
        row("VmGracefulShutdownMessage", "Bye") +
        row("ManagedBlockDomainSupported", "false", "4.8"),
      errors: [
        { messageId: "overwritten", message: `MaxNumOfVmSockets (version 4.6) = 16 will be overwritten with 10000 ${TAIL}`, line: 1, column: 20, endColumn: 22 },
        {
          messageId: "overwritten",
          message: `MaxNumOfVmCpus (version 4.7) = "{\\"x86\\":1024,\\"ppc\\":384,\\"s390x\\":384}" will be overwritten with "{\\"x86\\":710,\\"ppc\\":384,\\"s390x\\":384}" ${TAIL}`,
          line: 2,
        },
        {
          messageId: "overwritten",
          message: `VmGracefulShutdownMessage = "Bye" will be overwritten with "System Administrator has initiated shutd…" ${TAIL}`,
          line: 3,
        },
        { messageId: "overwritten", message: `ManagedBlockDomainSupported (version 4.8) = "false" will be overwritten with "true" ${TAIL}`, line: 4 },
      ],
    },
    {
      name: "any 4.5 release: from the dump's ProductRPMVersion or the setting",
      code: row("ProductRPMVersion", "4.5.0.8-1.el8") + row("VdsRefreshRate", "2"),
      settings: { ovirtVersion: "4.4.10" },
      errors: [{ messageId: "overwritten", message: `VdsRefreshRate = 2 will be overwritten with 3 ${TAIL}`, line: 2 }],
    },
    {
      name: "a release given as 4.5",
      code: row("CertExpirationWarnPeriodInDays", "0"),
      settings: { ovirtVersion: "4.5" },
      errors: [{ messageId: "overwritten", message: `CertExpirationWarnPeriodInDays = 0 will be overwritten with 365 ${TAIL}`, line: 1 }],
    },
  ],
});
