import { defaultFor } from "../../src/catalogue/ovirt.js";
import { defineRule } from "../../src/core/rule.js";
import { compareVersions } from "../../src/core/version.js";
import { engineVersion, type OvirtRule } from "../../src/engines/ovirt.js";
import { displayKeyValue, isHiddenKey, parseJavaInt } from "./_values.js";
import { checkedRecords, keyLabel } from "./_validation.js";

/** The seed script whose `fn_db_update_config_value` calls the catalogue's flag describes is 4.5's. */
function isEngine45(version: string): boolean {
  return compareVersions(version, "4.5") >= 0 && compareVersions(version, "4.6") < 0;
}

/** A value as the message shows it: an integer as written (`3`), anything else quoted; secrets hidden. */
function shown(key: string, raw: string): string {
  return parseJavaInt(raw) !== undefined && !isHiddenKey(key) ? raw : displayKeyValue(key, raw);
}

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/reset-on-upgrade",
    engine: "ovirt",
    type: "problem",
    description: "Non-default value on a key engine-setup overwrites",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      overwritten: "{{label}} = {{value}} will be overwritten with {{default}} by the next engine-setup or upgrade (the seed script resets this key).",
    },
  },
  check(context) {
    const { document } = context;
    if (!isEngine45(engineVersion(document, context.settings))) return;
    for (const { record, entry, isDefault, typeProblem } of checkedRecords(document)) {
      // engine-setup writes setByEngineSetup keys itself (ProductRPMVersion): their value is its own.
      if (!entry?.resetOnUpgrade || entry.setByEngineSetup || isDefault) continue;
      const seeded = defaultFor(record.key, record.version);
      // A row the catalogue has no default for is not one the seed script writes; a value failing
      // ovirt/value-type is reported there (spec §7.1).
      if (seeded === undefined || typeProblem !== undefined) continue;
      context.report({
        messageId: "overwritten",
        values: { label: keyLabel(record), value: shown(record.key, record.value), default: shown(record.key, seeded) },
        span: record.valueSpan,
      });
    }
  },
});

export default rule;
