/** The rules and engine settings a test configuration is checked against (stand-ins for the registry). */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ConfigContext, KnownRule } from "../../src/config/model.js";

export const FIXTURES = fileURLToPath(new URL("../../fixtures/config/", import.meta.url));

export const THREAD_POOL_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: { threshold: { type: "integer", minimum: 1 } },
} as const;

export const KNOWN_RULES: ReadonlyMap<string, KnownRule> = new Map<string, KnownRule>([
  ["nova/secret-in-clear", { defaultOptions: {} }],
  ["nova/thread-pool-sizing", { schema: THREAD_POOL_SCHEMA, defaultOptions: { threshold: 100 } }],
  ["nova/db-read-timeout", { defaultOptions: {} }],
  ["qemu/duplicate-key", { defaultOptions: {} }],
  ["qemu/vnc-listen-insecure", { defaultOptions: {} }],
]);

export const NOVA_SETTINGS_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    release: { type: "string" },
    service: { enum: ["nova-compute", "nova-conductor", "nova-api"] },
    cells: { type: "integer", minimum: 1 },
    env: { type: "object" },
    commandLine: { type: "array", items: { type: "string" } },
  },
} as const;

export function contextFor(cwd: string): ConfigContext {
  return { cwd, rules: KNOWN_RULES, settingsSchemas: { nova: NOVA_SETTINGS_SCHEMA } };
}

export const fixture = (...parts: string[]): string => join(FIXTURES, ...parts);
