/**
 * The rules as the formats describe them (SARIF, json-with-metadata), which every run hands to its
 * formats; kept apart from info.ts, which only the information flags load.
 */
import { readFileSync } from "node:fs";
import type { AnyEngineRules } from "../../rules/index.js";
import { directiveRuleMetas } from "../core/directives.js";
import { rulePagePath, ruleUrl } from "../core/package-info.js";
import type { RuleMeta } from "../core/rule.js";
import type { RuleInfo } from "../formatters/types.js";

/** Every rule of some engines, the directive rules included, sorted by id. */
export function allRuleMetas(engines: readonly AnyEngineRules[]): RuleMeta<object>[] {
  return engines
    .flatMap((binding) => [...binding.fatalRules.map((rule) => rule.meta), ...binding.rules.map((rule) => rule.meta), ...(binding.engine.directiveSites ? directiveRuleMetas(binding.engine.id) : [])])
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The rules of some engines as formats describe them (SARIF rules, json-with-metadata). */
export function ruleInfos(engines: readonly AnyEngineRules[]): ReadonlyMap<string, RuleInfo> {
  return new Map(
    allRuleMetas(engines).map((meta): [string, RuleInfo] => [
      meta.id,
      {
        id: meta.id,
        engine: meta.engine,
        type: meta.type,
        description: meta.description,
        url: ruleUrl(meta.id),
        defaultSeverity: meta.defaultSeverity,
        ...(meta.fixable ? { fixable: meta.fixable } : {}),
        ...(meta.hasSuggestions ? { hasSuggestions: true } : {}),
      },
    ]),
  );
}

const summaries = new Map<string, string>();

/** The first paragraph after the title of a rule's page, joined into one line. */
export function ruleSummary(ruleId: string): string {
  let summary = summaries.get(ruleId);
  if (summary === undefined) {
    const page = readFileSync(rulePagePath(ruleId), "utf8");
    summary = (page.split(/\n\s*\n/)[1] ?? "").replace(/\s+/g, " ").trim();
    summaries.set(ruleId, summary);
  }
  return summary;
}
