import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import type { VirEntry } from "../../src/parsers/virconf.js";
import { defaultPort, namesRoot, problemsFor, readKey, type ValueScope } from "./_values.js";

/** One of libvirt's three port ranges, with the words the messages use for it. */
interface RangeKeys {
  label: string;
  min: string;
  max: string;
}

const RANGES: readonly RangeKeys[] = [
  { label: "migration", min: "migration_port_min", max: "migration_port_max" },
  { label: "remote display", min: "remote_display_port_min", max: "remote_display_port_max" },
  { label: "remote websocket", min: "remote_websocket_port_min", max: "remote_websocket_port_max" },
];

/** A range as libvirt uses it: each bound from the file, or libvirt's default when its key is absent. */
interface EffectiveRange {
  keys: RangeKeys;
  min: number;
  max: number;
  /** The effective entries of the bounds; null for a bound left at its default. */
  minEntry: VirEntry | null;
  maxEntry: VirEntry | null;
}

/** A range whose two bounds are both written in the file. */
type ExplicitRange = EffectiveRange & { minEntry: VirEntry; maxEntry: VirEntry };

/** Ports below this need root to bind (tmpl l.908–909: "lower than 1024 will not work"). */
const FIRST_UNPRIVILEGED_PORT = 1024;


/** A bound as libvirt reads it; undefined when its getter fails (`qemu/value-type` reports it). */
function bound(scope: ValueScope, key: string): { value: number; entry: VirEntry | null } | undefined {
  const reading = readKey(scope, key);
  if (reading.status === "absent" || reading.status === "ignored") return { value: defaultPort(key), entry: null };
  if (reading.status === "ok" && reading.typed.type === "uint") return { value: reading.typed.value, entry: reading.entry };
  return undefined;
}

/**
 * The ranges libvirt loads. A range with a bound that fails its getter or a check of `qemu/value-range`
 * is left out: libvirt refuses the file, and those rules say why.
 */
function effectiveRanges(scope: ValueScope): EffectiveRange[] {
  const refused = new Set(problemsFor(scope, "qemu/value-range").map((problem) => problem.key));
  return RANGES.flatMap((keys): EffectiveRange[] => {
    if (refused.has(keys.min) || refused.has(keys.max)) return [];
    const min = bound(scope, keys.min);
    const max = bound(scope, keys.max);
    if (!min || !max) return [];
    return [{ keys, min: min.value, max: max.value, minEntry: min.entry, maxEntry: max.entry }];
  });
}

const isExplicit = (range: EffectiveRange): range is ExplicitRange => range.minEntry !== null && range.maxEntry !== null;

const isDefault = (range: EffectiveRange): boolean =>
  range.min === defaultPort(range.keys.min) && range.max === defaultPort(range.keys.max);

const overlap = (a: EffectiveRange, b: EffectiveRange): boolean => a.min <= b.max && b.min <= a.max;

/** Every pair of items once, earlier item first. */
function pairs<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
}

/**
 * Who QEMU runs as when that is not root: the effective `user`, or null for the build's unprivileged
 * account (`user` absent) and for a session daemon, which cannot start QEMU as root whatever the file
 * says. Undefined when QEMU runs as root, or when `user` fails its getter (libvirt refuses the file).
 */
function nonRootUser(scope: ValueScope): string | null | undefined {
  if (!scope.settings.privileged) return null;
  const reading = readKey(scope, "user");
  if (reading.status === "absent") return null;
  if (reading.status !== "ok" || reading.typed.type !== "string") return undefined;
  return namesRoot(reading.typed.value) ? undefined : reading.typed.value;
}

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/port-ranges",
    engine: "qemu",
    type: "problem",
    description: "Privileged migration ports with non-root QEMU; explicit ranges that overlap",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      privilegedMigrationPorts: "migration_port_min {{value}} is below 1024; QEMU running as a non-root user cannot listen there.",
      overlap:
        "{{range}} ports {{min}}–{{max}} overlap the {{otherRange}} ports {{otherMin}}–{{otherMax}}: firewall rules for one range open the other, and the two port allocators compete for the same ports.",
    },
  },
  check(context) {
    const ranges = effectiveRanges(context);

    // The default minimum is 49152, so only a written one can be below 1024.
    const migration = ranges.find((range) => range.keys.min === "migration_port_min");
    const entry = migration?.minEntry;
    const user = nonRootUser(context);
    if (migration && entry && migration.min < FIRST_UNPRIVILEGED_PORT && user !== undefined) {
      context.report({
        messageId: "privilegedMigrationPorts",
        values: { value: migration.min },
        span: { start: entry.value.start, end: entry.value.end },
        data: { key: entry.name, value: migration.min, user },
      });
    }

    // The default ranges overlap by design (5900–65535 holds 5700–65535's upper part and 49152–49215):
    // only ranges that were written out, and changed, say something about this host.
    const written = ranges.filter(isExplicit).sort((a, b) => a.minEntry.span.start - b.minEntry.span.start);
    for (const [first, later] of pairs(written)) {
      if (!overlap(first, later) || (isDefault(first) && isDefault(later))) continue;
      const values = {
        range: later.keys.label,
        min: later.min,
        max: later.max,
        otherRange: first.keys.label,
        otherMin: first.min,
        otherMax: first.max,
      };
      const at = later.minEntry.value;
      context.report({ messageId: "overlap", values, span: { start: at.start, end: at.end }, data: values });
    }
  },
});

export default rule;
