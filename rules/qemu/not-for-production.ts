import { qemuKey } from "../../src/catalogue/qemu.js";
import { displayUnquoted, displayValue } from "../../src/core/display.js";
import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import type { VirValue } from "../../src/parsers/virconf.js";
import { displayKeyValue, readKey, type ValueScope } from "./_values.js";

const TESTING = "the template says DO NOT use in production.";

interface Finding {
  messageId: "capabilityFilters" | "deprecationBehavior" | "unknownDeprecationBehavior";
  values: Record<string, string>;
  node: VirValue;
  data: Record<string, string | readonly string[]>;
}

/** A value inside libvirt's own quotes: shown like any value, without display's double quotes. */
const quoted = displayUnquoted;

/** A non-empty list makes libvirt pretend QEMU lacks those capabilities (tmpl l.1039–1044). */
function capabilityFilters(scope: ValueScope): Finding | undefined {
  const reading = readKey(scope, "capability_filters");
  if (reading.status !== "ok" || reading.typed.type !== "string-list") return undefined;
  const [first, ...rest] = reading.typed.items;
  if (!first) return undefined;
  const more = rest.length === 0 ? "" : ` and ${rest.length} more`;
  const filters = reading.typed.items.map((item) => item.value);
  return { messageId: "capabilityFilters", values: { first: displayValue(first.value), more }, node: reading.entry.value, data: { key: reading.key, filters } };
}

/** Anything but "none" changes how QEMU treats deprecated interfaces; unknown names are only logged (tmpl l.1046–1075). */
function deprecationBehavior(scope: ValueScope): Finding | undefined {
  const reading = readKey(scope, "deprecation_behavior");
  if (reading.status !== "ok" || reading.typed.type !== "string" || reading.typed.value === "none") return undefined;
  const { key, entry } = reading;
  const raw = reading.typed.value;
  const known = qemuKey(key)?.enum?.includes(raw) ?? false;
  const values = { value: displayKeyValue(key, raw), logged: quoted(raw) };
  return { messageId: known ? "deprecationBehavior" : "unknownDeprecationBehavior", values, node: entry.value, data: { key, value: raw } };
}

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/not-for-production",
    engine: "qemu",
    type: "problem",
    description: "Debugging-only settings",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      capabilityFilters: `capability_filters hides {{first}}{{more}} from libvirt's view of QEMU; it is for debugging and testing, and ${TESTING}`,
      deprecationBehavior: `deprecation_behavior {{value}} is for testing; ${TESTING}`,
      unknownDeprecationBehavior: `deprecation_behavior {{value}} is for testing; ${TESTING} libvirt only logs "Unsupported deprecation behavior '{{logged}}' for VM '<name>'" at guest start and ignores it.`,
    },
  },
  check(context) {
    for (const finding of [capabilityFilters(context), deprecationBehavior(context)]) {
      if (!finding) continue;
      const { messageId, values, node, data } = finding;
      context.report({ messageId, values, span: { start: node.start, end: node.end }, data });
    }
  },
});

export default rule;
