/**
 * Linting a large fleet on every core: the main thread and the worker threads of `workerCount` take batches of consecutive files from one queue, so a slow file
 * holds up only its own batch and the files of one nova stack (neighbours in the walk) mostly share
 * a thread. Results stream back per batch as plain FileResult objects — no sources or texts; for
 * SARIF, the hashes of the findings' lines — and the CLI sorts them as a single-threaded run does,
 * so the output is the same byte for byte.
 *
 * This module is also the worker's entry (`dist/enginelint-worker.js`, see scripts/bundle.mjs): the
 * CLI imports it only for a fleet of at least WORKER_THRESHOLD files (main.ts), and a worker started
 * from it serves batches. Run from the TypeScript sources (the tests) there is no bundled worker,
 * and everything is linted on the main thread.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData, type MessagePort } from "node:worker_threads";
import type { LoadedConfig } from "../config/model.js";
import type { CliOptions } from "./args.js";
import type { FileTarget } from "./files.js";
import { lintDiscovered, type LintedFile, type MemberCache } from "./main.js";

/**
 * Internal, undocumented: the number of worker threads, `0` for the main thread only. The tests
 * compare a worker run with a single-threaded one on any machine; the benchmark shows the difference.
 */
export const WORKERS_ENV = "ENGINELINT_INTERNAL_WORKERS";

/** What every worker is given once. */
export interface WorkerSetup {
  enginelintWorker: true;
  options: CliOptions;
  config: LoadedConfig;
  cwd: string;
}

interface Batch {
  start: number;
  targets: FileTarget[];
}

interface BatchDone {
  start: number;
  files: LintedFile[];
}

/** Batches of at most this many files; a batch is one message each way. */
const MAX_BATCH = 16;
/** Batches sent ahead to each worker, so it never waits for the (busy) main thread to hand out work. */
const IN_FLIGHT = 2;
/** A worker costs about as much to start as linting this many typical files: fewer workers for smaller runs. */
const FILES_PER_WORKER = 32;

/**
 * How many worker threads to start besides the main thread: one per core beyond the first two. One
 * lint thread already keeps two cores busy — V8 compiles hot code and collects garbage on background
 * threads (1.4–1.5 cores in use, measured) — and on a 2-core machine a second lint thread took those
 * threads' core and made a fleet run 7 % slower (docs/performance.md).
 */
export function workerCount(env: NodeJS.ProcessEnv): number {
  const forced = env[WORKERS_ENV];
  if (forced !== undefined && /^\d{1,3}$/.test(forced)) return Number(forced);
  return Math.max(0, availableParallelism() - 2);
}

/** This module as the worker's script, when it runs from the bundle (never from the TypeScript sources). */
function workerScript(): URL | undefined {
  const url = new URL(import.meta.url);
  return url.protocol === "file:" && url.pathname.endsWith(".js") && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * Lints `targets` on the main thread and up to `threads` workers (one per FILES_PER_WORKER files),
 * each outcome at its target's index; `undefined` when no worker is to be started (from the
 * sources, `threads` is 0, or too few files).
 */
export async function lintInParallel(
  targets: readonly FileTarget[],
  setup: Omit<WorkerSetup, "enginelintWorker">,
  threads: number,
): Promise<LintedFile[] | undefined> {
  const script = workerScript();
  const count = Math.min(threads, Math.floor(targets.length / FILES_PER_WORKER));
  if (script === undefined || count <= 0) return undefined;
  const outcomes = new Array<LintedFile>(targets.length);
  const batchSize = Math.max(1, Math.min(MAX_BATCH, Math.ceil(targets.length / ((count + 1) * 8))));
  let next = 0;
  // After a failure no new batch starts: the run stops at the first failed file, and every file
  // before it is in a batch already handed out (batches go out in order).
  let failed = false;
  const take = (): Batch | undefined => {
    if (failed || next >= targets.length) return undefined;
    const start = next;
    next = Math.min(targets.length, next + batchSize);
    return { start, targets: targets.slice(start, next) };
  };
  const store = ({ start, files }: BatchDone): void => {
    files.forEach((file, offset) => {
      outcomes[start + offset] = file;
      if (file.error !== undefined) failed = true;
    });
  };

  const data: WorkerSetup = { enginelintWorker: true, ...setup };
  const workers = Array.from({ length: count }, () => new Worker(script, { workerData: data }));
  try {
    // Handled at once: a worker that fails while the main thread lints stops the hand-out of batches.
    const served = Promise.all(workers.map((worker) => serveWorker(worker, take, store)));
    served.catch(() => {
      failed = true;
    });
    // The main thread lints too, a batch at a time, letting the workers' messages in between.
    const members: MemberCache = new Map();
    for (let batch = take(); batch !== undefined; batch = take()) {
      const files: LintedFile[] = [];
      for (const target of batch.targets) files.push(await lintDiscovered(target, setup.options, setup.config, setup.cwd, members));
      store({ start: batch.start, files });
      await new Promise((resolve) => setImmediate(resolve));
    }
    await served;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  // After a failure the files never handed out are holes, which filter() skips.
  return failed ? outcomes.filter(() => true) : outcomes;
}

/** Keeps one worker fed until the queue is empty and its batches are back; rejects if it fails. */
function serveWorker(worker: Worker, take: () => Batch | undefined, store: (done: BatchDone) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let inFlight = 0;
    const feed = (): void => {
      while (inFlight < IN_FLIGHT) {
        const batch = take();
        if (batch === undefined) break;
        inFlight++;
        worker.postMessage(batch);
      }
      if (inFlight === 0) resolve();
    };
    worker.on("message", (done: BatchDone) => {
      inFlight--;
      store(done);
      feed();
    });
    worker.on("error", (error) => reject(new Error(`a lint worker failed: ${error.message}`)));
    worker.on("exit", (code) => {
      if (inFlight > 0) reject(new Error(`a lint worker stopped (exit code ${code})`));
    });
    feed();
  });
}

/** The worker's side: lint each batch in turn, answer with its outcomes. */
function serve(port: MessagePort, setup: WorkerSetup): void {
  let queue = Promise.resolve();
  const members: MemberCache = new Map();
  port.on("message", (batch: Batch) => {
    queue = queue.then(async () => {
      const files: LintedFile[] = [];
      for (const target of batch.targets) files.push(await lintDiscovered(target, setup.options, setup.config, setup.cwd, members));
      port.postMessage({ start: batch.start, files } satisfies BatchDone);
    });
  });
}

const isSetup = (data: unknown): data is WorkerSetup => typeof data === "object" && data !== null && (data as Partial<WorkerSetup>).enginelintWorker === true;

if (!isMainThread && parentPort && isSetup(workerData)) serve(parentPort, workerData);
