/** Listen addresses as the security rules judge them (spec qemu-conf §10.1). */

const LOOPBACK_NAMES = new Set(["localhost", "localhost.localdomain", "localhost6", "ip6-localhost", "::1"]);

/**
 * Whether a listen address accepts connections from other hosts: anything but the loopback range
 * 127.0.0.0/8, `::1` and the usual loopback host names, once surrounding `[`/`]` are removed.
 * `0.0.0.0`, `::`, other addresses and every other host name are network-facing. An empty string
 * is not judged (false): libvirt then uses its default.
 */
export function isNetworkFacing(address: string): boolean {
  const bare = address.trim().replace(/^\[(.*)\]$/, "$1").toLowerCase();
  if (bare === "") return false;
  if (LOOPBACK_NAMES.has(bare)) return false;
  return !/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}
