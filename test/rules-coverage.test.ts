/**
 * Every rule is complete: registered, documented on its own page with runnable examples, tested by
 * its own table, and every message it declares is used. The README's rule table is current.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadAllEngines } from "../rules/index.js";
import { ruleTableMarkdown } from "../src/cli/info.js";
import { EMPTY_FILE_CONFIG } from "../src/config/types.js";
import { directiveRuleMetas } from "../src/core/directives.js";
import { lintFile } from "../src/core/linter.js";
import type { RuleMeta } from "../src/core/rule.js";
import { sourceFromText } from "../src/core/source.js";

const root = new URL("../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), "utf8");
const exists = (path: string): boolean => existsSync(new URL(path, root));

const bindings = await loadAllEngines();
const rules = bindings.flatMap((binding) => [...binding.fatalRules, ...binding.rules].map((rule) => ({ binding, rule })));

/** Fenced examples of a rule page: ```conf valid / ```conf invalid, optionally with the engine settings as JSON. */
function examples(page: string): { kind: "valid" | "invalid"; code: string; settings?: Record<string, unknown> }[] {
  return [...page.matchAll(/^```conf (valid|invalid)(?: (\{.*\}))?\n([\s\S]*?)^```$/gm)].map((match) => ({
    kind: match[1] as "valid" | "invalid",
    // `␀` (U+2400) stands for a NUL byte, which a Markdown page should not contain.
    code: match[3]!.replaceAll("\u2400", "\u0000"),
    ...(match[2] ? { settings: JSON.parse(match[2]) as Record<string, unknown> } : {}),
  }));
}

describe.each(rules.map(({ binding, rule }) => [rule.meta.id, binding, rule] as const))("%s", (id, binding, rule) => {
  const meta: RuleMeta<object> = rule.meta;

  it("has its doc page with summary, why, how to fix, examples and source", () => {
    expect(exists(`docs/rules/${id}.md`), `docs/rules/${id}.md`).toBe(true);
    const page = read(`docs/rules/${id}.md`);
    expect(page.startsWith(`# ${id}\n`)).toBe(true);
    for (const heading of ["## Why", "## How to fix", "## Examples", "## Source"]) expect(page).toContain(heading);
    expect(examples(page).some((example) => example.kind === "invalid")).toBe(true);
    expect(examples(page).some((example) => example.kind === "valid")).toBe(true);
  });

  it("has its table test", () => {
    expect(exists(`test/rules/${id}.test.ts`), `test/rules/${id}.test.ts`).toBe(true);
  });

  it("uses every message it declares", () => {
    const code = read(`rules/${id}.ts`);
    for (const messageId of Object.keys(meta.messages)) expect(code, messageId).toMatch(new RegExp(`\\b${messageId}\\b`));
  });

  it("behaves as its page's examples say", () => {
    const page = exists(`docs/rules/${id}.md`) ? read(`docs/rules/${id}.md`) : "";
    for (const example of examples(page)) {
      const single = meta.fatal ? { ...binding, rules: [], fatalRules: [rule] } : { ...binding, rules: [rule], fatalRules: [] };
      const severity = meta.defaultSeverity === "off" ? "warning" : meta.defaultSeverity;
      const config = { ...EMPTY_FILE_CONFIG, rules: { [id]: { severity } }, settings: example.settings ? { [meta.engine]: example.settings } : {} };
      const found = lintFile(single as typeof binding, { source: sourceFromText(example.code) }, "qemu.conf", config).messages.filter((m) => m.ruleId === id);
      if (example.kind === "valid") expect(found, example.code).toEqual([]);
      else expect(found.length, example.code).toBeGreaterThan(0);
    }
  });
});

describe("registry", () => {
  it("registers every rule file", () => {
    for (const binding of bindings) {
      const dir = `rules/${binding.engine.id}/`;
      // `index.ts` is the engine's registry, `_*.ts` are helpers shared by its rules.
      const files = readdirSync(new URL(dir, root)).filter((file) => file.endsWith(".ts") && !file.startsWith("_") && file !== "index.ts");
      const registered = new Set(rules.map(({ rule }) => rule.meta.id));
      for (const file of files) expect(registered, file).toContain(`${binding.engine.id}/${file.slice(0, -3)}`);
    }
  });

  it("documents the directive findings", () => {
    for (const binding of bindings.filter((b) => b.engine.directiveSites)) {
      for (const meta of directiveRuleMetas(binding.engine.id)) expect(exists(`docs/rules/${meta.id}.md`), meta.id).toBe(true);
    }
  });

  it("keeps the README's rule table current (run npm run gen)", () => {
    expect(read("README.md")).toContain(`<!-- rules:begin -->\n${ruleTableMarkdown(bindings)}\n<!-- rules:end -->`);
  });
});
