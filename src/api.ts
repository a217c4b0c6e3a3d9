/**
 * The library surface the project's own scripts use (benchmark, README generation): the linter,
 * the registry and the rule table, without the command line around them.
 */
export { loadAllEngines, loadEngine } from "../rules/index.js";
export { ruleTableMarkdown } from "./cli/info.js";
export { EMPTY_FILE_CONFIG } from "./config/types.js";
export { lintFile } from "./core/linter.js";
export { createSource } from "./core/source.js";
