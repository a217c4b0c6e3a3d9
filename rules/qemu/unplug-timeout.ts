import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import type { VirEntry } from "../../src/parsers/virconf.js";
import { deleteEntry } from "./_edits.js";

/** libvirt's fixed wait (QEMU_UNPLUG_TIMEOUT, src/qemu/qemu_hotplug.c l.75) and the RFC's floor. */
const FLOOR_SECONDS = 5n;
/** Values this large were most likely meant as milliseconds, libvirt's internal unit. */
const MILLISECONDS_FROM = 1000n;

/**
 * Every spelling of a hot-unplug timeout key (spec qemu-conf §10.3). Matched ignoring case because
 * every spelling is equally ineffective: no libvirt release reads any of them.
 */
const NAME = /^(?:[a-z0-9]+_)*(?:hot_?)?(?:un)?plug_timeout(?:_[a-z0-9]+)*$/i;

/** Names this rule claims; `qemu/unknown-key` leaves them alone so each gets one, more precise, finding. */
export function isUnplugTimeoutName(name: string): boolean {
  return NAME.test(name);
}

const NO_EFFECT =
  "{{name}} has no effect: no libvirt release (through 12.5.0) reads a hot-unplug timeout from qemu.conf; libvirt waits a fixed 5 s (10 s for ppc64 pSeries guests) and ignores unknown keys.";

const REMEDY_DEVICE =
  "To wait longer, use virDomainDetachDeviceAlias and wait for VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED or VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED.";
const REMEDY_VCPU =
  "For vCPUs use virDomainSetVcpu (VIR_ERR_OPERATION_TIMEOUT means the guest did not cooperate) or the asynchronous vCPU unplug flags and the vcpu-removed event once available.";
const MILLISECONDS = " (this looks like milliseconds; the proposal counts seconds).";

export interface UnplugTimeoutOptions {
  /** The cap above which a timeout would block API callers too long (the RFC's 15–20 s for background work). */
  maxSeconds: number;
}

interface Verdict {
  messageId: "noEffect" | "belowFloor" | "aboveCap" | "notWholeNumber";
  values: Record<string, string>;
  /** A value the proposal itself would refuse, rather than one that merely has no effect. */
  refused: boolean;
}

/** What the value would mean under the RFC's proposal: at most one of floor, cap or type applies. */
function judge(entry: VirEntry, maxSeconds: number): Verdict {
  const { value } = entry;
  if (value.kind !== "number") return { messageId: "notWholeNumber", values: {}, refused: true };
  const seconds = value.value.toString();
  if (value.value < FLOOR_SECONDS) return { messageId: "belowFloor", values: { seconds }, refused: true };
  if (value.value > BigInt(maxSeconds)) {
    const milliseconds = value.value >= MILLISECONDS_FROM ? MILLISECONDS : "";
    return { messageId: "aboveCap", values: { seconds, maxSeconds: String(maxSeconds), milliseconds }, refused: false };
  }
  return { messageId: "noEffect", values: {}, refused: false };
}

/** vCPUs have no alias to detach by and no device-removed event, so they get their own remedy. */
const remedyFor = (name: string): string => (/cpu/i.test(name) ? REMEDY_VCPU : REMEDY_DEVICE);

const rule: QemuRule<UnplugTimeoutOptions> = defineRule({
  meta: {
    id: "qemu/unplug-timeout",
    engine: "qemu",
    type: "problem",
    description: "Hot-unplug timeout key: below the 5 s floor, above the cap, and no effect in any libvirt release",
    defaultSeverity: "warning",
    fixable: "safe",
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        maxSeconds: {
          type: "integer",
          minimum: 5,
          description: "Timeouts above this many seconds are reported as blocking API callers (default 20; 10 where people unplug interactively).",
        },
      },
    },
    defaultOptions: { maxSeconds: 20 },
    messages: {
      noEffect: `${NO_EFFECT} {{remedy}}`,
      belowFloor: `${NO_EFFECT} {{seconds}} s is below the 5 s floor: the proposed option would warn and reset it to 5 s. {{remedy}}`,
      aboveCap: `${NO_EFFECT} {{seconds}} s is above the {{maxSeconds}} s cap: synchronous API callers could block that long on every unplug the guest does not answer; 15–20 s is acceptable only for background work and 10 s is the limit for interactive use.{{milliseconds}} {{remedy}}`,
      notWholeNumber: `${NO_EFFECT} expected a whole number of seconds. {{remedy}}`,
    },
  },
  check(context) {
    const { maxSeconds } = context.options;
    for (const [name, entry] of context.document.effective) {
      if (!isUnplugTimeoutName(name)) continue;
      const { messageId, values, refused } = judge(entry, maxSeconds);
      context.report({
        messageId,
        values: { ...values, name, remedy: remedyFor(name) },
        span: entry.nameSpan,
        // The rule warns that the key does nothing; a value the proposal itself would refuse is an error.
        ...(refused ? { severity: "error" as const } : {}),
        // Deleting the entry changes nothing: libvirt never reads it.
        fix: [deleteEntry(context.source.text, entry)],
      });
    }
  },
});

export default rule;
