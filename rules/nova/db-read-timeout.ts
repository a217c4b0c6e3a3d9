import { defineRule } from "../../src/core/rule.js";
import type { NovaDocument, NovaRule, NovaSettings } from "../../src/engines/nova.js";
import { assignmentHere, DATABASE_GROUPS } from "./_concurrency.js";
import { effectiveOption } from "./_effective.js";
import { concurrencyMode, serviceOf } from "./_mode.js";

/** oslo.db's URL options of each database group; the replica gets its own engine and connections. */
const URL_OPTIONS = ["connection", "slave_connection"] as const;

/**
 * Whether a `name=value&…` query names PyMySQL's `read_timeout` with a value. SQLAlchemy reads the
 * query with `parse_qsl`, which drops blank values, so `read_timeout=` sets nothing.
 */
function hasReadTimeout(query: string): boolean {
  return query.split("&").some((pair) => {
    const at = pair.indexOf("=");
    return at > 0 && decodeName(pair.slice(0, at)) === "read_timeout" && pair.slice(at + 1) !== "";
  });
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replaceAll("+", " "));
  } catch {
    return name;
  }
}

/**
 * The query of a SQLAlchemy URL: what follows the first `?` after the credentials (SQLAlchemy's
 * pattern reads the password up to the first `@`, so a `?` inside the password is not the query).
 */
function urlQuery(url: string): string {
  const rest = url.slice(url.indexOf("://") + 3);
  const at = rest.indexOf("@");
  const hostPart = at >= 0 && !rest.slice(0, at).split(":")[0]!.includes("/") ? rest.slice(at + 1) : rest;
  const question = hostPart.indexOf("?");
  return question >= 0 ? hostPart.slice(question + 1) : "";
}

/** oslo.db appends `[group] connection_parameters` to the URL query at connect time: any stack file may set it. */
function parametersHaveReadTimeout(document: NovaDocument, settings: Readonly<NovaSettings>, group: string): boolean {
  const parameters = effectiveOption(document, settings, group, "connection_parameters");
  return parameters !== undefined && hasReadTimeout(parameters.value);
}

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/db-read-timeout",
    engine: "nova",
    type: "problem",
    description: "PyMySQL connection without read_timeout",
    defaultSeverity: "error",
    defaultOptions: {},
    messages: {
      noReadTimeout:
        "[{{group}}] {{option}} uses PyMySQL without read_timeout: a hung query holds a thread forever. Add read_timeout=<seconds> to the URL query or to [{{group}}] connection_parameters, and set max_execution_time on the MySQL server.",
    },
  },
  check(context) {
    const { document, settings } = context;
    // Computes reach the database through nova-conductor; nova/database-on-compute reports a URL there.
    if (serviceOf(document, settings, context.filePath) === "nova-compute") return;
    const mode = concurrencyMode(document, settings, context.filePath);
    for (const group of DATABASE_GROUPS) {
      for (const option of URL_OPTIONS) {
        const winner = effectiveOption(document, settings, group, option);
        const assignment = assignmentHere(winner);
        if (winner === undefined || assignment === undefined || !winner.value.startsWith("mysql+pymysql://")) continue;
        if (hasReadTimeout(urlQuery(winner.value)) || parametersHaveReadTimeout(document, settings, group)) continue;
        context.report({
          messageId: "noReadTimeout",
          values: { group, option },
          span: assignment.valueSpan,
          // A stuck thread is lost for good only when the pool's slots are native threads.
          severity: mode === "threading" ? "error" : "warning",
        });
      }
    }
  },
});

export default rule;
