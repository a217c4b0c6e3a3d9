/**
 * Which engine reads a file: by its name first (the names the engines' own tools use), by content
 * only for files the user named explicitly.
 */
import { basename, dirname } from "node:path";
import type { EngineId } from "../core/diagnostic.js";

export const ENGINE_IDS: readonly EngineId[] = ["qemu", "nova", "ovirt"];

export function isEngineId(value: string): value is EngineId {
  return (ENGINE_IDS as readonly string[]).includes(value);
}

/** The built-in file-name patterns: `qemu.conf`; `nova.conf`, `nova-*.conf`, `nova.conf.d/*.conf`; `engine-config*.txt|.out|.log`. */
export function engineFromFileName(path: string): EngineId | undefined {
  const name = basename(path);
  if (name === "qemu.conf") return "qemu";
  if (name === "nova.conf" || /^nova-.*\.conf$/.test(name)) return "nova";
  if (name.endsWith(".conf") && basename(dirname(path)) === "nova.conf.d") return "nova";
  if (/^engine-config.*\.(txt|out|log)$/.test(name)) return "ovirt";
  return undefined;
}

/** How much of a file content sniffing looks at. */
const SNIFF_CHARS = 64 * 1024;

/**
 * Guesses the engine from the text: an `engine-config` record line (`Key: value version: x`), an
 * oslo.config section header, or a virConf assignment (possibly commented out, as in the stock file).
 */
export function sniffEngine(text: string): EngineId | undefined {
  const head = text.slice(0, SNIFF_CHARS);
  if (/^[A-Za-z][\w.-]*: .*\bversion: \S+[ \t]*\r?$/m.test(head)) return "ovirt";
  if (/^\[[A-Za-z_][\w.-]*\][ \t]*\r?$/m.test(head)) return "nova";
  if (/^[ \t]*#?[ \t]*[a-z][a-z0-9_]*[ \t]*=[ \t]*(?:"|'|\[|[-+0-9])/m.test(head)) return "qemu";
  return undefined;
}
