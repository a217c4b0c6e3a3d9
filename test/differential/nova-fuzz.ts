/**
 * The long nova differential run behind `npm run fuzz:diff -- --engine nova --runs N`
 * (scripts/fuzz-diff.mjs bundles this module and calls `fuzzNova`). Cases are generated in batches
 * from a seed, read by oslo.config in one Python process and by enginelint here; every disagreement is
 * counted by kind, the first few of each kind are reduced (lines, then bytes, keeping the same kind)
 * and saved as fixtures with oslo's result.
 */
import { compareNova, type Disagreement, OsloReader, type OsloOutcome } from "./nova-oslo.js";
import { saveNovaFixture } from "./nova-fixtures.js";
import { loadNovaCorpus, novaCases, sampleCases, type NovaCase } from "./nova-generators.js";

export { osloUnavailableReason } from "./nova-oslo.js";

export interface FuzzOptions {
  root: string;
  runs: number;
  seed: number;
  batchSize?: number;
  /** Save reduced disagreements as fixtures (default true). */
  save?: boolean;
  /** Reduced examples saved per kind of disagreement (default 3). */
  examplesPerKind?: number;
  log?: (line: string) => void;
}

export interface FuzzSummary {
  engine: string;
  runs: number;
  seconds: number;
  disagreements: number;
  byKind: Record<string, number>;
  outcomes: Record<string, number>;
  fixtures: string[];
  oracle: string;
}

interface Found extends Disagreement {
  bytes: Uint8Array;
  origin: string;
  oslo: OsloOutcome;
}

export async function fuzzNova(options: FuzzOptions): Promise<FuzzSummary> {
  const log = options.log ?? ((line: string) => console.log(line));
  const batchSize = options.batchSize ?? 1000;
  const perKind = options.examplesPerKind ?? 3;
  const started = performance.now();
  const reader = new OsloReader(options.root);
  try {
    const greeting = await reader.greeting();
    const oracle = `oslo.config ${greeting.oslo_config}, Python ${greeting.python} (${greeting.encoding})`;
    const corpus = loadNovaCorpus(options.root);
    log(`nova: ${options.runs} cases, seed ${options.seed}, oracle ${oracle}, corpus ${corpus.length > 0 ? `${corpus.length} files` : "absent (../shared/corpus/nova): generated cases only"}`);
    const arbitrary = novaCases(corpus);
    const byKind = new Map<string, Found[]>();
    const outcomes = new Map<string, number>();
    let done = 0;
    let lastReport = performance.now();
    // The corpus files themselves, unmodified, come first.
    const fixed: NovaCase[] = corpus.map((file) => ({ bytes: file.bytes, origin: `corpus ${file.name}` }));
    for (let batch = 0; done < options.runs; batch++) {
      const count = Math.min(batchSize, options.runs - done);
      const cases = batch === 0 ? [...fixed.slice(0, count), ...sampleCases(arbitrary, Math.max(0, count - fixed.length), options.seed)] : sampleCases(arbitrary, count, options.seed + batch);
      const answers = await reader.read(cases.map((c) => c.bytes));
      cases.forEach((c, index) => {
        const oslo = answers[index]!;
        const label = outcomeLabel(oslo, c.bytes);
        outcomes.set(label, (outcomes.get(label) ?? 0) + 1);
        const found = compareNova(c.bytes, oslo);
        if (!found) return;
        const list = byKind.get(found.kind) ?? [];
        list.push({ ...found, bytes: c.bytes, origin: `${c.origin}; seed ${options.seed + batch}, case ${index}`, oslo });
        byKind.set(found.kind, list);
      });
      done += count;
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        log(`nova: ${done}/${options.runs} in ${((lastReport - started) / 1000).toFixed(1)} s, ${countAll(byKind)} disagreements`);
      }
    }
    const fixtures: string[] = [];
    for (const [kind, list] of byKind) {
      log(`nova: DISAGREEMENT ${kind}: ${list.length} cases; first: ${list[0]!.detail} (${list[0]!.origin})`);
      for (const found of list.slice(0, perKind)) {
        const reduced = await reduce(reader, found);
        log(`  reduced ${found.bytes.length} → ${reduced.bytes.length} bytes: ${JSON.stringify(new TextDecoder().decode(reduced.bytes)).slice(0, 300)}`);
        log(`  ${reduced.detail}`);
        if (options.save !== false) {
          const name = saveNovaFixture(options.root, reduced.bytes, reduced.oslo, { ...reduced, greeting });
          fixtures.push(name);
          log(`  saved fixtures/nova/differential/${name}.conf`);
        }
      }
    }
    const seconds = (performance.now() - started) / 1000;
    return {
      engine: "nova",
      runs: done,
      seconds,
      disagreements: countAll(byKind),
      byKind: Object.fromEntries([...byKind].map(([kind, list]) => [kind, list.length])),
      outcomes: Object.fromEntries([...outcomes].sort((a, b) => b[1] - a[1])),
      fixtures,
      oracle,
    };
  } finally {
    await reader.close();
  }
}

