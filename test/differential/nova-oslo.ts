/**
 * The nova differential harness: oslo.config's reading of a file (through test/differential/oslo_reader.py
 * and Debian's /usr/bin/python3) against enginelint's `parseOsloIni`, as one comparable shape
 * (spec nova-conf §1–§6).
 *
 * What must agree: success or failure; on success every `cfg.ConfigParser` callback in order (section
 * headers verbatim, comments, each assignment's key and joined value) and its two dicts (sections as
 * written and `_normalize_group_name`d); on a ParseError the message, the line number and oslo's line
 * text; on a UnicodeDecodeError the offset and value of the first bad byte.
 *
 * Deliberate differences (spec §1, §3): "Section must be started before assignment" — enginelint points
 * at the key, so the comparison uses the failure's `osloLine`; oslo's line text is None (9.0.0) or ''
 * (10.x). NUL bytes — oslo reads them as characters, enginelint's policy calls the file binary: such a
 * file must fail as `binary` at its first NUL, and the rest of the comparison is made with every NUL
 * (on both sides) read as U+0001, which is just as inert to the grammar.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createSource } from "../../src/core/source.js";
import { parseOsloIni, pyLstrip, pyRstrip, splitLines } from "../../src/parsers/oslo-ini.js";
import type { OsloIniDocument } from "../../src/parsers/oslo-ini-types.js";
import { JsonLinesProcess } from "./shared.js";

/** Debian's interpreter: the `python3` first on PATH may be another installation without Debian's packages. */
export const PYTHON = "/usr/bin/python3";

export type OsloEvent = ["section", string] | ["comment", string] | ["assignment", string, string];
export type SectionPairs = [string, [string, string[]][]][];

export type OsloOutcome =
  | { ok: true; events: OsloEvent[]; sections: SectionPairs; normalized: SectionPairs }
  | { ok: false; error: "ParseError"; msg: string; lineno: number; line: string | null; text?: string }
  | { ok: false; error: "UnicodeDecodeError"; byteOffset: number | null; byte: number | null; reason?: string; message?: string }
  | { ok: false; error: "Exception"; type: string; message: string };

export interface Disagreement {
  /** A short class name, stable across inputs that disagree the same way (used for fixture names and de-duplication). */
  kind: string;
  detail: string;
}

export interface OsloGreeting {
  hello: true;
  oslo_config: string;
  python: string;
  encoding: string;
}

/** Why the live comparison cannot run here, or undefined when Debian's python3 imports oslo_config. */
export function osloUnavailableReason(): string | undefined {
  if (!existsSync(PYTHON)) return `${PYTHON} does not exist (install Debian's python3-oslo.config)`;
  const probe = spawnSync(PYTHON, ["-c", "import oslo_config.cfg, oslo_config.iniparser"], { encoding: "utf8" });
  if (probe.error) return `${PYTHON} cannot run: ${probe.error.message}`;
  if (probe.status !== 0) return `${PYTHON} cannot import oslo_config (apt-get install python3-oslo.config): ${probe.stderr.trim().split("\n").pop() ?? ""}`;
  return undefined;
}

/** The reader process; UTF-8 mode makes `open()` decode as UTF-8 whatever the locale, as on every current system (spec §1). */
export class OsloReader {
  private readonly process: JsonLinesProcess;
  private nextId = 0;

  constructor(root: string) {
    this.process = new JsonLinesProcess(PYTHON, ["-X", "utf8", join(root, "test", "differential", "oslo_reader.py")], {
      cwd: root,
      preambleLines: 1,
    });
  }

  async greeting(): Promise<OsloGreeting> {
    const [hello] = await this.process.ready();
    return hello as OsloGreeting;
  }

