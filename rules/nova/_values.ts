/**
 * How oslo.config turns a nova.conf value into what the service reads (spec nova-conf §7, §8): the
 * type conversions of `oslo_config/types.py` with their exact error texts, the `$` substitution of
 * `ConfigOpts._substitute`, and which values are secrets (§14.1).
 *
 * The value rules (`nova/invalid-value`, `nova/empty-value`, `nova/unresolved-substitution`,
 * `nova/dollar-in-secret`, `nova/secret-in-clear`, `nova/mysql-driver`) only word and place what this
 * module finds; other rules convert effective values through `convert`.
 *
 * Python semantics kept on purpose: `str.strip()`'s whitespace set, `int()`/`float()` syntax (signs,
 * `_` between digits, every Unicode decimal digit), `re`'s `$` (which also matches before a final
 * `\n`), `%g` and `repr()` number formatting, code-point lengths.
 */
import { deprecatedTarget, novaOption, novaOptionsOf, type NovaOption } from "../../src/catalogue/nova.js";
import type { Edit } from "../../src/core/diagnostic.js";
import { displayValue, looksSecret } from "../../src/core/display.js";
import { isIpAddress, isIPv6 } from "../../src/core/ip.js";
import { maskUrlPasswords, urlPasswords } from "../../src/core/url-passwords.js";
import type { NovaDocument, NovaSettings } from "../../src/engines/nova.js";
import { pyStrip } from "../../src/parsers/oslo-ini.js";
import type { IniAssignment } from "../../src/parsers/oslo-ini-types.js";
import { effectiveOption } from "./_effective.js";
import { keyKind, optionId } from "./_structure.js";

const DEFAULT_GROUP = "DEFAULT";

// ---------------------------------------------------------------------------------------------------
// Converted values and type descriptions
// ---------------------------------------------------------------------------------------------------

/** What oslo.config returns: str, int or float (both numbers here), bool, None, list, dict. */
export type OsloValue = string | number | boolean | null | readonly OsloValue[] | ReadonlyMap<string, OsloValue>;

export type Conversion = { ok: true; value: OsloValue } | { ok: false; error: string };

/** How an error text shows a value (oslo uses `repr()`; enginelint's messages use `displayValue`). */
export type ShowValue = (value: string) => string;

/**
 * An oslo type with its parameters: a catalogue option (`NovaOption`) or the element type of a list,
 * dict or multi option (`item_type`, `value_type`), field names as in options.json.
 */
export interface OsloType {
  readonly type: string;
  /** A custom element class (`CapNameOrInt`, `UnifiedLimitsResource`): not checked (spec §7). */
  readonly type_class?: string;
  readonly min?: number | null;
  readonly max?: number | null;
  readonly choices?: readonly (string | number | null)[] | null;
  readonly ignore_case?: boolean;
  readonly regex?: string;
  readonly max_length?: number;
  readonly schemes?: readonly string[];
  readonly item_type?: OsloType;
  readonly value_type?: OsloType;
}

const STRING: OsloType = { type: "string" };

const ok = (value: OsloValue): Conversion => ({ ok: true, value });
const fail = (error: string): Conversion => ({ ok: false, error });

/**
 * oslo's conversion of one value read from a file (after `$` substitution), with oslo's error text in
 * which values are shown through `show`. For `multistring`/`multi` options the value is one
 * occurrence, converted by the item type. `""` is None for int, float and port.
 */
export function convert(option: OsloType, raw: string, show: ShowValue = displayValue): Conversion {
  if (option.type === "multistring") return convertAs(STRING, raw, show);
  if (option.type === "multi") return convertAs(option.item_type ?? STRING, raw, show);
  return convertAs(option, raw, show);
}

