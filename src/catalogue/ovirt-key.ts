/** One key engine-config exposes, with its 4.5.7 metadata (generated data: ovirt-keys.generated.ts). */

/** The value helper engine-config uses (`KEY.type`; `String` when the properties file names none). */
export type OvirtKeyType =
  | "Integer"
  | "String"
  | "Boolean"
  | "Double"
  | "StringMultiple"
  | "IntegerMultiple"
  | "Password"
  | "Mtu"
  | "FenceConfig"
  | "UserDefinedVMProperties"
  | "CustomProperties"
  | "DeviceCustomProperties"
  | "MigrationPolicies"
  | "WebSocketProxyLocation"
  | "RemoteViewerSupportedVersions";

export interface OvirtKey {
  key: string;
  type: OvirtKeyType;
  /** The raw `KEY.validValues` list (`0..100`, `true,false`, `-1,1..100000`), or null (spec engine-config §4.3). */
  validValues: string | null;
  /** The value a fresh 4.5.7 database holds; for versioned keys the common value of all levels, else null. */
  default: string | null;
  /** Per cluster level (`4.2` … `4.8`) for versioned keys. */
  defaultsByVersion?: Readonly<Record<string, string>>;
  /** One row per cluster level instead of one `general` row. */
  versioned: boolean;
  /** `SysPrepDefaultPassword`, `AttestationTruststorePass`: values never shown. */
  sensitive: boolean;
  /** engine-setup's seed script overwrites the value on every run (spec §4.5). */
  resetOnUpgrade: boolean;
  /** engine-setup writes the value itself (spec §4.5). */
  setByEngineSetup: boolean;
  /** False when the properties file names no type (engine-config then uses `String`). */
  typeDeclared: boolean;
  /** Listed in the 4.5.7 engine-config.properties (false only for master-only keys). */
  in457: boolean;
  description: string;
  note?: string;
}
