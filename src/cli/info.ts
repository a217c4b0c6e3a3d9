/**
 * `--list-rules`, `--explain` and `--print-config`: information about rules and configuration, loaded
 * only for those flags; and the README's rule table.
 */
import { readFileSync } from "node:fs";
import type { AnyEngineRules } from "../../rules/index.js";
import type { FileConfig } from "../config/types.js";
import type { EngineId } from "../core/diagnostic.js";
import { suggestRuleId } from "../core/did-you-mean.js";
import { engineSettings } from "../core/linter.js";
import { rulePagePath, ruleUrl } from "../core/package-info.js";
import type { FormatName } from "../formatters/index.js";
import { UsageError } from "./args.js";
import { allRuleMetas } from "./rule-infos.js";

const SEVERITY_WORD = { error: "error", warning: "warn", info: "info", off: "off" } as const;

export function listRules(engines: readonly AnyEngineRules[], format: FormatName): string {
  const metas = allRuleMetas(engines);
  if (format === "json") {
    return JSON.stringify(
      metas.map((meta) => ({
        id: meta.id,
        engine: meta.engine,
        defaultSeverity: SEVERITY_WORD[meta.defaultSeverity],
        fixable: meta.fixable ?? null,
        hasSuggestions: meta.hasSuggestions ?? false,
        description: meta.description,
        url: ruleUrl(meta.id),
      })),
    );
  }
  const idWidth = Math.max(...metas.map((meta) => meta.id.length));
  return metas
    .map((meta) => `${meta.id.padEnd(idWidth)}  ${SEVERITY_WORD[meta.defaultSeverity].padEnd(5)}  ${meta.fixable === "safe" ? "fix" : meta.hasSuggestions ? "sug" : "   "}  ${meta.description}`)
    .join("\n");
}

export function explainRule(engines: readonly AnyEngineRules[], ruleId: string): string {
  const metas = allRuleMetas(engines);
  if (!metas.some((meta) => meta.id === ruleId)) {
    const suggestion = suggestRuleId(ruleId, metas.map((meta) => meta.id));
    throw new UsageError(`unknown rule "${ruleId}"${suggestion ? `; did you mean "${suggestion}"?` : ""} (see --list-rules)`);
  }
  return readFileSync(rulePagePath(ruleId), "utf8").trimEnd();
}

function shownSettings(binding: AnyEngineRules, config: FileConfig): object {
  const settings = engineSettings(binding, config);
  return binding.engine.redactSettings ? binding.engine.redactSettings(settings) : settings;
}

/** The configuration that applies to one file, with every rule of its engine resolved. */
export function printConfig(engine: EngineId | undefined, binding: AnyEngineRules | undefined, config: FileConfig): string {
  const rules: Record<string, [string, object]> = {};
  for (const rule of binding ? [...binding.fatalRules, ...binding.rules] : []) {
    const setting = config.rules[rule.meta.id];
    rules[rule.meta.id] = [SEVERITY_WORD[setting?.severity ?? rule.meta.defaultSeverity], { ...rule.meta.defaultOptions, ...(setting?.options ?? {}) }];
  }
  const settings = binding ? { [binding.engine.id]: shownSettings(binding, config) } : {};
  return JSON.stringify({ engine: engine ?? null, linterOptions: config.linterOptions, settings, rules }, null, 2);
}

/** The README's rule table, generated from the rules' metadata (`npm run gen` writes it). */
export function ruleTableMarkdown(engines: readonly AnyEngineRules[]): string {
  const rows = allRuleMetas(engines).map((meta) => {
    const fix = meta.fixable === "safe" ? "safe fix" : meta.hasSuggestions ? "suggestion" : "";
    return `| [\`${meta.id}\`](docs/rules/${meta.id}.md) | ${SEVERITY_WORD[meta.defaultSeverity]} | ${fix} | ${meta.description} |`;
  });
  return ["| rule | default | fix | what it reports |", "| --- | --- | --- | --- |", ...rows].join("\n");
}
