/**
 * The qemu differential check: enginelint's virConf parser against libvirt's own (virconf_driver.c),
 * on generated and mutated inputs (qemu-arbitraries.ts). Used by test/differential/qemu.test.ts
 * (CI-sized) and by `npm run fuzz:diff -- --engine qemu --runs N` (scripts/fuzz-diff.mjs bundles this
 * module and calls `fuzzQemu`). Each new kind of disagreement is shrunk by fast-check and saved as a
 * fixture in fixtures/qemu/differential/ with libvirt's result; later cases of a known kind are
 * counted, not reported again.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { loadCorpus, qemuCase, type QemuCase } from "./qemu-arbitraries.js";
import { compare, ourPicture, rejectsOverflow, type Picture, type Verdict } from "./qemu-compare.js";
import { DriverCrash, startOracle, type LibvirtOracle } from "./qemu-oracle.js";
import { fixtureDir, setRepoRoot } from "./qemu-paths.js";

export { startOracle } from "./qemu-oracle.js";

/** Compares one input; a libvirt crash on it is a disagreement of its own. */
export async function verdictFor(oracle: LibvirtOracle, bytes: Uint8Array): Promise<Verdict> {
  const rejectOverflow = rejectsOverflow(oracle.info.version);
  try {
    return compare(bytes, await oracle.read(bytes), oracle.info.scratchPath, rejectOverflow);
  } catch (error) {
    if (!(error instanceof DriverCrash)) throw error;
    const ours = ourPicture(bytes, rejectOverflow).picture;
    return { agree: false, reasons: [`libvirt crashed: ${error.message}`], ours, libvirt: { ok: false, message: `crashed (${error.signal ?? "exit"})` } };
  }
}

/** A coarse class of disagreement, so that one bug found again is counted, not reported anew. */
export function signature(verdict: Verdict): string {
  const kind = (p: Picture): string => (p.ok ? "ok" : "info" in p ? `error ${p.info}` : "tooLarge" in p ? "too large" : `error ${p.message}`);
  const where =
    verdict.reasons[0]
      ?.replace(/\[\d+\]/g, "[]")
      .replace(/: enginelint .*$/s, "")
      .replace(/ has \d+ items.*$/s, "")
      .replace(/ from offset .*$/s, "")
      .replace(/^libvirt crashed.*$/s, "crash") ?? "";
  return `enginelint ${kind(verdict.ours)} / libvirt ${kind(verdict.libvirt)} @ ${where}`;
}

export interface Finding {
  signature: string;
  /** The shrunk input. */
  bytes: Uint8Array;
  origin: string;
  verdict: Verdict;
  /** How many generated inputs fell into this class. */
  count: number;
  /** The fixture id, when saved. */
  fixture?: string;
}

export interface FuzzOptions {
  /** The repository (scripts/fuzz-diff.mjs passes it; found from the module or cwd otherwise). */
  root?: string;
  runs: number;
  seed?: number;
  /** Save each new kind of disagreement as a fixture (default true). */
  save?: boolean;
  /** Stop after this many kinds of disagreement (default 20). */
  maxKinds?: number;
  log?: (line: string) => void;
}

export interface FuzzSummary {
  runs: number;
  seconds: number;
  seed: number;
  oracle: string;
  corpusFiles: number;
  /** Disagreeing cases, all kinds together. */
  disagreements: number;
  findings: Finding[];
}

export type FuzzOutcome = { ok: true; summary: FuzzSummary } | { ok: false; skip: string };

/** Builds the driver, runs `runs` cases and closes it; `{ ok: false }` when gcc or libvirt0 is missing. */
export async function fuzzQemu(options: FuzzOptions): Promise<FuzzOutcome> {
  if (options.root) setRepoRoot(options.root);
  const started = startOracle();
  if (!started.ok) return { ok: false, skip: started.skip };
  try {
    return { ok: true, summary: await fuzzWith(started.oracle, options) };
  } finally {
    await started.oracle.close();
  }
}