  async read(files: readonly Uint8Array[]): Promise<OsloOutcome[]> {
    const answers = await this.process.run<OsloOutcome & { id: number }>(
      files.map((bytes) => ({ id: this.nextId++, data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64") })),
    );
    return answers.map(({ id: _id, ...outcome }) => outcome as OsloOutcome);
  }

  close(): Promise<void> {
    return this.process.close();
  }
}

/** enginelint's reading of `bytes` in oslo's shape (before the NUL policy is applied). */
export function ourOutcome(bytes: Uint8Array): { outcome: OsloOutcome; problems: string[] } {
  const source = createSource(bytes);
  const result = parseOsloIni(source);
  const problems: string[] = [];
  if (result.ok) return { outcome: fromDocument(result.document), problems };
  const failure = result.failure;
  switch (failure.kind) {
    case "syntax": {
      const lines = splitLines(source.text);
      const line = lines[failure.osloLine - 1];
      if (failure.message === "Section must be started before assignment") {
        return { outcome: { ok: false, error: "ParseError", msg: failure.message, lineno: failure.osloLine, line: null }, problems };
      }
      if (!line) {
        problems.push(`osloLine ${failure.osloLine} is not a line of the file (${lines.length} lines)`);
        return { outcome: { ok: false, error: "ParseError", msg: failure.message, lineno: failure.osloLine, line: null }, problems };
      }
      const text = pyRstrip(line.text);
      // enginelint marks the offending line from column 1 to the end of its content.
      if (failure.span.start !== line.start || failure.span.end !== line.start + text.length) {
        problems.push(`span ${failure.span.start}-${failure.span.end} is not line ${line.number} (${line.start}-${line.start + text.length})`);
      }
      const bom = source.text.charCodeAt(0) === 0xfeff;
      if ((failure.hint === "bom") !== bom) problems.push(`hint ${failure.hint ?? "none"} but the file ${bom ? "starts" : "does not start"} with a BOM`);
      return { outcome: { ok: false, error: "ParseError", msg: failure.message, lineno: failure.osloLine, line: text }, problems };
    }
    case "encoding":
      if (bytes[failure.byteOffset] !== failure.byte) problems.push(`byte ${failure.byte} is not the byte at offset ${failure.byteOffset}`);
      return { outcome: { ok: false, error: "UnicodeDecodeError", byteOffset: failure.byteOffset, byte: failure.byte }, problems };
    case "binary":
      return { outcome: { ok: false, error: "Exception", type: "binary", message: `NUL at ${failure.offset}` }, problems };
    case "too-large":
      return { outcome: { ok: false, error: "Exception", type: "too-large", message: String(failure.size) }, problems };
  }
}

/** `cfg.ConfigParser`'s callbacks and dicts, rebuilt from the document. */
function fromDocument(document: OsloIniDocument): OsloOutcome {
  const events: OsloEvent[] = [];
  const sections = new Map<string, Map<string, string[]>>();
  const normalized = new Map<string, Map<string, string[]>>();
  const append = (dicts: Map<string, Map<string, string[]>>, section: string, key: string, value: string): void => {
    const keys = dicts.get(section)!;
    const values = keys.get(key);
    if (values) values.push(value);
    else keys.set(key, [value]);
  };
  for (const item of document.items) {
    if (item.kind === "section") {
      events.push(["section", item.rawName]);
      if (!sections.has(item.rawName)) sections.set(item.rawName, new Map());
      if (!normalized.has(item.name)) normalized.set(item.name, new Map());
    } else if (item.kind === "comment") {
      // oslo hands the comment hook `line[1:].lstrip()`.
      events.push(["comment", pyLstrip(item.text)]);
    } else {
      events.push(["assignment", item.key, item.value]);
      append(sections, item.section.rawName, item.key, item.value);
      append(normalized, item.section.name, item.key, item.value);
    }
  }
  const pairs = (dicts: Map<string, Map<string, string[]>>): SectionPairs => [...dicts].map(([name, keys]) => [name, [...keys]]);
  return { ok: true, events, sections: pairs(sections), normalized: pairs(normalized) };
}

/** Compares oslo's outcome for `bytes` with enginelint's; undefined when they agree. */
export function compareNova(bytes: Uint8Array, oslo: OsloOutcome): Disagreement | undefined {
  const ours = ourOutcome(bytes);
  if (ours.outcome.ok === false && ours.outcome.error === "Exception" && ours.outcome.type === "binary") {
    // enginelint's NUL policy (spec §1): compare the rest with NUL read as an inert character.
    const nul = bytes.indexOf(0);
    const text = createSource(bytes).text;
    if (nul < 0 || text.indexOf("\u0000") < 0) return { kind: "binary-without-nul", detail: `binary failure but no NUL byte: ${ours.outcome.message}` };
    if (ours.outcome.message !== `NUL at ${text.indexOf("\u0000")}`) return { kind: "binary-offset", detail: `${ours.outcome.message}, first NUL at ${text.indexOf("\u0000")}` };
    const standIn = bytes.map((byte) => (byte === 0 ? 1 : byte));
    const found = compareOutcomes(replaceNul(oslo), ourOutcome(standIn));
    return found && { kind: `nul-${found.kind}`, detail: found.detail };
  }
  if (bytes.includes(0) && !(ours.outcome.ok === false && ours.outcome.error === "UnicodeDecodeError")) {
    return { kind: "nul-not-binary", detail: "a file with a NUL byte was not reported as binary" };
  }
  return compareOutcomes(oslo, ours);
}

function compareOutcomes(oslo: OsloOutcome, ours: { outcome: OsloOutcome; problems: string[] }): Disagreement | undefined {
  const mine = ours.outcome;
  const kindOf = (outcome: OsloOutcome): string => (outcome.ok ? "ok" : outcome.error === "Exception" ? `Exception:${outcome.type}` : outcome.error);
  if (kindOf(oslo) !== kindOf(mine)) {
    return { kind: `${kindOf(oslo)}-vs-${kindOf(mine)}`, detail: `oslo: ${describe(oslo)}; enginelint: ${describe(mine)}` };
  }
  if (oslo.ok && mine.ok) {
    for (const field of ["events", "sections", "normalized"] as const) {
      const difference = firstDifference(oslo[field], mine[field]);
      if (difference) return { kind: `ok-${field}`, detail: difference };
    }
  } else if (!oslo.ok && !mine.ok) {
    if (oslo.error === "ParseError" && mine.error === "ParseError") {
      if (oslo.msg !== mine.msg) return { kind: "parse-message", detail: `oslo: ${describe(oslo)}; enginelint: ${describe(mine)}` };
      if (oslo.lineno !== mine.lineno) return { kind: "parse-line", detail: `${oslo.msg}: oslo line ${oslo.lineno}, enginelint osloLine ${mine.lineno}` };
      // "Section must be started…" carries no line text (None in 9.0.0, '' in 10.x).
      const osloLine = oslo.msg === "Section must be started before assignment" && oslo.line === "" ? null : oslo.line;
      if (osloLine !== mine.line) return { kind: "parse-line-text", detail: `${oslo.msg} at line ${oslo.lineno}: oslo ${JSON.stringify(osloLine)}, enginelint ${JSON.stringify(mine.line)}` };
    } else if (oslo.error === "UnicodeDecodeError" && mine.error === "UnicodeDecodeError") {
      if (oslo.byteOffset !== mine.byteOffset || oslo.byte !== mine.byte) {
        return { kind: "encoding-byte", detail: `oslo byte ${oslo.byte} at ${oslo.byteOffset}; enginelint byte ${mine.byte} at ${mine.byteOffset}` };
      }
    }
  }
  if (ours.problems.length > 0) return { kind: "position", detail: ours.problems.join("; ") };
  return undefined;
}

function replaceNul(outcome: OsloOutcome): OsloOutcome {
  return JSON.parse(JSON.stringify(outcome).replaceAll("\\u0000", "\\u0001")) as OsloOutcome;
}

function describe(outcome: OsloOutcome): string {
  if (outcome.ok) return `ok (${outcome.events.length} events)`;
  switch (outcome.error) {
    case "ParseError":
      return `ParseError line ${outcome.lineno}: ${outcome.msg} ${JSON.stringify(outcome.line)}`;
    case "UnicodeDecodeError":
      return `UnicodeDecodeError byte ${outcome.byte} at ${outcome.byteOffset}`;
    case "Exception":
      return `${outcome.type}: ${outcome.message}`;
  }
}

/** The first place two JSON values differ, or undefined. */
function firstDifference(expected: unknown, actual: unknown, path = ""): string | undefined {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const length = Math.max(expected.length, actual.length);
    for (let i = 0; i < length; i++) {
      if (i >= expected.length) return `${path}[${i}]: enginelint has extra ${JSON.stringify(actual[i])}`;
      if (i >= actual.length) return `${path}[${i}]: enginelint lacks ${JSON.stringify(expected[i])}`;
      const difference = firstDifference(expected[i], actual[i], `${path}[${i}]`);
      if (difference) return difference;
    }
    return undefined;
  }
  return expected === actual ? undefined : `${path}: oslo ${JSON.stringify(expected)}, enginelint ${JSON.stringify(actual)}`;
}
