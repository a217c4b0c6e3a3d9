/**
 * What engine-config's value helpers and the engine's own parsers accept (spec engine-config §4.2,
 * §4.3, §7.4), shared by `ovirt/value-type` (does the value parse as the key's type?) and
 * `ovirt/value-not-allowed` (would `-s` accept it under `validValues`?), plus the default exemption of
 * §7.1 and the remedy both offer: setting the catalogue default again.
 */
import { defaultFor, ovirtKey, type OvirtKey } from "../../src/catalogue/ovirt.js";
import { memoizeByObject } from "../../src/core/memo.js";
import type { EcRecord, EngineConfigDocument } from "../../src/parsers/engine-config-types.js";
import { effectiveInFileOrder, isBooleanText, isHiddenKey, parseJavaDouble, parseJavaInt, setCommand } from "./_values.js";

/** A `validValues` list (§4.3): `a..b` pieces are inclusive integer ranges, every other piece a literal. */
export interface ValidValues {
  literals: string[];
  ranges: { min: number; max: number }[];
}

/** `IntegerValueHelper`'s test for a range piece (`String.matches("\\d+\\.\\.\\d+")`). */
const RANGE = /^([0-9]+)\.\.([0-9]+)$/;

export function parseValidValues(text: string): ValidValues {
  const parsed: ValidValues = { literals: [], ranges: [] };
  for (const piece of text.split(",")) {
    const range = RANGE.exec(piece);
    if (range) parsed.ranges.push({ min: Number(range[1]), max: Number(range[2]) });
    else parsed.literals.push(piece);
  }
  return parsed;
}

/** The parsed `validValues` of a catalogue entry, kept for the run (there are only the catalogue's). */
const validValuesOf = memoizeByObject((entry: OvirtKey): ValidValues | undefined =>
  entry.validValues === null ? undefined : parseValidValues(entry.validValues),
);

/**
 * Java's `String.split(separator)` (limit 0): no match gives the whole text (so `""` gives `[""]`),
 * and trailing empty pieces are dropped (so `"a,"` gives `["a"]` and `","` gives `[]`).
 */
function javaSplit(text: string, separator: string): string[] {
  if (!text.includes(separator)) return [text];
  const pieces = text.split(separator);
  while (pieces.length > 0 && pieces[pieces.length - 1] === "") pieces.pop();
  return pieces;
}

/** Why a value does not parse as its key's type; each is a message id of `ovirt/value-type`. */
export type TypeProblem =
  | "integer"
  | "integerRange"
  | "integerOrJson"
  | "double"
  | "boolean"
  | "integerList"
  | "mtu"
  | "password"
  | "webSocketProxy"
  | "migrationPolicies"
  | "deviceSyntax"
  | "customProperties"
  | "deviceProperties"
  | "fenceConfig"
  | "remoteViewerVersions";

/** `Integer.parseInt` failures: not a decimal integer at all, or one outside the 32-bit range. */
function integerProblem(value: string): "integer" | "integerRange" | undefined {
  if (parseJavaInt(value) !== undefined) return undefined;
  return /^[+-]?[0-9]+$/.test(value) ? "integerRange" : "integer";
}

function parsesAsJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `{"x86":710,"ppc":384}`: the per-architecture form `MaxNumOfVmCpus` holds since 4.5. */
function isJsonObjectOfIntegers(text: string): boolean {
  const parsed = parsesAsJson(text);
  return isPlainObject(parsed) && Object.values(parsed).every((item) => Number.isInteger(item));
}

/**
 * Keys typed `Integer` whose seeded value is a JSON object (only `MaxNumOfVmCpus`, spec §4.4): the
 * engine reads such a key as a map, so the JSON form is what it expects.
 */
function holdsJsonObjects(entry: OvirtKey): boolean {
  const defaults = [entry.default, ...Object.values(entry.defaultsByVersion ?? {})];
  return defaults.some((value) => value !== null && value.startsWith("{") && isPlainObject(parsesAsJson(value)));
}

/** `host:port` as `new URI("foo://" + value)` reads it: a host name, IPv4 or bracketed IPv6 address. */
const HOST_PORT = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]):([0-9]+)$/;

