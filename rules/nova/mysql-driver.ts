import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { DATABASE_GROUPS } from "./_concurrency.js";
import { keyedAssignments, optionLabel, optionOf } from "./_structure.js";
import { valueOffset } from "./_values.js";

/** oslo.db's URL options of each database group (the replica has its own engine). */
const URL_OPTIONS: ReadonlySet<string> = new Set(["connection", "slave_connection"]);
const GROUPS: ReadonlySet<string> = new Set(DATABASE_GROUPS);

/** SQLAlchemy's dialect name without `+driver`. */
const DRIVERLESS = "mysql://";
const DIALECT = "mysql";

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/mysql-driver",
    engine: "nova",
    type: "suggestion",
    description: "`mysql://` without `+pymysql`",
    defaultSeverity: "warning",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      noDriver:
        '{{option}} uses "mysql://" without a driver: SQLAlchemy picks MySQLdb (mysqlclient) and oslo.db logs a warning; nova documents "mysql+pymysql://".',
    },
  },
  check(context) {
    for (const { assignment, kind } of keyedAssignments(context.document.file)) {
      const option = optionOf(kind);
      if (option === undefined || !GROUPS.has(option.group) || !URL_OPTIONS.has(option.name)) continue;
      if (!assignment.value.startsWith(DRIVERLESS)) continue;
      const at = valueOffset(assignment, DIALECT.length);
      context.report({
        messageId: "noDriver",
        // The URL holds the password: the message names the option only.
        values: { option: optionLabel(assignment.section.name, assignment.key) },
        span: assignment.valueSpan,
        // Another driver changes what the service loads, so this is offered, not applied.
        suggestions: [{ desc: 'Insert "+pymysql" after "mysql".', edits: [{ start: at, end: at, text: "+pymysql" }] }],
      });
    }
  },
});

export default rule;