function convertAs(spec: OsloType, raw: string, show: ShowValue): Conversion {
  if (spec.type_class !== undefined) return ok(raw);
  switch (spec.type) {
    case "bool":
      return convertBool(raw, show);
    case "int":
      return convertNumber(spec, raw, PY_INT_TYPE, show);
    case "port":
      return convertNumber({ ...spec, min: spec.min ?? PORT_MIN, max: spec.max ?? PORT_MAX }, raw, PY_INT_TYPE, show);
    case "float":
      // types.Float never passes its choices on to Number.
      return convertNumber({ ...spec, choices: null }, raw, PY_FLOAT_TYPE, show);
    case "list":
      return convertList(spec.item_type ?? STRING, raw, show);
    case "dict":
      return convertDict(spec.value_type ?? STRING, raw, show);
    case "uri":
      return convertUri(spec, raw, show);
    case "ip":
      if (raw === "") return fail("IP address cannot be an empty string");
      return isIpAddress(raw) ? ok(raw) : fail(`${show(raw)} is not IPv4 or IPv6 address`);
    case "hostaddress":
      return isHostAddress(raw) ? ok(raw) : fail(`${show(raw)} is not a valid host address`);
    case "hostdomain":
      return isHostAddress(raw) || isHostname(raw, DOMAIN_LABEL) ? ok(raw) : fail(`${show(raw)} is not a valid host address`);
    default:
      return convertString(spec, raw, show);
  }
}

// ---------------------------------------------------------------------------------------------------
// String, Boolean
// ---------------------------------------------------------------------------------------------------

/** `types.String`: length, then regex (unanchored search), then choices. No nova option sets `quotes`. */
function convertString(spec: OsloType, raw: string, show: ShowValue): Conversion {
  if (spec.max_length !== undefined && spec.max_length > 0 && codePoints(raw) > spec.max_length) {
    return fail(`Value ${show(raw)} exceeds maximum length ${spec.max_length}`);
  }
  if (spec.regex !== undefined) {
    const pattern = pyRegex(spec.regex, spec.ignore_case === true);
    if (pattern !== undefined && !pattern.test(raw)) return fail(`Value ${show(raw)} doesn't match regex ${pyRepr(spec.regex)}`);
  }
  if (!spec.choices) return ok(raw);
  const accepted =
    spec.ignore_case === true
      ? spec.choices.some((choice) => String(choice).toLowerCase() === raw.toLowerCase())
      : spec.choices.some((choice) => choice === raw);
  if (accepted) return ok(raw);
  return fail(`Valid values are [${spec.choices.map(pyStrChoice).join(", ")}], but found ${show(raw)}`);
}

function pyStrChoice(choice: string | number | null): string {
  return choice === null ? "None" : String(choice);
}

const TRUE_VALUES: ReadonlySet<string> = new Set(["true", "1", "on", "yes"]);
const FALSE_VALUES: ReadonlySet<string> = new Set(["false", "0", "off", "no"]);

/** `types.Boolean`: lower-cased, never stripped, so `" true"` or `"true\nyes"` fails. */
function convertBool(raw: string, show: ShowValue): Conversion {
  const lower = raw.toLowerCase();
  if (TRUE_VALUES.has(lower)) return ok(true);
  if (FALSE_VALUES.has(lower)) return ok(false);
  return fail(`Unexpected boolean value ${show(raw)}`);
}

// ---------------------------------------------------------------------------------------------------
// Numbers: types.Number (Integer, Float, Port)
// ---------------------------------------------------------------------------------------------------

const PORT_MIN = 0;
const PORT_MAX = 65535;

/** A number parser of Python's (`int()`, `float()`) with the text of its ValueError. */
interface PyNumber {
  parse(text: string): number | undefined;
  error(shown: string): string;
}

const PY_INT_TYPE: PyNumber = { parse: (text) => parsePyInt(text), error: (shown) => `invalid literal for int() with base 10: ${shown}` };
const PY_FLOAT_TYPE: PyNumber = { parse: (text) => parsePyFloat(text), error: (shown) => `could not convert string to float: ${shown}` };