function isWebSocketProxyLocation(value: string): boolean {
  if (value === "Off") return true;
  const port = HOST_PORT.exec(value)?.[1];
  // WebSocketProxyLocationValueHelper: `0 < port && port < 65636`.
  return port !== undefined && Number(port) > 0 && Number(port) < 65636;
}

/** RemoteViewerSupportedVersionsValueHelper: non-empty `os:version` pairs split on `;`, then `:`. */
function isRemoteViewerVersions(value: string): boolean {
  if (value === "") return false;
  return javaSplit(value, ";").every((pair) => {
    const parts = javaSplit(pair, ":");
    return parts.length === 2 && parts.every((part) => part !== "");
  });
}

/** The loose check of the custom-property syntax `name=regex;name=regex…` (spec §7.4). */
function customPropertiesProblem(value: string): "deviceSyntax" | "customProperties" | undefined {
  if (value === "") return undefined;
  if (value.startsWith("{")) return "deviceSyntax";
  return /^[A-Za-z0-9_]+=/.test(value) ? undefined : "customProperties";
}

/**
 * Why `value` does not parse as the type of `entry` (spec §7.4 `ovirt/value-type`), or undefined when
 * it does. `String` and `StringMultiple` keys accept any text here; their lists are `validValues`
 * business (`allowedProblem`). With `jsonForIntegers` false, the JSON exception of
 * `MaxNumOfVmCpus` is not made: that is what engine-config's own `IntegerValueHelper` accepts.
 */
export function typeProblem(entry: OvirtKey, value: string, jsonForIntegers = true): TypeProblem | undefined {
  switch (entry.type) {
    case "Integer": {
      const problem = integerProblem(value);
      if (problem === undefined || !jsonForIntegers || !holdsJsonObjects(entry)) return problem;
      return isJsonObjectOfIntegers(value) ? undefined : "integerOrJson";
    }
    case "Double":
      return parseJavaDouble(value) === undefined ? "double" : undefined;
    case "Boolean":
      return isBooleanText(value) ? undefined : "boolean";
    case "IntegerMultiple":
      return value.endsWith(",") || javaSplit(value, ",").some((piece) => parseJavaInt(piece) === undefined) ? "integerList" : undefined;
    case "Mtu": {
      const mtu = parseJavaInt(value);
      if (mtu === undefined) return integerProblem(value);
      return mtu === 0 || mtu >= 68 ? undefined : "mtu";
    }
    case "Password":
      // PasswordValueHelper.getValue prints only these two words, never the secret.
      return value === "Set" || value === "Empty" ? undefined : "password";
    case "WebSocketProxyLocation":
      return isWebSocketProxyLocation(value) ? undefined : "webSocketProxy";
    case "MigrationPolicies":
      return Array.isArray(parsesAsJson(value)) ? undefined : "migrationPolicies";
    case "UserDefinedVMProperties":
    case "CustomProperties":
      return customPropertiesProblem(value);
    case "DeviceCustomProperties":
      return value === "" || value.startsWith("{type=") ? undefined : "deviceProperties";
    case "FenceConfig":
      return value === "" ? "fenceConfig" : undefined;
    case "RemoteViewerSupportedVersions":
      return isRemoteViewerVersions(value) ? undefined : "remoteViewerVersions";
    case "String":
    case "StringMultiple":
      return undefined;
  }
}

/** Why `-s` would refuse a value under the key's `validValues`; each is a message id of `ovirt/value-not-allowed`. */
export type AllowedProblem = "integerOutside" | "integerNotListed" | "notListed" | "notSubset";

/** IntegerValueHelper: equal to a literal (compared as integers) or inside a range. */
function integerAllowed(value: number, allowed: ValidValues): boolean {
  return allowed.literals.some((literal) => parseJavaInt(literal) === value) || allowed.ranges.some(({ min, max }) => value >= min && value <= max);
}

/**
 * StringMultipleValueHelper: `""`, or a `,`-split whose pieces form a sub-collection of the list
 * (`CollectionUtils.isSubCollection`: each piece at most as often as it is listed).
 */
function isSubCollection(value: string, listed: string[]): boolean {
  if (value === "") return true;
  const remaining = new Map<string, number>();
  for (const item of listed) remaining.set(item, (remaining.get(item) ?? 0) + 1);
  return javaSplit(value, ",").every((piece) => {
    const left = remaining.get(piece) ?? 0;
    remaining.set(piece, left - 1);
    return left > 0;
  });
}

