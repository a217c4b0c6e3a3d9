import { DATABASE_ONLY_KEYS, OVIRT_KEYS, ovirtKey } from "../../src/catalogue/ovirt.js";
import { bestCandidate, equalIgnoringCase, withinTypoDistance } from "../../src/core/did-you-mean.js";
import { defineRule } from "../../src/core/rule.js";
import { compareVersions } from "../../src/core/version.js";
import { engineVersion, type OvirtRule } from "../../src/engines/ovirt.js";
import type { EcRecord } from "../../src/parsers/engine-config-types.js";

/** The release whose engine-config.properties the catalogue holds. */
const CATALOGUE_VERSION = "4.5.7";

const KEY_NAMES = OVIRT_KEYS.map((entry) => entry.key);

const OTHER_ENGINE = " The dump comes from engine {{engine}}; the key may exist there.";

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/unknown-key",
    engine: "ovirt",
    type: "problem",
    description: "Key not exposed by engine-config",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      unknown: '"{{name}}" is not an engine-config key.',
      unknownOtherEngine: `"{{name}}" is not an engine-config key.${OTHER_ENGINE}`,
      didYouMean: '"{{name}}" is not an engine-config key. Did you mean "{{candidate}}"?',
      didYouMeanOtherEngine: `"{{name}}" is not an engine-config key. Did you mean "{{candidate}}"?${OTHER_ENGINE}`,
      wrongCase: '"{{name}}" is not an engine-config key. Did you mean "{{candidate}}"? engine-config keys are case-sensitive.',
      databaseOnly: '"{{name}}" is not an engine-config key. It exists only in the database; engine-config cannot show or set it.',
    },
  },
  check(context) {
    const { document } = context;
    // The keys of `effective` are those of the records, each once.
    const unknown = new Set([...document.effective.keys()].filter((name) => !ovirtKey(name)));
    if (unknown.size === 0) return;
    const engine = engineVersion(document, context.settings);
    // Another release exposes other keys; the catalogue only knows 4.5.7's.
    const otherEngine = compareVersions(engine, CATALOGUE_VERSION) !== 0;
    for (const record of firstRecordOfEachKey(document.records, unknown)) {
      const name = record.key;
      const span = record.keySpan;
      if (DATABASE_ONLY_KEYS.has(name)) {
        context.report({ messageId: "databaseOnly", values: { name }, span });
        continue;
      }
      // The spec's candidate order: the same name in another letter case, then a typo.
      const candidate = bestCandidate(name, KEY_NAMES, [equalIgnoringCase, withinTypoDistance]);
      if (candidate !== undefined && equalIgnoringCase(name, candidate)) {
        context.report({ messageId: "wrongCase", values: { name, candidate }, span });
      } else if (candidate !== undefined) {
        context.report({ messageId: otherEngine ? "didYouMeanOtherEngine" : "didYouMean", values: { name, candidate, engine }, span });
      } else {
        context.report({ messageId: otherEngine ? "unknownOtherEngine" : "unknown", values: { name, engine }, span });
      }
    }
  },
});

/** The first record of each of `keys`, in file order (a key is reported once, however many rows it has); empties `keys`. */
function firstRecordOfEachKey(records: readonly EcRecord[], keys: Set<string>): EcRecord[] {
  // A key leaves the set at its first record, so later ones are not taken.
  return records.filter((record) => keys.delete(record.key));
}

export default rule;
