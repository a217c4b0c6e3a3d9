import { describe, expect, it } from "vitest";
import { EMPTY_FILE_CONFIG, type FileConfig } from "../../src/config/types.js";
import { lintFile } from "../../src/core/linter.js";
import { defineRule } from "../../src/core/rule.js";
import { sourceFromText } from "../../src/core/source.js";
import { qemuEngine, type QemuRule } from "../../src/engines/qemu.js";

/** Test-only rules: report every entry whose name starts with their prefix, at the name. */
function prefixRule(id: string, prefix: string): QemuRule {
  return defineRule({
    meta: { id, engine: "qemu", type: "problem", description: "test", defaultSeverity: "error", defaultOptions: {}, messages: { hit: "{{name}} hit." } },
    check(context) {
      for (const entry of context.document.entries) {
        if (entry.name.startsWith(prefix)) context.report({ messageId: "hit", values: { name: entry.name }, span: entry.nameSpan });
      }
    },
  });
}

const alpha = prefixRule("qemu/alpha", "a");
const beta = prefixRule("qemu/beta", "b");
const binding = { engine: qemuEngine, rules: [alpha, beta], fatalRules: [] };

function lint(code: string, linterOptions: Partial<FileConfig["linterOptions"]> = {}) {
  const config = { ...EMPTY_FILE_CONFIG, linterOptions: { ...EMPTY_FILE_CONFIG.linterOptions, ...linterOptions } };
  const { messages, suppressedMessages } = lintFile(binding, { source: sourceFromText(code) }, "qemu.conf", config);
  const show = (d: { ruleId: string; line: number; column: number }) => `${d.ruleId}@${d.line}:${d.column}`;
  return { messages: messages.map(show), suppressed: suppressedMessages.map(show), raw: { messages, suppressedMessages } };
}

describe("inline directives", () => {
  it("disable-next-line covers the next statement, all its lines, and only the named rule", () => {
    const result = lint("# enginelint-disable-next-line qemu/alpha -- accepted\na1 = [\n  1 ]\na2 = 1\nb1 = 1\n");
    expect(result.suppressed).toEqual(["qemu/alpha@2:1"]);
    expect(result.messages).toEqual(["qemu/alpha@4:1", "qemu/beta@5:1"]);
    expect(result.raw.suppressedMessages[0]!.suppressions).toEqual([{ kind: "directive", justification: "accepted" }]);
  });

  it("disable-next-line skips blank lines and comments to the next statement", () => {
    expect(lint("# enginelint-disable-next-line\n\n# other\na1 = 1\n").suppressed).toEqual(["qemu/alpha@4:1"]);
  });

  it("disable-line works in a trailing comment, for the whole statement", () => {
    const result = lint("a1 = [ 1,\n 2 ] # enginelint-disable-line qemu/alpha\na2 = 1 # enginelint-disable-line qemu/beta\n");
    expect(result.suppressed).toEqual(["qemu/alpha@1:1"]);
    expect(result.messages).toEqual(["qemu/alpha@3:1", "qemu/unused-disable-directive@3:8"]);
  });

  it("disable … enable is a range; enable of one rule ends only that rule", () => {
    const code = "# enginelint-disable\na1 = 1\nb1 = 1\n# enginelint-enable qemu/alpha\na2 = 1\nb2 = 1\n# enginelint-enable\nb3 = 1\n";
    const result = lint(code);
    expect(result.suppressed).toEqual(["qemu/alpha@2:1", "qemu/beta@3:1", "qemu/beta@6:1"]);
    expect(result.messages).toEqual(["qemu/alpha@5:1", "qemu/beta@8:1"]);
  });

  it("disable-file covers the whole file, even lines above it", () => {
    const result = lint("b1 = 1\na1 = 1\n# enginelint-disable-file qemu/beta -- legacy\nb2 = 1\n");
    expect(result.suppressed).toEqual(["qemu/beta@1:1", "qemu/beta@4:1"]);
    expect(result.messages).toEqual(["qemu/alpha@2:1"]);
  });

  it("reports unused directives per unused rule, at the comment, with the configured severity", () => {
    const result = lint("# enginelint-disable-next-line qemu/alpha, qemu/beta\na1 = 1\n", { reportUnusedDisableDirectives: "error" });
    expect(result.messages).toEqual(["qemu/unused-disable-directive@1:1"]);
    expect(result.raw.messages[0]!.severity).toBe("error");
    expect(result.raw.messages[0]!.message).toBe("Unused enginelint-disable-next-line directive (no problems were reported from 'qemu/beta').");
  });

  it("a directive with nothing after it is unused", () => {
    expect(lint("a1 = 1\n# enginelint-disable-next-line\n").messages).toEqual(["qemu/alpha@1:1", "qemu/unused-disable-directive@2:1"]);
  });

  it("reports invalid directives: unknown rule, unknown kind, missing required reason", () => {
    const result = lint("# enginelint-disable-next-line qemu/gamma\na1 = 1\n# enginelint-disabel qemu/alpha\n# enginelint-disable-file qemu/beta\nb1 = 1\n", {
      requireDirectiveReason: true,
    });
    expect(result.messages).toEqual(["qemu/invalid-directive@1:1", "qemu/alpha@2:1", "qemu/invalid-directive@3:1", "qemu/invalid-directive@4:1", "qemu/beta@5:1"]);
    expect(result.raw.messages.map((m) => m.message).filter((m) => m.includes("enginelint-"))).toEqual([
      'enginelint-disable-next-line names "qemu/gamma", which is not a rule for this file.',
      'Unknown directive "enginelint-disabel".',
      'enginelint-disable-file needs a reason after "--" (linterOptions.requireDirectiveReason).',
    ]);
  });

  it("off hides directive reports but still suppresses", () => {
    const result = lint("# enginelint-disable-next-line qemu/alpha\nb1 = 1\n# enginelint-disable-next-line qemu/alpha\na1 = 1\n", { reportUnusedDisableDirectives: "off" });
    expect(result.messages).toEqual(["qemu/beta@2:1"]);
    expect(result.suppressed).toEqual(["qemu/alpha@4:1"]);
  });

  it("noInlineConfig ignores directives entirely", () => {
    const result = lint("# enginelint-disable-next-line qemu/alpha\na1 = 1\n", { noInlineConfig: true });
    expect(result.messages).toEqual(["qemu/alpha@2:1"]);
    expect(result.suppressed).toEqual([]);
  });

  it("an ordinary comment mentioning enginelint is not a directive", () => {
    expect(lint("# see enginelint-disable docs\na1 = 1\n").messages).toEqual(["qemu/alpha@2:1"]);
  });
});
