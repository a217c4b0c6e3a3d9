import { describe, expect, it } from "vitest";
import { loadAllEngines } from "../../rules/index.js";
import type { Diagnostic, FileResult, SuppressedDiagnostic } from "../../src/core/diagnostic.js";
import { findingLineHashes, lineHashes } from "../../src/formatters/line-hash.js";
import { SECURITY_RULES } from "../../src/formatters/rule-category.js";
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_RESULTS_PER_RUN,
  ruleName,
  sarif,
  type SarifLog,
  type SarifRun,
} from "../../src/formatters/sarif.js";
import type { FormatterContext, RuleInfo } from "../../src/formatters/types.js";
import {
  DUPLICATE_KEY,
  GOLDEN_CONTEXT,
  GOLDEN_RESULTS_WITH_HASHES,
  GOLDEN_RULES,
  NOVA_CONF,
  PARSE_ERROR,
  QEMU_CONF,
  VNC_LISTEN_INSECURE,
  fileResult,
  finding,
  golden,
  goldenText,
} from "./golden-results.js";

const run = (results: readonly FileResult[], context: FormatterContext = GOLDEN_CONTEXT): SarifRun => {
  const log = JSON.parse(sarif(results, context)) as SarifLog;
  return log.runs[0];
};

/** A §2 file's result with the line hashes its findings need, as the CLI builds it. */
const withHashes = (filePath: string, messages: Diagnostic[], suppressed: SuppressedDiagnostic[] = []): FileResult => {
  const file = { ...fileResult(filePath, messages), suppressedMessages: suppressed };
  return { ...file, lineHashes: findingLineHashes(goldenText(filePath), file) };
};

/** The lines 1 to `count`. */
const upTo = (count: number): Set<number> => new Set(Array.from({ length: count }, (_, index) => index + 1));

/** Every line's hash in `text`, as a list (asking for one line more: past the end there is none). */
const everyLineHash = (text: string, count: number): string[] => {
  const hashes = lineHashes(text, upTo(count + 1));
  expect(Object.keys(hashes)).toHaveLength(count);
  return Array.from({ length: count }, (_, index) => hashes[index + 1] ?? "");
};

/** The expected hash of every line of the §2 files (spec §5.7), the last one after the final newline. */
const QEMU_LINE_HASHES = [
  "2e800db95b6524a3:1", "f182ac484e7cd084:1", "599c52194af31f24:1", "811f2bfa0907931c:1", "b161351d4ef7b107:1",
  "88feccf0ff7c36bc:1", "8b483d93f71141f4:1", "57d8a6a251cf4ab5:1", "492fb7f8ef6beff7:1", "c64f29dc6b40a44d:1",
  "39eb46c9fc5995d0:1", "3eca2c17ecf79292:1", "12c2a42eadc1568c:1", "be0194b91dd0f045:1", "53cacc9081f5e7b0:1",
  "242f6adcc969ea76:1", "6d17161405dc7c51:1", "cc360aded9bd65c0:1", "eecdf00bd5097f3b:1", "96ebb5321ea3d628:1",
  "d7f10a386e8d61c3:1", "fb88390105f14411:1", "6290171fdcbe447d:1", "c90cb67db4becb1:1", "57493cb829e70eb0:1",
  "3413d3f690486da:1", "eb7d260a0b1a80c1:1", "966cb8d815fc5eb2:1", "69afe3ca1172d453:1", "4e4bc62e86781d95:1",
  "c129715d7a2bc9a3:1",
];
const NOVA_LINE_HASHES = [
  "72e87b4a67dc9d14:1", "cf8e3b5808ae7a7d:1", "f6b167e7cbc576e4:1", "9787baf7a69a6d0c:1", "132aa08de25da992:1",
  "c129715d7a2bc9a3:1",
];

