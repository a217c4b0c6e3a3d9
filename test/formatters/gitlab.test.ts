import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SuppressedDiagnostic } from "../../src/core/diagnostic.js";
import { gitlab, type CodeQualityIssue } from "../../src/formatters/gitlab.js";
import {
  DUPLICATE_KEY,
  GOLDEN_RESULTS,
  NOVA_CONF,
  PARSE_ERROR,
  PLAIN,
  QEMU_CONF,
  VNC_LISTEN_INSECURE,
  fileResult,
  finding,
  golden,
} from "./golden-results.js";

const parse = (output: string): CodeQualityIssue[] => JSON.parse(output) as CodeQualityIssue[];
const sha = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 32);

describe("gitlab Code Quality (spec §5.9)", () => {
  it("prints the golden records byte for byte: 2-space indentation, trailing newline, no BOM", () => {
    const output = gitlab(GOLDEN_RESULTS, PLAIN);
    expect(output).toBe(golden("gitlab.json"));
    expect(output.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("prints an empty array for a clean run", () => {
    expect(gitlab([fileResult(NOVA_CONF)], PLAIN)).toBe("[]\n");
  });

  it("fingerprints path, rule and message, not the line, so moving a finding keeps its identity", () => {
    const [moved] = parse(gitlab([fileResult(QEMU_CONF, [{ ...DUPLICATE_KEY, line: 40, endLine: 40 }])], PLAIN));
    expect(moved?.fingerprint).toBe(sha(`etc/libvirt/qemu.conf\0qemu/duplicate-key\0${DUPLICATE_KEY.message}`));
    expect(moved?.fingerprint).toBe("97ee17f86ebf20a16e1fa3057cd63875");
  });

  it("makes repeated fingerprints unique with \\0n, across the whole report", () => {
    const same = finding({ ruleId: "nova/inline-comment", severity: "warning", message: "Same.", line: 1, column: 1 });
    const output = gitlab(
      [fileResult(NOVA_CONF, [same, { ...same, line: 2, endLine: 2 }, { ...same, line: 3, endLine: 3 }])],
      PLAIN,
    );
    const key = "etc/nova/nova.conf\0nova/inline-comment\0Same.";
    expect(parse(output).map((issue) => issue.fingerprint)).toEqual([sha(key), sha(`${key}\0${1}`), sha(`${key}\0${2}`)]);
  });

  it("maps error to major, fatal to critical, warning to minor and info to info", () => {
    const info = finding({ ruleId: "nova/section-case", severity: "info", message: "Note.", line: 1, column: 1 });
    const output = gitlab(
      [fileResult(QEMU_CONF, [VNC_LISTEN_INSECURE, DUPLICATE_KEY]), fileResult(NOVA_CONF, [info, { ...PARSE_ERROR, severity: "warning" }])],
      PLAIN,
    );
    expect(parse(output).map((issue) => issue.severity)).toEqual(["major", "minor", "info", "critical"]);
  });

  it("names files relative to the project root", () => {
    const [issue] = parse(gitlab([fileResult(NOVA_CONF, [PARSE_ERROR])], { ...PLAIN, cwd: "/", projectRoot: "/srv/repo/etc" }));
    expect(issue?.location.path).toBe("nova/nova.conf");
  });

  it("leaves suppressed findings out", () => {
    const suppressed: SuppressedDiagnostic = { ...DUPLICATE_KEY, suppressions: [{ kind: "file", justification: "" }] };
    expect(gitlab([{ ...fileResult(QEMU_CONF), suppressedMessages: [suppressed] }], PLAIN)).toBe("[]\n");
  });
});
