import { describe, expect, it } from "vitest";
import rule from "../../../rules/nova/concurrency-backend.js";
import { EMPTY_FILE_CONFIG } from "../../../src/config/types.js";
import { lintFile } from "../../../src/core/linter.js";
import { sourceFromText } from "../../../src/core/source.js";
import { novaEngine, type NovaSettings } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const EVENTLET = "concurrency_backend = eventlet is deprecated; eventlet mode will be removed no earlier than 2027.2.";
const OVERRIDDEN = "concurrency_backend is ignored: OS_NOVA_DISABLE_EVENTLET_PATCHING is set and takes precedence.";
const NOT_READ =
  "concurrency_backend is only read from files passed with --config-file/--config-dir; this file is not one of them, so the setting has no effect. Use OS_DEFAULT__CONCURRENCY_BACKEND instead.";
const NOT_READ_WSGI =
  "concurrency_backend is only read from --config-file/--config-dir arguments of the process, which WSGI servers normally do not pass; use OS_DEFAULT__CONCURRENCY_BACKEND in the service environment.";

const KEY = { line: 2, column: 1, endLine: 2, endColumn: 20 };

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[DEFAULT]\n",
    "[DEFAULT]\nconcurrency_backend = threading\n",
    "[DEFAULT]\nconcurrency_backend = auto\n",
    { name: "no such option before 2026.2", code: "[DEFAULT]\nconcurrency_backend = eventlet\n", settings: { release: "2026.1", env: { OS_NOVA_DISABLE_EVENTLET_PATCHING: "1" } } },
    { name: "overridden later in the file", code: "[DEFAULT]\nconcurrency_backend = eventlet\nconcurrency_backend = threading\n" },
    { name: "the environment's value wins over the file", code: "[DEFAULT]\nconcurrency_backend = eventlet\n", settings: { env: { OS_DEFAULT__CONCURRENCY_BACKEND: "threading" } } },
    { name: "an empty variable is unset", code: "[DEFAULT]\nconcurrency_backend = threading\n", settings: { env: { OS_NOVA_DISABLE_EVENTLET_PATCHING: "" } } },
    { name: "another group", code: "[oslo_concurrency]\nconcurrency_backend = eventlet\n" },
  ],
  invalid: [
    {
      name: "eventlet is deprecated",
      code: "[DEFAULT]\nconcurrency_backend = eventlet\n",
      errors: [{ messageId: "eventletDeprecated", message: EVENTLET, severity: "warning", line: 2, column: 23, endLine: 2, endColumn: 31 }],
    },
    {
      name: "the winning value is judged",
      code: "[DEFAULT]\nconcurrency_backend = threading\nconcurrency_backend = eventlet\n",
      errors: [{ messageId: "eventletDeprecated", line: 3, column: 23 }],
    },
    {
      name: "the patching variable takes precedence (any non-empty value), and only that is said",
      code: "[DEFAULT]\nconcurrency_backend = eventlet\n",
      settings: { env: { OS_NOVA_DISABLE_EVENTLET_PATCHING: "false" } },
      errors: [{ messageId: "overriddenByVariable", message: OVERRIDDEN, ...KEY }],
    },
    {
      name: "a command line that names no file",
      code: "[DEFAULT]\nconcurrency_backend = threading\n",
      settings: { commandLine: ["--debug"] },
      errors: [{ messageId: "notReadEarly", message: NOT_READ, ...KEY }],
    },
    {
      name: "a WSGI service without command-line files",
      code: "[DEFAULT]\nconcurrency_backend = eventlet\n",
      settings: { service: "nova-api", commandLine: [] },
      errors: [{ messageId: "notReadWsgi", message: NOT_READ_WSGI, ...KEY }],
    },
    {
      name: "nova-metadata too",
      code: "[DEFAULT]\nconcurrency_backend = threading\n",
      settings: { service: "nova-metadata", commandLine: [] },
      errors: [{ messageId: "notReadWsgi" }],
    },
  ],
});

describe("nova/concurrency-backend and the files the early parse reads", () => {
  const lint = (files: readonly (readonly [string, string])[], index: number, settings: Partial<NovaSettings>) => {
    const stack = { files: files.map(([path, text]) => ({ path, source: sourceFromText(text) })), index };
    const config = { ...EMPTY_FILE_CONFIG, rules: { [rule.meta.id]: { severity: "warning" as const } }, settings: { nova: settings } };
    return lintFile({ engine: novaEngine, rules: [rule], fatalRules: [] }, { source: stack.files[index]!.source }, files[index]![0], config, stack).messages;
  };
  const dropIn = ["/repo/etc/nova/nova.conf.d/10-backend.conf", "[DEFAULT]\nconcurrency_backend = threading\n"] as const;
  const main = ["/repo/etc/nova/nova.conf", "[DEFAULT]\ndebug = false\n"] as const;

  it("a drop-in is not read when only --config-file nova.conf is passed", () => {
    const found = lint([dropIn, main], 0, { commandLine: ["--config-file", "/etc/nova/nova.conf"] });
    expect(found.map((m) => [m.messageId, m.line])).toEqual([["notReadEarly", 2]]);
  });

  it("a drop-in is read through --config-dir", () => {
    expect(lint([dropIn, main], 0, { commandLine: ["--config-file", "/etc/nova/nova.conf", "--config-dir=/etc/nova/nova.conf.d"] })).toEqual([]);
  });

  it("without a command line every file is assumed read", () => {
    expect(lint([dropIn, main], 0, {})).toEqual([]);
  });

  it("nova.conf named on the command line", () => {
    const eventlet = ["/repo/etc/nova/nova.conf", "[DEFAULT]\nconcurrency_backend = eventlet\n"] as const;
    expect(lint([eventlet], 0, { commandLine: ["--config-file", "/etc/nova/nova.conf"] }).map((m) => m.messageId)).toEqual(["eventletDeprecated"]);
  });

  it("a file linted alone is named by its path", () => {
    const config = { ...EMPTY_FILE_CONFIG, rules: { [rule.meta.id]: { severity: "warning" as const } }, settings: { nova: { commandLine: ["--config-file", "/etc/nova/nova-compute.conf"] } } };
    const run = (path: string) =>
      lintFile({ engine: novaEngine, rules: [rule], fatalRules: [] }, { source: sourceFromText("[DEFAULT]\nconcurrency_backend = threading\n") }, path, config).messages;
    expect(run("deploy/nova-compute.conf")).toEqual([]);
    expect(run("deploy/nova.conf").map((m) => m.messageId)).toEqual(["notReadEarly"]);
  });
});
