/**
 * The golden records of spec output-and-cli.md §2, as the linter hands them to formatters: three
 * findings in `/srv/repo` plus the clean `nova-compute.conf`, sorted by `filePath` in code-unit order
 * (`nova-compute.conf` < `nova.conf` because `-` < `.`). Offsets are those of the §2 file texts.
 */
import { readFileSync } from "node:fs";
import type { Diagnostic, FileResult, SuppressedDiagnostic } from "../../src/core/diagnostic.js";
import { createColors } from "picocolors";
import { NO_COLORS } from "../../src/formatters/color.js";
import { findingLineHashes } from "../../src/formatters/line-hash.js";
import type { FormatterContext, RuleInfo } from "../../src/formatters/types.js";

export const QEMU_CONF = "/srv/repo/etc/libvirt/qemu.conf";
export const NOVA_CONF = "/srv/repo/etc/nova/nova.conf";
export const NOVA_COMPUTE_CONF = "/srv/repo/etc/nova/nova-compute.conf";

export const PLAIN: FormatterContext = {
  cwd: "/srv/repo",
  projectRoot: "/srv/repo",
  palette: NO_COLORS,
  fixFlagAvailable: true,
  rules: new Map(),
  ruleSummary: () => "",
  toolVersion: "0.1.0",
  informationUri: "https://example.invalid/enginelint",
};
export const COLOURED: FormatterContext = { ...PLAIN, palette: createColors(true) };

export const VNC_LISTEN_INSECURE: Diagnostic = {
  ruleId: "qemu/vnc-listen-insecure",
  severity: "error",
  message:
    'VNC listens on "0.0.0.0" without TLS or SASL: any host that can reach it can open the guest consoles.',
  messageId: "insecure",
  line: 12,
  column: 14,
  endLine: 12,
  endColumn: 23,
  start: 389,
  end: 398,
};

export const DUPLICATE_KEY: Diagnostic = {
  ruleId: "qemu/duplicate-key",
  severity: "warning",
  message:
    '"max_processes" is already set on line 27; libvirt uses the first value ("0") and ignores this one ("4096").',
  messageId: "duplicate",
  line: 30,
  column: 1,
  endLine: 30,
  endColumn: 14,
  start: 733,
  end: 746,
  fix: { range: [733, 754], text: "" },
};

export const PARSE_ERROR: Diagnostic = {
  ruleId: "nova/parse-error",
  severity: "error",
  fatal: true,
  message: "Parsing error: No ':' or '=' found in assignment",
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 8,
  start: 24,
  end: 31,
};

export const fileResult = (filePath: string, messages: Diagnostic[] = []): FileResult => ({
  filePath,
  messages,
  suppressedMessages: [],
});

export const GOLDEN_RESULTS: readonly FileResult[] = [
  fileResult(QEMU_CONF, [VNC_LISTEN_INSECURE, DUPLICATE_KEY]),
  fileResult(NOVA_COMPUTE_CONF),
  fileResult(NOVA_CONF, [PARSE_ERROR]),
];

/** A finding with only the fields a test cares about; the rest are plausible placeholders. */
export const finding = (
  fields: Pick<Diagnostic, "ruleId" | "severity" | "message" | "line" | "column"> & Partial<Diagnostic>,
): Diagnostic => ({
  endLine: fields.line,
  endColumn: fields.column + 1,
  start: 0,
  end: 1,
  ...fields,
});

/**
 * A golden output from `fixtures/formatters/`: exactly the formatter's return value (so `json.json`
 * and `stylish-color.txt` end without a newline). Extracted from the spec, not from our formatters:
 * `stylish.txt` and `stylish-alignment.txt` are its JSON strings decoded, `json.json` its line
 * verbatim, `stylish-color.txt` its `cat -v` listing decoded (`^[` = ESC, `M-` = high bit), minus
 * the final newline that `console.log` adds. `sarif.json` and `gitlab.json` are their listings
 * verbatim (they end with the newline the spec requires), `github.txt` its three lines without a final
 * newline (the CLI adds it). `srv-repo/` holds the three §2 files, byte for byte.
 */
export const golden = (name: string): string =>
  readFileSync(new URL(`../../fixtures/formatters/${name}`, import.meta.url), "utf8");

