import { describe, expect, it } from "vitest";
import rule from "../../../rules/nova/database-on-compute.js";
import { EMPTY_FILE_CONFIG } from "../../../src/config/types.js";
import { lintFile } from "../../../src/core/linter.js";
import { sourceFromText } from "../../../src/core/source.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const COMPUTE = { service: "nova-compute" };
const message = (group: string): string =>
  `nova-compute does not use [${group}] connection; remove the database credentials from compute hosts.`;

new RuleTester(novaEngine).run(rule, {
  valid: [
    { code: "[DEFAULT]\n", settings: COMPUTE },
    { name: "service unknown", code: "[database]\nconnection = mysql+pymysql://nova:pw@db/nova\n" },
    { name: "another service", code: "[database]\nconnection = mysql+pymysql://nova:pw@db/nova\n", settings: { service: "nova-conductor" } },
    { name: "an empty connection holds no credentials", code: "[database]\nconnection =\n", settings: COMPUTE },
    { name: "a commented-out sample line", code: "[database]\n#connection = mysql+pymysql://nova:pw@db/nova\n", settings: COMPUTE },
    { name: "other database options", code: "[database]\nmax_pool_size = 5\nslave_connection = mysql+pymysql://nova:pw@db/nova\n", settings: COMPUTE },
    { name: "the environment's value belongs to no file", code: "[DEFAULT]\n", settings: { ...COMPUTE, env: { OS_DATABASE__CONNECTION: "mysql+pymysql://nova:pw@db/nova" } } },
  ],
  invalid: [
    {
      name: "both groups, at the key",
      code: "[database]\nconnection = mysql+pymysql://nova:pw@db/nova\n\n[api_database]\nconnection = sqlite:////var/lib/nova/nova_api.sqlite\n",
      settings: COMPUTE,
      errors: [
        { messageId: "databaseOnCompute", message: message("database"), severity: "warning", line: 2, column: 1, endLine: 2, endColumn: 11 },
        { messageId: "databaseOnCompute", message: message("api_database"), line: 5, column: 1, endLine: 5, endColumn: 11 },
      ],
    },
    {
      name: "the winning assignment of a repeated key",
      code: "[database]\nconnection =\nconnection = mysql+pymysql://nova:pw@db/nova\n",
      settings: COMPUTE,
      errors: [{ messageId: "databaseOnCompute", line: 3 }],
    },
  ],
});

describe("nova/database-on-compute from the file name", () => {
  const lint = (path: string) =>
    lintFile(
      { engine: novaEngine, rules: [rule], fatalRules: [] },
      { source: sourceFromText("[database]\nconnection = mysql+pymysql://nova:pw@db/nova\n") },
      path,
      { ...EMPTY_FILE_CONFIG, rules: { [rule.meta.id]: { severity: "warning" } } },
    ).messages.map((m) => m.line);

  it("reads nova-compute.conf and devstack's nova-cpu.conf as compute files", () => {
    expect(lint("/etc/nova/nova-compute.conf")).toEqual([2]);
    expect(lint("/etc/nova/nova-cpu.conf")).toEqual([2]);
  });

  it("reads nothing into other names", () => {
    expect(lint("/etc/nova/nova.conf")).toEqual([]);
    expect(lint("/srv/18-compute-2024-nova-compute.conf")).toEqual([]);
  });
});
