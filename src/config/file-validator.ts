/**
 * The validator of the configuration file's schema (schema/enginelint.schema.json). From the sources
 * it is compiled when this module is loaded; the bundle holds, in its place, the same validator
 * generated at build time as Ajv standalone code (scripts/bundle.mjs, standalone.ts), so that a run
 * with a configuration file compiles no schema of ours.
 */
import type { ValidateFunction } from "ajv/dist/2020.js";
import { createAjv, readConfigSchema } from "./schema.js";

const validateConfigFile: ValidateFunction = createAjv().compile(readConfigSchema());
export default validateConfigFile;
