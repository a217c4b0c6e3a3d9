/**
 * The merged view oslo.config has of a configuration stack (spec nova-conf §4, §5, §9): which
 * assignment, or which environment variable, gives an option its value.
 *
 * oslo.config (`_Namespace._get_file_value`) searches the parsed files newest first and, inside one
 * file, the option's current name before its deprecated names; a file's repeated and case-variant
 * sections are merged in file order and the last value counts. Multi-valued options collect every
 * value instead. The environment (`OS_<GROUP>__<OPTION>`, current name only) beats every file.
 */
import { deprecatedTarget, novaOption, type NovaOption } from "../../src/catalogue/nova.js";
import type { NovaDocument, NovaSettings } from "../../src/engines/nova.js";
import { memoizeByObject, memoizeStrings } from "../../src/core/memo.js";
import { normalizeGroupName } from "../../src/parsers/oslo-ini.js";
import type { IniAssignment, OsloIniDocument } from "../../src/parsers/oslo-ini-types.js";

export type WinnerOrigin =
  | {
      kind: "file";
      /** Index into `document.stack`. */
      member: number;
      assignment: IniAssignment;
      /** The deprecated key the value was read from, when it was not the current name. */
      deprecatedName?: string;
    }
  | { kind: "env"; variable: string };

export interface Winner {
  /** The normalised group and current option name asked for. */
  group: string;
  option: string;
  /** The value oslo.config reads (quotes removed, continuation pieces joined), before conversion. */
  value: string;
  origin: WinnerOrigin;
  /** Whether the value comes from the file being linted (rules report only then, at that assignment). */
  inThisFile: boolean;
}

/** A spelling oslo.config looks the option up by: the current name first, then the deprecated ones. */
interface Spelling {
  group: string;
  name: string;
  deprecated: boolean;
}

/** Assignments by normalised group, then key; two levels so a look-up builds no joined key. */
type AssignmentIndex = ReadonlyMap<string, ReadonlyMap<string, readonly IniAssignment[]>>;

/**
 * The value of a single-valued option as the service sees it, or undefined when nothing sets it (the
 * catalogue default applies).
 */
export function effectiveOption(document: NovaDocument, settings: Readonly<NovaSettings>, group: string, option: string): Winner | undefined {
  const normalised = normalizeGroupName(group);
  const fromEnv = envWinner(settings, normalised, option);
  if (fromEnv) return fromEnv;
  const spellings = spellingsOf(normalised, option);
  for (let member = document.stack.length - 1; member >= 0; member--) {
    const assignments = assignmentIndex(document.stack[member]!.document);
    for (const spelling of spellings) {
      const found = assignments.get(spelling.group)?.get(spelling.name);
      if (found) return fileWinner(document, normalised, option, member, found[found.length - 1]!, spelling);
    }
  }
  return undefined;
}

/**
 * Every value of a multi-valued option, in the order oslo.config returns them: older files first;
 * inside a file, the last deprecated spelling's values first and the current name's last (oslo
 * prepends each spelling's list in turn). The environment, when set, replaces them all.
 */
export function effectiveMulti(document: NovaDocument, settings: Readonly<NovaSettings>, group: string, option: string): Winner[] {
  const normalised = normalizeGroupName(group);
  const fromEnv = envWinner(settings, normalised, option);
  if (fromEnv) return [fromEnv];
  const spellings = spellingsOf(normalised, option);
  let values: Winner[] = [];
  for (let member = document.stack.length - 1; member >= 0; member--) {
    const assignments = assignmentIndex(document.stack[member]!.document);
    for (const spelling of spellings) {
      const found = assignments.get(spelling.group)?.get(spelling.name) ?? [];
      values = [...found.map((assignment) => fileWinner(document, normalised, option, member, assignment, spelling)), ...values];
    }
  }
  return values;
}

