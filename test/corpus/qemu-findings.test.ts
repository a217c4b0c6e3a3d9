/**
 * The real qemu.conf files of ../shared/corpus/qemu give the findings their SOURCES.md implies, for the
 * default rule set. Expectations of rules not registered yet are filtered out, so the table stays the
 * whole truth as rules arrive; any finding the table does not list is a false positive.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { qemu } from "../../rules/qemu/index.js";
import { EMPTY_FILE_CONFIG, type FileConfig } from "../../src/config/types.js";
import { lintFile } from "../../src/core/linter.js";
import { createSource } from "../../src/core/source.js";

const corpus = new URL("../../../shared/corpus/qemu/", import.meta.url);

/** `rule@line[:column]` per file, transcribed from SOURCES.md ("expected findings"). */
const EXPECTED: Record<string, string[]> = {
  "02-charm-nova-compute-juju-2013.conf": ["cgroup-device-acl-widened@10:29", "cgroup-device-acl-widened@11:4", "cgroup-device-acl-widened@11:16", "cgroup-device-acl-widened@11:29"],
  "04-opennebula-puppet-module.conf": ["dynamic-ownership-disabled@3"],
  "06-justarchi-vfio-passthrough.conf": [
    "security-driver-none@416",
    "cgroup-device-acl-widened@485:5",
    "cgroup-device-acl-widened@485:26",
    "cgroup-device-acl-widened@486:5",
    "cgroup-device-acl-widened@486:86",
    "cgroup-device-acl-widened@486:170",
    "cgroup-device-acl-widened@489:30",
    "cgroup-device-acl-widened@490:5",
    "cgroup-device-acl-widened@490:16",
    "cgroup-device-acl-widened@490:29",
  ],
  "08-kube-host-vm.conf": ["stdio-handler-file@1", "run-as-root@3", "security-driver-none@9"],
  "10-libvirt-alpine-container.conf": ["spice-listen-insecure@1", "vnc-listen-insecure@2", "dynamic-ownership-disabled@3", "remember-owner-disabled@4"],
  "12-libvirt-sidecar-experiment.conf": ["spice-listen-insecure@2", "vnc-listen-insecure@3", "namespaces-disabled@9", "cgroup-controllers-weakened@10"],
  "14-devstack-nodes-hugepages.conf": [
    "cgroup-device-acl-widened@4:30",
    "cgroup-device-acl-widened@5:5",
    "cgroup-device-acl-widened@5:17",
    "cgroup-device-acl-widened@5:29",
    "cgroup-device-acl-widened@6:5",
    "run-as-root@9",
    "security-driver-none@10",
  ],
  "16-libvirt-in-docker.conf": ["run-as-root@448"],
  "18-ubuntu-x570-all-commented.conf": [],
  "20-linkerovs-cgroup-acl.conf": [
    "run-as-root@229",
    "cgroup-device-acl-widened@274:30",
    "cgroup-device-acl-widened@275:5",
    "cgroup-device-acl-widened@275:16",
    "cgroup-device-acl-widened@275:29",
    "cgroup-device-acl-widened@275:47",
    "cgroup-device-acl-widened@275:65",
  ],
  "22-kvm-installer.conf": ["vnc-listen-insecure@12", "run-as-root@143"],
  "24-cloud-scheduler.conf": ["run-as-root@360"],
  "26-openstack-ansible-os_nova-rendered.conf": ["tls-cert-dir-explicit@23"],
  "28-snap-openstack-hypervisor-rendered.conf": ["remember-owner-disabled@4", "tls-cert-dir-explicit@6"],
  "30-ansible-libvirt-anthony25-rendered.conf": [
    "run-as-root@228",
    "cgroup-device-acl-widened@285:9",
    "cgroup-device-acl-widened@286:9",
    "cgroup-device-acl-widened@287:9",
    "cgroup-device-acl-widened@288:9",
    "obsolete-key@366",
    "obsolete-key@410",
    "keepalive-disabled@446",
    "keepalive-disabled@447",
  ],
  "32-ansible-kvm-ajanis-rendered.conf": ["vnc-listen-insecure@1", "spice-listen-insecure@2"],
  "40-handmade-crlf-line-endings.conf": [],
  "41-handmade-utf8-bom.conf": ["parse-error@1:1"],
  "42-handmade-list-missing-close-bracket.conf": ["parse-error@7:1"],
  "43-handmade-commented-line-inside-list.conf": ["parse-error@6:1"],
  "44-handmade-duplicate-keys-first-wins.conf": ["duplicate-key@6", "duplicate-key@7"],
  "45-handmade-hex-and-float-numbers.conf": ["parse-error@2:14"],
  "46-handmade-cr-only-line-endings.conf": ["parse-error@3:12"],
  "47-handmade-numeric-overflow.conf": ["parse-error@2:12"],
};

