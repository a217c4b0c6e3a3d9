import { describe, expect, it } from "vitest";
import type { JsonLintResult } from "../../src/formatters/json.js";
import { json } from "../../src/formatters/json.js";
import {
  DUPLICATE_KEY,
  GOLDEN_RESULTS,
  NOVA_COMPUTE_CONF,
  NOVA_CONF,
  PARSE_ERROR,
  PLAIN,
  QEMU_CONF,
  VNC_LISTEN_INSECURE,
  fileResult,
  finding,
  golden,
} from "./golden-results.js";

const parse = (output: string): JsonLintResult[] => JSON.parse(output) as JsonLintResult[];

describe("json (spec §5.2)", () => {
  it("prints the golden records byte for byte, with no trailing newline", () => {
    expect(json(GOLDEN_RESULTS, PLAIN)).toBe(golden("json.json"));
  });

  it("keeps the order it is given, which the golden records follow (code-unit order of filePath)", () => {
    const paths = parse(json(GOLDEN_RESULTS, PLAIN)).map((result) => result.filePath);
    expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(paths).toEqual([QEMU_CONF, NOVA_COMPUTE_CONF, NOVA_CONF]);
  });

  it("lists clean files too", () => {
    expect(json([fileResult(NOVA_CONF)], PLAIN)).toBe(
      `[{"filePath":"${NOVA_CONF}","messages":[],"suppressedMessages":[],"errorCount":0,"fatalErrorCount":0,` +
        `"warningCount":0,"fixableErrorCount":0,"fixableWarningCount":0,"usedDeprecatedRules":[]}]`,
    );
    expect(json([], PLAIN)).toBe("[]");
  });

  it("never carries offsets or the file text", () => {
    const output = json(GOLDEN_RESULTS, PLAIN);
    expect(output).not.toMatch(/"(start|end|source)"/u);
  });

  it("marks infos as severity 1 plus enginelintSeverity, and does not count them as warnings", () => {
    const info = finding({
      ruleId: "nova/deprecated-option",
      severity: "info",
      message: "Option is deprecated.",
      line: 2,
      column: 5,
      fix: { range: [10, 20], text: "" },
    });
    const output = json([fileResult(NOVA_CONF, [info])], PLAIN);
    expect(output).toContain(
      '{"ruleId":"nova/deprecated-option","severity":1,"enginelintSeverity":"info","message":"Option is deprecated.",',
    );
    const [result] = parse(output);
    expect(result).toMatchObject({ errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
  });

  it("prints a fatal finding as a fatal error whatever its configured severity", () => {
    const [result] = parse(json([fileResult(NOVA_CONF, [{ ...PARSE_ERROR, severity: "warning" }])], PLAIN));
    expect(result?.messages[0]).toMatchObject({ fatal: true, severity: 2 });
    expect(result).toMatchObject({ errorCount: 1, fatalErrorCount: 1, warningCount: 0 });
  });

  it("prints data, fix and suggestions in ESLint's key order", () => {
    const message = {
      ...VNC_LISTEN_INSECURE,
      data: { value: "0.0.0.0", port: 5900 },
      fix: { range: [389, 398] as [number, number], text: '"127.0.0.1"' },
      suggestions: [
        { desc: "Listen on localhost.", fix: { range: [389, 398] as [number, number], text: '"127.0.0.1"' } },
        { desc: "Enable vnc_tls." },
      ],
    };
    expect(json([fileResult(QEMU_CONF, [message])], PLAIN)).toContain(
      '"endColumn":23,"messageId":"insecure","data":{"value":"0.0.0.0","port":5900},' +
        '"fix":{"range":[389,398],"text":"\\"127.0.0.1\\""},' +
        '"suggestions":[{"desc":"Listen on localhost.","fix":{"range":[389,398],"text":"\\"127.0.0.1\\""}},' +
        '{"desc":"Enable vnc_tls."}]}',
    );
  });

  it("omits an empty suggestion list", () => {
    expect(json([fileResult(QEMU_CONF, [{ ...VNC_LISTEN_INSECURE, suggestions: [] }])], PLAIN)).not.toContain(
      "suggestions",
    );
  });

  it("reports suppressed findings with their suppressions, without counting them", () => {
    const suppressed = {
      ...DUPLICATE_KEY,
      suppressions: [{ kind: "directive" as const, justification: "kept for the 2019 migration" }],
    };
    const output = json([{ ...fileResult(QEMU_CONF), suppressedMessages: [suppressed] }], PLAIN);
    expect(output).toContain(
      '"suppressedMessages":[{"ruleId":"qemu/duplicate-key","severity":1,"message":' +
        JSON.stringify(DUPLICATE_KEY.message) +
        ',"line":30,"column":1,"endLine":30,"endColumn":14,"messageId":"duplicate","fix":{"range":[733,754],"text":""},' +
        '"suppressions":[{"kind":"directive","justification":"kept for the 2019 migration"}]}],' +
        '"errorCount":0,"fatalErrorCount":0,"warningCount":0,"fixableErrorCount":0,"fixableWarningCount":0,',
    );
  });
});
