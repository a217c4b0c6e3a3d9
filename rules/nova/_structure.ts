/**
 * What the structural nova rules share (spec nova-conf §4, §9, §14.3): how a section header maps to a
 * nova group, how a key maps to an option of its group, which assignment of an option oslo.config
 * uses inside one file, and the line edits their fixes make. These rules judge each file on its own,
 * never the stack: a file's own structure is what its author can fix.
 */
import { deprecatedTarget, isKnownGroup, NOVA_GROUPS, novaOption, novaOptionsOf, type NovaOption } from "../../src/catalogue/nova.js";
import type { Edit } from "../../src/core/diagnostic.js";
import { displayUnquoted, displayValue } from "../../src/core/display.js";
import { memoizeByObject, memoizeStrings } from "../../src/core/memo.js";
import { bestCandidate, codePointCount, levenshtein, withinEdits, type CandidateTest } from "../../src/core/did-you-mean.js";
import type { Span } from "../../src/core/rule.js";
import { normalizeGroupName } from "../../src/parsers/oslo-ini.js";
import type { IniAssignment, IniSection, OsloIniDocument } from "../../src/parsers/oslo-ini-types.js";
// _values.ts builds on keyKind and optionId here; the cycle is safe because neither module calls
// the other while it is being loaded.
import { urlPasswords } from "../../src/core/url-passwords.js";
import { isSecretOption } from "./_values.js";

/** The group oslo.config keeps upper-case (`_normalize_group_name`). */
export const DEFAULT_GROUP = "DEFAULT";

// ---------------------------------------------------------------------------------------------------
// Section headers
// ---------------------------------------------------------------------------------------------------

/**
 * What a header means to oslo.config:
 * - `group`: a nova group written canonically;
 * - `case`: a nova group written in another letter case (`[LIBVIRT]`), read as that group;
 * - `lowercase-default`: `DEFAULT` in another letter case (`[default]`), a group no option uses;
 * - `unknown`: no nova group (the section is ignored).
 */
export type SectionKind = "group" | "case" | "lowercase-default" | "unknown";

export function sectionKind(section: IniSection): SectionKind {
  return headerKind(section.rawName, section.name);
}

/** Asked for every assignment by several rules, so kept for the run by the header's raw and normalised names. */
const headerKind: (rawName: string, name: string) => SectionKind = memoizeStrings((rawName, name) => {
  if (rawName !== DEFAULT_GROUP && rawName.toUpperCase() === DEFAULT_GROUP) return "lowercase-default";
  if (!isKnownGroup(name)) return "unknown";
  return rawName === name ? "group" : "case";
});

/** Whether oslo.config reads the options of this header's section (a nova group, whatever its case). */
function readsGroup(section: IniSection): boolean {
  const kind = sectionKind(section);
  return kind === "group" || kind === "case";
}

/** Group and option names (and keys that look like them) are shown whole; anything else as a value is. */
const PLAIN_NAME = /^[A-Za-z0-9_.-]+$/;

/** A name as messages quote it: `"debug"`; an odd key (spaces, controls) escaped by the display function. */
export function quotedName(name: string): string {
  return PLAIN_NAME.test(name) ? `"${name}"` : displayValue(name);
}

function unquotedName(name: string): string {
  return PLAIN_NAME.test(name) ? name : displayUnquoted(name);
}

/** A group name as messages show it: `[libvirt]`. */
export function groupLabel(name: string): string {
  return `[${unquotedName(name)}]`;
}

/** `[vnc] server_proxyclient_address`: an option as messages name it. */
export function optionLabel(group: string, key: string): string {
  return `${groupLabel(group)} ${unquotedName(key)}`;
}

/** The assignments under each header, in file order (a header without any is absent); built once per document. */
export const assignmentsByHeader: (document: OsloIniDocument) => ReadonlyMap<IniSection, readonly IniAssignment[]> = memoizeByObject(collectByHeader);

function collectByHeader(document: OsloIniDocument): Map<IniSection, IniAssignment[]> {
  const byHeader = new Map<IniSection, IniAssignment[]>();
  for (const assignment of document.assignments) {
    const list = byHeader.get(assignment.section);
    if (list) list.push(assignment);
    else byHeader.set(assignment.section, [assignment]);
  }
  return byHeader;
}

