/**
 * The configuration file's schema and the one way to make an Ajv that checks against it or against a
 * rule's or an engine's schema: the loader at run time, the build (standalone.ts) and the tests all
 * construct it here, so that they validate alike.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020, type Options, type SchemaObject } from "ajv/dist/2020.js";
import { packageRoot } from "../core/package-info.js";

/**
 * `verbose` gives each error its `parentSchema`, which is how our own definitions get their messages.
 * The schemas are ours, so a run does not check them against the 2020-12 meta-schema
 * (`validateSchema`: compiling the meta-schema was most of a configured run's start-up) nor loads it
 * (`meta`); test/config/shipped-schemas.test.ts does both, for every schema we ship. The code a run
 * compiles is used once: Ajv's optimisation passes would cost more than they save.
 */
const RUN_TIME_OPTIONS: Options = { strict: true, allErrors: true, verbose: true, validateSchema: false, meta: false, code: { optimize: false } };

/** `options` replace the run-time ones key by key (the tests turn meta-schema validation back on). */
export function createAjv(options: Options = {}): Ajv2020 {
  return new Ajv2020({ ...RUN_TIME_OPTIONS, ...options });
}

/** The schema ships at the package root (see `packageRoot`: this runs from the sources and from dist/). */
export function schemaFile(): string {
  return join(packageRoot(), "schema", "enginelint.schema.json");
}

export function readConfigSchema(): SchemaObject {
  return JSON.parse(readFileSync(schemaFile(), "utf8")) as SchemaObject;
}
