/**
 * How libvirt reads the effective value of each qemu.conf key (spec qemu-conf §5): the typed getters
 * of `src/util/virconf.c` (§5.2), the load and driver-init checks of `src/qemu/qemu_conf.c` (§5.3),
 * and the loader order that decides which failure libvirt reports (§5.5).
 *
 * This module knows what libvirt does and says; the rules `qemu/value-type`, `qemu/value-range` and
 * `qemu/value-enum` only word and report its findings, and other rules read typed values through
 * `effectiveValue` so that they skip whatever `qemu/value-type` reports.
 */
import { qemuKey, type QemuKey } from "../../src/catalogue/qemu.js";
import type { DiagnosticData, Edit } from "../../src/core/diagnostic.js";
import { displayUnquoted, displayValue, HIDDEN, looksSecret } from "../../src/core/display.js";
import { renderMessage, type ReportDescriptor, type Span } from "../../src/core/rule.js";
import { compareVersions } from "../../src/core/version.js";
import type { QemuSettings } from "../../src/engines/qemu.js";
import type { VirConfDocument, VirEntry, VirList, VirNumber, VirString, VirValue } from "../../src/parsers/virconf.js";

/** What reading a key needs: the parsed file, the target libvirt, and the path libvirt's texts name. */
export interface ValueScope {
  readonly document: VirConfDocument;
  readonly settings: Readonly<QemuSettings>;
  /** `<path>` in libvirt's own texts (libvirt prints the path it was given). */
  readonly filePath: string;
}

// ---------------------------------------------------------------------------------------------
// Which keys the target libvirt reads
// ---------------------------------------------------------------------------------------------

/** Catalogued keys that no loader from 11.3.0 on asks for (spec §7 "Not read at all"). */
const NEVER_READ = new Set(["clear_emulator_capabilities", "vnc_tls_priority"]);

/**
 * Whether `version`'s loader reads the key: libvirt checks nothing, not even the type, of a key it
 * does not ask for (spec §4), so such entries are left to `qemu/key-version` and `qemu/obsolete-key`.
 */
export function readsKey(key: QemuKey, version: string): boolean {
  if (NEVER_READ.has(key.key) || key.since === null) return false;
  if (key.since.startsWith("<=")) return true;
  // "after 9.0.0 (present in 11.3.0)": the exact release is unknown, so every target above 9.0.0 reads it.
  const after = /^after ([0-9.]+)/.exec(key.since);
  if (after) return compareVersions(version, after[1]!) > 0;
  return compareVersions(version, key.since) >= 0;
}

/**
 * `virQEMUDriverConfigLoadFile`'s order (spec §5.5; the order inside each helper follows
 * `qemu_conf.c`, and for the RDP and 11.6.0 keys, whose helpers the spec does not detail, the
 * catalogue's order). libvirt stops at the first failing key in this order.
 */
export const LOADER_ORDER: readonly string[] = [
  // 1. default TLS
  "default_tls_x509_cert_dir", "default_tls_x509_verify", "default_tls_x509_secret_uuid", "default_tls_priority",
  // 2. VNC
  "vnc_auto_unix_socket", "vnc_tls", "vnc_tls_x509_verify", "vnc_tls_x509_cert_dir", "vnc_tls_x509_secret_uuid",
  "vnc_listen", "vnc_password", "vnc_sasl", "vnc_sasl_dir", "vnc_allow_host_audio",
  // 3. no graphics
  "nographics_allow_host_audio",
  // 4. SPICE
  "spice_tls", "spice_tls_x509_cert_dir", "spice_sasl", "spice_sasl_dir", "spice_listen", "spice_password",
  "spice_auto_unix_socket",
  // 5. RDP
  "rdp_listen", "rdp_tls_x509_cert_dir", "rdp_username", "rdp_password",
  // 6. specific TLS
  "vxhs_tls", "nbd_tls", "chardev_tls", "migrate_tls_force",
  "chardev_tls_x509_cert_dir", "chardev_tls_x509_secret_uuid", "chardev_tls_x509_verify", "chardev_tls_priority",
  "migrate_tls_x509_cert_dir", "migrate_tls_x509_secret_uuid", "migrate_tls_x509_verify", "migrate_tls_priority",
  "backup_tls_x509_cert_dir", "backup_tls_x509_secret_uuid", "backup_tls_x509_verify", "backup_tls_priority",
  "vxhs_tls_x509_cert_dir", "vxhs_tls_x509_secret_uuid",
  "nbd_tls_x509_cert_dir", "nbd_tls_x509_secret_uuid", "nbd_tls_priority",
  // 7. remote display
  "remote_websocket_port_min", "remote_websocket_port_max", "remote_display_port_min", "remote_display_port_max",
  // 8. save
  "save_image_format", "dump_image_format", "snapshot_image_format", "auto_dump_path", "auto_dump_bypass_cache",
  "auto_start_bypass_cache", "auto_start_delay", "auto_shutdown_try_save", "auto_shutdown_try_shutdown",
  "auto_shutdown_poweroff", "auto_shutdown_wait", "auto_shutdown_restore", "auto_save_bypass_cache",
  // 9. process
  "hugetlbfs_mount", "bridge_helper", "pr_helper", "slirp_helper", "dbus_daemon", "qemu_rdp", "set_process_name",
  "max_processes", "max_files", "max_threads_per_process", "max_core", "dump_guest_core", "stdio_handler",
  "sched_core",
  // 10. device
  "mac_filter", "relaxed_acs_check", "lock_manager", "allow_disk_format_probing",
  // 11. RPC
  "max_queued", "keepalive_interval", "keepalive_count",
  // 12. network
  "migration_port_min", "migration_port_max", "migration_host", "migration_address",
  // 13.–15. log, nvram, debug
  "log_timestamp", "nvram", "gluster_debug_level", "virtiofsd_debug", "deprecation_behavior",
  // 16. security
  "security_driver", "security_default_confined", "security_require_confined", "user", "group",
  "dynamic_ownership", "remember_owner", "cgroup_controllers", "cgroup_device_acl", "seccomp_sandbox", "namespaces",
  // 17.–22.
  "memory_backing_dir", "swtpm_user", "swtpm_group", "capability_filters", "storage_use_nbdkit",
  "shared_filesystems", "default_cpu_deprecated_features",
];