/**
 * `[placment]` for `[placement]` (spec §14.3 `nova/unknown-group`): the names are compared as oslo.config
 * compares them (lower case, `DEFAULT` included), either equal once `-` is read as `_`, or within
 * Levenshtein distance 2 (3 for names longer than 10 code points).
 */
const sameButDashes: CandidateTest = (name, candidate) => name.replaceAll("-", "_") === candidate.replaceAll("-", "_");
const closeGroupName: CandidateTest = withinEdits(levenshtein, (name) =>
  // More than 20 UTF-16 units are more than 10 code points, whatever they hold: no pass over a long name.
  name.length > 20 || codePointCount(name) > 10 ? 3 : 2,
);

/** The known group an unknown header was probably meant to name, in its canonical spelling. */
export function suggestGroup(section: IniSection): string | undefined {
  canonicalGroups ??= new Map(NOVA_GROUPS().map((group) => [group.toLowerCase(), group]));
  lowerCaseGroups ??= [...canonicalGroups.keys()];
  const match = bestCandidate(section.rawName.toLowerCase(), lowerCaseGroups, GROUP_TESTS);
  return match === undefined ? undefined : canonicalGroups.get(match);
}

const GROUP_TESTS: readonly CandidateTest[] = [sameButDashes, closeGroupName];

/** Every group by its lower-case name, as oslo.config compares them (built on the first unknown group). */
let canonicalGroups: Map<string, string> | undefined;
let lowerCaseGroups: string[] | undefined;

// ---------------------------------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------------------------------

/**
 * What a key of a known group means to oslo.config:
 * - `option`: the current name of `option`;
 * - `deprecated`: a deprecated name of `option` (possibly an option of another group); `rank` is its
 *   place in oslo's look-up list (current name 0, then the deprecated names in order);
 * - `wrong-case`: not registered, but `intended` (lower-cased, `-` as `_`) is an option or deprecated
 *   name of the group;
 * - `unknown`: none of these.
 */
export type KeyKind =
  | { kind: "option"; option: NovaOption }
  | { kind: "deprecated"; option: NovaOption; rank: number }
  | { kind: "wrong-case"; intended: string }
  | { kind: "unknown" };

export const keyKind: (group: string, key: string) => KeyKind = memoizeStrings(computeKeyKind);

function computeKeyKind(group: string, key: string): KeyKind {
  const option = novaOption(group, key);
  if (option) return { kind: "option", option };
  const target = deprecatedTarget(group, key);
  if (target) return { kind: "deprecated", option: target, rank: deprecatedRank(target, group, key) };
  const intended = key.toLowerCase().replaceAll("-", "_");
  if (intended !== key && (novaOption(group, intended) || deprecatedTarget(group, intended))) return { kind: "wrong-case", intended };
  return { kind: "unknown" };
}

/** An assignment and what oslo.config makes of its key; no kind when oslo.config does not read its section. */
export interface KeyedAssignment {
  readonly assignment: IniAssignment;
  readonly kind: KeyKind | undefined;
}

/**
 * The file's assignments in file order, each with its kind. Most rules ask the kind of every
 * assignment of every file: built once per document.
 */
export const keyedAssignments: (document: OsloIniDocument) => readonly KeyedAssignment[] = memoizeByObject((document) =>
  document.assignments.map((assignment) => ({
    assignment,
    kind: readsGroup(assignment.section) ? keyKind(assignment.section.name, assignment.key) : undefined,
  })),
);

/** The option a key of this kind sets, by its current or a deprecated name. */
export function optionOf(kind: KeyKind | undefined): NovaOption | undefined {
  return kind?.kind === "option" || kind?.kind === "deprecated" ? kind.option : undefined;
}

/** 1 + the index of `group`/`key` among the option's deprecated names (oslo tries them in this order). */
function deprecatedRank(option: NovaOption, group: string, key: string): number {
  const index = option.deprecated_names.findIndex((old) => old.name === key && groupMatches(old.group, group));
  return index < 0 ? option.deprecated_names.length + 1 : index + 1;
}

/**
 * Whether the data's group `pattern` (a name, or a dynamic group such as `mdev_*`, where `*` stands
 * for one or more characters) names the normalised section `group`; the `*` part when it does.
 */
function matchGroup(pattern: string, group: string): string | undefined {
  const normalised = normalizeGroupName(pattern);
  const star = normalised.indexOf("*");
  if (star < 0) return normalised === group ? "" : undefined;
  const [head, tail] = [normalised.slice(0, star), normalised.slice(star + 1)];
  const fits = group.length > head.length + tail.length && group.startsWith(head) && group.endsWith(tail);
  return fits ? group.slice(head.length, group.length - tail.length) : undefined;
}