describe("sarif golden output (spec §5.7)", () => {
  it("prints the golden records byte for byte: 2-space indentation, trailing newline", () => {
    expect(sarif(GOLDEN_RESULTS_WITH_HASHES, GOLDEN_CONTEXT)).toBe(golden("sarif.json"));
  });

  it("lists only the rules with results, sorted by id, and indexes results into that list", () => {
    const { tool, results } = run(GOLDEN_RESULTS_WITH_HASHES);
    const ids = tool.driver.rules.map((rule) => rule.id);
    expect(ids).toEqual(["nova/parse-error", "qemu/duplicate-key", "qemu/vnc-listen-insecure"]);
    for (const result of results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
  });
});

describe("primaryLocationLineHash (github/codeql-action src/fingerprints.ts)", () => {
  it("gives every line of qemu.conf the spec's hash", () => {
    expect(everyLineHash(goldenText(QEMU_CONF), QEMU_LINE_HASHES.length)).toEqual(QEMU_LINE_HASHES);
  });

  it("gives every line of nova.conf the spec's hash", () => {
    expect(everyLineHash(goldenText(NOVA_CONF), NOVA_LINE_HASHES.length)).toEqual(NOVA_LINE_HASHES);
  });

  it("ignores spaces and tabs, and reads CRLF and a lone CR as LF", () => {
    const text = goldenText(NOVA_CONF);
    for (const variant of [text.replace(/\n/g, "\r\n"), text.replace(/\n/g, "\r"), text.replace(/ = /g, "\t=  \t")]) {
      expect(everyLineHash(variant, NOVA_LINE_HASHES.length)).toEqual(NOVA_LINE_HASHES);
    }
  });

  it("numbers identical hashes in order of appearance", () => {
    // 240 units: the 100 units from the start of lines 1–71 are all "a\n" × 50; line 72's reach the end.
    const hashes = everyLineHash("a\n".repeat(120), 121);
    expect(hashes[0]).toMatch(/:1$/);
    expect(hashes[1]).toBe(hashes[0]?.replace(/:1$/, ":2"));
    expect(hashes[70]).toBe(hashes[0]?.replace(/:1$/, ":71"));
    expect(hashes[71]).toMatch(/:1$/);
  });

  it("counts the earlier lines' hashes when only some lines are asked for", () => {
    const all = everyLineHash("a\n".repeat(120), 121);
    expect(lineHashes("a\n".repeat(120), new Set([71, 2, 200]))).toEqual({ 2: all[1], 71: all[70] });
    expect(lineHashes("a\n".repeat(120), new Set())).toEqual({});
  });

  it("hashes an empty text as one line (the end of input)", () => {
    expect(everyLineHash("", 1)).toEqual(["c129715d7a2bc9a3:1"]);
  });

  it("puts the hash of the finding's start line on each result", () => {
    const hashes = run(GOLDEN_RESULTS_WITH_HASHES).results.map((result) => result.partialFingerprints?.primaryLocationLineHash);
    expect(hashes).toEqual([QEMU_LINE_HASHES[11], QEMU_LINE_HASHES[29], NOVA_LINE_HASHES[2]]);
  });

  it("hashes a file without line hashes (unreadable) as empty, and leaves out a line past the end", () => {
    const beyond = finding({ ruleId: "nova/parse-error", severity: "error", message: "x.", line: 2, column: 1 });
    const [first, second] = run([fileResult(NOVA_CONF, [PARSE_ERROR, beyond])]).results;
    expect(first?.partialFingerprints).toBeUndefined();
    expect(run([fileResult(NOVA_CONF, [{ ...PARSE_ERROR, line: 1 }])]).results[0]?.partialFingerprints).toEqual({
      primaryLocationLineHash: "c129715d7a2bc9a3:1",
    });
    expect(second?.partialFingerprints).toBeUndefined();
  });
});

describe("sarif locations", () => {
  it("makes URIs relative to the project root, percent-encoded, with the root as a file: URI", () => {
    const context = { ...GOLDEN_CONTEXT, cwd: "/srv/repo/etc", projectRoot: "/srv/my repo" };
    const file = { ...withHashes(QEMU_CONF, [VNC_LISTEN_INSECURE]), filePath: "/srv/my repo/etc/lib virt/a#b%c:d.conf" };
    const log = run([file], context);
    expect(log.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///srv/my%20repo/" } });
    expect(log.results[0]?.locations[0].physicalLocation.artifactLocation).toEqual({
      uri: "etc/lib%20virt/a%23b%25c%3Ad.conf",
      uriBaseId: "%SRCROOT%",
    });
  });

  it("ends the root URI with a single slash, also for /", () => {
    expect(run([], { ...GOLDEN_CONTEXT, projectRoot: "/" }).originalUriBaseIds["%SRCROOT%"].uri).toBe("file:///");
  });

  it("names a file outside the project root by its absolute URI", () => {
    const file = { ...withHashes(QEMU_CONF, [VNC_LISTEN_INSECURE]), filePath: "/etc/libvirt/qemu.conf" };
    expect(run([file]).results[0]?.locations[0].physicalLocation.artifactLocation).toEqual({
      uri: "file:///etc/libvirt/qemu.conf",
    });
  });

  it("states that columns count UTF-16 code units and copies the region as it is", () => {
    const log = run(GOLDEN_RESULTS_WITH_HASHES);
    expect(log.columnKind).toBe("utf16CodeUnits");
    expect(log.results[0]?.locations[0].physicalLocation.region).toEqual({
      startLine: 12,
      startColumn: 14,
      endLine: 12,
      endColumn: 23,
    });
  });
});

describe("sarif levels and rules", () => {
  it("maps info to note and recommendation, and a fatal finding to error", () => {
    const info = finding({ ruleId: "qemu/duplicate-key", severity: "info", message: "Note.", line: 1, column: 1 });
    const rules = new Map<string, RuleInfo>(GOLDEN_RULES);
    rules.set("qemu/duplicate-key", { ...GOLDEN_RULES.get("qemu/duplicate-key")!, defaultSeverity: "info" });
    const log = run([withHashes(QEMU_CONF, [info]), withHashes(NOVA_CONF, [{ ...PARSE_ERROR, severity: "warning" }])], {
      ...GOLDEN_CONTEXT,
      rules,
    });
    expect(log.results.map((result) => result.level)).toEqual(["note", "error"]);
    const duplicate = log.tool.driver.rules.find((rule) => rule.id === "qemu/duplicate-key");
    expect(duplicate?.defaultConfiguration.level).toBe("note");
    expect(duplicate?.properties["problem.severity"]).toBe("recommendation");
  });

  it("takes the level of a rule that is off by default from its findings", () => {
    const rules = new Map(GOLDEN_RULES);
    rules.set("qemu/duplicate-key", { ...GOLDEN_RULES.get("qemu/duplicate-key")!, defaultSeverity: "off" });
    const [rule] = run([withHashes(QEMU_CONF, [{ ...DUPLICATE_KEY, severity: "error" }])], { ...GOLDEN_CONTEXT, rules }).tool
      .driver.rules;
    expect(rule?.defaultConfiguration.level).toBe("error");
    expect(rule?.properties["problem.severity"]).toBe("error");
  });

  it("names rules in PascalCase, which differs from the id", () => {
    expect(ruleName("nova/db-read-timeout")).toBe("DbReadTimeout");
    expect(ruleName("qemu/vnc-listen-insecure")).toBe("VncListenInsecure");
    expect(ruleName("ovirt/vds-retries")).toBe("VdsRetries");
  });

  it("writes the doc summary as plain text, falls back to the description, and keeps GitHub's length limit", () => {
    const summaries: Record<string, string> = {
      "qemu/vnc-listen-insecure": "Reports a `vnc_listen` that is **not** local; see [libvirt](https://libvirt.org).",
      "qemu/duplicate-key": "",
      "nova/parse-error": `${"x".repeat(MAX_DESCRIPTION_LENGTH - 2)}\u{1F600}y`,
    };
    const context = { ...GOLDEN_CONTEXT, ruleSummary: (id: string) => summaries[id] ?? "" };
    const descriptions = run(GOLDEN_RESULTS_WITH_HASHES, context).tool.driver.rules.map((rule) => rule.fullDescription?.text);
    expect(descriptions).toEqual([
      `${"x".repeat(MAX_DESCRIPTION_LENGTH - 2)}\u2026`,
      "Key set again; libvirt keeps the first value",
      "Reports a vnc_listen that is not local; see libvirt.",
    ]);
  });

  it("tags each rule with its engine and category", () => {
    const tags = run(GOLDEN_RESULTS_WITH_HASHES).tool.driver.rules.map((rule) => rule.properties.tags);
    expect(tags).toEqual([
      ["nova", "correctness"],
      ["qemu", "correctness"],
      ["qemu", "security"],
    ]);
  });

  it("describes a rule it has no metadata for by its id alone", () => {
    const [rule] = run([withHashes(QEMU_CONF, [VNC_LISTEN_INSECURE])], { ...GOLDEN_CONTEXT, rules: new Map() }).tool.driver
      .rules;
    expect(rule).toEqual({
      id: "qemu/vnc-listen-insecure",
      name: "VncListenInsecure",
      defaultConfiguration: { level: "error" },
      properties: { tags: ["qemu", "security"], precision: "high", "problem.severity": "error" },
    });
  });

  it("files only registered rules under security", async () => {
    const registered = new Set(
      (await loadAllEngines()).flatMap((binding) => [...binding.rules, ...binding.fatalRules].map((rule) => rule.meta.id)),
    );
    expect([...SECURITY_RULES].filter((id) => !registered.has(id))).toEqual([]);
  });

  it("omits informationUri when the package has no home page", () => {
    expect(run([], { ...GOLDEN_CONTEXT, informationUri: "" }).tool.driver).not.toHaveProperty("informationUri");
  });
});

describe("sarif suppressed findings", () => {
  const directive: SuppressedDiagnostic = {
    ...DUPLICATE_KEY,
    suppressions: [{ kind: "directive", justification: "kept for the 2019 migration" }],
  };
  const baseline: SuppressedDiagnostic = { ...PARSE_ERROR, suppressions: [{ kind: "file", justification: "" }] };

  it("reports them as results with inSource (directive) and external (baseline) suppressions, in position order", () => {
    const log = run([withHashes(QEMU_CONF, [VNC_LISTEN_INSECURE], [directive]), withHashes(NOVA_CONF, [], [baseline])]);
    expect(log.results.map((result) => [result.ruleId, result.suppressions])).toEqual([
      ["qemu/vnc-listen-insecure", undefined],
      ["qemu/duplicate-key", [{ kind: "inSource", justification: "kept for the 2019 migration" }]],
      ["nova/parse-error", [{ kind: "external" }]],
    ]);
    expect(log.tool.driver.rules.map((rule) => rule.id)).toEqual([
      "nova/parse-error",
      "qemu/duplicate-key",
      "qemu/vnc-listen-insecure",
    ]);
    expect(log.results[1]?.partialFingerprints?.primaryLocationLineHash).toBe(QEMU_LINE_HASHES[29]);
  });

  it("puts a suppressed finding before a reported one further down the file", () => {
    const early = { ...directive, line: 1, column: 1, endLine: 1, endColumn: 2 };
    const ids = run([withHashes(QEMU_CONF, [VNC_LISTEN_INSECURE], [early])]).results.map((result) => result.ruleId);
    expect(ids).toEqual(["qemu/duplicate-key", "qemu/vnc-listen-insecure"]);
  });
});

describe("sarif limits of GitHub", () => {
  it("prints an empty run for a clean run", () => {
    const log = run([withHashes(QEMU_CONF, [])]);
    expect(log.results).toEqual([]);
    expect(log.tool.driver.rules).toEqual([]);
    expect(sarif([], GOLDEN_CONTEXT).endsWith("}\n")).toBe(true);
  });

  it(`keeps at most ${MAX_RESULTS_PER_RUN} results, leaving out suppressed and less severe ones first`, () => {
    const at = (line: number, severity: Diagnostic["severity"]): Diagnostic =>
      finding({ ruleId: "qemu/duplicate-key", severity, message: "m.", line, column: 1 });
    const messages = [at(1, "error"), at(2, "info")];
    for (let line = 3; line <= MAX_RESULTS_PER_RUN; line += 1) messages.push(at(line, "warning"));
    messages.push(at(MAX_RESULTS_PER_RUN + 1, "error"));
    const suppressed: SuppressedDiagnostic = { ...at(MAX_RESULTS_PER_RUN + 2, "error"), suppressions: [{ kind: "file", justification: "" }] };
    const log = run([{ ...fileResult(QEMU_CONF, messages), suppressedMessages: [suppressed] }]);
    expect(log.results).toHaveLength(MAX_RESULTS_PER_RUN);
    const lines = log.results.map((result) => result.locations[0].physicalLocation.region.startLine);
    expect(lines.slice(0, 2)).toEqual([1, 3]);
    expect(lines.at(-1)).toBe(MAX_RESULTS_PER_RUN + 1);
    expect(log.invocations?.[0].toolExecutionNotifications[0].message.text).toBe(
      `2 of ${MAX_RESULTS_PER_RUN + 2} results were left out (suppressed ones and the least severe first): GitHub accepts at most ${MAX_RESULTS_PER_RUN} per run.`,
    );
    expect(run(GOLDEN_RESULTS_WITH_HASHES)).not.toHaveProperty("invocations");
  });
});
