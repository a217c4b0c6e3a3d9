/**
 * Build time only (scripts/bundle.mjs): the configuration file's validator as an ES module of Ajv
 * standalone code, which the bundle holds in place of file-validator.ts. The options are the run-time
 * ones, so that errors are the same, but for Ajv's optimisation passes: the build pays for them once.
 */
import type { SchemaObject } from "ajv/dist/2020.js";
import standalone from "ajv/dist/standalone/index.js";
import { createAjv } from "./schema.js";

export function fileValidatorModule(schema: SchemaObject): string {
  const ajv = createAjv({ code: { source: true, esm: true } });
  // A CommonJS module whose `module.exports` is the function and also has it as `default`.
  return standalone.default(ajv, ajv.compile(schema));
}