/**
 * The option an assignment in the normalised `group` sets, and the group it is read as: its current
 * name, or the option a deprecated spelling stands for (`[DEFAULT] vnc_enabled` sets `[vnc] enabled`);
 * undefined for a key oslo.config ignores. A catalogue lookup, kept for the run.
 */
export const optionSetBy: (group: string, key: string) => { group: string; option: NovaOption } | undefined = memoizeStrings(computeOptionSetBy);

function computeOptionSetBy(group: string, key: string): { group: string; option: NovaOption } | undefined {
  const current = novaOption(group, key);
  if (current) return { group, option: current };
  const target = deprecatedTarget(group, key);
  if (!target) return undefined;
  const old = target.deprecated_names.find((entry) => entry.name === key && entry.group.includes("*"));
  return { group: old ? instanceGroup(old.group, target.group, group) : target.group, option: target };
}

/**
 * `OS_<GROUP>__<OPTION>`, upper-cased (`OS_DEFAULT__HOST`), as oslo.config's environment source names
 * it. Kept for the run: every effective value looks its variable up, most often in an empty environment.
 */
export const envVariable: (group: string, option: string) => string = memoizeStrings(
  (group, option) => `OS_${group.toUpperCase()}__${option.toUpperCase()}`,
);

function envWinner(settings: Readonly<NovaSettings>, group: string, option: string): Winner | undefined {
  // Most runs set no environment: then no variable's name need be looked up, value after value.
  if (Object.keys(settings.env).length === 0) return undefined;
  const variable = envVariable(group, option);
  // An empty string is a value for oslo.config (only `os.environ.get` returning None means unset).
  if (!Object.hasOwn(settings.env, variable)) return undefined;
  return { group, option, value: settings.env[variable]!, origin: { kind: "env", variable }, inThisFile: false };
}

function fileWinner(
  document: NovaDocument,
  group: string,
  option: string,
  member: number,
  assignment: IniAssignment,
  spelling: Spelling,
): Winner {
  const origin: WinnerOrigin = spelling.deprecated
    ? { kind: "file", member, assignment, deprecatedName: spelling.name }
    : { kind: "file", member, assignment };
  return { group, option, value: assignment.value, origin, inThisFile: member === document.index };
}

/** The option's look-up list: `[(group, name)]` followed by its deprecated names (spec §9); a catalogue lookup, kept for the run. */
const spellingsOf: (group: string, option: string) => readonly Spelling[] = memoizeStrings(computeSpellings);

function computeSpellings(group: string, option: string): Spelling[] {
  const current = { group, name: option, deprecated: false };
  const known = novaOption(group, option);
  if (!known) return [current];
  const deprecated = known.deprecated_names.map((old) => ({
    group: normalizeGroupName(instanceGroup(known.group, old.group, group)),
    name: old.name,
    deprecated: true,
  }));
  return [current, ...deprecated];
}

/**
 * Dynamically named groups and their old names stand for the same instance: `[mdev_nvidia-35]` used
 * to be `[vgpu_nvidia-35]`. `group` matches the pattern `from`; the result is `to` for that instance
 * (`to` itself when either is not a pattern).
 */
function instanceGroup(from: string, to: string, group: string): string {
  const star = from.indexOf("*");
  if (star < 0 || !to.includes("*")) return to;
  return to.replace("*", group.slice(star, group.length - (from.length - star - 1)));
}

/** Assignments by normalised group and key, each list in file order (so the last one wins). */
const assignmentIndex: (file: OsloIniDocument) => AssignmentIndex = memoizeByObject((file) => {
  const built = new Map<string, Map<string, IniAssignment[]>>();
  for (const assignment of file.assignments) {
    let byKey = built.get(assignment.section.name);
    if (!byKey) built.set(assignment.section.name, (byKey = new Map()));
    const list = byKey.get(assignment.key);
    if (list) list.push(assignment);
    else byKey.set(assignment.key, [assignment]);
  }
  return built;
});