/**
 * Beyond §2, for what the golden records lack: an info (spec §6) and a suppressed finding (§3), in
 * `etc/nova/nova-api.conf` (sorted between `qemu.conf` and `nova-compute.conf`):
 *
 * ```
 * [DEFAULT]
 * # enginelint-disable-next-line nova/duplicate-key -- the template renders debug twice
 * debug = true
 * debug = false
 * [LIBVIRT]
 * virt_type = kvm
 * ```
 */
export const NOVA_API_CONF = "/srv/repo/etc/nova/nova-api.conf";

export const SECTION_CASE_INFO: Diagnostic = {
  ruleId: "nova/section-case",
  severity: "info",
  message: "[LIBVIRT] is read as [libvirt]; write the canonical lower-case name.",
  messageId: "sectionCase",
  line: 5,
  column: 1,
  endLine: 5,
  endColumn: 10,
  start: 123,
  end: 132,
  fix: { range: [124, 131], text: "libvirt" },
};

export const SUPPRESSED_DUPLICATE_KEY: SuppressedDiagnostic = {
  ruleId: "nova/duplicate-key",
  severity: "warning",
  message: '"debug" is set again on line 4; oslo.config uses the last value.',
  messageId: "setAgain",
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 6,
  start: 96,
  end: 101,
  fix: { range: [96, 109], text: "" },
  suppressions: [{ kind: "directive", justification: "the template renders debug twice" }],
};

/** The golden records plus `nova-api.conf`, still in code-unit order of `filePath`. */
export const EXTENDED_RESULTS: readonly FileResult[] = [
  fileResult(QEMU_CONF, [VNC_LISTEN_INSECURE, DUPLICATE_KEY]),
  { ...fileResult(NOVA_API_CONF, [SECTION_CASE_INFO]), suppressedMessages: [SUPPRESSED_DUPLICATE_KEY] },
  fileResult(NOVA_COMPUTE_CONF),
  fileResult(NOVA_CONF, [PARSE_ERROR]),
];

/** The text of a §2 file, whose lines SARIF fingerprints. */
export const goldenText = (filePath: string): string =>
  readFileSync(new URL(`../../fixtures/formatters/srv-repo${filePath.slice("/srv/repo".length)}`, import.meta.url), "utf8");

/** The golden records with their findings' line hashes, as the CLI passes them for SARIF. */
export const GOLDEN_RESULTS_WITH_HASHES: readonly FileResult[] = GOLDEN_RESULTS.map((result) => ({
  ...result,
  lineHashes: findingLineHashes(goldenText(result.filePath), result),
}));

const GOLDEN_RULE_BASE = "https://example.invalid/enginelint/rules/";

/** The rule metadata behind the §5.7 SARIF golden (descriptions, doc summaries, doc URLs). */
export const GOLDEN_RULES: ReadonlyMap<string, RuleInfo> = new Map(
  (
    [
      {
        id: "nova/parse-error",
        engine: "nova",
        type: "problem",
        description: "The file cannot be parsed the way oslo.config parses it",
        defaultSeverity: "error",
      },
      {
        id: "qemu/duplicate-key",
        engine: "qemu",
        type: "problem",
        description: "Key set again; libvirt keeps the first value",
        defaultSeverity: "warning",
        fixable: "safe",
      },
      {
        id: "qemu/vnc-listen-insecure",
        engine: "qemu",
        type: "problem",
        description: "VNC on the network without TLS or SASL",
        defaultSeverity: "error",
      },
    ] satisfies Omit<RuleInfo, "url">[]
  ).map((rule): [string, RuleInfo] => [rule.id, { ...rule, url: `${GOLDEN_RULE_BASE}${rule.id}` }]),
);

export const GOLDEN_SUMMARIES: ReadonlyMap<string, string> = new Map([
  [
    "nova/parse-error",
    "Reports input that oslo.config rejects while reading the file (ParseError or a decoding error); the service would refuse to start.",
  ],
  [
    "qemu/duplicate-key",
    "Reports every entry of qemu.conf after the first one with the same name: libvirt uses the first value, so later entries have no effect.",
  ],
  [
    "qemu/vnc-listen-insecure",
    "Reports a network-facing vnc_listen when neither vnc_tls nor vnc_sasl is enabled, which exposes every guest console to anyone who can reach the host.",
  ],
]);

/** `PLAIN` plus the golden rules: the context of the formats that describe rules (SARIF, json-with-metadata). */
export const GOLDEN_CONTEXT: FormatterContext = {
  ...PLAIN,
  rules: GOLDEN_RULES,
  ruleSummary: (ruleId) => GOLDEN_SUMMARIES.get(ruleId) ?? "",
};
