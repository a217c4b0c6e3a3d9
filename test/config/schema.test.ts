import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { schemaFile } from "../../src/config/schema.js";
import { SEVERITY_VALUES } from "../../src/config/severity.js";

const schema = JSON.parse(readFileSync(schemaFile(), "utf8")) as { $defs: { severity: { enum: unknown[] } } };

describe("schema/enginelint.schema.json", () => {
  it("is found at the package root", () => {
    expect(schemaFile().replaceAll("\\", "/")).toMatch(/\/schema\/enginelint\.schema\.json$/);
  });

  it("compiles in Ajv 2020 strict mode", () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate({ rules: { "nova/x": ["warn", { a: 1 }] }, overrides: [{ files: ["**"], rules: { "qemu/y": [2] } }] })).toBe(true);
    expect(validate({ rules: { "nova/x": ["warn", { a: 1 }, {}] } })).toBe(false);
  });

  it("lists the severities the loader normalises", () => {
    expect(schema.$defs.severity.enum).toEqual([...SEVERITY_VALUES]);
  });
});
