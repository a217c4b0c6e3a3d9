/**
 * GitLab Code Quality (spec §5.9): the JSON array a CI job declares as `artifacts: reports:
 * codequality`. GitLab compares the report with the target branch's by `fingerprint`, so the
 * fingerprint leaves the line out: a finding keeps its identity when lines above it move.
 */
import { createHash } from "node:crypto";
import type { Diagnostic, Severity } from "../core/diagnostic.js";
import { effectiveSeverity } from "./counts.js";
import { projectRelativePath } from "./paths.js";
import type { Formatter } from "./types.js";

export type CodeQualitySeverity = "info" | "minor" | "major" | "critical" | "blocker";

export interface CodeQualityPosition {
  line: number;
  column: number;
}

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; positions: { begin: CodeQualityPosition; end: CodeQualityPosition } };
}

const SEVERITY: Record<Severity, CodeQualitySeverity> = { error: "major", warning: "minor", info: "info" };

/** `eslint-formatter-codeclimate`'s mapping: a file the engine cannot read at all is `critical`. */
const severity = (finding: Diagnostic): CodeQualitySeverity =>
  finding.fatal === true ? "critical" : SEVERITY[effectiveSeverity(finding)];

const sha256Prefix = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 32);

/**
 * The first 32 hex digits of SHA-256 over path, rule and message; identical findings in one file get
 * `\0n` appended until the value is new, because GitLab merges entries with equal fingerprints.
 */
function uniqueFingerprint(key: string, used: Set<string>): string {
  let fingerprint = sha256Prefix(key);
  for (let n = 1; used.has(fingerprint); n += 1) fingerprint = sha256Prefix(`${key}\0${n}`);
  used.add(fingerprint);
  return fingerprint;
}

/** 2-space indentation and a final newline; `[]` for a clean run, which GitLab reads as "no issues". */
export const gitlab: Formatter = (results, context) => {
  const used = new Set<string>();
  const issues = results.flatMap((result) => {
    const path = projectRelativePath(result.filePath, context.projectRoot);
    return result.messages.map(
      (finding): CodeQualityIssue => ({
        description: finding.message,
        check_name: finding.ruleId,
        fingerprint: uniqueFingerprint(`${path}\0${finding.ruleId}\0${finding.message}`, used),
        severity: severity(finding),
        location: {
          path,
          positions: {
            begin: { line: finding.line, column: finding.column },
            end: { line: finding.endLine, column: finding.endColumn },
          },
        },
      }),
    );
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};
