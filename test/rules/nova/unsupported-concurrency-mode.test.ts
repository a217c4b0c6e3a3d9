import { describe, expect, it } from "vitest";
import rule from "../../../rules/nova/unsupported-concurrency-mode.js";
import { EMPTY_FILE_CONFIG } from "../../../src/config/types.js";
import { lintFile } from "../../../src/core/linter.js";
import { sourceFromText } from "../../../src/core/source.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const THREADS = { OS_NOVA_DISABLE_EVENTLET_PATCHING: "true" };
const message = (service: string, release: string, since: string): string =>
  `${service} ${release} does not support native threading (supported from ${since}); the service would run without eventlet monkey patching.`;
const TOP = { line: 1, column: 1, endLine: 1, endColumn: 1 };

new RuleTester(novaEngine).run(rule, {
  valid: [
    { name: "nothing asked", code: "[DEFAULT]\n", settings: { service: "nova-compute", release: "2025.2" } },
    { name: "supported from 33.0.0", code: "[DEFAULT]\n", settings: { service: "nova-compute", release: "2026.1", env: THREADS } },
    { name: "opt-in for the proxies on 2026.2", code: "[DEFAULT]\n", settings: { service: "nova-novncproxy", env: THREADS } },
    { name: "service unknown", code: "[DEFAULT]\n", settings: { release: "2025.2", env: THREADS } },
    { name: "the variable asks for eventlet", code: "[DEFAULT]\n", settings: { service: "nova-compute", release: "2025.2", env: { OS_NOVA_DISABLE_EVENTLET_PATCHING: "on" } } },
    { name: "nova-policy always runs with eventlet", code: "[DEFAULT]\n", settings: { service: "nova-policy", release: "2025.2", env: THREADS } },
    {
      name: "concurrency_backend does not exist before 2026.2",
      code: "[DEFAULT]\nconcurrency_backend = threading\n",
      settings: { service: "nova-compute", release: "2025.2", env: { OS_DEFAULT__CONCURRENCY_BACKEND: "threading" } },
    },
  ],
  invalid: [
    {
      name: "nova-compute on 32.0.0 (§11.3: eventlet only)",
      code: "[DEFAULT]\nhost = compute1\n",
      settings: { service: "nova-compute", release: "2025.2", env: THREADS },
      errors: [{ messageId: "unsupported", message: message("nova-compute", "32.0.0", "33.0.0"), severity: "warning", ...TOP }],
    },
    {
      name: "nova-api up to 31.0.0",
      code: "[DEFAULT]\n",
      settings: { service: "nova-api", release: "epoxy", env: { OS_NOVA_DISABLE_EVENTLET_PATCHING: "1" } },
      errors: [{ message: message("nova-api", "31.0.0", "32.0.0"), ...TOP }],
    },
    {
      name: "the console proxies before 34.0.0",
      code: "[DEFAULT]\n",
      settings: { service: "nova-serialproxy", release: "33.0.0", env: { OS_NOVA_DISABLE_EVENTLET_PATCHING: "YES" } },
      errors: [{ message: message("nova-serialproxy", "33.0.0", "34.0.0") }],
    },
    {
      name: "nova-manage before 34.0.0",
      code: "[DEFAULT]\n",
      settings: { service: "nova-manage", release: "2026.1", env: THREADS },
      errors: [{ message: message("nova-manage", "33.0.0", "34.0.0") }],
    },
  ],
});

describe("nova/unsupported-concurrency-mode over a stack", () => {
  const settings = { nova: { service: "nova-conductor", release: "2025.2", env: THREADS } };
  const lint = (index: number) => {
    const files = ["/etc/nova/nova.conf.d/10-a.conf", "/etc/nova/nova.conf"].map((path) => ({ path, source: sourceFromText("[DEFAULT]\n") }));
    const config = { ...EMPTY_FILE_CONFIG, rules: { [rule.meta.id]: { severity: "warning" as const } }, settings };
    return lintFile({ engine: novaEngine, rules: [rule], fatalRules: [] }, { source: files[index]!.source }, files[index]!.path, config, { files, index }).messages;
  };

  it("reports the environment's request once, in the file parsed last", () => {
    expect(lint(0)).toEqual([]);
    expect(lint(1).map((m) => m.message)).toEqual([message("nova-conductor", "32.0.0", "33.0.0")]);
  });
});
