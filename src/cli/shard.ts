/**
 * `--shard I/N` (output-and-cli §9): a run lints only the files whose path hash falls in shard I of
 * N, so the jobs of a CI matrix split a fleet between them. The hash is of the path relative to the
 * project root (`--project-root`, else the nearest ancestor holding `.git`, else the working
 * directory), with `/` separators: every checkout, machine and operating system puts a file in the
 * same shard, the shards are disjoint, and their union is the files of one unsharded run.
 *
 * shard(path) = 1 + (first 32 bits of SHA-1(relative path as UTF-8), big-endian) mod N
 *
 * which a shell reproduces: `printf %s etc/nova/nova.conf | sha1sum | cut -c1-8` → hex → mod N, + 1.
 *
 * Each file is sharded on its own, stack members included: a nova.conf.d/ drop-in may fall in another
 * shard than its nova.conf. The other members of a file's stack are still read for context (they
 * change what the linted file means), they are only not reported by this shard.
 *
 * The CLI loads this module only for `--shard` (args.ts parses the flag), so other runs pay for
 * neither it nor node:crypto at start-up.
 */
import { isAbsolute, relative, sep } from "node:path";

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** The path a shard is computed from: relative to the project root, `/`-separated (absolute when it lies on another drive). */
export function shardKey(projectRoot: string, absolutePath: string): string {
  const path = relative(projectRoot, absolutePath);
  return (isAbsolute(path) ? absolutePath : path).split(sep).join("/");
}

/**
 * A function from a path key to its 1-based shard among `count`. node:crypto is loaded only here:
 * runs without `--shard` do not pay for it at start-up.
 */
export async function shardFunction(count: number): Promise<(key: string) => number> {
  const { createHash } = await import("node:crypto");
  return (key) => 1 + (createHash("sha1").update(key, "utf8").digest().readUInt32BE(0) % count);
}

/** Whether a file (absolute path) belongs to `shard`. */
export async function shardFilter(shard: Shard, projectRoot: string): Promise<(absolutePath: string) => boolean> {
  const shardOf = await shardFunction(shard.count);
  return (absolutePath) => shardOf(shardKey(projectRoot, absolutePath)) === shard.index;
}