const groupMatches = (pattern: string, group: string): boolean => matchGroup(pattern, group) !== undefined;

/**
 * The section a deprecated name's option lives in, seen from the section `group` that holds the old
 * name: the option's group, or for a dynamic one the same dynamic part (`[vgpu_nvidia-35]
 * device_addresses` is `[mdev_nvidia-35] device_addresses`).
 */
export function currentGroup(option: NovaOption, group: string): string {
  if (!option.group.includes("*")) return option.group;
  for (const old of option.deprecated_names) {
    const part = matchGroup(old.group, group);
    if (part) return option.group.replace("*", part);
  }
  return option.group;
}

/** An assignment of a known option, by its current or a deprecated name. */
export interface OptionUse {
  assignment: IniAssignment;
  option: NovaOption;
  /** The group the option is read from: the option's group, made concrete for a dynamic one (`mdev_nvidia-35`). */
  group: string;
  /** 0 for the current name, else the deprecated name's place in oslo's look-up list. */
  rank: number;
}

/** The key of `optionUses`' map: one option of one concrete group (`[mdev_a]` and `[mdev_b]` are two). */
export const optionId = (group: string, name: string): string => `${group}\u0000${name}`;

/**
 * Every assignment of a known option in sections oslo.config reads, grouped per option, in file order.
 * Several rules ask for it per file and for every member of a stack: built once per document.
 */
export const optionUses: (document: OsloIniDocument) => ReadonlyMap<string, readonly OptionUse[]> = memoizeByObject(collectOptionUses);

function collectOptionUses(document: OsloIniDocument): Map<string, OptionUse[]> {
  const uses = new Map<string, OptionUse[]>();
  for (const { assignment, kind } of keyedAssignments(document)) {
    if (kind?.kind !== "option" && kind?.kind !== "deprecated") continue;
    const section = assignment.section.name;
    const use: OptionUse =
      kind.kind === "option"
        ? { assignment, option: kind.option, group: section, rank: 0 }
        : { assignment, option: kind.option, group: currentGroup(kind.option, section), rank: kind.rank };
    const id = optionId(use.group, use.option.name);
    const list = uses.get(id);
    if (list) list.push(use);
    else uses.set(id, [use]);
  }
  return uses;
}

/**
 * The assignment oslo.config takes a single-valued option from within one file (spec §4, §9): the
 * first name of its look-up list that the file sets (the current name beats every deprecated one,
 * whatever the order), and of that name the last occurrence (`values[-1]`).
 */
export function fileWinner(uses: readonly OptionUse[]): OptionUse | undefined {
  let winner: OptionUse | undefined;
  for (const use of uses) if (winner === undefined || use.rank <= winner.rank) winner = use;
  return winner;
}

/** Options that take every occurrence instead of the last one (`MultiStrOpt`, `MultiOpt`). */
export function isMultiValued(option: NovaOption): boolean {
  return option.type === "multistring" || option.type === "multi";
}

/**
 * The keystoneauth plugin options of `auth_type = v3applicationcredential` and friends are registered
 * at run time and are not in the option data (only the `password` plugin's are): groups whose
 * effective `auth_type` in this file names another plugin are not checked for unknown options.
 */
const DESCRIBED_PLUGINS: ReadonlySet<string> = new Set(["password", "v3password"]);

export function pluginGroups(uses: ReadonlyMap<string, readonly OptionUse[]>): Set<string> {
  const groups = new Set<string>();
  for (const list of uses.values()) {
    const winner = fileWinner(list);
    if (winner?.option.name !== "auth_type") continue;
    // An empty auth_type loads no plugin at all: nothing beyond the option data is registered.
    const plugin = winner.assignment.value;
    if (plugin !== "" && !DESCRIBED_PLUGINS.has(plugin)) groups.add(winner.group);
  }
  return groups;
}

/** Every name of the option data written `[group] name` in some group other than `[DEFAULT]`, per name. */
let namesakeIndex: Map<string, string[]> | undefined;

/**
 * Options with this name in other groups (sorted by group name), for a key in `[DEFAULT]`: over the
 * years many options moved from `[DEFAULT]` into their own group (`lock_path`, `default_floating_pool`).
 */
