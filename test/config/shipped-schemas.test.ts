/**
 * A run compiles our schemas without checking them against the JSON Schema 2020-12 meta-schema
 * (src/config/schema.ts, start-up time): this is where they are checked, every one that ships.
 */
import { describe, expect, it } from "vitest";
import { loadAllEngines } from "../../rules/index.js";
import { createAjv, readConfigSchema } from "../../src/config/schema.js";

/** The run-time options with the meta-schema loaded and every compiled schema checked against it. */
const checking = () => createAjv({ meta: true, validateSchema: true });

const engines = await loadAllEngines();
const ruleSchemas = engines.flatMap((binding) =>
  [...binding.rules, ...binding.fatalRules].flatMap((rule) => (rule.meta.schema === undefined ? [] : [[rule.meta.id, rule.meta.schema] as const])),
);

describe("every shipped schema is valid JSON Schema 2020-12", () => {
  it("a schema the run would compile but the meta-schema refuses fails here", () => {
    const broken = { type: "array", minItems: -1 };
    expect(() => createAjv().compile(broken)).not.toThrow();
    expect(() => checking().compile(broken)).toThrow(/schema is invalid: data\/minItems must be >= 0/);
  });

  it("schema/enginelint.schema.json", () => {
    expect(() => checking().compile(readConfigSchema())).not.toThrow();
  });

  it("has rules with options to check", () => {
    expect(ruleSchemas.length).toBeGreaterThan(5);
  });

  it.each(ruleSchemas)("the options of %s", (_id, schema) => {
    expect(() => checking().compile(schema)).not.toThrow();
  });

  it.each(engines.map((binding) => [binding.engine.id, binding.engine.settingsSchema] as const))("the settings of %s", (_id, schema) => {
    expect(() => checking().compile(schema)).not.toThrow();
  });
});
