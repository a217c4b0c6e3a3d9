/**
 * On/off keys of an engine-config dump as the engine reads them (spec engine-config §4.2, §7.1), for
 * the rules that flag a security switch turned off (or a risky one turned on): the finding points at
 * the value and carries the `engine-config -s` command that sets the other state.
 */
import { ovirtKey } from "../../src/catalogue/ovirt.js";
import { displayValue } from "../../src/core/display.js";
import type { ReportDescriptor } from "../../src/core/rule.js";
import type { EcRecord, EngineConfigDocument } from "../../src/parsers/engine-config-types.js";
import { generalRecord, isBooleanText, readsAsTrue, setCommand } from "./_values.js";

/** A boolean key's `general` row that the engine reads as the state a rule looks for. */
export interface FlagReading {
  record: EcRecord;
  /**
   * The state as a message names it: `false`/`true` when the text says so (any letter case), or the
   * quoted text and how it is read (`"yes" (read as false)`) for a value that only reads as false.
   */
  state: string;
  /** `engine-config -s KEY=<the other state>`. */
  fix: string;
}

/**
 * Whether `ovirt/value-type` rejects the value, so that this rule must skip it (spec §7.1): only keys
 * the catalogue types `Boolean` are checked there. Keys without a declared type but with
 * `validValues=true,false` (`SSLEnabled`, `EnableSpiceRootCertificateValidation`) are `String` keys for
 * the tool, yet the engine still reads them with `Boolean.parseBoolean`, so `yes` turns them off.
 */
function failsValueType(key: string, value: string): boolean {
  return ovirtKey(key)?.type === "Boolean" && !isBooleanText(value);
}

/**
 * The `general` row of `key` when the engine reads it as `readAs` (`Boolean.parseBoolean`: only
 * `true`, in any letter case, is true); undefined when the key is absent, reads the other way, or
 * its value fails `ovirt/value-type`.
 */
export function flagReadAs(document: EngineConfigDocument, key: string, readAs: boolean): FlagReading | undefined {
  const record = generalRecord(document, key);
  if (record === undefined || failsValueType(key, record.value) || readsAsTrue(record.value) !== readAs) return undefined;
  const state = isBooleanText(record.value) ? String(readAs) : `${displayValue(record.value)} (read as ${String(readAs)})`;
  return { record, state, fix: setCommand(key, String(!readAs)) };
}

/**
 * The report of a flag read as `readAs`: at the value, with `{{state}}` and `{{fix}}` for a message
 * that ends in ` Fix: {{fix}}.`, and the command as a suggestion without edits (a dump has no file to
 * fix).
 */
export function flagReport(document: EngineConfigDocument, key: string, readAs: boolean, messageId: string): ReportDescriptor | undefined {
  const reading = flagReadAs(document, key, readAs);
  if (reading === undefined) return undefined;
  return {
    messageId,
    values: { state: reading.state, fix: reading.fix },
    span: reading.record.valueSpan,
    data: { key, value: reading.record.value },
    suggestions: [{ desc: reading.fix }],
  };
}
