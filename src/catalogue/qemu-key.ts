/** One qemu.conf key as libvirt reads it (generated data: qemu-keys.generated.ts). */
export type QemuKeyType =
  | "string"
  | "bool"
  | "int"
  | "uint"
  | "string-list"
  | "string-or-string-list"
  | 'ullong-or-"unlimited"';

export type QemuKeyStatus = "active" | "newer-than-11.3.0" | "ignored-in-newer" | "obsolete" | "removed";

export interface QemuKey {
  key: string;
  type: QemuKeyType;
  /** Effective default of a privileged daemon; null when unset, auto-detected or build-dependent. */
  default: string | number | boolean | readonly string[] | null;
  description: string;
  status: QemuKeyStatus;
  /** First release that reads the key: "11.6.0", "<=9.0.0", "after 9.0.0 (present in 11.3.0)" or null. */
  since: string | null;
  in900: boolean;
  in1130: boolean;
  security: boolean;
  operational: boolean;
  /** Bounds libvirt enforces; a string names the key whose value is the bound. */
  min?: number | string;
  max?: number | string;
  enum?: readonly string[];
  templateLine?: number;
}
