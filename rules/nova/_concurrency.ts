/**
 * The effective values the concurrency rules judge (spec nova-conf §11, §14.3): an option's value as the
 * service sees it across the whole stack and the environment, found at the winning assignment. A rule
 * reports only when that assignment is in the file being linted, so every file of a stack is judged on
 * what it actually decides, and a value that other rules reject (not an integer, out of bounds, empty)
 * is left to them.
 */
import { novaOption } from "../../src/catalogue/nova.js";
import type { NovaDocument, NovaSettings } from "../../src/engines/nova.js";
import type { IniAssignment } from "../../src/parsers/oslo-ini-types.js";
import { effectiveOption, type Winner } from "./_effective.js";
import { concurrencyMode, serviceOf, type ConcurrencyMode } from "./_mode.js";
import { convert, substitute } from "./_values.js";

/** The groups oslo.db registers for nova's two databases. */
export const DATABASE_GROUPS = ["database", "api_database"] as const;

export interface EffectiveValue<T> {
  value: T;
  /** The winning assignment when it is in the file being linted: where findings about the value go. */
  here: IniAssignment | undefined;
  /** Whether a file or the environment sets the option (false: the catalogue default applies). */
  set: boolean;
}

/**
 * The concurrency mode of nova-compute reading this file, for the options only nova-compute uses
 * (`sync_power_state_pool_size`, `max_concurrent_*`): undefined when the file configures another
 * service, whose mode says nothing about nova-compute's pools.
 */
export function computeMode(document: NovaDocument, settings: Readonly<NovaSettings>, filePath: string): ConcurrencyMode | undefined {
  const service = serviceOf(document, settings, filePath);
  return service === undefined || service === "nova-compute" ? concurrencyMode(document, settings, filePath) : undefined;
}

/** The winning assignment of an effective value when it stands in the file being linted. */
export function assignmentHere(winner: Winner | undefined): IniAssignment | undefined {
  return winner?.inThisFile === true && winner.origin.kind === "file" ? winner.origin.assignment : undefined;
}

/**
 * The value oslo delivers for an option of the catalogue, `$`-substituted and converted by its type and
 * bounds: the winning value, else the default. Undefined when the option is unknown, or its value
 * fails substitution or conversion (nova/unresolved-substitution, nova/invalid-value report those).
 * An empty int value is None (`null`), which no caller takes for a number (nova/empty-value's case).
 */
function effectiveConverted(
  document: NovaDocument,
  settings: Readonly<NovaSettings>,
  group: string,
  option: string,
): EffectiveValue<unknown> | undefined {
  const known = novaOption(group, option);
  if (known === undefined) return undefined;
  const winner = effectiveOption(document, settings, group, option);
  if (winner === undefined) return { value: known.default, here: undefined, set: false };
  const substituted = substitute({ document, settings }, group, option, winner.value);
  const converted = substituted.ok ? convert(known, substituted.text) : undefined;
  return converted?.ok ? { value: converted.value, here: assignmentHere(winner), set: true } : undefined;
}

/** The effective integer of an int option (`[DEFAULT]` unless a group is given); see `effectiveConverted`. */
export function effectiveInteger(
  document: NovaDocument,
  settings: Readonly<NovaSettings>,
  option: string,
  group = "DEFAULT",
): EffectiveValue<number> | undefined {
  const found = effectiveConverted(document, settings, group, option);
  return typeof found?.value === "number" ? { ...found, value: found.value } : undefined;
}

/** The effective boolean of a bool option; see `effectiveConverted`. */
export function effectiveBoolean(
  document: NovaDocument,
  settings: Readonly<NovaSettings>,
  option: string,
  group = "DEFAULT",
): EffectiveValue<boolean> | undefined {
  const found = effectiveConverted(document, settings, group, option);
  return typeof found?.value === "boolean" ? { ...found, value: found.value } : undefined;
}

/** An effective integer whose winning assignment is in this file, with that assignment. */
export interface IntegerHere {
  value: number;
  assignment: IniAssignment;
}

/** The effective integer of an option when this file's assignment decides it; undefined otherwise. */
export function integerHere(
  document: NovaDocument,
  settings: Readonly<NovaSettings>,
  option: string,
  group = "DEFAULT",
): IntegerHere | undefined {
  const found = effectiveInteger(document, settings, option, group);
  return found?.here ? { value: found.value, assignment: found.here } : undefined;
}

/**
 * Where a finding about two options together goes: the first of their winning assignments that stands
 * in this file, in file order; undefined when neither does (the finding belongs to another file).
 */
export function firstHere(...assignments: (IniAssignment | undefined)[]): IniAssignment | undefined {
  return assignments
    .filter((assignment): assignment is IniAssignment => assignment !== undefined)
    .sort((a, b) => a.span.start - b.span.start)[0];
}

/** Options of the rules that flag pools larger than a number of native threads. */
export interface ThresholdOptions {
  threshold: number;
}

/** The schema and default of `ThresholdOptions` (spec §14.3: default 100). */
export const THRESHOLD_OPTIONS = {
  schema: {
    type: "object",
    additionalProperties: false,
    properties: {
      threshold: { type: "integer", minimum: 0, description: "Pool sizes above this many native threads are reported (default 100)." },
    },
  },
  defaultOptions: { threshold: 100 },
} as const;