const registered = new Set([...qemu.rules, ...qemu.fatalRules].map((rule) => rule.meta.id));

function findings(name: string, config: FileConfig = EMPTY_FILE_CONFIG): string[] {
  const source = createSource(readFileSync(new URL(name, corpus)));
  const expected = EXPECTED[name] ?? [];
  const { messages } = lintFile(qemu, { source }, `/etc/libvirt/qemu.conf`, config);
  // Compare at the precision the table gives for each expected entry (line, or line:column).
  const withColumn = new Set(expected.filter((entry) => entry.includes(":")).map((entry) => entry.split("@")[0]));
  return messages.map((m) => {
    const rule = m.ruleId.slice("qemu/".length);
    return withColumn.has(rule) ? `${rule}@${m.line}:${m.column}` : `${rule}@${m.line}`;
  });
}

const sortEntries = (entries: string[]): string[] => [...entries].sort();

describe.skipIf(!existsSync(corpus))("qemu corpus: the findings SOURCES.md implies", () => {
  it("covers every corpus file", () => {
    expect(readdirSync(corpus).filter((name) => name.endsWith(".conf")).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))("%s", (name) => {
    const expected = EXPECTED[name]!.filter((entry) => registered.has(`qemu/${entry.split("@")[0]}`));
    expect(sortEntries(findings(name))).toEqual(sortEntries(expected));
  });

  it("gives libvirt's own message and line where libvirt fails", () => {
    const messages = (name: string) =>
      lintFile(qemu, { source: createSource(readFileSync(new URL(name, corpus))) }, "/etc/libvirt/qemu.conf", EMPTY_FILE_CONFIG).messages;
    expect(messages("41-handmade-utf8-bom.conf")[0]!.data?.libvirtMessage).toBe("configuration file syntax error: /etc/libvirt/qemu.conf:1: expecting a name");
    expect(messages("42-handmade-list-missing-close-bracket.conf")[0]!.data?.libvirtMessage).toBe(
      "configuration file syntax error: /etc/libvirt/qemu.conf:7: expecting a separator in list",
    );
    expect(messages("43-handmade-commented-line-inside-list.conf")[0]!.data?.libvirtMessage).toBe("configuration file syntax error: /etc/libvirt/qemu.conf:6: expecting a value");
    expect(messages("45-handmade-hex-and-float-numbers.conf")[0]!.data?.libvirtMessage).toBe("configuration file syntax error: /etc/libvirt/qemu.conf:2: expecting a separator");
    expect(messages("46-handmade-cr-only-line-endings.conf")[0]!.data?.libvirtMessage).toBe("configuration file syntax error: /etc/libvirt/qemu.conf:1: expecting an assignment");
    expect(messages("47-handmade-numeric-overflow.conf")[0]!.data?.libvirtMessage).toBe("numerical overflow: /etc/libvirt/qemu.conf:2: numeric overflow in conf value");
  });

  it("reads the overflow file as libvirt 9.0.0 does when targeting it: it wraps (value-range)", () => {
    const config = { ...EMPTY_FILE_CONFIG, settings: { qemu: { libvirtVersion: "9.0.0" } } };
    const result = findings("47-handmade-numeric-overflow.conf", config);
    expect(result.some((entry) => entry.startsWith("parse-error"))).toBe(false);
    if (registered.has("qemu/value-range")) expect(result).toContain("value-range@2");
  });
});
