import { describe, expect, it } from "vitest";
import rule from "../../../rules/nova/db-read-timeout.js";
import { EMPTY_FILE_CONFIG, type FileConfig } from "../../../src/config/types.js";
import { lintFile } from "../../../src/core/linter.js";
import { sourceFromText } from "../../../src/core/source.js";
import type { EngineRules } from "../../../src/engines/engine.js";
import { novaEngine, type NovaDocument, type NovaSettings } from "../../../src/engines/nova.js";
import type { OsloIniFailure } from "../../../src/parsers/oslo-ini-types.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const message = (group: string, option: string): string =>
  `[${group}] ${option} uses PyMySQL without read_timeout: a hung query holds a thread forever. Add read_timeout=<seconds> to the URL query or to [${group}] connection_parameters, and set max_execution_time on the MySQL server.`;

const URL = "mysql+pymysql://nova:secret@db.example.net/nova?charset=utf8";
/** `connection = <url>`: the value starts in column 14. */
const valueAt = (line: number, value: string) => ({ line, column: 14, endLine: line, endColumn: 14 + value.length });

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[DEFAULT]\n",
    { name: "read_timeout in the URL query", code: `[database]\nconnection = ${URL}&read_timeout=60\n` },
    { name: "read_timeout first in the query", code: "[api_database]\nconnection = mysql+pymysql://nova:pw@db/nova_api?read_timeout=30\n" },
    { name: "read_timeout in the group's connection_parameters", code: `[database]\nconnection = ${URL}\nconnection_parameters = read_timeout=60\n` },
    { name: "connection_parameters before the URL and among others", code: `[database]\nconnection_parameters = charset=utf8&read_timeout=60\nconnection = ${URL}\n` },
    { name: "other drivers", code: "[database]\nconnection = sqlite:////var/lib/nova/nova.sqlite\nslave_connection = postgresql+psycopg2://nova:pw@db/nova\n" },
    { name: "mysql:// without a driver is nova/mysql-driver's", code: "[database]\nconnection = mysql://nova:pw@db/nova\n" },
    { name: "nova-compute has nova/database-on-compute instead", code: `[database]\nconnection = ${URL}\n`, settings: { service: "nova-compute" } },
    { name: "overridden later in the file", code: `[database]\nconnection = ${URL}\n[database]\nconnection = ${URL}&read_timeout=10\n` },
    { name: "the environment's URL wins", code: `[database]\nconnection = ${URL}\n`, settings: { env: { OS_DATABASE__CONNECTION: "sqlite://" } } },
    { name: "connection_parameters from the environment", code: `[database]\nconnection = ${URL}\n`, settings: { env: { OS_DATABASE__CONNECTION_PARAMETERS: "read_timeout=5" } } },
    { name: "another group's URL", code: `[placement_database]\nconnection = ${URL}\n` },
    { name: "an empty connection", code: "[database]\nconnection =\n" },
  ],
  invalid: [
    {
      name: "mode unknown (default settings): warning",
      code: `[database]\nconnection = ${URL}\n`,
      errors: [{ messageId: "noReadTimeout", message: message("database", "connection"), severity: "warning", ...valueAt(2, URL) }],
    },
    {
      name: "nova-conductor on 2026.2 runs native threads: error",
      code: `[database]\nconnection = ${URL}\n`,
      settings: { service: "nova-conductor", release: "2026.2" },
      errors: [{ messageId: "noReadTimeout", severity: "error", ...valueAt(2, URL) }],
    },
    {
      name: "eventlet mode: warning",
      code: `[database]\nconnection = ${URL}\n`,
      settings: { service: "nova-conductor", release: "2026.1" },
      errors: [{ messageId: "noReadTimeout", severity: "warning" }],
    },
    {
      name: "both groups and both URL options, each with its own parameters",
      code: [
        "[database]",
        `connection = ${URL}`,
        `slave_connection = ${URL}`,
        "[api_database]",
        `connection = ${URL}`,
        `slave_connection = ${URL}`,
        "connection_parameters = charset=utf8",
        "[database]",
        "connection_parameters = read_timeouts=5&x=read_timeout",
        "",
      ].join("\n"),
      errors: [
        { message: message("database", "connection"), ...valueAt(2, URL) },
        { message: message("database", "slave_connection"), line: 3, column: 20, endColumn: 20 + URL.length },
        { message: message("api_database", "connection"), line: 5 },
        { message: message("api_database", "slave_connection"), line: 6 },
      ],
    },
    {
      name: "the other group's connection_parameters does not count",
      code: `[database]\nconnection = ${URL}\n[api_database]\nconnection_parameters = read_timeout=60\n`,
      errors: [{ message: message("database", "connection"), line: 2 }],
    },
    {
      name: "a blank read_timeout is dropped by parse_qsl",
      code: `[database]\nconnection = ${URL}&read_timeout=\n`,
      errors: [{ messageId: "noReadTimeout", line: 2 }],
    },
    {
      name: "a ? inside the password is not the query",
      code: "[database]\nconnection = mysql+pymysql://nova:pw?read_timeout=1@db/nova\n",
      errors: [{ messageId: "noReadTimeout", line: 2 }],
    },
    {
      name: "section case variants are the same group; the winning URL is reported",
      code: `[DATABASE]\nconnection = ${URL}&read_timeout=5\n[database]\nconnection = "${URL}"\n`,
      errors: [{ messageId: "noReadTimeout", ...valueAt(4, `"${URL}"`) }],
    },
  ],
});

