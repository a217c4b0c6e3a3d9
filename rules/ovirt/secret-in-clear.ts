import { ovirtKey } from "../../src/catalogue/ovirt.js";
import { HIDDEN } from "../../src/core/display.js";
import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import type { EcRecord } from "../../src/parsers/engine-config-types.js";
import { isHiddenKey } from "./_values.js";

/** What engine-config prints for a `Password`-typed key instead of its secret (spec §2.2). */
const PASSWORD_DISPLAYS = new Set(["Set", "Empty"]);

const REMEDY =
  "Remove the value from the dump (and from every copy) before sharing it, and change the secret if the dump has already been shared";

/**
 * Which message a record's value gets, if it is a secret in clear text: a sensitive catalogue key
 * that is not `Password`-typed (engine-config prints it as stored), or an unknown key whose name
 * suggests a secret (spec §7.1). An unknown key printing `Set` or `Empty` is taken for a `Password`
 * key of another engine release, which engine-config never shows. A blank value holds no secret.
 */
function verdict(record: EcRecord): "knownKey" | "unknownKey" | undefined {
  // The value is looked at last: nearly every key is not secret.
  const entry = ovirtKey(record.key);
  if (entry !== undefined) return entry.sensitive && entry.type !== "Password" && !isBlank(record.value) ? "knownKey" : undefined;
  return isHiddenKey(record.key) && !PASSWORD_DISPLAYS.has(record.value) && !isBlank(record.value) ? "unknownKey" : undefined;
}

const isBlank = (value: string): boolean => value.trim() === "";

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/secret-in-clear",
    engine: "ovirt",
    type: "problem",
    description: "A secret printed in clear in the dump",
    defaultSeverity: "error",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      knownKey: `{{key}} is printed in clear text by engine-config: this dump contains a secret. ${HIDDEN}`,
      unknownKey: `{{key}} is not an engine-config key, but its name suggests a secret and this dump shows its value in clear text. ${HIDDEN}`,
    },
  },
  check(context) {
    // Every readable record, not only the effective one: an overwritten value is still in the text.
    for (const record of context.document.records) {
      const messageId = verdict(record);
      if (messageId === undefined) continue;
      context.report({
        messageId,
        values: { key: record.key },
        span: record.valueSpan,
        data: { key: record.key, version: record.version },
        suggestions: [{ desc: REMEDY }],
      });
    }
  },
});

export default rule;
