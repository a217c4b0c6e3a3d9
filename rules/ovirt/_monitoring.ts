/**
 * Numeric host-monitoring and fencing keys of an engine-config dump (spec engine-config §5, §7.1,
 * §7.5), shared by the `ovirt/` monitoring rules: read a key's `general` row as the engine parses it,
 * fall back to its 4.5.7 default where a rule may, and report at the value with the `engine-config -s`
 * command that fixes it.
 */
import { defaultFor, ovirtKey } from "../../src/catalogue/ovirt.js";
import type { ReportDescriptor } from "../../src/core/rule.js";
import type { EcRecord, EngineConfigDocument } from "../../src/parsers/engine-config-types.js";
import { displayKeyValue, generalRecord, parseJavaDouble, parseJavaInt, setCommand } from "./_values.js";

/**
 * What a dump says about a numeric key. Unreadable records never provide values, so a key whose only
 * records are unreadable is `absent`; `notANumber` is a value `ovirt/value-type` reports, which every
 * other rule skips (spec §7.1) — only the fencing model replaces it by the default.
 */
export type NumberReading =
  | { kind: "value"; value: number; record: EcRecord }
  | { kind: "absent" }
  | { kind: "notANumber"; record: EcRecord };

/**
 * The effective `general` row of `key`, parsed as the engine parses its type: `Double.parseDouble` for
 * the two `DelayReset…` keys, `Integer.parseInt` for every other monitoring key. The engine reads these
 * keys without a cluster level, so rows of other versions play no part.
 */
export function readNumber(document: EngineConfigDocument, key: string): NumberReading {
  const record = generalRecord(document, key);
  if (record === undefined) return { kind: "absent" };
  const value = ovirtKey(key)?.type === "Double" ? parseJavaDouble(record.value) : parseJavaInt(record.value);
  return value === undefined ? { kind: "notANumber", record } : { kind: "value", value, record };
}

/** The 4.5.7 default of a numeric `general` key (§5); a catalogue without it is a bug of ours. */
export function defaultNumber(key: string): number {
  const text = defaultFor(key, "general");
  const value = text === undefined ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) throw new Error(`the catalogue has no numeric default for ${key}`);
  return value;
}

/**
 * The value the engine works with when a missing key means its default: the dump's value, the 4.5.7
 * default when the dump has none, undefined when the dump's value fails `ovirt/value-type`.
 */
export function valueOrDefault(document: EngineConfigDocument, key: string): { value: number; record?: EcRecord } | undefined {
  const reading = readNumber(document, key);
  if (reading.kind === "notANumber") return undefined;
  return reading.kind === "value" ? { value: reading.value, record: reading.record } : { value: defaultNumber(key) };
}

/**
 * The value a remedy sets when a key is outside [min, max]: its 4.5.7 default, moved into the range when
 * the options exclude the default itself.
 */
export function remedyWithin(key: string, min: number, max: number): number {
  return Math.min(Math.max(defaultNumber(key), min), max);
}

/** One `engine-config -s` a remedy runs. */
export interface Setting {
  key: string;
  value: number;
}

/** What a rule says about a value: its message, the placeholders besides `value` and `fix`, and the remedy. */
export interface Verdict {
  messageId: string;
  values?: Readonly<Record<string, string | number>>;
  /** Run in this order; several are joined into one command line with `&&`. */
  fixes: readonly Setting[];
}

/**
 * A value as messages show it: the number when the dump prints it that way (`3`), otherwise the dump's
 * text quoted, with how the engine reads it (`"+03" (read as 3)`), so nothing the dump says is hidden.
 */
function shownNumber(record: EcRecord, value: number): string {
  return String(value) === record.value ? record.value : `${displayKeyValue(record.key, record.value)} (read as ${value})`;
}

/**
 * The finding at a record's value: `{{value}}` is the shown value and `{{fix}}` the command line for a
 * message that ends in ` Fix: {{fix}}.`; the same command is the suggestion (a dump has no file to edit).
 */
export function valueReport(record: EcRecord, value: number, verdict: Verdict): ReportDescriptor {
  const fix = verdict.fixes.map((setting) => setCommand(setting.key, String(setting.value))).join(" && ");
  return {
    messageId: verdict.messageId,
    values: { ...verdict.values, value: shownNumber(record, value), fix },
    span: record.valueSpan,
    data: { key: record.key, value: record.value },
    suggestions: [{ desc: fix }],
  };
}

/**
 * The usual monitoring check: judge the value of `key` and report at it. An absent key is at its
 * default and a value failing `ovirt/value-type` is skipped (spec §7.1), so neither gives a finding.
 */
export function judgeNumber(
  document: EngineConfigDocument,
  key: string,
  judge: (value: number) => Verdict | undefined,
): ReportDescriptor | undefined {
  const reading = readNumber(document, key);
  if (reading.kind !== "value") return undefined;
  const verdict = judge(reading.value);
  return verdict && valueReport(reading.record, reading.value, verdict);
}
