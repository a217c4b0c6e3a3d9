/**
 * The document the engine-config dump reader produces (spec engine-config §3.5). All spans are
 * UTF-16 offsets into the decoded text (`Source.text`, BOM included when present), half-open.
 */
import type { Span } from "../core/rule.js";

/** How a readable record was written. */
export type RecordForm = "strict" | "lenient" | "multiline" | "diff";

/** Whitespace damage of a record read through LENIENT (spec §3.3 step 2e). */
export type Deviation = "leadingWhitespace" | "spaceBeforeColon" | "colonSpacing" | "versionSpacing" | "trailingWhitespace";

export interface EcRecord {
  key: string;
  keySpan: Span;
  /** The display value exactly as printed (multi-line values joined with LF). */
  value: string;
  valueSpan: Span;
  /** `general` or a cluster level such as `4.7`. */
  version: string;
  versionSpan: Span;
  form: RecordForm;
  deviations: readonly Deviation[];
  /** The default a `-d` block printed (form `diff` only). */
  printedDefault?: string;
  /** All lines of the record. */
  span: Span;
  /** 1-based line numbers (after BOM removal and line splitting) of the record's first and last line. */
  line: number;
  endLine: number;
}

/** `KEY: Failed to decrypt the current value.` */
export interface EcDecryptFailure {
  key: string;
  keySpan: Span;
  span: Span;
  line: number;
}

export type UnreadableKind = "missingColon" | "badVersion" | "missingVersion" | "glued";

export interface EcUnreadable {
  kind: UnreadableKind;
  /** The key of its first line, when one can be read. */
  key?: string;
  keySpan?: Span;
  /** For `glued`: the catalogue keys run together on the line, in order. */
  gluedKeys?: string[];
  /** The file's last line, cut without a line end, is part of this record. */
  truncated: boolean;
  /** Every line the record absorbed. */
  span: Span;
  line: number;
  endLine: number;
}

export type NoiseKind = "prompt" | "jvm" | "pager" | "setPrompt" | "toolError";

/** Which engine-config error a `toolError` line is (spec §2.5, §2.6). */
export type ToolErrorKind =
  | "noDefaultRow"
  | "noVersionRow"
  | "cannotSet"
  | "settingNoVersion"
  | "deprecatedKey"
  | "databaseUnreachable"
  | "missingFromProperties"
  | "mergeUnchanged";

export interface EcNoise {
  kind: NoiseKind;
  toolError?: ToolErrorKind;
  /** The key a tool error names. */
  key?: string;
  /** For `noVersionRow`/`settingNoVersion`: the version it names. */
  version?: string;
  text: string;
  span: Span;
  line: number;
}

/** A line that is neither a record nor known noise (e.g. the bare output of `-g KEY --cver=V`). */
export interface EcUnattributed {
  text: string;
  span: Span;
  line: number;
}

/** A line of `engine-config -l`. */
export interface EcListEntry {
  key: string;
  keySpan: Span;
  description: string;
  type: string;
  span: Span;
  line: number;
}

export type DocumentKind = "all" | "list" | "get";

export interface EngineConfigMeta {
  bom: boolean;
  lineEnds: "lf" | "crlf" | "cr" | "mixed" | "none";
  finalLineEnd: boolean;
  /** From a readable `ProductRPMVersion` record (`4.5.7-1.el9` → `4.5.7`), when there is one. */
  productVersion?: { version: string; record: EcRecord };
  kind: DocumentKind;
}

export interface EngineConfigDocument {
  /** Readable records, in file order. */
  records: EcRecord[];
  decryptFailures: EcDecryptFailure[];
  unreadable: EcUnreadable[];
  noise: EcNoise[];
  unattributed: EcUnattributed[];
  listEntries: EcListEntry[];
  meta: EngineConfigMeta;
  /**
   * The effective value of each (key, version): its last readable record (spec §3.5).
   * Outer map by key, inner by version.
   */
  effective: ReadonlyMap<string, ReadonlyMap<string, EcRecord>>;
}

/** A file that is not an engine-config capture at all (spec §7.2 `ovirt/parse-error`). */
export type EngineConfigFailure =
  | { kind: "binary"; offset: number }
  | { kind: "too-large"; size: number };

export interface EngineConfigReaderOptions {
  /** Whether a name is a key engine-config exposes (glued-record and missing-colon detection). */
  isCatalogueKey(name: string): boolean;
  /**
   * The string a record keeps as its key, equal to `name`: the catalogue's own string for a catalogue
   * key, so that all records of a key share it and the rules' catalogue and `effective` lookups find
   * it by identity instead of comparing text. Without it, the text of the line.
   */
  sharedKey?(name: string): string;
}