const RANK = new Map(LOADER_ORDER.map((key, index) => [key, index]));

/** Position of a key in libvirt's loader order; undefined for keys no loader reads. */
export function loaderRank(key: string): number | undefined {
  return RANK.get(key);
}

// ---------------------------------------------------------------------------------------------
// libvirt's texts
// ---------------------------------------------------------------------------------------------

/** A failure libvirt itself reports. */
export interface LibvirtFailure {
  /** L: the loader refuses the file; I: the QEMU driver's initialisation fails after loading. */
  stage: "L" | "I";
  /** The complete text libvirt logs, error prefix and path included. */
  message: string;
  /** libvirt's own words without prefix and path, values made safe for a one-line message. */
  quote: string;
}

/** The error-code prefixes virErrorMsg puts before the text (none for system errors). */
type LibvirtPrefix = "internal error" | "configuration file syntax error" | "unsupported configuration" | "invalid argument";

const bare = displayUnquoted;

/**
 * Builds libvirt's text twice from one wording: verbatim for `data.libvirtMessage`, and with values
 * shown safely for the message (an empty or blank value must not leave two spaces in a row).
 */
function libvirtFailure(
  stage: LibvirtFailure["stage"],
  prefix: LibvirtPrefix | undefined,
  path: string | undefined,
  words: (value: (raw: string) => string) => string,
): LibvirtFailure {
  const lead = [prefix, path].filter((part) => part !== undefined);
  return {
    stage,
    message: [...lead, words((raw) => raw)].join(": "),
    quote: words(bare).replace(/\s{2,}/g, " "),
  };
}

const PASSWORD_KEYS = new Set(["vnc_password", "spice_password", "rdp_password"]);

/**
 * Whether a key's value is a secret that no message may show (spec §10.1): the console passwords, and
 * unknown keys whose name says password, secret or token. Known keys such as `*_secret_uuid` name a
 * libvirt secret object and are shown.
 */
export function isHiddenValue(key: string): boolean {
  return PASSWORD_KEYS.has(key) || (qemuKey(key) === undefined && looksSecret(key));
}

/** A key's value as messages show it: quoted and shortened, or `(hidden)` for secrets. */
export function displayKeyValue(key: string, raw: string): string {
  return isHiddenValue(key) ? HIDDEN : displayValue(raw);
}

/** A number as written (sign and digits), shortened like any displayed value. */
function writtenNumber(node: VirNumber): string {
  return bare(node.sign + node.digits);
}

