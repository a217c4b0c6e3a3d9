/**
 * SARIF 2.1.0 for GitHub code scanning (spec §5.7). Shaped by what GitHub requires and what the SARIF
 * Multitool's `Sarif;Gh` rules check: every rule carries `fullDescription` and `help` (without them
 * GH2012), URIs are relative to `%SRCROOT%` so alerts stay the same alerts across machines, and every
 * result carries the `primaryLocationLineHash` the upload action would compute (the REST API computes
 * none). Suppressed findings are results with `suppressions`, so code scanning shows them dismissed.
 */
import { compareDiagnostics, type Diagnostic, type FileResult, type Severity, type Suppression } from "../core/diagnostic.js";
import { effectiveSeverity } from "./counts.js";
import { lineHashes } from "./line-hash.js";
import { directoryUri, fileUri, isOutsideProject, projectRelativePath, relativeUri } from "./paths.js";
import { ruleCategory, type RuleCategory } from "./rule-category.js";
import type { Formatter, FormatterContext, RuleInfo } from "./types.js";

type SarifLevel = "error" | "warning" | "note";
type ProblemSeverity = "error" | "warning" | "recommendation";

export interface SarifText {
  text: string;
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription?: SarifText;
  fullDescription?: SarifText;
  helpUri?: string;
  help?: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
  properties: {
    tags: [string, RuleCategory];
    precision: "high";
    "problem.severity": ProblemSeverity;
  };
}

export interface SarifSuppression {
  kind: "inSource" | "external";
  justification?: string;
}

export interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: typeof SRCROOT;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifText;
  locations: [
    {
      physicalLocation: {
        artifactLocation: SarifArtifactLocation;
        region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
      };
    },
  ];
  partialFingerprints?: { primaryLocationLineHash: string };
  suppressions?: SarifSuppression[];
}

export interface SarifNotification {
  level: "warning";
  message: SarifText;
}

export interface SarifRun {
  tool: { driver: { name: "enginelint"; semanticVersion: string; informationUri?: string; rules: SarifRule[] } };
  invocations?: [{ executionSuccessful: true; toolExecutionNotifications: [SarifNotification] }];
  columnKind: "utf16CodeUnits";
  originalUriBaseIds: { [SRCROOT]: { uri: string } };
  automationDetails: { id: string };
  results: SarifResult[];
}

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: [SarifRun];
}

const SRCROOT = "%SRCROOT%";

/** GitHub's maxima (spec §5.7): a longer description is cut, a run with more results is rejected whole. */
export const MAX_DESCRIPTION_LENGTH = 1024;
export const MAX_RESULTS_PER_RUN = 25_000;

const LEVEL: Record<Severity, SarifLevel> = { error: "error", warning: "warning", info: "note" };
const PROBLEM_SEVERITY: Record<Severity, ProblemSeverity> = {
  error: "error",
  warning: "warning",
  info: "recommendation",
};
const SUPPRESSION_KIND: Record<Suppression["kind"], SarifSuppression["kind"]> = {
  directive: "inSource",
  file: "external",
};

/**
 * The fingerprints of a file without hashes (unreadable, or a result built by API code): those of
 * an empty text, whose only line is the end of input, so the values stay stable.
 */
const UNREAD_HASHES = lineHashes("", new Set([1]));

/** One result to be: a finding, reported or suppressed, and the file it belongs to. */
interface Entry {
  file: FileResult;
  finding: Diagnostic;
  suppressions: readonly Suppression[];
}

/** Rule ids are `<engine>/<name>`. */
const slash = (ruleId: string): number => ruleId.indexOf("/");

/** `nova/db-read-timeout` → `DbReadTimeout`: GitHub shows `name`, which must differ from `id` (SARIF1001). */
export const ruleName = (ruleId: string): string =>
  ruleId
    .slice(slash(ruleId) + 1)
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");

/** Doc summaries are Markdown; SARIF `text` is shown as written, so code spans, emphasis and links lose their markup. */
const plainText = (markdown: string): string =>
  markdown.replace(/\[([^\]]*)\]\([^)]*\)/gu, "$1").replace(/\*\*|`/gu, "");

/** Cut to GitHub's limit with an ellipsis, never between the two halves of a surrogate pair. */
function limitLength(text: string): string {
  if (text.length <= MAX_DESCRIPTION_LENGTH) return text;
  let end = MAX_DESCRIPTION_LENGTH - 1;
  if (/[\uD800-\uDBFF]/u.test(text.charAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}\u2026`;
}

/** A file's reported and suppressed findings, in position order (suppressed ones are results too). */
const fileEntries = (file: FileResult): Entry[] =>
  [
    ...file.messages.map((finding) => ({ file, finding, suppressions: [] })),
    ...file.suppressedMessages.map((finding) => ({ file, finding, suppressions: finding.suppressions })),
  ].sort((a, b) => compareDiagnostics(a.finding, b.finding));

/** Dismissed results go first, then notes, warnings, errors: what matters least to the reader. */
const dropRank = (entry: Entry): number =>
  entry.suppressions.length > 0 ? 0 : { info: 1, warning: 2, error: 3 }[effectiveSeverity(entry.finding)];

