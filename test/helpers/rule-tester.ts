/**
 * ESLint's RuleTester semantics on vitest: `valid` code gives no finding of the rule under test;
 * each `invalid` case gives exactly the listed findings, in order, at exact positions.
 */
import { describe, expect, it } from "vitest";
import { EMPTY_FILE_CONFIG, type FileConfig } from "../../src/config/types.js";
import type { Diagnostic, EngineId } from "../../src/core/diagnostic.js";
import { lintFile } from "../../src/core/linter.js";
import type { Rule } from "../../src/core/rule.js";
import { sourceFromText } from "../../src/core/source.js";
import type { Engine, EngineRules } from "../../src/engines/engine.js";

export interface TestCase {
  code: string;
  name?: string;
  options?: Record<string, unknown>;
  settings?: Record<string, unknown>;
}

export interface ExpectedFinding {
  messageId?: string;
  message?: string | RegExp;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity?: Diagnostic["severity"];
  data?: Record<string, unknown>;
  /** The safe fix as ESLint's `{ range, text }`, or null when there must be none. */
  fix?: Diagnostic["fix"] | null;
  suggestions?: Diagnostic["suggestions"];
}

export interface InvalidCase extends TestCase {
  errors: ExpectedFinding[];
  /** The text after applying every safe fix of this rule once. */
  output?: string;
}

export interface Cases {
  valid: (string | TestCase)[];
  invalid: InvalidCase[];
}

export class RuleTester<D, F, S extends object> {
  constructor(private readonly engine: Engine<D, F, S>) {}

  run(rule: Rule<D, object, S> | Rule<F, object, S>, cases: Cases): void {
    describe(rule.meta.id, () => {
      describe("valid", () => {
        for (const [index, testCase] of cases.valid.entries()) {
          const normalised = typeof testCase === "string" ? { code: testCase } : testCase;
          it(normalised.name ?? `#${index}: ${JSON.stringify(normalised.code).slice(0, 60)}`, () => {
            expect(this.lint(rule, normalised)).toEqual([]);
          });
        }
      });
      describe("invalid", () => {
        for (const [index, testCase] of cases.invalid.entries()) {
          it(testCase.name ?? `#${index}: ${JSON.stringify(testCase.code).slice(0, 60)}`, () => {
            const found = this.lint(rule, testCase);
            expect(found.map(summarise), "number of findings").toHaveLength(testCase.errors.length);
            testCase.errors.forEach((expected, i) => assertFinding(found[i]!, expected));
            if (testCase.output !== undefined) expect(applyFixes(testCase.code, found)).toBe(testCase.output);
          });
        }
      });
    });
  }

  private lint(rule: Rule<D, object, S> | Rule<F, object, S>, testCase: TestCase): Diagnostic[] {
    const fatal = rule.meta.fatal === true;
    const binding: EngineRules<D, F, S> = {
      engine: this.engine,
      rules: fatal ? [] : [rule as Rule<D, object, S>],
      fatalRules: fatal ? [rule as Rule<F, object, S>] : [],
    };
    const source = sourceFromText(testCase.code);
    if (!fatal) {
      const settings = { ...this.engine.defaultSettings, ...(testCase.settings ?? {}) } as S;
      const parsed = this.engine.parse(source, settings);
      if (!parsed.ok) throw new Error(`test code does not parse: ${JSON.stringify(parsed.failure)}`);
    }
    const config: FileConfig = {
      ...EMPTY_FILE_CONFIG,
      rules: { [rule.meta.id]: { severity: rule.meta.defaultSeverity === "off" ? "warning" : rule.meta.defaultSeverity, ...(testCase.options ? { options: testCase.options } : {}) } },
      settings: testCase.settings ? { [this.engine.id as EngineId]: testCase.settings } : {},
    };
    return lintFile(binding, { source }, "qemu.conf", config).messages.filter((d) => d.ruleId === rule.meta.id);
  }
}

function summarise(d: Diagnostic): string {
  return `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.messageId ?? ""} ${d.message}`;
}

function assertFinding(actual: Diagnostic, expected: ExpectedFinding): void {
  const where = summarise(actual);
  if (expected.messageId !== undefined) expect(actual.messageId, where).toBe(expected.messageId);
  if (typeof expected.message === "string") expect(actual.message, where).toBe(expected.message);
  if (expected.message instanceof RegExp) expect(actual.message, where).toMatch(expected.message);
  for (const key of ["line", "column", "endLine", "endColumn", "severity"] as const) {
    if (expected[key] !== undefined) expect(actual[key], `${key} of ${where}`).toBe(expected[key]);
  }
  if (expected.data !== undefined) expect(actual.data, where).toMatchObject(expected.data);
  if (expected.fix === null) expect(actual.fix, where).toBeUndefined();
  else if (expected.fix !== undefined) expect(actual.fix, where).toEqual(expected.fix);
  if (expected.suggestions !== undefined) expect(actual.suggestions, where).toEqual(expected.suggestions);
}

/** Applies the non-overlapping safe fixes once, in order, as one `--fix` pass would. */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): string {
  const fixes = diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])).sort((a, b) => a.range[0] - b.range[0]);
  let out = "";
  let at = 0;
  for (const fix of fixes) {
    if (fix.range[0] < at) continue;
    out += text.slice(at, fix.range[0]) + fix.text;
    at = fix.range[1];
  }
  return out + text.slice(at);
}