/** `"a", "b" or "c"`: the accepted values of an enum, for a message. */
function orList(values: readonly string[]): string {
  const quoted = values.map((value) => displayValue(value));
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)!}`;
}

// ---------------------------------------------------------------------------------------------
// The typed getters (spec §5.2)
// ---------------------------------------------------------------------------------------------

/** An element of a string list, with its node for positions. */
export interface ListItem {
  value: string;
  node: VirString;
}

/** A value as libvirt's getter returns it. */
export type TypedValue =
  | { type: "bool"; value: boolean }
  | { type: "int" | "uint"; value: number }
  /** `max_core`: ULLONG_MAX is what libvirt stores for "unlimited"; kept apart because it means "no limit". */
  | { type: "ullong"; value: bigint | "unlimited" }
  | { type: "string"; value: string }
  /** Also for `string-or-string-list` keys, where a single string is a one-element list. */
  | { type: "string-list"; items: readonly ListItem[] };

/**
 * The plain words that follow the key's name when a getter fails, by the rule that reports them.
 * The rules build their messages from these (`getterMessage`), other rules can show them as hints.
 */
export const GETTER_HINTS = {
  type: {
    boolString: "must be 0 or 1 without quotes",
    boolNegative: "must be 0 or 1 without a minus sign",
    boolList: "must be 0 or 1, not a list",
    numberString: "must be a number without quotes",
    numberList: "must be a number, not a list",
    uintNegative: 'must not be negative; it has no "unlimited" value below 0',
    uintNegativeOsDefault: "must not be negative; 0 keeps the OS default",
    maxCoreNegative: 'must not be negative; "unlimited" removes the limit',
    maxCoreList: 'must be a number or "unlimited", not a list',
    stringNumber: "must be a quoted string, not a number",
    accountNumber: 'must be a quoted string; write "+{{id}}" for the numeric id {{id}}',
    stringList: "must be a quoted string, not a list",
    listString: "must be a list of strings; wrap the value in [ ]",
    listNumber: "must be a list of strings, not a number",
    stringOrListNumber: "must be a string or a list of strings, not a number",
    listElement: "must list only quoted strings, not a {{given}}",
  },
  range: {
    boolRange: "must be 0 or 1, not {{value}}",
    intRange: "must be between -2147483648 and 2147483647, not {{value}}",
    uintRange: "must be at most 4294967295, not {{value}}",
  },
  enum: {
    coreSize: 'must be a number or "unlimited", not {{value}}',
  },
} as const;

type GetterHints = typeof GETTER_HINTS;
export type GetterReason = keyof GetterHints;
export type GetterMessageId<R extends GetterReason = GetterReason> = R extends GetterReason ? keyof GetterHints[R] : never;

/** The message template of a getter failure: key, plain words, libvirt's text. */
export function getterMessage(id: GetterMessageId): string {
  return `{{key}} ${hintOf(id)} (libvirt: "{{libvirt}}").`;
}

function hintOf(id: GetterMessageId): string {
  for (const hints of Object.values(GETTER_HINTS) as Readonly<Record<string, string>>[]) {
    const hint = hints[id];
    if (hint !== undefined) return hint;
  }
  throw new Error(`no getter hint ${id}`);
}

/** Drops properties from each member of a union (Omit would merge the members). */
type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

type FailureOf<R extends GetterReason> = R extends GetterReason
  ? {
      reason: R;
      messageId: GetterMessageId<R>;
      /** Placeholders of the hint, display-safe. */
      values: Readonly<Record<string, string>>;
      /** The value token, or the list element, at fault. */
      node: VirValue;
      /** The hint rendered: plain words that follow the key's name. */
      hint: string;
      libvirt: LibvirtFailure;
    }
  : never;

/** A getter failure: the first thing libvirt checks about a key's value. */
export type GetterFailure = FailureOf<GetterReason>;

export type KeyReading =
  | { status: "absent"; key: string }
  /** Set in the file, but unknown to the catalogue or not read by the target libvirt. */
  | { status: "ignored"; key: string; entry: VirEntry }
  | { status: "invalid"; key: string; entry: VirEntry; failure: GetterFailure }
  | { status: "ok"; key: string; entry: VirEntry; typed: TypedValue };

const INT_MIN = -2147483648n;
const INT_MAX = 2147483647n;
const UINT_MAX = 4294967295n;

/** Keys whose 0 means "the OS default", the value people mean when they write -1 (tmpl l.775–792). */
const OS_DEFAULT_KEYS = new Set(["max_processes", "max_files", "max_threads_per_process"]);
/** Keys resolved as accounts: a numeric id is written as the string "+N" (tmpl l.529–544). */
const ACCOUNT_KEYS = new Set(["user", "group", "swtpm_user", "swtpm_group"]);

/**
 * The spellings of uid/gid 0 in `user` and `group`: the name, "+0" (a numeric id), and "0", which
 * libvirt tries as a name first and then as an id (no system has an account named "0").
 */
export function namesRoot(account: string): boolean {
  return account === "root" || account === "+0" || account === "0";
}

type GetterOutcome = TypedValue | Without<GetterFailure, "hint">;

interface GetterInput {
  value: VirValue;
  key: string;
  path: string;
}

const internal = (path: string, text: string): LibvirtFailure => libvirtFailure("L", "internal error", path, () => text);

function typeFault(input: GetterInput, messageId: GetterMessageId<"type">, what: string, values: Record<string, string> = {}): GetterOutcome {
  return { reason: "type", messageId, values, node: input.value, libvirt: internal(input.path, `expected ${what} for '${input.key}' parameter`) };
}

function rangeFault(input: GetterInput & { value: VirNumber }, messageId: GetterMessageId<"range">, range: string): GetterOutcome {
  const text = `value for '${input.key}' parameter must be ${range}`;
  return { reason: "range", messageId, values: { value: writtenNumber(input.value) }, node: input.value, libvirt: internal(input.path, text) };
}

/** `virConfGetValueBool`: an unsigned number whose 64 bits are 0 or 1 (`-0` is signed, so refused). */
function getBool(input: GetterInput): GetterOutcome {
  const { value } = input;
  if (value.kind !== "number" || value.signed) {
    const id = value.kind === "string" ? "boolString" : value.kind === "list" ? "boolList" : "boolNegative";
    return typeFault(input, id, "a bool");
  }
  if (value.bits > 1n) return rangeFault({ ...input, value }, "boolRange", "0 or 1");
  return { type: "bool", value: value.bits === 1n };
}

/** `virConfGetValueInt`: any number, judged on the signed reading of the stored 64 bits. */
function getInt(input: GetterInput): GetterOutcome {
  const { value } = input;
  if (value.kind !== "number") return typeFault(input, value.kind === "string" ? "numberString" : "numberList", "a signed integer");
  const signed = BigInt.asIntN(64, value.bits);
  if (signed < INT_MIN || signed > INT_MAX) return rangeFault({ ...input, value }, "intRange", `in range ${INT_MIN}:${INT_MAX}`);
  return { type: "int", value: Number(signed) };
}

/** `virConfGetValueUInt`: an unsigned number up to UINT_MAX; any `-`, even `-0`, is a type error. */
function getUInt(input: GetterInput): GetterOutcome {
  const { value } = input;
  if (value.kind !== "number" || value.signed) return typeFault(input, unsignedFaultId(input), "an unsigned integer");
  if (value.bits > UINT_MAX) return rangeFault({ ...input, value }, "uintRange", `in range 0:${UINT_MAX}`);
  return { type: "uint", value: Number(value.bits) };
}

function unsignedFaultId({ value, key }: GetterInput): GetterMessageId<"type"> {
  if (value.kind === "string") return "numberString";
  if (value.kind === "list") return key === "max_core" ? "maxCoreList" : "numberList";
  if (key === "max_core") return "maxCoreNegative";
  return OS_DEFAULT_KEYS.has(key) ? "uintNegativeOsDefault" : "uintNegative";
}

/** `max_core`: a string must be exactly "unlimited"; anything else goes to `virConfGetValueULLong`. */
function getMaxCore(input: GetterInput): GetterOutcome {
  const { value } = input;
  if (value.kind === "string") {
    if (value.value === "unlimited") return { type: "ullong", value: "unlimited" };
    return {
      reason: "enum",
      messageId: "coreSize",
      values: { value: displayKeyValue(input.key, value.value) },
      node: value,
      libvirt: libvirtFailure("L", "unsupported configuration", undefined, (v) => `Unknown core size '${v(value.value)}'`),
    };
  }
  if (value.kind !== "number" || value.signed) return typeFault(input, unsignedFaultId(input), "an unsigned integer");
  return { type: "ullong", value: value.bits };
}

/** `virConfGetValueString`. */
function getString(input: GetterInput): GetterOutcome {
  const { value, key } = input;
  if (value.kind === "string") return { type: "string", value: value.value };
  if (value.kind === "list") return typeFault(input, "stringList", "a string");
  if (ACCOUNT_KEYS.has(key) && !value.signed) return typeFault(input, "accountNumber", "a string", { id: bare(value.value.toString()) });
  return typeFault(input, "stringNumber", "a string");
}

/** `virConfGetValueStringList`; `compat` is its compatString flag (a string is a one-element list). */
function getStringList(input: GetterInput, compat: boolean): GetterOutcome {
  const { value, key, path } = input;
  if (value.kind === "list") return listOfStrings(value, key, path);
  if (value.kind === "string" && compat) return { type: "string-list", items: [{ value: value.value, node: value }] };
  const what = compat ? "a string or string list" : "a string list";
  if (value.kind === "string") return typeFault(input, "listString", what);
  return typeFault(input, compat ? "stringOrListNumber" : "listNumber", what);
}

function listOfStrings(list: VirList, key: string, path: string): GetterOutcome {
  const items: ListItem[] = [];
  for (const node of list.items) {
    if (node.kind !== "string") {
      // The one getter error with another code: libvirt calls a non-string element a syntax error.
      const libvirt = libvirtFailure("L", "configuration file syntax error", path, () => `expected a string list for '${key}' parameter`);
      return { reason: "type", messageId: "listElement", values: { given: node.kind }, node, libvirt };
    }
    items.push({ value: node.value, node });
  }
  return { type: "string-list", items };
}

const GETTERS: Readonly<Record<QemuKey["type"], (input: GetterInput) => GetterOutcome>> = {
  bool: getBool,
  int: getInt,
  uint: getUInt,
  'ullong-or-"unlimited"': getMaxCore,
  string: getString,
  "string-list": (input) => getStringList(input, false),
  "string-or-string-list": (input) => getStringList(input, true),
};

/** Reads the effective (first) entry of a key with the getter libvirt uses for it. */
export function readKey(scope: ValueScope, name: string): KeyReading {
  const entry = scope.document.effective.get(name);
  if (!entry) return { status: "absent", key: name };
  const key = qemuKey(name);
  if (!key || !readsKey(key, scope.settings.libvirtVersion)) return { status: "ignored", key: name, entry };
  const outcome = GETTERS[key.type]({ value: entry.value, key: name, path: scope.filePath });
  if ("type" in outcome) return { status: "ok", key: name, entry, typed: outcome };
  const hint = renderMessage(hintOf(outcome.messageId), outcome.values);
  return { status: "invalid", key: name, entry, failure: { ...outcome, hint } };
}

/**
 * The value libvirt uses for a key that is set, or undefined when the key is absent, not read by the
 * target libvirt, or fails its getter (`qemu/value-type` and friends report those; other rules skip them).
 */
export function effectiveValue(scope: ValueScope, name: string): TypedValue | undefined {
  const reading = readKey(scope, name);
  return reading.status === "ok" ? reading.typed : undefined;
}

// ---------------------------------------------------------------------------------------------
// Problems: getter failures and the checks of §5.3, in libvirt's order
// ---------------------------------------------------------------------------------------------

export type TypeMessageId = GetterMessageId<"type">;
export type RangeMessageId =
  | GetterMessageId<"range">
  | "overflow"
  | "overflowOutOfRange"
  | "portBelowFloor"
  | "portAboveMax"
  | "portBelowMin"
  | "portBelowDefaultMin"
  | "portAboveDefaultMax"
  | "probing";
export type EnumMessageId =
  | GetterMessageId<"enum">
  | "notOneOf"
  | "imageFormatAtRun"
  | "transientSave"
  | "unknownController"
  | "sessionNamespaces"
  | "duplicateDriver"
  | "dacDriver"
  | "noneWithOthers"
  | "localAddress"
  | "nvramFormat";

interface Problem<R extends string, M extends string> {
  rule: R;
  /** The key whose entry is at fault (where the finding points). */
  key: string;
  messageId: M;
  /** Placeholders besides `key` and `libvirt`, display-safe. */
  values: Readonly<Record<string, string | number>>;
  /** The value token, or list element, at fault. */
  node: VirValue;
  /** What libvirt reports; absent when libvirt loads the file and fails (or misbehaves) only later. */
  libvirt?: LibvirtFailure;
  /** libvirt's order of checks: stage, loader rank of the key libvirt names, then element indexes. */
  order: readonly number[];
  /** The failure libvirt reports, the first in its order; at most one per file. */
  libvirtFirst: boolean;
}

export type ValueProblem =
  | Problem<"qemu/value-type", TypeMessageId>
  | Problem<"qemu/value-range", RangeMessageId>
  | Problem<"qemu/value-enum", EnumMessageId>
  /** Reported by its own rule; here because it decides which failure libvirt reports first. */
  | Problem<"qemu/hugetlbfs-mount-empty", "emptyMount">;

export type ValueRuleId = ValueProblem["rule"];

/**
 * A problem before ordering; `libvirtKey` names the key libvirt's message is about when that is not the
 * key at fault (an absent partner port), `sub` orders problems of one key (element indexes).
 */
type Found = Without<ValueProblem, "libvirtFirst" | "order"> & { libvirtKey?: string; sub?: readonly number[] };

/**
 * Every problem with the effective values of the file, `libvirtFirst` set on the one libvirt reports.
 * Six rules ask for them for each file, with the same document and settings: computed once.
 */
export function valueProblems(scope: ValueScope): readonly ValueProblem[] {
  const known = problemsByDocument.get(scope.document);
  if (known && known.settings === scope.settings && known.filePath === scope.filePath) return known.problems;
  const problems = computeValueProblems(scope);
  problemsByDocument.set(scope.document, { settings: scope.settings, filePath: scope.filePath, problems });
  return problems;
}

const problemsByDocument = new WeakMap<VirConfDocument, { settings: Readonly<QemuSettings>; filePath: string; problems: readonly ValueProblem[] }>();

function computeValueProblems(scope: ValueScope): ValueProblem[] {
  const found: ValueProblem[] = [];
  for (const name of LOADER_ORDER) {
    for (const problem of problemsOfKey(scope, readKey(scope, name))) found.push(ordered(problem));
  }
  const first = found.filter((problem) => problem.libvirt).sort((a, b) => compareOrder(a.order, b.order))[0];
  if (first) first.libvirtFirst = true;
  return found;
}

/** The problems one rule reports. */
export function problemsFor<R extends ValueRuleId>(scope: ValueScope, rule: R): Extract<ValueProblem, { rule: R }>[] {
  return valueProblems(scope).filter((problem): problem is Extract<ValueProblem, { rule: R }> => problem.rule === rule);
}

/** Stage L failures all come before stage I ones: the driver initialises only after a complete load. */
function ordered({ libvirtKey, sub, ...problem }: Found): ValueProblem {
  const stage = problem.libvirt?.stage === "I" ? 1 : 0;
  const rank = loaderRank(libvirtKey ?? problem.key);
  if (rank === undefined) throw new Error(`${libvirtKey ?? problem.key} is not in the loader order`);
  return { ...problem, order: [stage, rank, ...(sub ?? [])], libvirtFirst: false } as ValueProblem;
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

function problemsOfKey(scope: ValueScope, reading: KeyReading): Found[] {
  if (reading.status === "absent" || reading.status === "ignored") return [];
  if (reading.status === "invalid") return [getterProblem(scope, reading.key, reading.failure)];
  const overflow = overflowProblem(scope, reading.key, reading.entry.value, reading.typed);
  return [...(overflow ? [overflow] : []), ...(KEY_CHECKS[reading.key]?.(scope, reading.key, reading.typed, reading.entry.value) ?? [])];
}

function getterProblem(scope: ValueScope, key: string, failure: GetterFailure): Found {
  const { node } = failure;
  // A number that only fails because libvirt before 11.3.0 wrapped it deserves the overflow explanation.
  if (failure.reason === "range" && node.kind === "number" && node.overflow) {
    const values = { value: writtenNumber(node), read: wrappedReading(key, node), version: scope.settings.libvirtVersion };
    return { rule: "qemu/value-range", key, messageId: "overflowOutOfRange", values, node, libvirt: failure.libvirt };
  }
  const { values, libvirt } = failure;
  switch (failure.reason) {
    case "type":
      return { rule: "qemu/value-type", key, messageId: failure.messageId, values, node, libvirt };
    case "range":
      return { rule: "qemu/value-range", key, messageId: failure.messageId, values, node, libvirt };
    case "enum":
      return { rule: "qemu/value-enum", key, messageId: failure.messageId, values, node, libvirt };
  }
}

/** What libvirt before 11.3.0 makes of a number beyond LLONG_MAX: the stored 64 bits, read as the getter reads them. */
function wrappedReading(key: string, node: VirNumber): string {
  const signed = qemuKey(key)?.type === "int";
  return (signed ? BigInt.asIntN(64, node.bits) : node.bits).toString();
}

/**
 * Targets below 11.3.0 parse numbers beyond LLONG_MAX and keep their low 64 bits (spec §3.6); the
 * getter accepted the result, so libvirt runs with a number nobody wrote, and 11.3.0 refuses the file.
 */
function overflowProblem(scope: ValueScope, key: string, node: VirValue, typed: TypedValue): Found | undefined {
  if (node.kind !== "number" || !node.overflow) return undefined;
  const read = typed.type === "bool" ? (typed.value ? "1" : "0") : wrappedReading(key, node);
  const values = { value: writtenNumber(node), read, version: scope.settings.libvirtVersion };
  return { rule: "qemu/value-range", key, messageId: "overflow", values, node };
}

type KeyCheck = (scope: ValueScope, key: string, typed: TypedValue, node: VirValue) => Found[];

// ---- ports (qemu_conf.c l.616–661, l.951–961) ----

interface PortPair {
  min: string;
  max: string;
  /** The lowest `min` libvirt accepts. */
  floor: number;
  /** libvirt's words when `min` is below the floor. */
  belowFloor: string;
  /** libvirt's words when `max` is above 65535 or below the minimum (the migration text prints the minimum). */
  outOfRange: (min: number) => string;
}

const HIGHEST_PORT = 65535;

const PORT_PAIRS: readonly PortPair[] = [
  {
    min: "remote_websocket_port_min",
    max: "remote_websocket_port_max",
    floor: 5700,
    belowFloor: "port must be greater than or equal to 5700",
    outOfRange: () => `port must be between the minimal port and ${HIGHEST_PORT}`,
  },
  {
    min: "remote_display_port_min",
    max: "remote_display_port_max",
    floor: 5900,
    belowFloor: "port must be greater than or equal to 5900",
    outOfRange: () => `port must be between the minimal port and ${HIGHEST_PORT}`,
  },
  {
    min: "migration_port_min",
    max: "migration_port_max",
    floor: 1,
    belowFloor: "port must be greater than 0",
    outOfRange: (min) => `port must be between the minimal port ${min} and ${HIGHEST_PORT}`,
  },
];

/** A partner key's number: its own when set and readable, libvirt's default when absent. */
function partnerPort(scope: ValueScope, key: string): { value: number; isDefault: boolean } | undefined {
  const reading = readKey(scope, key);
  if (reading.status === "ok" && reading.typed.type === "uint") return { value: reading.typed.value, isDefault: false };
  if (reading.status === "absent" || reading.status === "ignored") return { value: defaultPort(key), isDefault: true };
  return undefined;
}

/** libvirt's default for a port key (from the catalogue). */
export function defaultPort(key: string): number {
  const fallback = qemuKey(key)?.default;
  if (typeof fallback !== "number") throw new Error(`the catalogue has no default port for ${key}`);
  return fallback;
}

function portFailure(scope: ValueScope, key: string, words: string): LibvirtFailure {
  return internal(scope.filePath, `${key}: ${words}`);
}

function minPortProblems(pair: PortPair): KeyCheck {
  return (scope, key, typed, node) => {
    if (typed.type !== "uint") return [];
    const value = typed.value;
    if (value < pair.floor) {
      const libvirt = portFailure(scope, key, pair.belowFloor);
      return [{ rule: "qemu/value-range", key, messageId: "portBelowFloor", values: { value, floor: pair.floor }, node, libvirt }];
    }
    // An absent maximum keeps its default, which a high minimum can overtake (libvirt then names the maximum).
    const max = partnerPort(scope, pair.max);
    if (max?.isDefault && value > max.value) {
      const libvirt = portFailure(scope, pair.max, pair.outOfRange(value));
      const values = { value, maxKey: pair.max, max: max.value };
      return [{ rule: "qemu/value-range", key, messageId: "portAboveDefaultMax", values, node, libvirt, libvirtKey: pair.max }];
    }
    return [];
  };
}

function maxPortProblems(pair: PortPair): KeyCheck {
  return (scope, key, typed, node) => {
    if (typed.type !== "uint") return [];
    const value = typed.value;
    const min = partnerPort(scope, pair.min);
    const libvirt = portFailure(scope, key, pair.outOfRange(min?.value ?? defaultPort(pair.min)));
    if (value > HIGHEST_PORT) return [{ rule: "qemu/value-range", key, messageId: "portAboveMax", values: { value }, node, libvirt }];
    if (min && value < min.value) {
      const messageId = min.isDefault ? "portBelowDefaultMin" : "portBelowMin";
      return [{ rule: "qemu/value-range", key, messageId, values: { value, minKey: pair.min, min: min.value }, node, libvirt }];
    }
    return [];
  };
}

// ---- string enums ----

/** The accepted values of a key, from the catalogue. */
function allowedValues(key: string): readonly string[] {
  return qemuKey(key)?.enum ?? [];
}

function notOneOf(key: string, value: string, allowed: readonly string[], node: VirValue, libvirt: LibvirtFailure): Found {
  const values = { value: displayKeyValue(key, value), allowed: orList(allowed) };
  return { rule: "qemu/value-enum", key, messageId: "notOneOf", values, node, libvirt };
}

/** A string key checked at load against the catalogue's enum, with libvirt's wording for a miss. */
function enumCheck(prefix: LibvirtPrefix, words: (key: string, value: string) => string): KeyCheck {
  return (_scope, key, typed, node) => {
    if (typed.type !== "string" || allowedValues(key).includes(typed.value)) return [];
    const libvirt = libvirtFailure("L", prefix, undefined, (v) => words(key, v(typed.value)));
    return [notOneOf(key, typed.value, allowedValues(key), node, libvirt)];
  };
}

/** Image formats are checked at load from 11.2.0, which also added "sparse"; before, only when used. */
const IMAGE_FORMAT_CHECK_SINCE = "11.2.0";

const imageFormatCheck: KeyCheck = (scope, key, typed, node) => {
  if (typed.type !== "string") return [];
  const version = scope.settings.libvirtVersion;
  const atLoad = compareVersions(version, IMAGE_FORMAT_CHECK_SINCE) >= 0;
  const allowed = allowedValues(key).filter((format) => atLoad || format !== "sparse");
  if (allowed.includes(typed.value)) return [];
  if (atLoad) {
    const libvirt = libvirtFailure("L", "unsupported configuration", undefined, (v) => `Invalid ${key} '${v(typed.value)}'`);
    return [notOneOf(key, typed.value, allowed, node, libvirt)];
  }
  // save_image_format → "save", dump_… → "dump", snapshot_… → "snapshot".
  const values = { value: displayKeyValue(key, typed.value), allowed: orList(allowed), version, operation: key.split("_")[0]! };
  return [{ rule: "qemu/value-enum", key, messageId: "imageFormatAtRun", values, node }];
};

/** `transient` and `all` are known scopes that managed save cannot serve. */
const autoShutdownTrySaveCheck: KeyCheck = (scope, key, typed, node) => {
  if (typed.type === "string" && (typed.value === "transient" || typed.value === "all")) {
    const libvirt = libvirtFailure("L", "invalid argument", undefined, () => "managed save cannot be requested for transient domains");
    return [{ rule: "qemu/value-enum", key, messageId: "transientSave", values: { value: displayKeyValue(key, typed.value) }, node, libvirt }];
  }
  return autoShutdownCheck(scope, key, typed, node);
};

const autoShutdownCheck = enumCheck("invalid argument", (key, value) => `unknown ${key} '${value}'`);

/** Plugins libvirt ships; "nop" is the built-in no-op manager that an unset key selects. */
const LOCK_MANAGERS = ["lockd", "sanlock"];

const lockManagerCheck: KeyCheck = (_scope, key, typed, node) => {
  if (typed.type !== "string" || LOCK_MANAGERS.includes(typed.value) || typed.value === "nop") return [];
  // virLockManagerPluginNew looks for <libdir>/libvirt/lock-driver/<name>.so when the driver starts;
  // <libdir> depends on the build, so it stays a placeholder.
  const libvirt = libvirtFailure(
    "I",
    undefined,
    undefined,
    (v) => `Plugin <libdir>/libvirt/lock-driver/${v(typed.value)}.so not accessible: No such file or directory`,
  );
  return [notOneOf(key, typed.value, LOCK_MANAGERS, node, libvirt)];
};

// ---- migration addresses (qemu_conf.c l.973, l.985) ----

const localAddressCheck: KeyCheck = (_scope, key, typed, node) => {
  if (typed.type !== "string") return [];
  const host = stripIpv6Brackets(typed.value);
  if (!host.startsWith("localhost") && !isNumericLocalhost(host)) return [];
  // libvirt prints the value after stripping the brackets.
  const words = (v: (raw: string) => string): string => `${key} must not be the address of the local machine: ${v(host)}`;
  const libvirt = libvirtFailure("L", "configuration file syntax error", undefined, words);
  const values = { value: displayKeyValue(key, typed.value) };
  return [{ rule: "qemu/value-enum", key, messageId: "localAddress", values, node, libvirt }];
};

/** `virStringStripIPv6Brackets`: only a bracketed value containing a colon loses its brackets. */
function stripIpv6Brackets(value: string): string {
  return value.startsWith("[") && value.endsWith("]") && value.includes(":") ? value.slice(1, -1) : value;
}

/**
 * `virSocketAddrIsNumericLocalhost`: the value parses as a numeric address (getaddrinfo with
 * AI_NUMERICHOST, so inet_aton's short and octal/hex IPv4 forms count) that equals 127.0.0.1 or ::1.
 * Other 127.x addresses pass libvirt's check.
 */
export function isNumericLocalhost(value: string): boolean {
  if (ipv4Number(value) === 0x7f000001) return true;
  const words = ipv6Words(value.replace(/%.+$/, ""));
  return words !== undefined && words.every((word, i) => word === (i === 7 ? 1 : 0));
}

/** inet_aton: one to four parts, decimal, octal (leading 0) or hex (0x); the last part fills the rest. */
function ipv4Number(text: string): number | undefined {
  const parts = text.split(".");
  if (parts.length > 4) return undefined;
  const numbers = parts.map(inetPart);
  let address = 0;
  for (const [i, n] of numbers.entries()) {
    if (n === undefined) return undefined;
    const last = i === numbers.length - 1;
    const limit = last ? 2 ** (8 * (5 - numbers.length)) - 1 : 255;
    if (n > limit) return undefined;
    address = last ? address * 2 ** (8 * (5 - numbers.length)) + n : address * 256 + n;
  }
  return address;
}

function inetPart(part: string): number | undefined {
  if (/^0[xX][0-9a-fA-F]*$/.test(part)) return part.length === 2 ? 0 : Number.parseInt(part.slice(2), 16);
  if (/^0[0-7]*$/.test(part)) return Number.parseInt(part, 8);
  if (/^[1-9][0-9]*$/.test(part)) return Number(part);
  return undefined;
}

/** inet_pton for IPv6: eight 16-bit words, one `::` for at least one zero word, a dotted IPv4 tail allowed. */
function ipv6Words(text: string): number[] | undefined {
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const compressed = halves.length === 2;
  const head = ipv6Groups(halves[0]!, !compressed);
  const tail = compressed ? ipv6Groups(halves[1]!, true) : [];
  if (!head || !tail) return undefined;
  if (!compressed) return head.length === 8 ? head : undefined;
  const zeros = 8 - head.length - tail.length;
  return zeros >= 1 ? [...head, ...new Array<number>(zeros).fill(0), ...tail] : undefined;
}

function ipv6Groups(half: string, last: boolean): number[] | undefined {
  if (half === "") return [];
  const words: number[] = [];
  const groups = half.split(":");
  for (const [i, group] of groups.entries()) {
    if (last && i === groups.length - 1 && group.includes(".")) {
      const v4 = /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$/.test(group)
        ? group.split(".").reduce((n, part) => n * 256 + Number(part), 0)
        : undefined;
      if (v4 === undefined) return undefined;
      words.push(Math.floor(v4 / 65536), v4 % 65536);
    } else if (/^[0-9a-fA-F]{1,4}$/.test(group)) words.push(Number.parseInt(group, 16));
    else return undefined;
  }
  return words;
}

// ---- lists ----

/** One problem per element that fails `bad`; libvirt stops at the first, enginelint shows them all. */
function elementCheck(bad: (item: ListItem, key: string) => Without<Found, "key" | "node" | "sub"> | undefined): KeyCheck {
  return (_scope, key, typed) => {
    if (typed.type !== "string-list") return [];
    return typed.items.flatMap((item, index): Found[] => {
      const problem = bad(item, key);
      return problem ? [{ ...problem, key, node: item.node, sub: [index] }] : [];
    });
  };
}

const cgroupControllersCheck = elementCheck((item, key) => {
  if (allowedValues(key).includes(item.value)) return undefined;
  const libvirt = libvirtFailure("L", "configuration file syntax error", undefined, (v) => `Unknown cgroup controller '${v(item.value)}'`);
  return { rule: "qemu/value-enum", messageId: "unknownController", values: { value: displayKeyValue(key, item.value) }, libvirt };
});

/** `virFirmwareParse`: split at every ":", exactly two parts, each non-empty after leading blanks. */
const nvramCheck = elementCheck((item, key) => {
  const parts = item.value.split(":").map((part) => part.replace(/^[ \t\n\v\f\r]+/, ""));
  if (parts.length === 2 && parts.every((part) => part !== "")) return undefined;
  const libvirt = libvirtFailure("L", "configuration file syntax error", undefined, (v) => `Invalid nvram format: '${v(item.value)}'`);
  return { rule: "qemu/value-enum", messageId: "nvramFormat", values: { value: displayKeyValue(key, item.value) }, libvirt };
});

/** libvirt looks at each path's file system; an empty path fails on every host (spec §5.3). */
const hugetlbfsCheck = elementCheck((item) => {
  if (item.value !== "") return undefined;
  const libvirt = libvirtFailure("L", undefined, undefined, () => "cannot determine filesystem for '': No such file or directory");
  return { rule: "qemu/hugetlbfs-mount-empty", messageId: "emptyMount", values: {}, libvirt };
});

/**
 * Each element must name a namespace; the first valid one fails in a session daemon, which cannot
 * create namespaces (qemu_conf.c l.1141…).
 */
const namespacesCheck: KeyCheck = (scope, key, typed, node) => {
  if (typed.type !== "string-list") return [];
  const allowed = allowedValues(key);
  const problems = typed.items.flatMap(({ value, node: element }, index): Found[] => {
    if (allowed.includes(value)) return [];
    const libvirt = libvirtFailure("L", "configuration file syntax error", undefined, (v) => `Unknown namespace: ${v(value)}`);
    return [{ ...notOneOf(key, value, allowed, element, libvirt), sub: [index] }];
  });
  const firstKnown = typed.items.findIndex((item) => allowed.includes(item.value));
  if (!scope.settings.privileged && firstKnown >= 0) {
    const libvirt = libvirtFailure("L", "unsupported configuration", undefined, () => "cannot use namespaces in session mode");
    problems.push({ rule: "qemu/value-enum", key, messageId: "sessionNamespaces", values: {}, node, libvirt, sub: [firstKnown] });
  }
  return problems;
};

const SECURITY_DRIVERS = ["selinux", "apparmor", "none"];

/**
 * Duplicates fail at load (l.1077); unknown names, `dac` included, when the driver sets up its
 * security managers; `none` beside other drivers is refused only by the template (tmpl l.513–516).
 */
const securityDriverCheck: KeyCheck = (_scope, key, typed) => {
  if (typed.type !== "string-list") return [];
  const names = typed.items.map((item) => item.value);
  const distinct = new Set(names).size;
  return typed.items.flatMap(({ value, node }, index): Found[] => {
    const first = names.indexOf(value);
    const shown = { value: displayKeyValue(key, value) };
    if (first < index) {
      const libvirt = libvirtFailure("L", "configuration file syntax error", undefined, (v) => `Duplicate security driver ${v(value)}`);
      return [{ rule: "qemu/value-enum", key, messageId: "duplicateDriver", values: shown, node, libvirt, sub: [first, index] }];
    }
    if (!SECURITY_DRIVERS.includes(value)) {
      const libvirt = libvirtFailure("I", "internal error", undefined, (v) => `Security driver ${v(value)} not found`);
      if (value === "dac") return [{ rule: "qemu/value-enum", key, messageId: "dacDriver", values: shown, node, libvirt, sub: [index] }];
      return [{ ...notOneOf(key, value, SECURITY_DRIVERS, node, libvirt), sub: [index] }];
    }
    if (value === "none" && distinct > 1) return [{ rule: "qemu/value-enum", key, messageId: "noneWithOthers", values: shown, node, sub: [index] }];
    return [];
  });
};

// ---- the rest ----

const diskProbingCheck: KeyCheck = (_scope, key, typed, node) => {
  if (typed.type !== "bool" || !typed.value) return [];
  const libvirt = libvirtFailure("L", "unsupported configuration", undefined, () => "allow_disk_format_probing is no longer supported");
  return [{ rule: "qemu/value-range", key, messageId: "probing", values: {}, node, libvirt }];
};

const KEY_CHECKS: Readonly<Record<string, KeyCheck>> = {
  ...Object.fromEntries(PORT_PAIRS.flatMap((pair) => [[pair.min, minPortProblems(pair)], [pair.max, maxPortProblems(pair)]])),
  save_image_format: imageFormatCheck,
  dump_image_format: imageFormatCheck,
  snapshot_image_format: imageFormatCheck,
  auto_shutdown_try_save: autoShutdownTrySaveCheck,
  auto_shutdown_try_shutdown: autoShutdownCheck,
  auto_shutdown_poweroff: autoShutdownCheck,
  hugetlbfs_mount: hugetlbfsCheck,
  stdio_handler: enumCheck("unsupported configuration", (_key, value) => `Unknown stdio handler ${value}`),
  sched_core: enumCheck("unsupported configuration", (_key, value) => `Unknown sched_core value ${value}`),
  lock_manager: lockManagerCheck,
  allow_disk_format_probing: diskProbingCheck,
  migration_host: localAddressCheck,
  migration_address: localAddressCheck,
  nvram: nvramCheck,
  security_driver: securityDriverCheck,
  cgroup_controllers: cgroupControllersCheck,
  namespaces: namespacesCheck,
  default_cpu_deprecated_features: enumCheck("unsupported configuration", (key, value) => `Unknown ${key} value ${value}`),
};

// ---------------------------------------------------------------------------------------------
// Reporting
// ---------------------------------------------------------------------------------------------

/** What a value rule needs of its context to report. */
export interface ProblemReporter {
  report(descriptor: ReportDescriptor): void;
}

/**
 * Reports a problem at its node with the shared placeholders (`key`, `libvirt`) and data:
 * `key`, `libvirtFirst`, and `libvirtMessage` (libvirt's complete text) when libvirt reports it.
 */
export function reportProblem(reporter: ProblemReporter, problem: ValueProblem, suggestions?: { desc: string; edits: Edit[] }[]): void {
  const data: Record<string, DiagnosticData[string]> = { key: problem.key, libvirtFirst: problem.libvirtFirst };
  if (problem.libvirt) data.libvirtMessage = problem.libvirt.message;
  const span: Span = { start: problem.node.start, end: problem.node.end };
  reporter.report({
    messageId: problem.messageId,
    values: { key: problem.key, ...problem.values, ...(problem.libvirt ? { libvirt: problem.libvirt.quote } : {}) },
    span,
    data,
    ...(suggestions && suggestions.length > 0 ? { suggestions } : {}),
  });
}
