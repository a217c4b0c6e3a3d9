import type { QemuKey } from "./qemu-key.js";
import { QEMU_KEYS } from "./qemu-keys.generated.js";

export type { QemuKey } from "./qemu-key.js";
export { QEMU_KEYS };

const byName = new Map(QEMU_KEYS.map((key) => [key.key, key]));

/** The catalogue entry for a key name (case-sensitive, as libvirt). */
export function qemuKey(name: string): QemuKey | undefined {
  return byName.get(name);
}
