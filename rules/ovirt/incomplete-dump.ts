import { OVIRT_KEYS } from "../../src/catalogue/ovirt.js";
import { defineRule, FILE_START } from "../../src/core/rule.js";
import { engineVersion, type OvirtRule } from "../../src/engines/ovirt.js";
import type { EngineConfigDocument } from "../../src/parsers/engine-config-types.js";

/** How many missing keys the message names. */
const LISTED = 10;

/** The keys of 4.5.7's engine-config.properties (master-only keys are not expected in a dump). */
const EXPOSED = OVIRT_KEYS.filter((entry) => entry.in457).map((entry) => entry.key);

/**
 * Whether the dump was made by the release the catalogue describes: an older engine exposes other
 * keys, so their absence says nothing. Build numbers after 4.5.7 (`4.5.7.1`) are the same release.
 */
function isCatalogueRelease(version: string): boolean {
  return version.split(".").slice(0, 3).join(".") === "4.5.7";
}

/**
 * Every key the dump shows, readable or not: an unreadable or undecryptable line still proves the
 * key has rows (the other rules report the damage).
 */
function keysShown(document: EngineConfigDocument): Set<string> {
  const shown = new Set(document.records.map((record) => record.key));
  for (const failure of document.decryptFailures) shown.add(failure.key);
  for (const unreadable of document.unreadable) {
    if (unreadable.key !== undefined) shown.add(unreadable.key);
    for (const key of unreadable.gluedKeys ?? []) shown.add(key);
  }
  return shown;
}

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/incomplete-dump",
    engine: "ovirt",
    type: "problem",
    description: "An -a dump lacks exposed keys",
    defaultSeverity: "off",
    defaultOptions: {},
    messages: {
      missingOne: "This -a dump lacks 1 exposed key ({{keys}}): its rows are missing in the database or the dump was cut.",
      missing: "This -a dump lacks {{count}} exposed keys ({{keys}}): rows are missing in the database or the dump was cut.",
    },
  },
  check(context) {
    const { document } = context;
    if (document.meta.kind !== "all" || !isCatalogueRelease(engineVersion(document, context.settings))) return;
    const shown = keysShown(document);
    const missing = EXPOSED.filter((key) => !shown.has(key)).sort();
    if (missing.length === 0) return;
    const keys = missing.slice(0, LISTED).join(", ") + (missing.length > LISTED ? ", …" : "");
    context.report({ messageId: missing.length === 1 ? "missingOne" : "missing", values: { count: missing.length, keys }, span: FILE_START });
  },
});

export default rule;