/** `types.Number.__call__`: blank is None; bounds are inclusive; a `nan` float passes every bound. */
function convertNumber(spec: OsloType, raw: string, number: PyNumber, show: ShowValue): Conversion {
  if (pyStrip(raw) === "") return ok(null);
  const value = number.parse(raw);
  if (value === undefined) return fail(number.error(show(raw)));
  if (spec.choices) {
    if (spec.choices.includes(value)) return ok(value);
    return fail(`Valid values are ${orderedDictRepr(spec.choices)}, but found ${pyFormatG(value)}`);
  }
  if (spec.min !== undefined && spec.min !== null && value < spec.min) return fail(`Should be greater than or equal to ${pyFormatG(spec.min)}`);
  if (spec.max !== undefined && spec.max !== null && value > spec.max) return fail(`Should be less than or equal to ${pyFormatG(spec.max)}`);
  return ok(value);
}

/**
 * `repr()` of the `OrderedDict` types.Number keeps its choices in, as Python 3.12 and later print it
 * (`OrderedDict({256: None, 512: None})`; older Pythons print `OrderedDict([(256, None), …])`).
 */
function orderedDictRepr(choices: readonly (string | number | null)[]): string {
  return `OrderedDict({${choices.map((choice) => `${typeof choice === "string" ? pyRepr(choice) : pyStrChoice(choice)}: None`).join(", ")}})`;
}

const DIGITS = "\\p{Nd}(?:_?\\p{Nd})*";
const PY_INT = new RegExp(`^([+-]?)(${DIGITS})$`, "u");
const PY_FLOAT = new RegExp(`^([+-]?)(?:(inf|infinity|nan)|(${DIGITS})?(?:\\.(${DIGITS})?)?(?:e([+-]?)(${DIGITS}))?)$`, "iu");

/** Python's `int(text)` (base 10): surrounding whitespace, a sign, `_` between digits, any decimal digits. */
export function parsePyInt(text: string): number | undefined {
  const match = PY_INT.exec(pyStrip(text));
  if (!match) return undefined;
  const value = Number(asciiDigits(match[2]!));
  return match[1] === "-" && value !== 0 ? -value : value;
}

/** Python's `float(text)`: `1e3`, `.5`, `5.`, `inf`, `nan`, with the same digits and underscores as int(). */
export function parsePyFloat(text: string): number | undefined {
  const match = PY_FLOAT.exec(pyStrip(text));
  if (!match) return undefined;
  const [, sign, special, whole, fraction, exponentSign, exponent] = match;
  const negative = sign === "-";
  if (special !== undefined) {
    const value = special.toLowerCase() === "nan" ? Number.NaN : Number.POSITIVE_INFINITY;
    return negative ? -value : value;
  }
  if (whole === undefined && fraction === undefined) return undefined;
  const literal = `${asciiDigits(whole ?? "0")}.${asciiDigits(fraction ?? "0")}e${exponentSign ?? ""}${asciiDigits(exponent ?? "0")}`;
  const value = Number(literal);
  return negative ? -value : value;
}

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * Digits as ASCII, underscores dropped. Unicode lays out every decimal digit set as ten consecutive
 * code points from 0 to 9, and adjacent sets each start at a 0, so a digit's value is its distance from
 * the start of its run of digits, modulo 10.
 */
function asciiDigits(text: string): string {
  let out = "";
  for (const char of text) {
    if (char === "_") continue;
    if (char >= "0" && char <= "9") {
      out += char;
      continue;
    }
    const code = char.codePointAt(0)!;
    let start = code;
    while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
    out += String((code - start) % 10);
  }
  return out;
}

/** Python's `'%g' % number` (6 significant digits), as oslo's bound messages print it. */
export function pyFormatG(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  if (value === 0) return Object.is(value, -0) ? "-0" : "0";
  const [mantissa, exponentText] = value.toExponential(5).split("e") as [string, string];
  const exponent = Number(exponentText);
  if (exponent >= -4 && exponent < 6) return stripZeros(value.toFixed(5 - exponent));
  return `${stripZeros(mantissa)}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
}

function stripZeros(fixed: string): string {
  return fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
}

/** Python's `repr(float)`: the shortest round-trip digits, fixed notation from 1e-4 to below 1e16. */
export function pyFloatRepr(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  const [mantissa, exponentText] = value.toExponential().split("e") as [string, string];
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) return `${mantissa}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  const sign = value < 0 ? "-" : "";
  const digits = mantissa.replace("-", "").replace(".", "");
  const point = exponent + 1;
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}.0`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Python's `repr()` of a plain string: single quotes, backslashes and single quotes escaped. */
function pyRepr(text: string): string {
  return `'${text.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
}

