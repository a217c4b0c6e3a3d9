import { looksSecret } from "../core/display.js";
import type { OvirtKey } from "./ovirt-key.js";
import { OVIRT_KEYS } from "./ovirt-keys.generated.js";

export type { OvirtKey, OvirtKeyType } from "./ovirt-key.js";
export { OVIRT_KEYS };

const byName = new Map(OVIRT_KEYS.map((key) => [key.key, key]));

/** The catalogue entry for a key name (case-sensitive, as engine-config's `-g`/`-s` lookups). */
export function ovirtKey(name: string): OvirtKey | undefined {
  return byName.get(name);
}

/**
 * The 4.5.7 default of `key` for one version row, or undefined when the catalogue has none: versioned
 * keys have defaults only for the cluster levels 4.2–4.8 (not for `general` or older levels), other
 * keys only for their `general` row. Unknown keys have no default.
 */
export function defaultFor(key: string, version: string): string | undefined {
  const entry = byName.get(key);
  if (!entry) return undefined;
  if (entry.defaultsByVersion) return entry.defaultsByVersion[version];
  return version === "general" ? (entry.default ?? undefined) : undefined;
}

/**
 * Whether values of this key are never shown (spec engine-config §7.1): catalogue `sensitive`,
 * `Password`-typed, or a name containing password/passwd/secret/token or ending in `pass`.
 */
export function isSecretKey(name: string): boolean {
  const entry = byName.get(name);
  return entry?.sensitive === true || entry?.type === "Password" || looksSecret(name) || /pass$/i.test(name);
}

/**
 * Keys the engine database holds but engine-config.properties does not list (spec engine-config §5,
 * §7.4): only SQL can read or change them, and `-g` can never show them.
 */
export const DATABASE_ONLY_KEYS: ReadonlySet<string> = new Set([
  "vdsHeartbeatInSeconds",
  "ConnectToServerTimeoutInSeconds",
  "FindFenceProxyRetries",
  "FindFenceProxyDelayBetweenRetriesInSec",
  "NumberVdsRefreshesBeforeTryToStartUnknownVms",
  "NumberVdsRefreshesBeforeRetryToStartUnknownVms",
  "VdsMaxConnectionsPerHost",
  "VdsmSSLProtocol",
  "SshSoftFencingCommand",
  "DataDir",
]);

/** Whether engine-config (4.5.7 or master) exposes a key of this name; the reader's catalogue test. */
export function isCatalogueKeyName(name: string): boolean {
  return byName.has(name);
}
