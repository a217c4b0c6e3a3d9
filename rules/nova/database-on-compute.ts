import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { assignmentHere, DATABASE_GROUPS } from "./_concurrency.js";
import { effectiveOption } from "./_effective.js";
import { serviceOf } from "./_mode.js";

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/database-on-compute",
    engine: "nova",
    type: "suggestion",
    description: "nova-compute has database credentials",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      databaseOnCompute: "nova-compute does not use [{{group}}] connection; remove the database credentials from compute hosts.",
    },
  },
  check(context) {
    const { document, settings } = context;
    if (serviceOf(document, settings, context.filePath) !== "nova-compute") return;
    for (const group of DATABASE_GROUPS) {
      const winner = effectiveOption(document, settings, group, "connection");
      const assignment = assignmentHere(winner);
      // `connection =` holds no credentials: nothing to remove.
      if (winner === undefined || assignment === undefined || winner.value === "") continue;
      context.report({ messageId: "databaseOnCompute", values: { group }, span: assignment.keySpan });
    }
  },
});

export default rule;