/** The rule alone, at its default severity, over one file of a stack (the CLI passes the others in). */
function lintStackMember(files: readonly (readonly [path: string, text: string])[], index: number, settings: Partial<NovaSettings> = {}) {
  const binding: EngineRules<NovaDocument, OsloIniFailure, NovaSettings> = { engine: novaEngine, rules: [rule], fatalRules: [] };
  const config: FileConfig = { ...EMPTY_FILE_CONFIG, rules: { [rule.meta.id]: { severity: rule.meta.defaultSeverity } }, settings: { nova: settings } };
  const stack = { files: files.map(([path, text]) => ({ path, source: sourceFromText(text) })), index };
  return lintFile(binding, { source: stack.files[index]!.source }, files[index]![0], config, stack).messages;
}

describe("nova/db-read-timeout over a nova.conf + nova.conf.d/ stack", () => {
  const main = ["/etc/nova/nova.conf", `[DEFAULT]\ndebug = false\n\n[database]\nconnection = ${URL}\n`] as const;
  const dropIn = ["/etc/nova/nova.conf.d/50-db.conf", "[database]\nconnection_parameters = read_timeout=60\n"] as const;

  it("a drop-in's connection_parameters covers nova.conf's URL", () => {
    expect(lintStackMember([dropIn, main], 1)).toEqual([]);
    expect(lintStackMember([dropIn, main], 0)).toEqual([]);
  });

  it("without the drop-in, nova.conf's URL is reported", () => {
    const found = lintStackMember([main], 0);
    expect(found.map((m) => [m.line, m.column, m.severity, m.message])).toEqual([[5, 14, "warning", message("database", "connection")]]);
  });

  it("a drop-in whose parameters lack read_timeout covers nothing", () => {
    const other = ["/etc/nova/nova.conf.d/50-db.conf", "[database]\nconnection_parameters = charset=utf8\n"] as const;
    expect(lintStackMember([other, main], 1).map((m) => m.line)).toEqual([5]);
  });

  it("a later file's parameters override an earlier file's", () => {
    const later = ["/etc/nova/nova.conf", `[database]\nconnection = ${URL}\nconnection_parameters = charset=utf8\n`] as const;
    expect(lintStackMember([dropIn, later], 1).map((m) => m.line)).toEqual([2]);
  });

  it("the finding stays with the file that holds the winning URL", () => {
    const urlInDropIn = ["/etc/nova/nova.conf.d/10-db.conf", `[database]\nconnection = ${URL}\n`] as const;
    const plain = ["/etc/nova/nova.conf", "[DEFAULT]\ndebug = false\n"] as const;
    expect(lintStackMember([urlInDropIn, plain], 1)).toEqual([]);
    expect(lintStackMember([urlInDropIn, plain], 0).map((m) => m.line)).toEqual([2]);
    // nova.conf is parsed last and wins: the drop-in's URL is not the one the service uses.
    expect(lintStackMember([urlInDropIn, main], 0)).toEqual([]);
  });

  it("an exact nova-compute.conf is a compute's file", () => {
    expect(lintStackMember([["/etc/nova/nova-compute.conf", `[database]\nconnection = ${URL}\n`]], 0)).toEqual([]);
  });

  it("error for a conductor on 2026.2", () => {
    expect(lintStackMember([main], 0, { service: "nova-conductor", release: "2026.2" }).map((m) => m.severity)).toEqual(["error"]);
  });
});
