/**
 * The nova option catalogue (data/nova-options.json): the compact data restores the shape of
 * options.json, dynamic groups resolve through their patterns, deprecated spellings find their option.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deprecatedTarget, isKnownGroup, NOVA_GROUPS, novaOption, novaOptionsOf } from "../../src/catalogue/nova.js";

const UPSTREAM = new URL("../../../shared/upstream/nova/options.json", import.meta.url);

describe("nova catalogue", () => {
  it("restores the fields the data file leaves out", () => {
    expect(novaOption("DEFAULT", "allow_resize_to_same_host")).toEqual({
      group: "DEFAULT",
      name: "allow_resize_to_same_host",
      type: "bool",
      default: false,
      min: null,
      max: null,
      choices: null,
      deprecated_names: [],
      deprecated_for_removal: false,
      secret: false,
    });
    expect(novaOption("DEFAULT", "compute_monitors")).toMatchObject({ type: "list", default: [], item_type: { type: "string" } });
    expect(novaOption("database", "connection")?.secret).toBe(true);
    expect(novaOption("DEFAULT", "host")?.default_note).toMatch(/computed at run time/);
  });

  it("finds current names only, case-sensitively, in normalised groups", () => {
    expect(novaOption("libvirt", "virt_type")?.choices).toEqual(["kvm", "lxc", "qemu", "parallels"]);
    expect(novaOption("LIBVIRT", "virt_type")).toBeUndefined();
    expect(novaOption("DEFAULT", "Debug")).toBeUndefined();
    expect(novaOption("DEFAULT", "logdir")).toBeUndefined();
    expect(novaOptionsOf("nope")).toEqual([]);
  });

  it("places dynamically named groups through their patterns", () => {
    expect(novaOption("mdev_nvidia-35", "device_addresses")?.group).toBe("mdev_*");
    expect(novaOptionsOf("neutron_physnet_foo").map((option) => option.name)).toEqual(["numa_nodes"]);
    expect(novaOptionsOf("neutron_tunnel").map((option) => option.name)).toEqual(["numa_nodes"]);
  });

  it("knows DEFAULT, the data's groups, dynamic groups and groups only old spellings use", () => {
    for (const group of ["DEFAULT", "libvirt", "mdev_x", "neutron_physnet_a", "neutron_tunnel", "nova_sys_admin", "privsep_osbrick", "vif_plug_ovs_privileged", "keymgr", "vgpu_x"]) {
      expect(isKnownGroup(group), group).toBe(true);
    }
    for (const group of ["default", "LIBVIRT", "mdev_", "vgpu_", "cells", "privsep_entrypoint", "os_region_name"]) expect(isKnownGroup(group), group).toBe(false);
  });

  it("maps deprecated spellings to their option", () => {
    expect(deprecatedTarget("DEFAULT", "logdir")).toMatchObject({ group: "DEFAULT", name: "log_dir" });
    expect(deprecatedTarget("DEFAULT", "vnc_enabled")).toMatchObject({ group: "vnc", name: "enabled" });
    expect(deprecatedTarget("vgpu_nvidia-35", "device_addresses")).toMatchObject({ group: "mdev_*", name: "device_addresses" });
    expect(deprecatedTarget("DEFAULT", "log_dir")).toBeUndefined();
    expect(deprecatedTarget("DEFAULT", "sql_connection")).toBeUndefined();
  });

  it("lists the concrete groups, DEFAULT first, without patterns", () => {
    const groups = NOVA_GROUPS();
    expect(groups[0]).toBe("DEFAULT");
    expect(groups).toContain("libvirt");
    expect(groups.some((group) => group.includes("*"))).toBe(false);
  });

  it.skipIf(!existsSync(UPSTREAM))("holds every option of options.json with its rule-relevant fields", () => {
    const upstream = JSON.parse(readFileSync(UPSTREAM, "utf8")) as Record<string, unknown>[];
    expect(upstream.length).toBe(1144);
    for (const entry of upstream) {
      const option = novaOption(entry.group as string, entry.name as string);
      expect(option, `${entry.group as string} ${entry.name as string}`).toBeDefined();
      // Fields options.json always has, and optional ones, absent in both when upstream has none.
      for (const field of ["type", "default", "min", "max", "choices", "deprecated_names", "deprecated_for_removal", "secret"] as const) {
        expect(option![field], `${entry.name as string}.${field}`).toEqual(entry[field]);
      }
      for (const field of ["ignore_case", "regex", "max_length", "schemes", "value_type", "deprecated_reason", "deprecated_since", "dynamic", "group_pattern", "default_note"] as const) {
        expect(option![field], `${entry.name as string}.${field}`).toEqual(entry[field]);
      }
    }
    expect(new Set(upstream.map((entry) => entry.group)).size).toBe(NOVA_GROUPS().length + 2);
  });
});
