/**
 * ESLint's `json-with-metadata` (spec §5.2; eslint/eslint `lib/cli-engine/formatters/json-with-metadata.js`):
 * the `json` results plus `metadata: { cwd, rulesMeta }`, so a consumer can link each finding to its
 * rule's page without knowing enginelint's rules.
 */
import type { FileResult } from "../core/diagnostic.js";
import { jsonResult, type JsonLintResult } from "./json.js";
import type { Formatter, RuleInfo } from "./types.js";

/** ESLint's rule `meta`, reduced to what describes a rule; `fixable` is absent for rules without a fix. */
export interface JsonRuleMeta {
  type: RuleInfo["type"];
  docs: { description: string; url: string };
  fixable?: NonNullable<RuleInfo["fixable"]>;
}

export interface JsonWithMetadata {
  results: JsonLintResult[];
  metadata: { cwd: string; rulesMeta: Record<string, JsonRuleMeta> };
}

/**
 * As ESLint's `getRulesMetaForResults`: the rules of the reported and suppressed findings, in order of
 * first appearance; an id that names no known rule is left out.
 */
function rulesMeta(results: readonly FileResult[], rules: ReadonlyMap<string, RuleInfo>): Record<string, JsonRuleMeta> {
  const meta: Record<string, JsonRuleMeta> = {};
  for (const result of results) {
    for (const { ruleId } of [...result.messages, ...result.suppressedMessages]) {
      const rule = rules.get(ruleId);
      if (rule === undefined || Object.hasOwn(meta, ruleId)) continue;
      meta[ruleId] = {
        type: rule.type,
        docs: { description: rule.description, url: rule.url },
        ...(rule.fixable !== undefined && { fixable: rule.fixable }),
      };
    }
  }
  return meta;
}

/** One line without a trailing newline, like `json`; the CLI adds it. */
export const jsonWithMetadata: Formatter = (results, context) =>
  JSON.stringify({
    results: results.map(jsonResult),
    metadata: { cwd: context.cwd, rulesMeta: rulesMeta(results, context.rules) },
  } satisfies JsonWithMetadata);
