/**
 * Shared by the differential tests (nova, qemu): run many cases through one long-lived external
 * process that reads a JSON object per line on stdin and writes one JSON object per line on stdout,
 * in order. One process for thousands of cases instead of one per case is what makes the comparison
 * fast. Kept deliberately small: nothing here knows about any engine.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";

export interface JsonLinesOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Lines the process prints before it answers the first request (a greeting), handed to `onPreamble`. */
  preambleLines?: number;
}

export class JsonLinesProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: { resolve: (value: unknown) => void; reject: (error: Error) => void }[] = [];
  private readonly preamble: unknown[] = [];
  private preambleLeft: number;
  private preambleWaiters: { resolve: (lines: unknown[]) => void; reject: (error: Error) => void }[] = [];
  private stderr = "";
  private failure: Error | undefined;

  constructor(command: string, args: readonly string[], options: JsonLinesOptions = {}) {
    this.preambleLeft = options.preambleLines ?? 0;
    this.child = spawn(command, [...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ["pipe", "pipe", "pipe"] });
    this.child.stderr.setEncoding("utf8");
    this.child.stderr.on("data", (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-4000);
    });
    this.child.stdin.on("error", () => {
      // EPIPE when the process died; the exit handler reports it.
    });
    const lines = createInterface({ input: this.child.stdout, crlfDelay: Infinity });
    lines.on("line", (line) => this.onLine(line));
    this.child.on("error", (error) => this.fail(error));
    this.child.on("exit", (code, signal) => this.fail(new Error(`${command} exited (${signal ?? code})${this.stderr ? `:\n${this.stderr}` : ""}`)));
  }

  /** The greeting lines (`preambleLines` of them). */
  ready(): Promise<unknown[]> {
    if (this.preambleLeft === 0) return Promise.resolve(this.preamble);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.preambleWaiters.push({ resolve, reject }));
  }

  /** Sends one request; resolves with its answer (answers come back in request order). */
  request<O>(input: unknown): Promise<O> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ resolve: resolve as (value: unknown) => void, reject });
      this.child.stdin.write(`${JSON.stringify(input)}\n`);
    });
  }

  /** Sends every input at once and waits for all the answers, in order. */
  run<O>(inputs: readonly unknown[]): Promise<O[]> {
    return Promise.all(inputs.map((input) => this.request<O>(input)));
  }

  /** Closes stdin and waits for the process to end. */
  close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once("exit", () => resolve());
      this.child.stdin.end();
    });
  }

  private onLine(line: string): void {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      this.fail(new Error(`not a JSON line from the process: ${line.slice(0, 200)}`));
      return;
    }
    if (this.preambleLeft > 0) {
      this.preamble.push(value);
      if (--this.preambleLeft === 0) for (const waiter of this.preambleWaiters.splice(0)) waiter.resolve(this.preamble);
      return;
    }
    const waiter = this.waiting.shift();
    if (waiter) waiter.resolve(value);
    else this.fail(new Error(`unexpected line from the process: ${line.slice(0, 200)}`));
  }

  /** The first failure (an exit included) rejects everything pending and every later request. */
  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const waiter of this.waiting.splice(0)) waiter.reject(error);
    for (const waiter of this.preambleWaiters.splice(0)) waiter.reject(error);
  }
}

/**
 * Runs `inputs` through `process` in batches of `batchSize` (bounding memory and pipe buffers),
 * calling `onBatch` with each batch's inputs and answers; returns every answer in order.
 */
export async function runInBatches<I, O>(
  process: JsonLinesProcess,
  inputs: readonly I[],
  encode: (input: I, index: number) => unknown,
  batchSize = 500,
  onBatch?: (inputs: readonly I[], outputs: readonly O[], offset: number) => void,
): Promise<O[]> {
  const all: O[] = [];
  for (let offset = 0; offset < inputs.length; offset += batchSize) {
    const batch = inputs.slice(offset, offset + batchSize);
    const outputs = await process.run<O>(batch.map((input, index) => encode(input, offset + index)));
    onBatch?.(batch, outputs, offset);
    all.push(...outputs);
  }
  return all;
}