/**
 * GitHub rejects a run with more than MAX_RESULTS_PER_RUN results, so the excess is left out, least
 * important first, keeping the order of the rest; the run then says so in a tool notification.
 */
function withinLimit(entries: Entry[]): { kept: Entry[]; omitted: number } {
  const omitted = entries.length - MAX_RESULTS_PER_RUN;
  if (omitted <= 0) return { kept: entries, omitted: 0 };
  const dropped = new Set(
    entries
      .map((entry, index) => ({ rank: dropRank(entry), index }))
      .sort((a, b) => a.rank - b.rank || b.index - a.index)
      .slice(0, omitted)
      .map(({ index }) => index),
  );
  return { kept: entries.filter((_entry, index) => !dropped.has(index)), omitted };
}

/**
 * The rule's configured severity: its default, or, for a rule that is off by default and was switched
 * on by the configuration, the severity its findings carry.
 */
const ruleSeverity = (info: RuleInfo | undefined, first: Diagnostic): Severity =>
  info !== undefined && info.defaultSeverity !== "off" ? info.defaultSeverity : effectiveSeverity(first);

function sarifRule(ruleId: string, first: Diagnostic, context: FormatterContext): SarifRule {
  const info = context.rules.get(ruleId);
  const severity = ruleSeverity(info, first);
  return {
    id: ruleId,
    name: ruleName(ruleId),
    ...(info !== undefined && {
      shortDescription: { text: limitLength(info.description) },
      // A page without a summary paragraph must not leave the required description empty.
      fullDescription: { text: limitLength(plainText(context.ruleSummary(ruleId)) || info.description) },
      helpUri: info.url,
      help: { text: `See ${info.url}`, markdown: `See [${ruleId}](${info.url}).` },
    }),
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      tags: [ruleId.slice(0, slash(ruleId)), ruleCategory(ruleId)],
      precision: "high",
      "problem.severity": PROBLEM_SEVERITY[severity],
    },
  };
}

/** Inside the project: a `%SRCROOT%`-relative URI; outside it, GitHub cannot map the file anyway, so an absolute one. */
function artifactLocation(file: FileResult, projectRoot: string): SarifArtifactLocation {
  const path = projectRelativePath(file.filePath, projectRoot);
  return isOutsideProject(path) ? { uri: fileUri(file.filePath) } : { uri: relativeUri(path), uriBaseId: SRCROOT };
}

const sarifSuppression = ({ kind, justification }: Suppression): SarifSuppression => ({
  kind: SUPPRESSION_KIND[kind],
  // The baseline records no reason (""), and SARIF consumers show an empty justification as one.
  ...(justification !== "" && { justification }),
});

export const sarif: Formatter = (results, context) => {
  const { kept, omitted } = withinLimit(results.flatMap(fileEntries));

  // The rules with at least one result, sorted by id, each with its first finding.
  const firstFindings = new Map<string, Diagnostic>();
  for (const { finding } of kept) if (!firstFindings.has(finding.ruleId)) firstFindings.set(finding.ruleId, finding);
  const rules = [...firstFindings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const ruleIndex = new Map(rules.map(([id], index) => [id, index]));

  const sarifResults = kept.map(({ file, finding, suppressions }): SarifResult => {
    const hash = (file.lineHashes ?? UNREAD_HASHES)[finding.line];
    return {
      ruleId: finding.ruleId,
      // Every kept finding's rule is in `rules`.
      ruleIndex: ruleIndex.get(finding.ruleId)!,
      level: LEVEL[effectiveSeverity(finding)],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(file, context.projectRoot),
            region: {
              startLine: finding.line,
              startColumn: finding.column,
              endLine: finding.endLine,
              endColumn: finding.endColumn,
            },
          },
        },
      ],
      ...(hash !== undefined && { partialFingerprints: { primaryLocationLineHash: hash } }),
      ...(suppressions.length > 0 && { suppressions: suppressions.map(sarifSuppression) }),
    };
  });

  const run: SarifRun = {
    tool: {
      driver: {
        name: "enginelint",
        semanticVersion: context.toolVersion,
        // An empty URI is no URI: GitHub and the Multitool reject it.
        ...(context.informationUri !== "" && { informationUri: context.informationUri }),
        rules: rules.map(([id, first]) => sarifRule(id, first, context)),
      },
    },
    ...(omitted > 0 && {
      invocations: [
        {
          executionSuccessful: true,
          toolExecutionNotifications: [
            {
              level: "warning",
              message: {
                text: `${omitted} of ${kept.length + omitted} results were left out (suppressed ones and the least severe first): GitHub accepts at most ${MAX_RESULTS_PER_RUN} per run.`,
              },
            },
          ],
        },
      ],
    }),
    columnKind: "utf16CodeUnits",
    originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.projectRoot) } },
    // The category (before the last `/`) keeps enginelint's alerts apart from other tools' uploads.
    automationDetails: { id: "enginelint/" },
    results: sarifResults,
  };

  const log: SarifLog = { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] };
  return `${JSON.stringify(log, null, 2)}\n`;
};
