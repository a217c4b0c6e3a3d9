/**
 * The engines and their rule registries (rules/<engine>/index.ts), each loaded on first use: a run
 * over qemu.conf files never loads the oVirt or Nova rules and catalogues (start-up time).
 */
import type { EngineId } from "../src/core/diagnostic.js";
import type { EngineRules } from "../src/engines/engine.js";

/** An engine with its rules, its document type erased: what the CLI and the registry-wide tests see. */
export type AnyEngineRules = EngineRules<unknown, unknown, object>;

export const ENGINE_IDS: readonly EngineId[] = ["qemu", "ovirt", "nova"];

const LOADERS: Record<EngineId, () => Promise<AnyEngineRules>> = {
  qemu: async () => (await import("./qemu/index.js")).qemu,
  ovirt: async () => (await import("./ovirt/index.js")).ovirt,
  nova: async () => (await import("./nova/index.js")).nova,
};

const loaded = new Map<EngineId, Promise<AnyEngineRules>>();

export function loadEngine(id: EngineId): Promise<AnyEngineRules> {
  let engine = loaded.get(id);
  if (!engine) {
    engine = LOADERS[id]();
    loaded.set(id, engine);
  }
  return engine;
}

/** Every engine, for what needs all rules: configuration validation, --list-rules, --explain. */
export function loadAllEngines(): Promise<AnyEngineRules[]> {
  return Promise.all(ENGINE_IDS.map(loadEngine));
}
