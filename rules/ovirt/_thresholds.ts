/**
 * Shared by the ovirt rules of spec engine-config §7.7–7.9 that compare a key's value with a limit or
 * with its catalogue default: the rows the engine reads, their values as the engine parses them, and
 * the finding at a value whose message ends with ` Fix: <engine-config -s command>.` and carries the
 * command as a suggestion without edits (a dump has no file to fix). On/off keys read from their
 * `general` row are left to `_flags.ts`.
 */
import { defaultFor, ovirtKey } from "../../src/catalogue/ovirt.js";
import type { ReportDescriptor } from "../../src/core/rule.js";
import type { EcRecord, EngineConfigDocument } from "../../src/parsers/engine-config-types.js";
import { displayKeyValue, effectiveRecords, generalRecord, parseJavaInt, setCommand } from "./_values.js";

/**
 * The rows the engine reads: one per cluster level for a versioned key; only the `general` row of any
 * other key (the engine asks for that version, so a stray cluster-level row is never used).
 */
export function engineRows(document: EngineConfigDocument, key: string): EcRecord[] {
  if (ovirtKey(key)?.versioned) return effectiveRecords(document, key);
  const record = generalRecord(document, key);
  return record === undefined ? [] : [record];
}

interface IntegerReading {
  value: number;
  record: EcRecord;
}

/** Rows of an Integer key as `Integer.parseInt` reads them; a row that does not parse fails `ovirt/value-type` and is skipped (spec §7.1). */
function integerReadings(document: EngineConfigDocument, key: string): IntegerReading[] {
  return engineRows(document, key).flatMap((record) => {
    const value = parseJavaInt(record.value);
    return value === undefined ? [] : [{ value, record }];
  });
}

/** The command that writes `value` to the row's key and version (`--cver=` for a cluster level). */
export const rowCommand = (record: EcRecord, value: string): string => setCommand(record.key, value, record.version);

/** The finding at a row's value, with `{{fix}}` set to the remedy command, also given as a suggestion. */
export function fixReport(
  record: EcRecord,
  messageId: string,
  values: Readonly<Record<string, string | number>>,
  fix: string,
): ReportDescriptor {
  return {
    messageId,
    values: { ...values, fix },
    span: record.valueSpan,
    data: { key: record.key, version: record.version, value: record.value },
    suggestions: [{ desc: fix }],
  };
}

/** An Integer key compared with a limit: which message a value gets, if any. */
export interface IntegerCheck {
  key: string;
  /** The messageId reporting `value`, or undefined when the value is fine. */
  judge(value: number): string | undefined;
  /** What the fix sets when the catalogue default itself would be reported (only possible through options). */
  fallback: number;
}

/** The value a fix sets: the catalogue default of that row when the check accepts it, else the check's fallback. */
function safeValue(check: IntegerCheck, version: string): number {
  const preset = parseJavaInt(defaultFor(check.key, version) ?? "");
  return preset !== undefined && check.judge(preset) === undefined ? preset : check.fallback;
}

/**
 * One finding per row whose value the check judges, at the value; the message gets `{{value}}` (the
 * integer as the engine reads it), the `extra` values, and `{{fix}}`.
 */
export function integerReports(
  document: EngineConfigDocument,
  check: IntegerCheck,
  extra: Readonly<Record<string, string | number>> = {},
): ReportDescriptor[] {
  return integerReadings(document, check.key).flatMap(({ value, record }) => {
    const messageId = check.judge(value);
    if (messageId === undefined) return [];
    return [fixReport(record, messageId, { ...extra, value }, rowCommand(record, String(safeValue(check, record.version))))];
  });
}

/** A row whose value is not the catalogue default for its version. */
export interface NonDefaultRow {
  record: EcRecord;
  /** The catalogue default of that row. */
  preset: string;
  /** The value as a message shows it: an Integer as the engine reads it, other values quoted (or hidden). */
  shown: string;
}

/**
 * Rows whose value differs from the catalogue default of that key and version, compared as the
 * engine reads them (Integer keys by number, so `+7410` is 7410; others by text). Rows the catalogue
 * has no default for, and Integer values failing `ovirt/value-type`, are skipped.
 */
export function nonDefaultRows(document: EngineConfigDocument, key: string): NonDefaultRow[] {
  const integer = ovirtKey(key)?.type === "Integer";
  return engineRows(document, key).flatMap((record) => {
    const preset = defaultFor(key, record.version);
    if (preset === undefined) return [];
    if (!integer) return record.value === preset ? [] : [{ record, preset, shown: displayKeyValue(key, record.value) }];
    const value = parseJavaInt(record.value);
    return value === undefined || value === parseJavaInt(preset) ? [] : [{ record, preset, shown: String(value) }];
  });
}
