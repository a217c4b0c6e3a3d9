import { isCatalogueKeyName, ovirtKey } from "../catalogue/ovirt.js";
import type { Rule } from "../core/rule.js";
import { readEngineConfig } from "../parsers/engine-config.js";
import type { EngineConfigDocument, EngineConfigFailure } from "../parsers/engine-config-types.js";
import type { Engine } from "./engine.js";

export interface OvirtSettings {
  /** The engine release a dump comes from when it has no ProductRPMVersion record (spec engine-config §3.6). */
  ovirtVersion: string;
}

/**
 * Dumps are small (a complete 4.5.7 `engine-config -a` is about 50 KB); 10 MiB leaves ample room for
 * concatenated captures while refusing files that cannot be engine-config output.
 */
export const OVIRT_MAX_BYTES = 10 * 1024 * 1024;

/** The reference release of spec engine-config (tag ovirt-engine-4.5.7). */
export const DEFAULT_OVIRT_VERSION = "4.5.7";

export const ovirtEngine: Engine<EngineConfigDocument, EngineConfigFailure, OvirtSettings> = {
  id: "ovirt",
  maxBytes: OVIRT_MAX_BYTES,
  defaultSettings: { ovirtVersion: DEFAULT_OVIRT_VERSION },
  settingsSchema: {
    type: "object",
    additionalProperties: false,
    properties: {
      ovirtVersion: {
        type: "string",
        // Up to four parts: RHV releases are numbered like 4.3.11.4.
        pattern: "^[0-9]+(\\.[0-9]+){0,3}$",
        description: "oVirt engine release of dumps without a ProductRPMVersion record (default 4.5.7).",
      },
    },
  },
  parse: (source) => readEngineConfig(source, { isCatalogueKey: isCatalogueKeyName, sharedKey: (name) => ovirtKey(name)?.key ?? name }),
  oversize: (_path, size) => ({ kind: "too-large", size }),
  // No directiveSites: engine-config output has no comment syntax (output-and-cli §11).
};

/** Spec §3.6: the release named by the dump's ProductRPMVersion record, else the `ovirtVersion` setting. */
export function engineVersion(document: EngineConfigDocument, settings: Readonly<OvirtSettings>): string {
  return document.meta.productVersion?.version ?? settings.ovirtVersion;
}

/** A rule over a parsed engine-config dump. */
export type OvirtRule<O extends object = Record<string, never>> = Rule<EngineConfigDocument, O, OvirtSettings>;
/** A rule over a file that is not an engine-config capture. */
export type OvirtFatalRule = Rule<EngineConfigFailure, Record<string, never>, OvirtSettings>;
