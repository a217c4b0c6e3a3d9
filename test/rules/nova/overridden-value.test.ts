import { describe, expect, it } from "vitest";
import rule from "../../../rules/nova/overridden-value.js";
import { EMPTY_FILE_CONFIG, type FileConfig } from "../../../src/config/types.js";
import { lintFile } from "../../../src/core/linter.js";
import { sourceFromText } from "../../../src/core/source.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

// A file alone can only be overridden by the environment.
new RuleTester(novaEngine).run(rule, {
  valid: [
    "[libvirt]\nvirt_type = kvm\n",
    // Within one file a repeated key is nova/duplicate-key's finding.
    "[DEFAULT]\nmax_concurrent_live_migrations = 1\nmax_concurrent_live_migrations = 3\n",
    { name: "another option's variable", code: "[libvirt]\nvirt_type = kvm\n", settings: { env: { OS_LIBVIRT__IMAGES_TYPE: "rbd" } } },
    { name: "multi-valued options accumulate", code: "[pci]\nalias = {}\n", settings: { env: { OS_PCI__ALIAS: "{}" } } },
    { name: "keys oslo.config ignores", code: "[DEFAULT]\nverbose = true\n[default]\ndebug = true\n", settings: { env: { OS_DEFAULT__VERBOSE: "1", OS_DEFAULT__DEBUG: "1" } } },
  ],
  invalid: [
    {
      name: "the environment beats the file",
      code: "[LIBVIRT]\nvirt_type = kvm\n",
      settings: { env: { OS_LIBVIRT__VIRT_TYPE: "qemu" } },
      errors: [
        {
          messageId: "byEnvironment",
          message: "[libvirt] virt_type is overridden by OS_LIBVIRT__VIRT_TYPE in the service environment; this value has no effect.",
          severity: "info",
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 10,
          fix: null,
        },
      ],
    },
    {
      name: "an empty variable is a value for oslo.config",
      code: "[DEFAULT]\nhost = compute1\n",
      settings: { env: { OS_DEFAULT__HOST: "" } },
      errors: [{ message: "[DEFAULT] host is overridden by OS_DEFAULT__HOST in the service environment; this value has no effect.", line: 2, column: 1, endColumn: 5 }],
    },
    {
      name: "a deprecated spelling is overridden through its option's variable",
      code: "[DEFAULT]\nrpc_thread_pool_size = 8\nvnc_enabled = false\n",
      settings: { env: { OS_DEFAULT__EXECUTOR_THREAD_POOL_SIZE: "64", OS_VNC__ENABLED: "true" } },
      errors: [
        { message: "[DEFAULT] rpc_thread_pool_size is overridden by OS_DEFAULT__EXECUTOR_THREAD_POOL_SIZE in the service environment; this value has no effect.", line: 2 },
        { message: "[DEFAULT] vnc_enabled is overridden by OS_VNC__ENABLED in the service environment; this value has no effect.", line: 3 },
      ],
    },
    {
      name: "every assignment of the option in the file",
      code: "[DEFAULT]\ndebug = true\n[DEFAULT]\ndebug = false\n",
      settings: { env: { OS_DEFAULT__DEBUG: "false" } },
      errors: [
        { message: "[DEFAULT] debug is overridden by OS_DEFAULT__DEBUG in the service environment; this value has no effect.", line: 2 },
        { message: "[DEFAULT] debug is overridden by OS_DEFAULT__DEBUG in the service environment; this value has no effect.", line: 4 },
      ],
    },
  ],
});