export async function fuzzWith(oracle: LibvirtOracle, options: FuzzOptions): Promise<FuzzSummary> {
  const log = options.log ?? (() => {});
  const corpus = loadCorpus();
  const arbitrary = qemuCase(corpus);
  const findings = new Map<string, Finding>();
  const seed = options.seed ?? Date.now() % 2 ** 31;
  const maxKinds = options.maxKinds ?? 20;
  const oracleText = `libvirt ${oracle.info.versionText} (${rejectsOverflow(oracle.info.version) ? "refuses" : "wraps"} numeric overflow)`;
  log(
    `qemu: ${options.runs} cases, seed ${seed}, oracle ${oracleText}, corpus ${corpus.length > 0 ? `${corpus.length} files` : "absent (../shared/corpus/qemu): generated cases only"}`,
  );
  const start = performance.now();
  let lastReport = start;
  let done = 0;
  let round = 0;
  while (done < options.runs && findings.size < maxKinds) {
    let executed = 0;
    // The verdict of the last failing case: after shrinking, that case is the counterexample. (Read it
    // again afterwards and a stack-depth-dependent crash may not happen again.)
    let lastFailure: { c: QemuCase; verdict: Verdict } | undefined;
    const property = fc.asyncProperty(arbitrary, async (c: QemuCase) => {
      if (++executed % 1000 === 0 && performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        log(`qemu: ${done + executed}/${options.runs} in ${((lastReport - start) / 1000).toFixed(1)} s, ${findings.size} kinds of disagreement`);
      }
      const verdict = await verdictFor(oracle, c.bytes);
      if (verdict.agree) return true;
      const known = findings.get(signature(verdict));
      if (!known) {
        lastFailure = { c, verdict };
        return false;
      }
      known.count++;
      return true;
    });
    const result = await fc.check(property, { numRuns: options.runs - done, seed: seed + round });
    round++;
    done += result.numRuns; // on failure, the failing case included
    if (!result.failed) break;
    if (result.counterexample === null) throw new Error(`fast-check stopped without a counterexample: ${fc.defaultReportMessage(result) ?? ""}`);
    const [c] = result.counterexample;
    const verdict = lastFailure?.c === c ? lastFailure.verdict : await verdictFor(oracle, c.bytes);
    const finding: Finding = { signature: signature(verdict), bytes: c.bytes, origin: `${c.origin}; seed ${seed + round - 1}`, verdict, count: 1 };
    if (options.save ?? true) finding.fixture = saveFixture(finding, oracle.info.versionText);
    findings.set(finding.signature, finding);
    log(`qemu: DISAGREEMENT ${finding.signature}`);
    log(`qemu:   input   ${showBytes(finding.bytes)}`);
    for (const reason of verdict.reasons.slice(0, 3)) log(`qemu:   ${reason}`);
    if (finding.fixture) log(`qemu:   fixture fixtures/qemu/differential/${finding.fixture}.conf`);
  }
  const summary: FuzzSummary = {
    runs: done,
    seconds: (performance.now() - start) / 1000,
    seed,
    oracle: oracleText,
    corpusFiles: corpus.length,
    disagreements: [...findings.values()].reduce((sum, f) => sum + f.count, 0),
    findings: [...findings.values()],
  };
  for (const f of summary.findings) log(`qemu: disagreement ${f.signature}: ${f.count} case(s)`);
  return summary;
}

// ---- fixtures ---------------------------------------------------------------------------------------

export interface FixtureRecord {
  /** The libvirt release that produced `libvirt`. */
  libvirtVersion: string;
  origin: string;
  /** What libvirt read (see qemu-compare.ts), independent of the scratch path. */
  libvirt: Picture;
  /** What enginelint read when the fixture was saved, and why that differed. */
  enginelintAtDiscovery: Picture;
  reasons: string[];
  note?: string;
}

/** Saves `<id>.conf` (the input, byte for byte) and `<id>.json` (libvirt's result); returns the id. */
export function saveFixture(
  finding: Pick<Finding, "bytes" | "origin" | "verdict">,
  libvirtVersion: string,
  note?: string,
  dir = fixtureDir(),
): string {
  mkdirSync(dir, { recursive: true });
  const id = `diff-${createHash("sha256").update(finding.bytes).digest("hex").slice(0, 12)}`;
  writeFileSync(join(dir, `${id}.conf`), finding.bytes);
  const record: FixtureRecord = {
    libvirtVersion,
    origin: finding.origin,
    libvirt: finding.verdict.libvirt,
    enginelintAtDiscovery: finding.verdict.ours,
    reasons: finding.verdict.reasons,
    ...(note ? { note } : {}),
  };
  writeFileSync(join(dir, `${id}.json`), `${JSON.stringify(record, null, 2)}\n`);
  return id;
}

export interface Fixture {
  id: string;
  bytes: Uint8Array;
  record: FixtureRecord;
}

export function loadFixtures(dir = fixtureDir()): Fixture[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const id = f.slice(0, -".json".length);
      return {
        id,
        bytes: new Uint8Array(readFileSync(join(dir, `${id}.conf`))),
        record: JSON.parse(readFileSync(join(dir, f), "utf8")) as FixtureRecord,
      };
    });
}

/** A short, printable view of an input for reports. */
export function showBytes(bytes: Uint8Array, max = 300): string {
  let s = "";
  for (const c of bytes.subarray(0, max)) {
    if (c === 0x0a) s += "\\n";
    else if (c === 0x0d) s += "\\r";
    else if (c === 0x09) s += "\\t";
    else if (c === 0x5c) s += "\\\\";
    else if (c >= 0x20 && c < 0x7f) s += String.fromCharCode(c);
    else s += `\\x${c.toString(16).padStart(2, "0")}`;
  }
  return bytes.length > max ? `${s}… (${bytes.length} bytes)` : s;
}
