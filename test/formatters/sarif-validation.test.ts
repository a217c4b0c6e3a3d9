/**
 * Our SARIF through Microsoft's SARIF Multitool with the SARIF and GitHub rule sets (spec §5.7), as
 * GitHub's own validation would judge it. The platform binary is run directly, not through the npm
 * wrapper, whose shell would split `Sarif;Gh` at the `;` (trap 1). The Multitool exits 0 even when it
 * reports errors (trap 3), so its output is read instead, and a broken log proves the check can fail.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ENGINE_IDS, loadAllEngines, loadEngine } from "../../rules/index.js";
import { ruleInfos, ruleSummary } from "../../src/cli/rule-infos.js";
import { EMPTY_FILE_CONFIG } from "../../src/config/types.js";
import type { FileResult } from "../../src/core/diagnostic.js";
import { lintFile } from "../../src/core/linter.js";
import { createSource } from "../../src/core/source.js";
import { findingLineHashes } from "../../src/formatters/line-hash.js";
import { sarif, type SarifLog } from "../../src/formatters/sarif.js";
import {
  DUPLICATE_KEY,
  GOLDEN_CONTEXT,
  GOLDEN_RESULTS_WITH_HASHES,
  NOVA_CONF,
  PARSE_ERROR,
  PLAIN,
  QEMU_CONF,
  VNC_LISTEN_INSECURE,
  goldenText,
} from "./golden-results.js";

/** The Multitool's binary, or why it cannot run here (the test is then skipped with that reason). */
function findMultitool(): { binary: string } | { missing: string } {
  const platformPackage = `@microsoft/sarif-multitool-${process.platform}`;
  let binary: string;
  try {
    binary = createRequire(import.meta.url)(platformPackage) as string;
  } catch {
    return { missing: `${platformPackage} is not installed (npm ci installs it on darwin, linux and win32)` };
  }
  const version = spawnSync(binary, ["--version"], { encoding: "utf8", timeout: 60_000 });
  // It prints its version on stderr.
  if (version.status !== 0 || !`${version.stdout}${version.stderr}`.includes("SARIF Multitool")) {
    return { missing: `${binary} --version failed: ${version.error?.message ?? version.stderr.trim()}` };
  }
  return { binary };
}

const multitool = findMultitool();
const skipReason = "missing" in multitool ? ` — SKIPPED: the SARIF Multitool cannot run here: ${multitool.missing}` : "";
// Said on stderr as well, since the default reporter does not print the names of skipped suites.
if (skipReason !== "") console.warn(`sarif-validation.test.ts${skipReason}`);

let workDirectory: string | undefined;
let runs = 0;

/** The Multitool's findings on a log: its console lines that report a rule, and the results of its `-o` log. */
function validate(log: string): { lines: string[]; results: number } {
  if (!("binary" in multitool)) throw new Error("unreachable: the suite is skipped");
  workDirectory ??= mkdtempSync(join(tmpdir(), "enginelint-sarif-"));
  runs += 1;
  const input = join(workDirectory, `input-${runs}.sarif`);
  const output = join(workDirectory, `validation-${runs}.sarif`);
  writeFileSync(input, log);
  const { stdout, stderr } = spawnSync(
    multitool.binary,
    ["validate", "--rule-kind", "Sarif;Gh", input, "-o", output],
    { encoding: "utf8", timeout: 120_000 },
  );
  const lines = `${stdout}\n${stderr}`.split("\n").filter((line) => /: (error|warning) [A-Z]+[0-9]+:/.test(line));
  const report = JSON.parse(readFileSync(output, "utf8")) as { runs: [{ results: unknown[] }] };
  return { lines, results: report.runs[0].results.length };
}

describe.skipIf("missing" in multitool)(`SARIF Multitool validate --rule-kind "Sarif;Gh"${skipReason}`, () => {
  afterAll(() => {
    if (workDirectory !== undefined) rmSync(workDirectory, { recursive: true, force: true });
  });

  it("accepts the golden log with zero results", () => {
    expect(validate(sarif(GOLDEN_RESULTS_WITH_HASHES, GOLDEN_CONTEXT))).toEqual({ lines: [], results: 0 });
  }, 120_000);

  it("reports GH2012 six times for the golden log without fullDescription and help (the check can fail)", () => {
    const log = JSON.parse(sarif(GOLDEN_RESULTS_WITH_HASHES, GOLDEN_CONTEXT)) as SarifLog;
    for (const rule of log.runs[0].tool.driver.rules) {
      delete rule.fullDescription;
      delete rule.help;
    }
    const { lines, results } = validate(JSON.stringify(log, null, 2));
    expect(lines).toHaveLength(6);
    expect(lines.every((line) => line.includes(": error GH2012:"))).toBe(true);
    expect(results).toBe(6);
  }, 120_000);

  it("accepts suppressed results, notes, a path with a space and a file outside the project", () => {
    const qemu: FileResult = {
      filePath: "/etc/libvirt/qemu.conf",
      messages: [{ ...VNC_LISTEN_INSECURE, severity: "info" }],
      suppressedMessages: [
        { ...DUPLICATE_KEY, suppressions: [{ kind: "directive", justification: "legacy" }, { kind: "file", justification: "" }] },
      ],
    };
    const nova: FileResult = {
      filePath: "/srv/repo/etc/nova/my nova.conf",
      messages: [],
      suppressedMessages: [{ ...PARSE_ERROR, suppressions: [{ kind: "file", justification: "" }] }],
    };
    const results: FileResult[] = [
      { ...qemu, lineHashes: findingLineHashes(goldenText(QEMU_CONF), qemu) },
      { ...nova, lineHashes: findingLineHashes(goldenText(NOVA_CONF), nova) },
    ];
    expect(validate(sarif(results, GOLDEN_CONTEXT))).toEqual({ lines: [], results: 0 });
  }, 120_000);

  const corpus = fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));
  it.skipIf(!existsSync(corpus))("accepts a run over every file of ../shared/corpus with zero results", async () => {
    const results: FileResult[] = [];
    for (const engine of ENGINE_IDS) {
      const binding = await loadEngine(engine);
      const directory = join(corpus, engine);
      // SOURCES.md documents where each file comes from; it is no configuration file.
      for (const name of readdirSync(directory).filter((entry) => entry !== "SOURCES.md")) {
        const filePath = join(directory, name);
        const source = createSource(readFileSync(filePath));
        const outcome = lintFile(binding, { source }, filePath, EMPTY_FILE_CONFIG);
        results.push({ filePath, ...outcome, lineHashes: findingLineHashes(source.text, outcome) });
      }
    }
    results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
    const context = {
      ...PLAIN,
      cwd: corpus,
      projectRoot: join(corpus, ".."),
      rules: ruleInfos(await loadAllEngines()),
      ruleSummary,
    };
    const log = sarif(results, context);
    const parsed = JSON.parse(log) as SarifLog;
    // A real run: hundreds of findings of every engine, parse errors included.
    const ruleIds = parsed.runs[0].tool.driver.rules.map((rule) => rule.id);
    expect(parsed.runs[0].results.length).toBeGreaterThan(300);
    expect(new Set(ruleIds.map((id) => id.split("/")[0]))).toEqual(new Set(ENGINE_IDS));
    expect(ruleIds).toContain("nova/parse-error");
    expect(validate(log)).toEqual({ lines: [], results: 0 });
  }, 300_000);
});