describe("nova/overridden-value in a stack of files", () => {
  const binding = { engine: novaEngine, rules: [rule], fatalRules: [] };
  const config: FileConfig = { ...EMPTY_FILE_CONFIG, rules: { [rule.meta.id]: { severity: "info" } } };
  const DROP_IN = "/etc/nova/nova.conf.d/10-virt.conf";
  const MAIN = "/etc/nova/nova.conf";

  /** Lints file `index` of a stack given as [path, text] pairs in parse order. */
  function lint(files: readonly (readonly [string, string])[], index: number, env: Record<string, string> = {}): string[] {
    const stack = { files: files.map(([path, text]) => ({ path, source: sourceFromText(text) })), index };
    const withEnv = { ...config, settings: { nova: { env } } };
    const { messages } = lintFile(binding, { source: stack.files[index]!.source }, files[index]![0], withEnv, stack);
    return messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.message}`);
  }

  it("reports the overridden line, not the winning one", () => {
    const files = [
      [MAIN, "[DEFAULT]\nhost = a\n\n[libvirt]\nvirt_type = qemu\nimages_type = rbd\n"],
      [DROP_IN, "# drop-in\n[libvirt]\nvirt_type = kvm\n"],
    ] as const;
    expect(lint(files, 0)).toEqual([
      "5:1-5:10 info [libvirt] virt_type is overridden by /etc/nova/nova.conf.d/10-virt.conf line 3; this value has no effect.",
    ]);
    expect(lint(files, 1)).toEqual([]);
  });

  it("reads case-variant sections and deprecated spellings across files", () => {
    const files = [
      ["/a/nova.conf.d/01.conf", "[LIBVIRT]\nvirt_type = qemu\n[DEFAULT]\nexecutor_thread_pool_size = 64\n"],
      ["/a/nova.conf", "[libvirt]\nvirt_type = kvm\n[DEFAULT]\nrpc_thread_pool_size = 8\n"],
    ] as const;
    expect(lint(files, 0)).toEqual([
      "2:1-2:10 info [libvirt] virt_type is overridden by /a/nova.conf line 2; this value has no effect.",
      "4:1-4:26 info [DEFAULT] executor_thread_pool_size is overridden by /a/nova.conf line 4; this value has no effect.",
    ]);
  });

  it("names the newest file that sets the option", () => {
    const files = [
      ["/s/1.conf", "[DEFAULT]\ndebug = true\n"],
      ["/s/2.conf", "[DEFAULT]\n\ndebug = false\n"],
      ["/s/3.conf", "[DEFAULT]\nhost = a\n\n\ndebug = false\n"],
    ] as const;
    expect(lint(files, 0)).toEqual(["2:1-2:6 info [DEFAULT] debug is overridden by /s/3.conf line 5; this value has no effect."]);
    expect(lint(files, 1)).toEqual(["3:1-3:6 info [DEFAULT] debug is overridden by /s/3.conf line 5; this value has no effect."]);
    expect(lint(files, 2)).toEqual([]);
  });

  it("prefers the environment to a later file", () => {
    const files = [
      [MAIN, "[libvirt]\nvirt_type = qemu\n"],
      [DROP_IN, "[libvirt]\nvirt_type = kvm\n"],
    ] as const;
    const expected = "info [libvirt] virt_type is overridden by OS_LIBVIRT__VIRT_TYPE in the service environment; this value has no effect.";
    expect(lint(files, 0, { OS_LIBVIRT__VIRT_TYPE: "lxc" })).toEqual([`2:1-2:10 ${expected}`]);
    expect(lint(files, 1, { OS_LIBVIRT__VIRT_TYPE: "lxc" })).toEqual([`2:1-2:10 ${expected}`]);
  });

  it("never reports multi-valued options, unknown keys or ignored sections", () => {
    const files = [
      ["/m/1.conf", '[pci]\nalias = {"name": "a"}\n[filter_scheduler]\navailable_filters = x\n[DEFAULT]\nverbose = true\n[default]\ndebug = true\n'],
      ["/m/2.conf", '[pci]\nalias = {"name": "b"}\n[filter_scheduler]\navailable_filters = y\n[DEFAULT]\nverbose = false\n[default]\ndebug = false\n'],
    ] as const;
    expect(lint(files, 0)).toEqual([]);
  });

  it("ignores stack members that do not parse", () => {
    const files = [
      [MAIN, "[libvirt]\nvirt_type = qemu\n"],
      [DROP_IN, "[libvirt\nvirt_type = kvm\n"],
    ] as const;
    expect(lint(files, 0)).toEqual([]);
  });
});
