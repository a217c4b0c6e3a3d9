#!/usr/bin/env node
// Rewrites the rule table in README.md (between the markers) from the rules' metadata in dist/.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { ruleTableMarkdown, loadAllEngines } = await import(join(root, "dist", "api.js"));
const readmePath = join(root, "README.md");
const readme = readFileSync(readmePath, "utf8");
const begin = "<!-- rules:begin -->";
const end = "<!-- rules:end -->";
const from = readme.indexOf(begin);
const to = readme.indexOf(end);
if (from < 0 || to < from) {
  console.error("gen-readme-rules: README.md lacks the rules markers");
  process.exit(2);
}
writeFileSync(readmePath, `${readme.slice(0, from + begin.length)}\n${ruleTableMarkdown(await loadAllEngines())}\n${readme.slice(to)}`);
console.log("README.md rule table updated");
