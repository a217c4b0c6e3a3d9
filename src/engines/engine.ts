/**
 * The seam between a file format and the linter. An engine reads bytes into a document that keeps
 * positions; it knows nothing of rules. Adding nova or ovirt means adding one of these plus its rules.
 */
import type { EngineId } from "../core/diagnostic.js";
import type { Rule, Span } from "../core/rule.js";
import type { Source } from "../core/source.js";

export type ParseOutcome<D, F> = { ok: true; document: D } | { ok: false; failure: F };

/** One file of a configuration stack, read by the CLI. */
export interface StackFile {
  path: string;
  source: Source;
}

/**
 * Several files one service reads as one configuration (nova.conf and its drop-ins), in the
 * engine's parse order; `index` is the file being linted. Each file is still reported on its own.
 */
export interface Stack {
  files: readonly StackFile[];
  index: number;
}

/** Where inline directives may stand, in engine-neutral terms. */
export interface DirectiveSites {
  /** Comment texts after the comment marker, with whether the comment stands alone on its line. */
  comments: readonly { text: string; span: Span; ownLine: boolean }[];
  /** Spans of the statements a `disable-next-line` or `disable-line` can refer to, in file order. */
  statements: readonly Span[];
}

export interface Engine<D, F, S extends object> {
  id: EngineId;
  /** Largest file the engine itself reads; larger files are refused without being read. */
  maxBytes: number;
  defaultSettings: S;
  /** JSON Schema of `settings.<engine>` in the configuration file. */
  settingsSchema: Readonly<Record<string, unknown>>;
  parse(source: Source, settings: S, stack?: Stack): ParseOutcome<D, F>;
  /**
   * The absolute paths of the stack `path` belongs to, in parse order and including `path` itself;
   * undefined when the file stands alone. `configDirectory` anchors relative globs of the settings.
   */
  stackPaths?(path: string, settings: S, configDirectory: string): string[] | undefined;
  /** The settings as `--print-config` may show them: secrets in them (nova's `env`) masked. */
  redactSettings?(settings: S): S;
  /** The failure for a file over `maxBytes`, reported without reading it. */
  oversize(path: string, size: number): F;
  /** Where inline directives may stand; absent for formats without comments (engine-config dumps). */
  directiveSites?(document: D): DirectiveSites;
}

export interface EngineRules<D, F, S extends object> {
  engine: Engine<D, F, S>;
  /** Rules over a parsed document. */
  rules: readonly Rule<D, object, S>[];
  /** Rules over a parse failure (`<engine>/parse-error`). */
  fatalRules: readonly Rule<F, object, S>[];
}
