/**
 * Ajv's errors turned into what a user of a YAML file can act on: one message per place, worded in
 * YAML's terms, with the path inside the document that load.ts maps to a line and column.
 * Only types from ajv are imported: this module adds nothing to start-up.
 */
import { isDeepStrictEqual } from "node:util";
import type { ErrorObject } from "ajv";

/** One error, before it gets a position: `path` is the JSON Pointer decoded into segments. */
export interface Problem {
  readonly path: readonly string[];
  /** Point at the key of the last segment (an unknown key) rather than at its value. */
  readonly atKey: boolean;
  readonly message: string;
}

/** RFC 6901: `~1` is `/` and `~0` is `~`, decoded in that order (rule ids contain `/`). */
export function decodePointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** `rules["nova/secret-in-clear"]`, `overrides[0].files`: how the message names the place. */
export function displayPath(path: readonly string[]): string {
  return path
    .map((segment, index) => {
      if (/^\d+$/.test(segment)) return `[${segment}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(segment)) return index === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join("");
}

/**
 * `anyOf`/`oneOf` report one error per failed branch and then their own; Ajv pushes the branch errors
 * just before it, at its instance path or below. Keep only the summary: a list of every way a value
 * failed to be each alternative helps nobody.
 */
export function collapseAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const kept: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword === "anyOf" || error.keyword === "oneOf") {
      while (kept.length > 0 && isWithin(kept[kept.length - 1]?.instancePath ?? "", error.instancePath)) kept.pop();
    }
    kept.push(error);
  }
  return kept;
}

function isWithin(pointer: string, base: string): boolean {
  return pointer === base || pointer.startsWith(`${base}/`);
}

/**
 * `base` locates the validated value in the document (rule options and engine settings are validated
 * on their own). `messagesBySchema` words errors of schemas equal to the given ones (Ajv's `verbose`
 * gives each error its `parentSchema`), for the shapes that a generic message would describe badly.
 */
export function toProblems(
  errors: readonly ErrorObject[],
  base: readonly string[],
  messagesBySchema: readonly (readonly [schema: object, message: string])[] = [],
): Problem[] {
  return collapseAlternatives(errors).map((error) => {
    const path = [...base, ...decodePointer(error.instancePath)];
    const prefix = path.length > 0 ? `${displayPath(path)}: ` : "";
    const unknownKey = error.params["additionalProperty"] ?? error.params["unevaluatedProperty"];
    if (typeof unknownKey === "string") {
      return { path: [...path, unknownKey], atKey: true, message: `${prefix}unknown key ${JSON.stringify(unknownKey)}` };
    }
    const known = messagesBySchema.find(([schema]) => isDeepStrictEqual(schema, error.parentSchema))?.[1];
    return { path, atKey: false, message: prefix + (known ?? describe(error)) };
  });
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  object: "a mapping",
  array: "a list",
  string: "a string",
  boolean: "a boolean (true or false)",
  number: "a number",
  integer: "an integer",
  null: "null",
};

function describe(error: ErrorObject): string {
  const params: Readonly<Record<string, unknown>> = error.params;
  const limit = params["limit"];
  switch (error.keyword) {
    case "type": {
      const types = Array.isArray(params["type"]) ? params["type"] : String(params["type"]).split(",");
      return `expected ${types.map((type) => TYPE_WORDS[String(type)] ?? String(type)).join(" or ")}`;
    }
    case "required":
      return `missing required key ${JSON.stringify(params["missingProperty"])}`;
    case "enum":
      return `expected one of: ${(Array.isArray(params["allowedValues"]) ? params["allowedValues"] : []).map(formatValue).join(", ")}`;
    case "const":
      return `expected ${formatValue(params["allowedValue"])}`;
    case "anyOf":
    case "oneOf":
      return params["passingSchemas"] ? "matches more than one of the allowed forms" : "does not match any of the allowed forms";
    case "minItems":
      return `expected at least ${plural(limit, "item")}`;
    case "maxItems":
      return `expected at most ${plural(limit, "item")}`;
    case "minLength":
      return `expected at least ${plural(limit, "character")}`;
    case "maxLength":
      return `expected at most ${plural(limit, "character")}`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `expected a number ${String(params["comparison"])} ${String(limit)}`;
    default:
      return error.message ?? `fails "${error.keyword}"`;
  }
}

/** Plain words stay bare, as in the severity list; anything that could be misread is quoted as JSON. */
function formatValue(value: unknown): string {
  return typeof value === "string" && /^[\w./-]+$/.test(value) ? value : JSON.stringify(value);
}

function plural(count: unknown, word: string): string {
  return `${String(count)} ${word}${count === 1 ? "" : "s"}`;
}