function countAll(byKind: Map<string, Found[]>): number {
  let total = 0;
  for (const list of byKind.values()) total += list.length;
  return total;
}

/** The kind of oslo result, to show how the generators spread over the grammar. */
function outcomeLabel(oslo: OsloOutcome, bytes: Uint8Array): string {
  const nul = bytes.includes(0) ? " (NUL)" : "";
  if (oslo.ok) return `ok${nul}`;
  if (oslo.error === "ParseError") return `ParseError: ${oslo.msg}${nul}`;
  if (oslo.error === "UnicodeDecodeError") return "UnicodeDecodeError";
  return `${oslo.type}: ${oslo.message}`;
}

/**
 * Delta debugging: drop chunks of lines, then (for small files) chunks of bytes, as long as oslo and
 * enginelint still disagree the same way. Candidates of one round go to Python in one batch.
 */
export async function reduce(reader: OsloReader, found: Found): Promise<Found> {
  let best = found;
  const attempt = async (candidates: Uint8Array[]): Promise<Found | undefined> => {
    for (let offset = 0; offset < candidates.length; offset += 200) {
      const group = candidates.slice(offset, offset + 200);
      const answers = await reader.read(group);
      for (let i = 0; i < group.length; i++) {
        const disagreement = compareNova(group[i]!, answers[i]!);
        if (disagreement?.kind === found.kind) return { ...disagreement, bytes: group[i]!, origin: found.origin, oslo: answers[i]! };
      }
    }
    return undefined;
  };
  for (const split of [splitLinesKeepingEnds, splitBytes]) {
    let units = split(best.bytes);
    if (split === splitBytes && units.length > 4000) break;
    let chunk = Math.max(1, Math.floor(units.length / 2));
    for (let rounds = 0; rounds < 2000 && units.length > 0; rounds++) {
      const candidates: Uint8Array[][] = [];
      for (let start = 0; start < units.length; start += chunk) candidates.push([...units.slice(0, start), ...units.slice(start + chunk)]);
      const better = await attempt(candidates.map(concat));
      if (better) {
        best = better;
        units = split(better.bytes);
        chunk = Math.min(chunk, Math.max(1, Math.floor(units.length / 2)));
        continue;
      }
      if (chunk === 1) break;
      chunk = Math.max(1, Math.floor(chunk / 2));
    }
  }
  return best;
}

function splitLinesKeepingEnds(bytes: Uint8Array): Uint8Array[] {
  const units: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) i++;
    if (bytes[i] === 0x0a || bytes[i] === 0x0d) {
      units.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) units.push(bytes.subarray(start));
  return units;
}

function splitBytes(bytes: Uint8Array): Uint8Array[] {
  return Array.from(bytes, (_, i) => bytes.subarray(i, i + 1));
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
