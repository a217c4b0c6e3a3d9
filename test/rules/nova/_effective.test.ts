/**
 * The merged view of a stack (spec nova-conf §4, §5, §9): which assignment or variable wins.
 */
import { describe, expect, it } from "vitest";
import { effectiveMulti, effectiveOption, envVariable, optionSetBy, type Winner } from "../../../rules/nova/_effective.js";
import { sourceFromText } from "../../../src/core/source.js";
import { novaEngine, type NovaDocument, type NovaSettings } from "../../../src/engines/nova.js";

const SETTINGS: NovaSettings = { env: {} };

/** A stack of files `0.conf`, `1.conf`, … in parse order, linted as file `index`. */
function stack(texts: readonly string[], index = texts.length - 1): NovaDocument {
  const files = texts.map((text, i) => ({ path: `/etc/nova/nova.conf.d/${i}.conf`, source: sourceFromText(text) }));
  const parsed = novaEngine.parse(files[index]!.source, SETTINGS, { files, index });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.failure));
  return parsed.document;
}

/** Where a winner comes from, compactly: `file <member>:<line> <value>` or `env <variable> <value>`. */
function where(winner: Winner | undefined): string | undefined {
  if (!winner) return undefined;
  const { origin } = winner;
  if (origin.kind === "env") return `env ${origin.variable} ${winner.value}`;
  return `file ${origin.member}:${origin.assignment.line}${origin.deprecatedName ? ` (${origin.deprecatedName})` : ""} ${winner.value}`;
}

const option = (document: NovaDocument, group: string, name: string, settings: NovaSettings = SETTINGS): string | undefined =>
  where(effectiveOption(document, settings, group, name));

