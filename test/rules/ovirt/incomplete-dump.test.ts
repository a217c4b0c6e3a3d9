import rule from "../../../rules/ovirt/incomplete-dump.js";
import { OVIRT_KEYS } from "../../../src/catalogue/ovirt.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

/** A dump line as engine-config prints it. */
const row = (key: string, value: string, version = "general"): string => `${key}: ${value} version: ${version}\n`;

const EXPOSED = OVIRT_KEYS.filter((entry) => entry.in457).map((entry) => entry.key);

/**
 * An `-a` dump of a 4.5.7 engine with one row for each exposed key except `without` (at least 100
 * keys: kind `all`); ProductRPMVersion, when kept, names the release.
 */
const dump = (...without: string[]): string =>
  EXPOSED.filter((key) => !without.includes(key))
    .map((key) => row(key, key === "ProductRPMVersion" ? "4.5.7-1.el9" : "1"))
    .join("");

const TAIL = "rows are missing in the database or the dump was cut.";

/** Twelve exposed keys, in the order the message lists them. */
const TWELVE = [...EXPOSED].sort().slice(0, 12);

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    dump(),
    // Without ProductRPMVersion the setting names the release (4.5.7 by default).
    dump("ProductRPMVersion") + row("ProductRPMVersion", "4.5.7-1.el9"),
    // The master-only key is never expected.
    dump() + row("ManagedBlockCommandTimeoutInMinutes", "2"),
    // Not an -a dump (no ProductRPMVersion, fewer than 100 keys): -g output names only what was asked for.
    row("vdsTimeout", "180") + row("vdsRetries", "0"),
    // Another release exposes other keys.
    { code: dump("ProductRPMVersion", "vdsTimeout"), settings: { ovirtVersion: "4.4.10" } },
    dump("vdsTimeout", "ProductRPMVersion") + row("ProductRPMVersion", "4.3.11.4-0.1.el7"),
    // A key shown on a line that cannot be read still has rows.
    dump("SysPrepDefaultPassword", "vdsRetries", "vdsTimeout", "vdsConnectionTimeout") +
      "SysPrepDefaultPassword: Failed to decrypt the current value.\n" +
      "vdsTimeout: 18vdsRetries: 0 version: general\n" +
      "vdsConnectionTimeout 20 version: general\n",
  ],
  invalid: [
    {
      name: "one key missing, at the top of the file",
      code: dump("vdsTimeout"),
      errors: [
        {
          messageId: "missingOne",
          message: `This -a dump lacks 1 exposed key (vdsTimeout): its ${TAIL}`,
          severity: "warning",
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
        },
      ],
    },
    {
      name: "without ProductRPMVersion: the setting's release (default 4.5.7)",
      code: dump("ProductRPMVersion", "vdsRetries"),
      errors: [{ messageId: "missing", message: `This -a dump lacks 2 exposed keys (ProductRPMVersion, vdsRetries): ${TAIL}` }],
    },
    {
      name: "up to 10 keys are listed, in alphabetical order",
      code: dump(...TWELVE),
      errors: [{ messageId: "missing", message: `This -a dump lacks 12 exposed keys (${TWELVE.slice(0, 10).join(", ")}, …): ${TAIL}` }],
    },
    {
      name: "a ProductRPMVersion record makes the file an -a dump; a 4.5.7 build counts as 4.5.7",
      code: row("ProductRPMVersion", "4.5.7.1-1.el9") + row("vdsTimeout", "180"),
      settings: { ovirtVersion: "4.4.10" },
      errors: [{ messageId: "missing", message: new RegExp(`^This -a dump lacks ${EXPOSED.length - 2} exposed keys \\(AffinityRulesEnforcementManagerEnabled, `) }],
    },
  ],
});
