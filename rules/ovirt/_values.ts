/**
 * Effective values of an engine-config dump as the engine reads them (spec engine-config §4.2, §7.1),
 * shared by the ovirt rules: the last readable record of each (key, version), typed through the
 * engine's own parsers, with values that fail `ovirt/value-type` left out.
 */
import { isSecretKey } from "../../src/catalogue/ovirt.js";
import { displayValue, HIDDEN } from "../../src/core/display.js";
import { memoizeByObject } from "../../src/core/memo.js";
import type { EcRecord, EngineConfigDocument } from "../../src/parsers/engine-config-types.js";

/** The records that decide a key: one per version (`general` or a cluster level), in file order. */
export function effectiveRecords(document: EngineConfigDocument, key: string): EcRecord[] {
  const byVersion = document.effective.get(key);
  return byVersion ? [...byVersion.values()].sort((a, b) => a.span.start - b.span.start) : [];
}

/**
 * The records of a dump split once into those that decide their (key, version) (spec §3.5) and those
 * a later record of the same key and version replaces, both in file order: several rules ask.
 */
const recordsByRole = memoizeByObject((document: EngineConfigDocument) => {
  const effective: EcRecord[] = [];
  const replaced: EcRecord[] = [];
  for (const record of document.records) (document.effective.get(record.key)?.get(record.version) === record ? effective : replaced).push(record);
  return { effective, replaced };
});

/** The record that decides each (key, version) (spec §3.5), in file order. */
export function effectiveInFileOrder(document: EngineConfigDocument): readonly EcRecord[] {
  return recordsByRole(document).effective;
}

/** The records a later record of the same key and version replaces, in file order (none when no row repeats). */
export function replacedRecords(document: EngineConfigDocument): readonly EcRecord[] {
  return recordsByRole(document).replaced;
}

/** The decisive record of a key that has one `general` row (most monitoring and security keys). */
export function generalRecord(document: EngineConfigDocument, key: string): EcRecord | undefined {
  return document.effective.get(key)?.get("general");
}

/** `Integer.parseInt`: optional sign, decimal digits, 32-bit range, no blanks. */
export function parseJavaInt(text: string): number | undefined {
  if (!/^[+-]?[0-9]+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= -2147483648 && value <= 2147483647 ? value : undefined;
}

/** Java's `Double.parseDouble` grammar (blanks trimmed, NaN, Infinity, hex floats, f/d suffix). */
const JAVA_DOUBLE =
  /^[+-]?(?:NaN|Infinity|(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?[0-9]+)[fFdD]?)$/;

export function parseJavaDouble(text: string): number | undefined {
  // Java trims every character up to U+0020 before parsing.
  const trimmed = text.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, "");
  if (!JAVA_DOUBLE.test(trimmed)) return undefined;
  const plain = trimmed.replace(/[fFdD]$/, "");
  if (/^[+-]?0[xX]/.test(plain)) return parseHexFloat(plain);
  return Number(plain);
}

function parseHexFloat(text: string): number {
  const match = /^([+-]?)0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)[pP]([+-]?[0-9]+)$/.exec(text)!;
  const [, sign, whole = "", fraction = "", exponent = "0"] = match;
  const mantissa = parseInt(whole || "0", 16) + (fraction ? parseInt(fraction, 16) / 16 ** fraction.length : 0);
  return (sign === "-" ? -1 : 1) * mantissa * 2 ** Number(exponent);
}

/** `Boolean.parseBoolean`: only `true`, in any letter case, is true (`yes`, `1`, `on` are false). */
export function readsAsTrue(text: string): boolean {
  return text.toLowerCase() === "true";
}

/** Whether the text is a boolean engine-config would print (`true`/`false`, any case). */
export function isBooleanText(text: string): boolean {
  return /^(?:true|false)$/i.test(text);
}

/**
 * An Integer key's value as the engine reads it, from its `general` row; undefined when the key is
 * absent or its value does not parse (`ovirt/value-type` reports that).
 */
export function integerValue(document: EngineConfigDocument, key: string): { value: number; record: EcRecord } | undefined {
  const record = generalRecord(document, key);
  const value = record === undefined ? undefined : parseJavaInt(record.value);
  return record === undefined || value === undefined ? undefined : { value, record };
}

/** A Double key's value, as `integerValue`. */
export function doubleValue(document: EngineConfigDocument, key: string): { value: number; record: EcRecord } | undefined {
  const record = generalRecord(document, key);
  const value = record === undefined ? undefined : parseJavaDouble(record.value);
  return record === undefined || value === undefined ? undefined : { value, record };
}

/**
 * A Boolean key's value as the engine reads it; undefined when absent or not `true`/`false` (such a
 * value is read as false by the engine, but `ovirt/value-type` reports it and other rules skip it).
 */
export function booleanValue(document: EngineConfigDocument, key: string): { value: boolean; record: EcRecord } | undefined {
  const record = generalRecord(document, key);
  return record === undefined || !isBooleanText(record.value) ? undefined : { value: readsAsTrue(record.value), record };
}

/** Values never shown (spec §7.1); the catalogue decides. */
export const isHiddenKey = isSecretKey;

/** A value as messages show it: quoted, escaped, shortened, or `(hidden)` for secrets. */
export function displayKeyValue(key: string, raw: string): string {
  return isHiddenKey(key) ? HIDDEN : displayValue(raw);
}

/**
 * The command that sets a key, as a finding's remedy: `engine-config -s KEY=VALUE`, with `--cver=`
 * for a row of a cluster level. Secrets are never put into a command.
 */
export function setCommand(key: string, value: string, version = "general"): string {
  const shownValue = isHiddenKey(key) ? "…" : /[\s"'$`\\;&|<>()*?]/.test(value) || value === "" ? `'${value.replace(/'/g, "'\\''")}'` : value;
  return `engine-config -s ${key}=${shownValue}${version === "general" ? "" : ` --cver=${version}`}`;
}
