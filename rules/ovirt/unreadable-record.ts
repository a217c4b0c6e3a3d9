import { isSecretKey } from "../../src/catalogue/ovirt.js";
import { displayValue, HIDDEN } from "../../src/core/display.js";
import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import type { EcUnreadable, EngineConfigDocument } from "../../src/parsers/engine-config-types.js";

/** "a", "a and b", "a, b and c". */
function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)!}`;
}

/** The keys run together on a glued line, the line's own key first. */
function gluedKeys(unreadable: EcUnreadable): string {
  const keys = [...(unreadable.key !== undefined ? [unreadable.key] : []), ...(unreadable.gluedKeys ?? [])];
  return listWords([...new Set(keys)]);
}

/**
 * Where the key's value comes from instead (spec §7.3): its one readable row, or, for a key read
 * per cluster level, the versions of its readable rows. Empty when the dump has none.
 */
function valueUsed(document: EngineConfigDocument, key: string | undefined): string {
  const rows = key === undefined ? undefined : document.effective.get(key);
  if (!key || !rows || rows.size === 0) return "";
  const records = [...rows.values()];
  if (records.length > 1) return ` The values used come from its other rows (versions ${listWords(records.map((record) => record.version))}).`;
  const record = records[0]!;
  const shown = isSecretKey(key) ? HIDDEN : displayValue(record.value);
  return ` The value used is ${shown} from line ${record.line}.`;
}

const CUT = " The file ends on this line without a line end: the capture was cut short.";

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/unreadable-record",
    engine: "ovirt",
    type: "problem",
    description: "A line starts a record but cannot be read; its value is ignored",
    defaultSeverity: "error",
    defaultOptions: {},
    messages: {
      missingColon: 'Cannot read this {{record}}: there is no ":" after the key; its value is ignored.{{more}}',
      badVersion: 'Cannot read this {{record}}: its "version:" part is empty or followed by other text; its value is ignored.{{more}}',
      missingVersion: 'Cannot read this {{record}}: it has no "version:" part; its value is ignored.{{more}}',
      glued:
        "Cannot read this line: it holds the {{keys}} records glued together, as when two captures are joined without a line end; no value is taken from it.{{more}}",
    },
  },
  check(context) {
    const { document } = context;
    for (const unreadable of document.unreadable) {
      const more = valueUsed(document, unreadable.key) + (unreadable.truncated ? CUT : "");
      const record = unreadable.key !== undefined ? `${unreadable.key} record` : "record";
      context.report({
        messageId: unreadable.kind,
        values: { record, keys: gluedKeys(unreadable), more },
        span: unreadable.span,
      });
    }
  },
});

export default rule;
