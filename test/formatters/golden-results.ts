/**
 * The golden records of spec output-and-cli.md §2, as the linter hands them to formatters: three
 * findings in `/srv/repo` plus the clean `nova-compute.conf`, sorted by `filePath` in code-unit order
 * (`nova-compute.conf` < `nova.conf` because `-` < `.`). Offsets are those of the §2 file texts.
 */
import { readFileSync } from "node:fs";
import type { Diagnostic, FileResult } from "../../src/core/diagnostic.js";
import type { FormatterContext } from "../../src/formatters/types.js";

export const QEMU_CONF = "/srv/repo/etc/libvirt/qemu.conf";
export const NOVA_CONF = "/srv/repo/etc/nova/nova.conf";
export const NOVA_COMPUTE_CONF = "/srv/repo/etc/nova/nova-compute.conf";

export const PLAIN: FormatterContext = {
  cwd: "/srv/repo",
  projectRoot: "/srv/repo",
  color: false,
  fixFlagAvailable: true,
  rules: new Map(),
  ruleSummary: () => "",
  toolVersion: "0.1.0",
  informationUri: "https://example.invalid/enginelint",
};
export const COLOURED: FormatterContext = { ...PLAIN, color: true };

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
 * the final newline that `console.log` adds.
 */
export const golden = (name: string): string =>
  readFileSync(new URL(`../../fixtures/formatters/${name}`, import.meta.url), "utf8");
