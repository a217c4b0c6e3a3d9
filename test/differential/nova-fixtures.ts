/**
 * Disagreements found by the nova differential become fixtures: `fixtures/nova/differential/NAME.conf`
 * (the bytes) beside `NAME.json` (oslo.config's result and where the case came from). The suite replays
 * every fixture against the stored oslo result, so a fixed disagreement stays fixed without Python.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Disagreement, OsloGreeting, OsloOutcome } from "./nova-oslo.js";

export interface NovaFixture {
  name: string;
  bytes: Uint8Array;
  /** oslo.config's result for the bytes, which enginelint must reproduce. */
  oslo: OsloOutcome;
  kind?: string;
  detail?: string;
  origin?: string;
  oracle?: { oslo_config: string; python: string };
  /** How the disagreement was resolved (written by hand once it is). */
  resolution?: string;
}

export function fixtureDirectory(root: string): string {
  return join(root, "fixtures", "nova", "differential");
}

export function loadNovaFixtures(root: string): NovaFixture[] {
  const directory = fixtureDirectory(root);
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".json".length);
      const meta = JSON.parse(readFileSync(join(directory, file), "utf8")) as Omit<NovaFixture, "name" | "bytes">;
      return { ...meta, name, bytes: new Uint8Array(readFileSync(join(directory, `${name}.conf`))) };
    });
}

/** Writes a fixture named after the disagreement's kind and the bytes' hash; returns its name. */
export function saveNovaFixture(
  root: string,
  bytes: Uint8Array,
  oslo: OsloOutcome,
  found: Disagreement & { origin: string; greeting: OsloGreeting },
): string {
  const directory = fixtureDirectory(root);
  mkdirSync(directory, { recursive: true });
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 10);
  const name = `${found.kind.replace(/[^A-Za-z0-9-]+/g, "-")}-${hash}`;
  writeFileSync(join(directory, `${name}.conf`), bytes);
  const meta = {
    kind: found.kind,
    detail: found.detail,
    origin: found.origin,
    oracle: { oslo_config: found.greeting.oslo_config, python: found.greeting.python },
    oslo,
  };
  writeFileSync(join(directory, `${name}.json`), `${JSON.stringify(meta, null, 2)}\n`);
  return name;
}
