import { qemuKey } from "../../src/catalogue/qemu.js";
import { displayValue } from "../../src/core/display.js";
import { globMatcher } from "../../src/core/glob.js";
import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { readKey } from "./_values.js";

const KEY = "cgroup_device_acl";

/** libvirt's defaultDeviceACL (src/qemu/qemu_cgroup.c l.41), the key's default in the catalogue. */
const BUILT_IN = new Set(builtInDevices());

function builtInDevices(): readonly string[] {
  const fallback = qemuKey(KEY)?.default;
  if (!Array.isArray(fallback)) throw new Error(`the catalogue has no default list for ${KEY}`);
  return fallback;
}

/** The template documents these for RDMA migration (tmpl l.597–603). */
const DOCUMENTED = ["/dev/infiniband/*"];

/** Entries that old templates listed: KQEMU no longer exists, and current QEMU opens neither RTC nor HPET. */
const LEGACY = new Set(["/dev/kqemu", "/dev/rtc", "/dev/hpet"]);

export interface CgroupDeviceAclOptions {
  /** Glob patterns of device nodes this host deliberately grants every guest. */
  allow: string[];
}

const rule: QemuRule<CgroupDeviceAclOptions> = defineRule({
  meta: {
    id: "qemu/cgroup-device-acl-widened",
    engine: "qemu",
    type: "problem",
    description: "Extra host devices every guest may open",
    defaultSeverity: "warning",
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        allow: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description: 'Glob patterns of device nodes not to report, such as "/dev/vfio/vfio" or "/dev/input/by-id/*" (default none).',
        },
      },
    },
    defaultOptions: { allow: [] },
    messages: {
      widened: "cgroup_device_acl lets every guest's QEMU open {{device}}.",
      legacyEntry:
        "cgroup_device_acl lets every guest's QEMU open {{device}}, an entry copied from old templates that current QEMU does not use.",
      empty:
        "cgroup_device_acl is empty: it replaces libvirt's built-in list, so QEMU may not open even /dev/null or /dev/kvm.",
    },
  },
  check(context) {
    // A session daemon uses neither cgroups nor a private /dev, the two consumers of this list.
    if (!context.settings.privileged) return;
    const reading = readKey(context, KEY);
    if (reading.status !== "ok" || reading.typed.type !== "string-list") return;
    const { items } = reading.typed;
    if (items.length === 0) {
      const list = reading.entry.value;
      context.report({ messageId: "empty", span: { start: list.start, end: list.end } });
      return;
    }
    const accepted = globMatcher([...DOCUMENTED, ...context.options.allow]);
    for (const { value, node } of items) {
      if (BUILT_IN.has(value) || accepted(value)) continue;
      context.report({
        messageId: LEGACY.has(value) ? "legacyEntry" : "widened",
        values: { device: displayValue(value) },
        span: { start: node.start, end: node.end },
        data: { device: value },
      });
    }
  },
});

export default rule;