/**
 * Why `-s` would refuse `value` under `validValues` (spec §4.2), or undefined when it would accept it
 * or the key has no list. The value must pass `typeProblem` first (an Integer that does not parse is
 * `ovirt/value-type`'s). Every type other than Integer and StringMultiple is validated by
 * StringValueHelper's `List.contains` (there is no BooleanValueHelper).
 */
export function allowedProblem(entry: OvirtKey, value: string): AllowedProblem | undefined {
  const allowed = validValuesOf(entry);
  if (allowed === undefined) return undefined;
  switch (entry.type) {
    case "Integer": {
      const number = parseJavaInt(value);
      if (number === undefined || integerAllowed(number, allowed)) return undefined;
      return allowed.ranges.length > 0 ? "integerOutside" : "integerNotListed";
    }
    case "StringMultiple":
      return isSubCollection(value, allowed.literals) ? undefined : "notSubset";
    default:
      return allowed.literals.includes(value) ? undefined : "notListed";
  }
}

/**
 * The default exemption of spec §7.1: a value equal to the catalogue default of its key and version
 * is never reported by the value rules (this keeps the seeded oddities of §4.4 quiet).
 */
export function isCatalogueDefault(record: EcRecord): boolean {
  return defaultFor(record.key, record.version) === record.value;
}

/** The key as value messages name it: with its cluster level for a versioned row. */
export function keyLabel(record: EcRecord): string {
  return record.version === "general" ? record.key : `${record.key} (version ${record.version})`;
}

/** Messages show at most 40 code points of a value (spec §7.1); a longer default is not spelled out. */
const MAX_COMMAND_VALUE = 40;

/**
 * The remedy of a value rule: `engine-config -s` with the catalogue default of that key and version.
 * None when there is no default for the row, for secrets (a password is set interactively), and when
 * `-s` itself would refuse the default (the seeded oddities of §4.4, such as `MaxNumOfVmCpus` JSON or
 * `EngineMode` `Active`, can only be restored through SQL), and for defaults longer than a message
 * may show (the JSON of `MigrationPolicies`, the regexes of `CustomDeviceProperties`).
 */
export function restoreDefaultCommand(entry: OvirtKey, record: EcRecord): string | undefined {
  const value = defaultFor(record.key, record.version);
  if (value === undefined || isHiddenKey(record.key) || Array.from(value).length > MAX_COMMAND_VALUE) return undefined;
  if (typeProblem(entry, value, false) !== undefined || allowedProblem(entry, value) !== undefined) return undefined;
  return setCommand(record.key, value, record.version);
}

/** A value rule's remedy: the `{{remedy}}` text that ends its message, and the matching suggestions. */
export interface Remedy {
  /** ` Fix: <command>.`, or empty when there is no command. */
  text: string;
  /** The command as a suggestion without edits (a dump has no file to fix). */
  suggestions: { desc: string }[] | undefined;
}

export function remedy(command: string | undefined): Remedy {
  return command === undefined ? { text: "", suggestions: undefined } : { text: ` Fix: ${command}.`, suggestions: [{ desc: command }] };
}

/** An effective record with what the value rules all ask about it. */
export interface CheckedRecord {
  record: EcRecord;
  /** Its catalogue entry; undefined for an unknown key. */
  entry: OvirtKey | undefined;
  /** The default exemption of §7.1 (`isCatalogueDefault`). */
  isDefault: boolean;
  /** `typeProblem` of a known key's value that is not its default; undefined when the value parses, and for defaults and unknown keys, which no value rule checks. */
  typeProblem: TypeProblem | undefined;
}

/**
 * The effective records in file order (spec §3.5), checked once per dump for `ovirt/value-type`,
 * `ovirt/value-not-allowed` and `ovirt/reset-on-upgrade`.
 */
export const checkedRecords: (document: EngineConfigDocument) => readonly CheckedRecord[] = memoizeByObject((document) =>
  effectiveInFileOrder(document).map((record) => {
    const entry = ovirtKey(record.key);
    const isDefault = isCatalogueDefault(record);
    return { record, entry, isDefault, typeProblem: entry === undefined || isDefault ? undefined : typeProblem(entry, record.value) };
  }),
);