/** Python's `len()`: code points, not UTF-16 code units. */
function codePoints(text: string): number {
  return Array.from(text).length;
}

// ---------------------------------------------------------------------------------------------------
// List and Dict
// ---------------------------------------------------------------------------------------------------

/**
 * `types.List`: strip, drop trailing commas (Python's `rstrip(',')` removes every one, the spec says
 * one; `rstrip` is what oslo.config's code does), split on `,`, convert each stripped item. An item
 * that fails is retried with the next piece glued back on; the error raised is the last attempt's
 * (oslo resets `first_error` on every attempt).
 */
function convertList(item: OsloType, raw: string, show: ShowValue): Conversion {
  const text = pyStrip(raw).replace(/,+$/, "");
  if (text === "") return ok([]);
  const pieces = text.split(",");
  const result: OsloValue[] = [];
  while (pieces.length > 0) {
    let piece = pieces.shift()!;
    for (;;) {
      const converted = convertAs(item, pyStrip(piece), show);
      if (converted.ok) {
        result.push(converted.value);
        break;
      }
      if (pieces.length === 0) return converted;
      piece += `,${pieces.shift()!}`;
    }
  }
  return ok(result);
}

/** `types.Dict`: `k:v` pairs split on `,`, each at its first `:`, with the same retry as lists. */
function convertDict(valueType: OsloType, raw: string, show: ShowValue): Conversion {
  const text = pyStrip(raw);
  const result = new Map<string, OsloValue>();
  if (text === "") return ok(result);
  const pairs = text.split(",");
  while (pairs.length > 0) {
    let pair = pairs.shift()!;
    for (;;) {
      const entry = convertPair(valueType, pair, show);
      if (entry.ok) {
        if (entry.key === "") return fail("Key name should not be empty");
        if (result.has(entry.key)) return fail(`Duplicate key ${show(entry.key)}`);
        result.set(entry.key, entry.value);
        break;
      }
      if (pairs.length === 0) return entry;
      pair += `,${pairs.shift()!}`;
    }
  }
  return ok(result);
}

function convertPair(valueType: OsloType, pair: string, show: ShowValue): { ok: true; key: string; value: OsloValue } | { ok: false; error: string } {
  const colon = pair.indexOf(":");
  if (colon < 0) return { ok: false, error: 'Value should be NAME:VALUE pairs separated by ","' };
  const converted = convertAs(valueType, pyStrip(pair.slice(colon + 1)), show);
  return converted.ok ? { ok: true, key: pyStrip(pair.slice(0, colon)), value: converted.value } : converted;
}

// ---------------------------------------------------------------------------------------------------
// Addresses: IPAddress (netaddr with INET_PTON), Hostname, HostAddress, HostDomain
// ---------------------------------------------------------------------------------------------------

/**
 * One label of `types.Hostname` (`(?!-)[A-Z0-9-]{1,63}(?<!-)$`, case-insensitive, `re.match`) and of
 * `types.HostDomain` (which adds `_`). Python's `$` also matches before a final newline.
 */
const HOSTNAME_LABEL = /^(?!-)[A-Z0-9-]{1,63}(?<!-)(?=\n?$)/iu;
const DOMAIN_LABEL = /^(?!-)[A-Z0-9_-]{1,63}(?<!-)(?=\n?$)/iu;

/** `types.Hostname`: at most 253 characters, a trailing dot dropped, the last label not all digits. */
function isHostname(text: string, label: RegExp): boolean {
  const length = codePoints(text);
  if (length === 0 || length > 253) return false;
  const name = text.endsWith(".") ? text.slice(0, -1) : text;
  const labels = name.split(".");
  if (!/[a-zA-Z-]/.test(labels[labels.length - 1]!)) return false;
  return labels.every((part) => label.test(part));
}