describe("effectiveOption", () => {
  it("is undefined when nothing sets the option", () => {
    expect(option(stack(["[DEFAULT]\nhost = a\n"]), "DEFAULT", "my_ip")).toBeUndefined();
  });

  it("takes the last value in a file", () => {
    const document = stack(["[DEFAULT]\nmax_concurrent_live_migrations = 1\nhost = a\nmax_concurrent_live_migrations = 3\n"]);
    expect(option(document, "DEFAULT", "max_concurrent_live_migrations")).toBe("file 0:4 3");
  });

  it("merges repeated and case-variant sections in file order", () => {
    const document = stack(["[LIBVIRT]\nvirt_type = qemu\n[DEFAULT]\nhost = a\n[libvirt]\nvirt_type = kvm\n[Libvirt]\nimages_type = rbd\n"]);
    expect(option(document, "libvirt", "virt_type")).toBe("file 0:6 kvm");
    expect(option(document, "libvirt", "images_type")).toBe("file 0:8 rbd");
  });

  it("does not read [default] as DEFAULT", () => {
    const document = stack(["[DEFAULT]\ndebug = false\n[default]\ndebug = true\n"]);
    expect(option(document, "DEFAULT", "debug")).toBe("file 0:2 false");
    expect(option(stack(["[default]\ndebug = true\n"]), "DEFAULT", "debug")).toBeUndefined();
  });

  it("lets the current name beat a deprecated name in one file, whatever their order", () => {
    const after = stack(["[DEFAULT]\nexecutor_thread_pool_size = 64\nrpc_thread_pool_size = 8\n"]);
    expect(option(after, "DEFAULT", "executor_thread_pool_size")).toBe("file 0:2 64");
    const before = stack(["[DEFAULT]\nrpc_thread_pool_size = 8\nexecutor_thread_pool_size = 64\n"]);
    expect(option(before, "DEFAULT", "executor_thread_pool_size")).toBe("file 0:3 64");
  });

  it("reads a deprecated name alone, and says so", () => {
    const document = stack(["[DEFAULT]\nrpc_thread_pool_size = 8\n"]);
    expect(option(document, "DEFAULT", "executor_thread_pool_size")).toBe("file 0:2 (rpc_thread_pool_size) 8");
  });

  it("lets a deprecated name in a later file beat the current name in an earlier one", () => {
    const document = stack(["[DEFAULT]\nexecutor_thread_pool_size = 64\n", "[DEFAULT]\nrpc_thread_pool_size = 8\n"]);
    expect(option(document, "DEFAULT", "executor_thread_pool_size")).toBe("file 1:2 (rpc_thread_pool_size) 8");
  });

  it("reads a deprecated name of another group (vnc_enabled → [vnc] enabled)", () => {
    expect(option(stack(["[DEFAULT]\nvnc_enabled = false\n"]), "vnc", "enabled")).toBe("file 0:2 (vnc_enabled) false");
  });

  it("maps an old dynamic group to the same instance ([vgpu_x] → [mdev_x])", () => {
    const document = stack(["[vgpu_nvidia-35]\ndevice_addresses = 0000:84:00.0\n[vgpu_nvidia-36]\ndevice_addresses = 0000:85:00.0\n"]);
    expect(option(document, "mdev_nvidia-35", "device_addresses")).toBe("file 0:2 (device_addresses) 0000:84:00.0");
  });

  it("lets later files win", () => {
    const document = stack(["[libvirt]\nvirt_type = qemu\n", "[LIBVIRT]\nvirt_type = kvm\n", "[DEFAULT]\nhost = a\n"]);
    expect(option(document, "libvirt", "virt_type")).toBe("file 1:2 kvm");
  });

  it("lets the environment beat every file, current name only", () => {
    const document = stack(["[libvirt]\nvirt_type = qemu\n"]);
    expect(option(document, "libvirt", "virt_type", { env: { OS_LIBVIRT__VIRT_TYPE: "kvm" } })).toBe("env OS_LIBVIRT__VIRT_TYPE kvm");
    expect(option(document, "libvirt", "virt_type", { env: { OS_LIBVIRT__VIRT_TYPE: "" } })).toBe("env OS_LIBVIRT__VIRT_TYPE ");
    const old = stack(["[DEFAULT]\nexecutor_thread_pool_size = 64\n"]);
    expect(option(old, "DEFAULT", "executor_thread_pool_size", { env: { OS_DEFAULT__RPC_THREAD_POOL_SIZE: "8" } })).toBe("file 0:2 64");
  });

  it("names variables as oslo.config's environment source does", () => {
    expect(envVariable("DEFAULT", "max_concurrent_live_migrations")).toBe("OS_DEFAULT__MAX_CONCURRENT_LIVE_MIGRATIONS");
    expect(envVariable("database", "connection")).toBe("OS_DATABASE__CONNECTION");
  });

  it("says whether the winner is in the linted file", () => {
    const texts = ["[libvirt]\nvirt_type = qemu\n", "[libvirt]\nvirt_type = kvm\n"];
    expect(effectiveOption(stack(texts, 1), SETTINGS, "libvirt", "virt_type")?.inThisFile).toBe(true);
    expect(effectiveOption(stack(texts, 0), SETTINGS, "libvirt", "virt_type")?.inThisFile).toBe(false);
    const env = { env: { OS_LIBVIRT__VIRT_TYPE: "lxc" } };
    expect(effectiveOption(stack(texts, 1), env, "libvirt", "virt_type")?.inThisFile).toBe(false);
  });

  it("reports group and option as asked and the value as read", () => {
    const winner = effectiveOption(stack(['[LIBVIRT]\nvirt_type = "kvm"\n']), SETTINGS, "libvirt", "virt_type");
    expect(winner).toMatchObject({ group: "libvirt", option: "virt_type", value: "kvm", inThisFile: true });
  });

  it("treats a file without a stack as a stack of one", () => {
    const parsed = novaEngine.parse(sourceFromText("[libvirt]\nvirt_type = kvm\n"), SETTINGS);
    if (!parsed.ok) throw new Error("parse");
    expect(parsed.document.stack).toHaveLength(1);
    expect(where(effectiveOption(parsed.document, SETTINGS, "libvirt", "virt_type"))).toBe("file 0:2 kvm");
  });

  it("leaves out stack members that do not parse", () => {
    const document = stack(["[libvirt]\nvirt_type = qemu\n", "[libvirt\nvirt_type = lxc\n", "[DEFAULT]\nhost = a\n"]);
    expect(document.stack.map((member) => member.path)).toEqual(["/etc/nova/nova.conf.d/0.conf", "/etc/nova/nova.conf.d/2.conf"]);
    expect(document.index).toBe(1);
    expect(option(document, "libvirt", "virt_type")).toBe("file 0:2 qemu");
  });
});

