import { DATABASE_ONLY_KEYS } from "../../src/catalogue/ovirt.js";
import { displayUnquoted } from "../../src/core/display.js";
import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import type { EcNoise, ToolErrorKind } from "../../src/parsers/engine-config-types.js";

/** The message of a tool error: its kind, except a missing default row of a database-only key. */
function messageIdOf(noise: EcNoise, kind: ToolErrorKind): string {
  return kind === "noDefaultRow" && noise.key !== undefined && DATABASE_ONLY_KEYS.has(noise.key) ? "noDefaultRowDatabaseOnly" : kind;
}

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/tool-error-line",
    engine: "ovirt",
    type: "problem",
    description: "An engine-config error message inside the dump",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      noVersionRow: "engine-config could not find a row for {{key}} at version {{version}}.",
      noDefaultRow: "engine-config reports no database row for {{key}}.",
      noDefaultRowDatabaseOnly:
        "engine-config reports no database row for {{key}}. It is a database-only key that engine-config cannot show.",
      missingFromProperties:
        'engine-config failed on a key missing from its properties file (a typo or a database-only key; Java 11 prints "null").',
      cannotSet: "A failed engine-config -s is recorded here: the value was not set.",
      settingNoVersion: "A failed engine-config -s is recorded here: {{key}} has no row for version {{version}}, so the value was not set.",
      deprecatedKey: "engine-config refused to show {{key}}: the key is marked deprecated in its properties file.",
      databaseUnreachable: "engine-config could not connect to the engine database: the command printed no values.",
      mergeUnchanged: "A failed engine-config -m is recorded here: the merge was cancelled because the value is unchanged.",
    },
  },
  check(context) {
    for (const noise of context.document.noise) {
      if (noise.kind !== "toolError" || noise.toolError === undefined) continue;
      context.report({
        messageId: messageIdOf(noise, noise.toolError),
        // Key names are [A-Za-z0-9_]+; a version comes from a free-text quote and goes through display.
        values: { key: noise.key ?? "", version: displayUnquoted(noise.version ?? "") },
        span: noise.span,
      });
    }
  },
});

export default rule;
