import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { flagReadAs } from "./_flags.js";
import { fixReport } from "./_thresholds.js";
import { generalRecord, setCommand } from "./_values.js";

const ORIGINS = "CORSAllowedOrigins";

/** The comma-separated origins, trimmed as the REST API's CORS filter reads them. */
const origins = (value: string): string[] => value.split(",").map((item) => item.trim());

/**
 * The command that removes the wildcard: keep the other origins when there are any; otherwise turn
 * CORS off, since only the user knows which origins to list.
 */
function remedy(items: readonly string[]): string {
  const rest = items.filter((item) => item !== "*" && item !== "");
  return rest.length > 0 ? setCommand(ORIGINS, rest.join(",")) : setCommand("CORSSupport", "false");
}

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/cors-wildcard",
    engine: "ovirt",
    type: "problem",
    description: "CORS enabled for any origin",
    defaultSeverity: "error",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      anyOrigin: "CORS is enabled for any origin: any web page can call the engine API with a user's session. Fix: {{fix}}.",
    },
  },
  check(context) {
    const { document } = context;
    const record = generalRecord(document, ORIGINS);
    if (record === undefined || flagReadAs(document, "CORSSupport", true) === undefined) return;
    const items = origins(record.value);
    if (items.includes("*")) context.report(fixReport(record, "anyOrigin", {}, remedy(items)));
  },
});

export default rule;