function isHostAddress(text: string): boolean {
  return isIpAddress(text) || isHostname(text, HOSTNAME_LABEL);
}

// ---------------------------------------------------------------------------------------------------
// URI: rfc3986 `Validator().require_presence_of('scheme', 'host').check_validity_of('scheme', 'host',
// 'path')`. The path is percent-encoded before it is checked, so it is always valid.
// ---------------------------------------------------------------------------------------------------

/** rfc3986's parsing pattern (RFC 3986 appendix B): scheme and authority; an empty part counts as absent. */
const URI_HEAD = /^(?:([^:/?#]+):)?(?:\/\/([^/?#]*))?/;
const UNRESERVED_SUB_DELIMS = "A-Za-z0-9._~!$&'()*+,;=\\-";
const PERCENT = "%[0-9A-Fa-f]{2}";
/** `SUBAUTHORITY_MATCHER`: `[userinfo@]host[:port]`, host a reg-name (which covers IPv4) or `[IP-literal]`. */
const SUBAUTHORITY = new RegExp(
  `^(?:(?:[${UNRESERVED_SUB_DELIMS}:]|${PERCENT})+@)?((?:${PERCENT}|[${UNRESERVED_SUB_DELIMS}])*|\\[[^\\]]*\\]):?(?:[0-9]{1,5})?(?=\\n?$)`,
);
const IPV4_SHAPE = /^(?:[0-9]{1,3}\.){3}[0-9]{1,3}$/;
const IPV_FUTURE = new RegExp(`^v[0-9A-Fa-f]+\\.[${UNRESERVED_SUB_DELIMS}:]+$`);
/** An IPv6 literal with an optional zone: RFC 6874's `%25zone`, or RFC 4007's bare `%zone`. */
const ZONED_IPV6 = new RegExp(`^([^%]*)(?:(%25|%)(?:[A-Za-z0-9._~-]|${PERCENT})+)?$`);
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*(?=\n?$)/;

/** The host rfc3986 finds, `undefined` when the authority is absent or does not parse (then it is "missing"). */
function uriHost(authority: string | undefined): { host: string; valid: boolean } | undefined {
  if (authority === undefined) return undefined;
  const host = SUBAUTHORITY.exec(authority)?.[1];
  if (host === undefined) return undefined;
  if (IPV4_SHAPE.test(host) && !host.split(".").every((octet) => Number.parseInt(octet, 10) <= 255)) return undefined;
  if (!host.startsWith("[")) return { host, valid: true };
  const literal = host.slice(1, -1);
  if (IPV_FUTURE.test(literal)) return { host, valid: true };
  // The parser accepts an RFC 4007 zone (`%eth0`); the validity check wants it written `%25eth0`.
  const zoned = ZONED_IPV6.exec(literal);
  if (!zoned || !isIPv6(zoned[1]!)) return undefined;
  return { host, valid: zoned[2] !== "%" };
}

/**
 * `types.URI`. oslo raises `ValueError(exc)` with the rfc3986 exception, whose `str()` is the tuple of
 * its arguments (message, URI reference, components); enginelint keeps the message, the first one.
 */
function convertUri(spec: OsloType, raw: string, show: ShowValue): Conversion {
  const [, scheme, authority] = URI_HEAD.exec(raw)!;
  const schemePart = scheme === "" ? undefined : scheme;
  const host = uriHost(authority === "" ? undefined : authority);
  const missing = [...(host === undefined ? ["host"] : []), ...(schemePart === undefined ? ["scheme"] : [])];
  if (missing.length > 0) return fail(`${missing.join(", ")} ${missing.length > 1 ? "were" : "was"} required but missing`);
  const invalid = [...(host!.valid ? [] : ["host"]), ...(SCHEME.test(schemePart!) ? [] : ["scheme"])];
  if (invalid.length > 0) return fail(`${invalid.join(", ")} ${invalid.length > 1 ? "were" : "was"} found to be invalid`);
  if (spec.schemes && spec.schemes.length > 0) {
    const allowed = [...new Set(spec.schemes.map((name) => name.toLowerCase()))].sort();
    if (!allowed.includes(schemePart!)) {
      return fail(`scheme was required to be one of [${allowed.map(pyRepr).join(", ")}] but was ${show(schemePart!)}`);
    }
  }
  if (spec.max_length !== undefined && spec.max_length > 0 && codePoints(raw) > spec.max_length) {
    return fail(`Value ${show(raw)} exceeds maximum length ${spec.max_length}`);
  }
  return ok(raw);
}

// ---------------------------------------------------------------------------------------------------
// Python regular expressions of options (`regex`), run by JavaScript
// ---------------------------------------------------------------------------------------------------

const translated = new Map<string, RegExp | undefined>();

/**
 * A Python `re` pattern as an equivalent JavaScript one for the constructs options use: `\d` and `\w`
 * are Unicode-wide in Python, and `$` also matches before a final newline. Undefined when the
 * translation does not compile (the value is then not checked against it).
 */
function pyRegex(pattern: string, ignoreCase: boolean): RegExp | undefined {
  const key = `${ignoreCase ? "i" : "-"}${pattern}`;
  if (!translated.has(key)) translated.set(key, translateRegex(pattern, ignoreCase));
  return translated.get(key);
}

function translateRegex(pattern: string, ignoreCase: boolean): RegExp | undefined {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === "\\" && i + 1 < pattern.length) {
      const next = pattern[++i]!;
      if (next === "d") out += "\\p{Nd}";
      else if (next === "w") out += inClass ? "\\p{L}\\p{N}_" : "[\\p{L}\\p{N}_]";
      else out += `\\${next}`;
    } else if (char === "[" && !inClass) {
      inClass = true;
      out += char;
    } else if (char === "]" && inClass) {
      inClass = false;
      out += char;
    } else if (char === "$" && !inClass) {
      out += "(?=\\n?$)";
    } else {
      out += char;
    }
  }
  try {
    return new RegExp(out, ignoreCase ? "iu" : "u");
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------
// `$` substitution (spec §8)
// ---------------------------------------------------------------------------------------------------

/**
 * One `$` of a value as `string.Template` reads it with oslo's `idpattern` `[_a-z][._a-z0-9]*` and
 * `re.IGNORECASE`; offsets are in the value as written.
 * - `reference`: `$name` or `${name}` (substituted; an unknown name fails the read);
 * - `escape`: `$$` or `\$` (a literal `$`);
 * - `lone`: any other `$`, kept as it is (`next` is the character after it).
 */
export type TemplateToken =
  | { kind: "reference"; start: number; end: number; name: string; braced: boolean }
  | { kind: "escape"; start: number; end: number }
  | { kind: "lone"; start: number; end: number; next: string | undefined };

/**
 * Python's case-insensitive `[a-z]` also matches `ı`, `İ`, `ſ` and the Kelvin sign; JavaScript's
 * Unicode case folding covers the last two, the Turkish i's are added by hand.
 */
const ID_START = "_a-z\\u0130\\u0131";
const ID_CHAR = "._a-z0-9\\u0130\\u0131";
const TEMPLATE = new RegExp(`\\$(?:(\\$)|([${ID_START}][${ID_CHAR}]*)|\\{([${ID_START}][${ID_CHAR}]*)\\}|)`, "giu");

export function templateTokens(value: string): TemplateToken[] {
  // Nearly every value has no `$` at all: then it has no token, and no copy of it need be made.
  if (!value.includes("$")) return [];
  // oslo first turns `\$` into `$$`; scanning that text keeps `$\$x` (a reference to x) right.
  let prepared = "";
  const origin: number[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] === "\\" && value[i + 1] === "$") {
      prepared += "$$";
      origin.push(i, i + 1);
      i++;
    } else {
      prepared += value[i]!;
      origin.push(i);
    }
  }
  origin.push(value.length);
  const tokens: TemplateToken[] = [];
  for (const match of prepared.matchAll(TEMPLATE)) {
    const start = origin[match.index]!;
    const end = origin[match.index + match[0].length - 1]! + 1;
    const name = match[2] ?? match[3];
    if (name !== undefined) tokens.push({ kind: "reference", start, end, name, braced: match[3] !== undefined });
    else if (match[1] !== undefined) tokens.push({ kind: "escape", start, end });
    else tokens.push({ kind: "lone", start, end, next: prepared[match.index + 1] });
  }
  return tokens;
}

/**
 * What a reference names when read from an option of `readingGroup` (`StrSubWrapper.__getitem__`):
 * - `group.name` → that option of that registered group (`[DEFAULT]` is no registered group);
 * - `name` → that option of `readingGroup`, else the `[DEFAULT]` option; a registered group's name
 *   is a group (TemplateSubstitutionError). Deprecated names resolve to their option.
 */
export type ReferenceTarget =
  | { kind: "option"; option: NovaOption; group: string }
  | { kind: "group"; group: string }
  | { kind: "missing"; group: string; option: string; dotted: boolean };

export function lookupReference(readingGroup: string, name: string): ReferenceTarget {
  const dot = name.indexOf(".");
  if (dot >= 0) {
    const group = name.slice(0, dot);
    const option = name.slice(dot + 1);
    const found = isRegisteredGroup(group) ? optionNamed(group, option) : undefined;
    return found ?? { kind: "missing", group, option, dotted: true };
  }
  if (readingGroup !== DEFAULT_GROUP) {
    const found = optionNamed(readingGroup, name);
    if (found) return found;
  }
  if (isRegisteredGroup(name)) return { kind: "group", group: name };
  return optionNamed(DEFAULT_GROUP, name) ?? { kind: "missing", group: DEFAULT_GROUP, option: name, dotted: false };
}

/** oslo.config's `_groups`: every group that registers options; `DEFAULT` options live elsewhere. */
function isRegisteredGroup(name: string): boolean {
  return name !== DEFAULT_GROUP && novaOptionsOf(name).length > 0;
}

function optionNamed(group: string, name: string): ReferenceTarget | undefined {
  const option = novaOption(group, name) ?? deprecatedTarget(group, name);
  if (!option) return undefined;
  // A dynamic group (`mdev_*`) is read under the name it was asked for.
  return { kind: "option", option, group: option.group.includes("*") ? group : option.group };
}

/** Where substitution looks values up: the stack the linted file belongs to, and the environment. */
export interface ValueScope {
  readonly document: NovaDocument;
  readonly settings: Readonly<NovaSettings>;
}

/**
 * The text oslo.config converts, `$` references replaced by the referenced options' converted values
 * (`str()`, None as empty); `secret` when a secret option's value went into it. Not ok when a
 * reference names nothing (`missing`: the service fails reading the option), or when enginelint cannot
 * know the referenced value (`unknown`: a default computed at run time, a list or dict, a value that
 * itself fails conversion, a reference cycle).
 */
export type Substitution = { ok: true; text: string; secret: boolean } | { ok: false; reason: "missing" | "unknown" };

const UNKNOWN: Substitution = { ok: false, reason: "unknown" };

/** Substitutes `value`, read as the option `option` of `group` (which a cycle must not read again). */
export function substitute(scope: ValueScope, group: string, option: string, value: string): Substitution {
  // Nearly every value has no `$`: it is what it is, and no cycle guard need be built.
  if (!value.includes("$")) return { ok: true, text: value, secret: false };
  return substituteIn(scope, group, value, new Set([optionId(group, option)]));
}

function substituteIn(scope: ValueScope, group: string, value: string, reading: ReadonlySet<string>): Substitution {
  let text = "";
  let secret = false;
  let at = 0;
  for (const token of templateTokens(value)) {
    text += value.slice(at, token.start);
    at = token.end;
    if (token.kind === "escape") text += "$";
    else if (token.kind === "lone") text += value.slice(token.start, token.end);
    else {
      const target = lookupReference(group, token.name);
      if (target.kind !== "option") return { ok: false, reason: "missing" };
      const referenced = optionText(scope, target.option, target.group, reading);
      if (!referenced.ok) return referenced;
      text += referenced.text;
      secret ||= referenced.secret;
    }
  }
  return { ok: true, text: text + value.slice(at), secret };
}

/** `str()` of an option's converted value as the service would read it now. */
function optionText(scope: ValueScope, option: NovaOption, group: string, reading: ReadonlySet<string>): Substitution {
  const id = optionId(group, option.name);
  if (reading.has(id) || option.type === "multistring" || option.type === "multi") return UNKNOWN;
  const winner = effectiveOption(scope.document, scope.settings, group, option.name);
  const raw = winner?.value ?? option.default;
  if (raw === null) return option.default_note === undefined ? { ok: true, text: "", secret: option.secret } : UNKNOWN;
  if (typeof raw !== "string") {
    const text = pyStr(raw, option.type);
    return text === undefined ? UNKNOWN : { ok: true, text, secret: option.secret };
  }
  const substituted = substituteIn(scope, group, raw, new Set([...reading, id]));
  if (!substituted.ok) return substituted;
  const converted = convert(option, substituted.text);
  const text = converted.ok ? pyStr(converted.value, option.type) : undefined;
  return text === undefined ? UNKNOWN : { ok: true, text, secret: substituted.secret || option.secret };
}

/** Python's `str()` of a converted scalar; undefined for lists and dicts (their `repr()` is not modelled). */
function pyStr(value: OsloValue | NovaOption["default"], type: string): string | undefined {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return type === "float" ? pyFloatRepr(value) : BigInt(Math.trunc(value)).toString();
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Secrets (spec §14.1)
// ---------------------------------------------------------------------------------------------------

/**
 * The group an assignment's option is read in, where its `$name` references are looked up: the
 * option's group (a deprecated name may stand in another section), or the section itself for an
 * option of a dynamic group (`[mdev_nvidia-35]`).
 */
export function readingGroup(assignment: IniAssignment, option: NovaOption): string {
  return option.group.includes("*") ? assignment.section.name : option.group;
}

/**
 * Whether `[group] key` holds a secret: the option's `secret` flag (through a deprecated name too), or,
 * for a key that is no option of the normalised `group`, a name containing `password`, `passwd`,
 * `secret`, `token` or ending in `_key`.
 */
export function isSecretOption(group: string, key: string): boolean {
  const kind = keyKind(group, key);
  if (kind.kind === "option" || kind.kind === "deprecated") return kind.option.secret;
  return looksSecret(key) || /_key$/i.test(key);
}

/** Whether index `index` of `text` lies inside the password of a URL. */
export function inUrlPassword(text: string, index: number): boolean {
  return urlPasswords(text).some((password) => index >= password.start && index < password.end);
}

/** How value messages show a value: URL passwords masked, then the display function. */
export function showMasked(value: string): string {
  return displayValue(maskUrlPasswords(value));
}

// ---------------------------------------------------------------------------------------------------
// Positions inside a value
// ---------------------------------------------------------------------------------------------------

/** The remedy for a `$` meant literally: write it `$$` (index `index` of the assignment's value). */
export function literalDollarSuggestion(assignment: IniAssignment, index: number): { desc: string; edits: Edit[] } {
  const at = valueOffset(assignment, index);
  return { desc: 'Write "$$" for a literal "$".', edits: [{ start: at, end: at, text: "$" }] };
}

/** The file offset of index `index` of `assignment.value` (the pieces joined with `\n`). */
export function valueOffset(assignment: IniAssignment, index: number): number {
  let at = 0;
  for (const piece of assignment.pieces) {
    if (index <= at + piece.text.length) return piece.span.start + (index - at);
    at += piece.text.length + 1;
  }
  return assignment.valueSpan.end;
}