export function namesakesOutsideDefault(key: string): readonly string[] {
  namesakeIndex ??= buildNamesakeIndex();
  return namesakeIndex.get(key) ?? [];
}

function buildNamesakeIndex(): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const group of [...NOVA_GROUPS()].sort(compareCodeUnits)) {
    if (group === DEFAULT_GROUP) continue;
    for (const option of novaOptionsOf(group)) {
      const list = index.get(option.name);
      if (list) list.push(group);
      else index.set(option.name, [group]);
    }
  }
  return index;
}

/** Deprecated names per group they are written in, over the whole option data (`[DEFAULT] vnc_enabled` is `[vnc] enabled`). */
let deprecatedIndex: Map<string, string[]> | undefined;

/** The current and deprecated names a key of `group` may be a typo of. */
function namesOfGroup(group: string): readonly string[] {
  deprecatedIndex ??= buildDeprecatedIndex();
  return [...novaOptionsOf(group).map((option) => option.name), ...(deprecatedIndex.get(group) ?? [])];
}

function buildDeprecatedIndex(): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const group of NOVA_GROUPS()) {
    for (const option of novaOptionsOf(group)) {
      for (const old of option.deprecated_names) {
        const oldGroup = normalizeGroupName(old.group);
        const list = index.get(oldGroup);
        if (list) list.push(old.name);
        else index.set(oldGroup, [old.name]);
      }
    }
  }
  return index;
}

const KEY_TYPO: readonly CandidateTest[] = [withinEdits(levenshtein, () => 2)];

/** A name of the same group within Levenshtein distance 2 (`max_concurent_builds`). */
export function suggestKey(group: string, key: string): string | undefined {
  return bestCandidate(key, namesOfGroup(group), KEY_TYPO);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------------
// Line edits. oslo.config reads lines, and a column-1 line between a key and its continuation lines
// ends the value (spec §2), so the fixes work on whole lines and insert only above an assignment.
// ---------------------------------------------------------------------------------------------------

const isLineBreak = (c: string | undefined): boolean => c === "\n" || c === "\r";

/** The offset where the line holding `offset` starts. */
export function lineStart(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && !isLineBreak(text[at - 1])) at--;
  return at;
}

/** The offset after the line end that follows `offset` (CRLF is one line end), or the end of the text. */
function afterLineEnd(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && !isLineBreak(text[at])) at++;
  if (text[at] === "\r" && text[at + 1] === "\n") return at + 2;
  return at < text.length ? at + 1 : at;
}

/** The whole lines `span` touches, each with its line end. */
function wholeLines(text: string, span: Span): Span {
  return { start: lineStart(text, span.start), end: afterLineEnd(text, span.end) };
}

/** The line end of the line holding `offset` (else the file's first one, else LF), for inserted lines. */
function lineBreakNear(text: string, offset: number): string {
  const LINE_BREAK = /\r\n|\r|\n/;
  return LINE_BREAK.exec(text.slice(offset))?.[0] ?? LINE_BREAK.exec(text)?.[0] ?? "\n";
}

/** Replaces the whole lines `span` touches (an assignment with its continuation lines) by `lines`, each without line end. */
export function replaceLines(text: string, span: Span, lines: readonly string[]): Edit {
  const lineBreak = lineBreakNear(text, span.start);
  return { ...wholeLines(text, span), text: lines.map((line) => line + lineBreak).join("") };
}

/** Deletes the whole lines `span` touches, line ends included. */
export function deleteLines(text: string, span: Span): Edit {
  return replaceLines(text, span, []);
}

/** Inserts `line` (without line end) as a line of its own above the line holding `offset`. */
export function insertLineAbove(text: string, offset: number, line: string): Edit {
  const at = lineStart(text, offset);
  return { start: at, end: at, text: line + lineBreakNear(text, offset) };
}

/**
 * The linter merges the edits of one suggestion into a single replacement, which the JSON and SARIF
 * output print: edits on both sides of a value would print the value. Secret options and passwords in
 * URLs are never printed (spec §14.1), so for them the suggestion is advice without edits.
 */
export function suggestionAround(assignment: IniAssignment, desc: string, edits: Edit[]): { desc: string; edits?: Edit[] } {
  const secret = isSecretOption(assignment.section.name, assignment.key) || urlPasswords(assignment.value).length > 0;
  return secret ? { desc } : { desc, edits };
}
