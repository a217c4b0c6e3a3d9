import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import type { EcRecord } from "../../src/parsers/engine-config-types.js";
import { displayKeyValue, replacedRecords } from "./_values.js";

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/duplicate-row",
    engine: "ovirt",
    type: "problem",
    description: "Same key and version with different values",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      conflicting:
        '{{key}} (version {{version}}) was {{previous}} on line {{line}} and is {{value}} here; rules use the last value. If this is one -a dump, the database holds conflicting rows and which one the engine uses is not determined.',
    },
  },
  check(context) {
    const { document } = context;
    // Only a key with a replaced record has a row repeated; most dumps have few such keys, or none.
    const repeated = new Set(replacedRecords(document).map((record) => record.key));
    if (repeated.size === 0) return;
    /** The latest record of each (key, version) so far. */
    const previousOf = new Map<string, EcRecord>();
    for (const record of document.records) {
      if (!repeated.has(record.key)) continue;
      const id = `${record.key}\u0000${record.version}`;
      const previous = previousOf.get(id);
      previousOf.set(id, record);
      // Identical repeats are normal: the seed's duplicate MaxVmNameLength rows, concatenated captures.
      // The text is compared as printed (spec §7.1), even a value that fails ovirt/value-type.
      if (previous === undefined || previous.value === record.value) continue;
      context.report({
        messageId: "conflicting",
        values: {
          key: record.key,
          version: record.version,
          previous: displayKeyValue(record.key, previous.value),
          line: previous.line,
          value: displayKeyValue(record.key, record.value),
        },
        span: record.keySpan,
      });
    }
  },
});

export default rule;
