/**
 * One nova.conf option as oslo.config registers it (data/nova-options.json, generated from
 * shared/upstream/nova/options.json; field names and meanings are that file's, see its README).
 */

/** The oslo.config type class (`oslo_config/types.py`). */
export type NovaOptionType =
  | "string"
  | "int"
  | "float"
  | "bool"
  | "list"
  | "dict"
  | "port"
  | "uri"
  | "hostaddress"
  | "hostdomain"
  | "multistring"
  | "multi";

export type NovaDefault = string | number | boolean | readonly string[] | Readonly<Record<string, string>> | null;

/** The element type of a list, dict or multi option. */
export interface NovaItemType {
  /** An oslo type name, or `custom` for a type class enginelint does not check. */
  type: string;
  /** The Python class of a custom element type (`CapNameOrInt`, `UnifiedLimitsResource`). */
  type_class?: string;
  min?: number | null;
  max?: number | null;
  choices?: readonly string[];
  ignore_case?: boolean;
  value_type?: NovaItemType;
}

export interface NovaDeprecatedName {
  /** The group the old name was read from (`DEFAULT` upper case, others as upstream writes them). */
  group: string;
  name: string;
}

export interface NovaOption {
  /** `DEFAULT`, a lower-case group, or a dynamic group pattern (`mdev_*`, `neutron_physnet_*`). */
  group: string;
  /** The option's `dest`, as a key is written in nova.conf. */
  name: string;
  type: NovaOptionType;
  /** As the service sees it; null when unset or computed at run time (then `default_note` says so). */
  default: NovaDefault;
  min: number | null;
  max: number | null;
  /** Allowed values; numbers only for the few int options with choices. */
  choices: readonly (string | number | null)[] | null;
  deprecated_names: readonly NovaDeprecatedName[];
  deprecated_for_removal: boolean;
  secret: boolean;
  ignore_case?: boolean;
  regex?: string;
  max_length?: number;
  /** URI schemes a `uri` option accepts. */
  schemes?: readonly string[];
  item_type?: NovaItemType;
  value_type?: NovaItemType;
  deprecated_reason?: string;
  deprecated_since?: string;
  /** Registered only at run time (keystoneauth plugin options, dynamically named groups). */
  dynamic?: boolean;
  /** The regular expression group names of a dynamic group match. */
  group_pattern?: string;
  /** Why `default` is null although the service computes one (host name, address, paths). */
  default_note?: string;
}