describe("effectiveMulti", () => {
  const multi = (document: NovaDocument, group: string, name: string, settings: NovaSettings = SETTINGS): string[] =>
    effectiveMulti(document, settings, group, name).map((winner) => where(winner)!);

  it("collects every value across sections and files, older files first", () => {
    const document = stack([
      '[pci]\ndevice_spec = {"address": "a"}\n[PCI]\ndevice_spec = {"address": "b"}\n',
      '[pci]\ndevice_spec = {"address": "c"}\n',
    ]);
    expect(multi(document, "pci", "device_spec")).toEqual(['file 0:2 {"address": "a"}', 'file 0:4 {"address": "b"}', 'file 1:2 {"address": "c"}']);
  });

  it("puts a file's deprecated spellings before its current name", () => {
    // [pci] alias was once [DEFAULT] pci_alias.
    const document = stack(['[pci]\nalias = {"name": "new"}\n[DEFAULT]\npci_alias = {"name": "old"}\n']);
    expect(multi(document, "pci", "alias")).toEqual(['file 0:4 (pci_alias) {"name": "old"}', 'file 0:2 {"name": "new"}']);
  });

  it("is empty when nothing sets it, and the environment alone when set", () => {
    const document = stack(["[filter_scheduler]\navailable_filters = a\navailable_filters = b\n"]);
    expect(multi(document, "filter_scheduler", "available_filters")).toEqual(["file 0:2 a", "file 0:3 b"]);
    expect(multi(document, "pci", "alias")).toEqual([]);
    expect(multi(document, "filter_scheduler", "available_filters", { env: { OS_FILTER_SCHEDULER__AVAILABLE_FILTERS: "c" } })).toEqual([
      "env OS_FILTER_SCHEDULER__AVAILABLE_FILTERS c",
    ]);
  });

  it("marks the values of the linted file", () => {
    const document = stack(["[pci]\nalias = a\n", "[pci]\nalias = b\n"], 0);
    expect(effectiveMulti(document, SETTINGS, "pci", "alias").map((winner) => winner.inThisFile)).toEqual([true, false]);
  });
});

describe("optionSetBy", () => {
  const set = (group: string, key: string): string | undefined => {
    const found = optionSetBy(group, key);
    return found && `[${found.group}] ${found.option.name}`;
  };

  it("finds the option of a current name or a deprecated spelling, in the group it is read as", () => {
    expect(set("libvirt", "virt_type")).toBe("[libvirt] virt_type");
    expect(set("DEFAULT", "rpc_thread_pool_size")).toBe("[DEFAULT] executor_thread_pool_size");
    expect(set("DEFAULT", "vnc_enabled")).toBe("[vnc] enabled");
    expect(set("mdev_nvidia-35", "device_addresses")).toBe("[mdev_nvidia-35] device_addresses");
    expect(set("vgpu_nvidia-35", "device_addresses")).toBe("[mdev_nvidia-35] device_addresses");
  });

  it("finds nothing for keys oslo.config ignores", () => {
    expect(set("DEFAULT", "verbose")).toBeUndefined();
    expect(set("DEFAULT", "Debug")).toBeUndefined();
    expect(set("default", "debug")).toBeUndefined();
  });
});
