/**
 * qemu/augeas-incompatible against augeas itself: SOURCES.md's "lens" column is libvirt 11.3.0's lens
 * run with augeas 1.14 on each corpus file. The rule must flag exactly the files the lens fails, and
 * its first finding must be where augeas stops (augeas prints a 0-based "char", the rule a 1-based
 * column). Files libvirt cannot parse are skipped: no rule runs on them.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import rule from "../../rules/qemu/augeas-incompatible.js";
import { EMPTY_FILE_CONFIG, type FileConfig } from "../../src/config/types.js";
import type { Diagnostic } from "../../src/core/diagnostic.js";
import { lintFile } from "../../src/core/linter.js";
import { createSource } from "../../src/core/source.js";
import { qemuEngine } from "../../src/engines/qemu.js";

const corpus = new URL("../../../shared/corpus/qemu/", import.meta.url);

/** augeas's verdict per file, transcribed from SOURCES.md: OK, or FAIL with augeas's line and char. */
const LENS: Record<string, "OK" | { line: number; char: number }> = {
  "02-charm-nova-compute-juju-2013.conf": { line: 11, char: 42 },
  "04-opennebula-puppet-module.conf": "OK",
  "06-justarchi-vfio-passthrough.conf": "OK",
  "08-kube-host-vm.conf": "OK",
  "10-libvirt-alpine-container.conf": "OK",
  "12-libvirt-sidecar-experiment.conf": "OK",
  "14-devstack-nodes-hugepages.conf": { line: 6, char: 20 },
  "16-libvirt-in-docker.conf": "OK",
  "18-ubuntu-x570-all-commented.conf": "OK",
  "20-linkerovs-cgroup-acl.conf": "OK",
  "22-kvm-installer.conf": "OK",
  "24-cloud-scheduler.conf": "OK",
  "26-openstack-ansible-os_nova-rendered.conf": "OK",
  "28-snap-openstack-hypervisor-rendered.conf": "OK",
  "30-ansible-libvirt-anthony25-rendered.conf": { line: 202, char: 18 },
  "32-ansible-kvm-ajanis-rendered.conf": "OK",
  "40-handmade-crlf-line-endings.conf": { line: 2, char: 24 },
  "41-handmade-utf8-bom.conf": { line: 1, char: 0 },
  "42-handmade-list-missing-close-bracket.conf": { line: 7, char: 0 },
  "43-handmade-commented-line-inside-list.conf": { line: 5, char: 27 },
  "44-handmade-duplicate-keys-first-wins.conf": "OK",
  "45-handmade-hex-and-float-numbers.conf": { line: 2, char: 13 },
  "46-handmade-cr-only-line-endings.conf": { line: 1, char: 11 },
  "47-handmade-numeric-overflow.conf": "OK",
};

/** The rule's findings on a corpus file, or undefined when libvirt (for the target) cannot parse it. */
function findings(name: string, settings: Record<string, unknown> = {}): Diagnostic[] | undefined {
  const source = createSource(readFileSync(new URL(name, corpus)));
  if (!qemuEngine.parse(source, { ...qemuEngine.defaultSettings, ...settings }).ok) return undefined;
  const config: FileConfig = { ...EMPTY_FILE_CONFIG, rules: { [rule.meta.id]: { severity: "warning" } }, settings: { qemu: settings } };
  return lintFile({ engine: qemuEngine, rules: [rule], fatalRules: [] }, { source }, "/etc/libvirt/qemu.conf", config).messages;
}

describe.skipIf(!existsSync(corpus))("qemu corpus: qemu/augeas-incompatible agrees with the augeas lens", () => {
  it("covers every corpus file", () => {
    expect(readdirSync(corpus).filter((name) => name.endsWith(".conf")).sort()).toEqual(Object.keys(LENS).sort());
  });

  it.each(Object.keys(LENS))("%s", (name) => {
    const found = findings(name);
    if (found === undefined) return;
    const verdict = LENS[name]!;
    if (verdict === "OK") {
      expect(found.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([]);
      return;
    }
    expect(found.length).toBeGreaterThan(0);
    expect({ line: found[0]!.line, column: found[0]!.column }).toEqual({ line: verdict.line, column: verdict.char + 1 });
  });

  it("flags every later construct the lens would stop at next (file 30)", () => {
    const found = findings("30-ansible-libvirt-anthony25-rendered.conf")!;
    expect(found.map((d) => `${d.line}:${d.column} ${d.messageId}`)).toEqual(["202:19 listForString", "446:22 signedNumber", "455:19 signedNumber"]);
  });

  it("reads the overflow file when targeting 9.0.0, which parses it: the lens accepts [0-9]+", () => {
    expect(findings("47-handmade-numeric-overflow.conf", { libvirtVersion: "9.0.0" })).toEqual([]);
  });
});
