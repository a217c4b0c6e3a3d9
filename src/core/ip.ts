/**
 * IP address syntax as `inet_pton` reads it, which is what oslo.config's `IPAddress` type (netaddr with
 * INET_PTON) and libvirt's address parsing accept. Our own, rather than `node:net`, whose loading
 * brings Node's stream modules into every qemu.conf run.
 */

const OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
/** `inet_pton(AF_INET)`: exactly four decimal octets, no leading zeros (`010.1.1.1` and `10.1` fail). */
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

export function isIpAddress(text: string): boolean {
  return IPV4.test(text) || isIPv6(text);
}

/** `inet_pton(AF_INET6)`: eight groups, or fewer with one `::`, a dotted quad allowed as the last two. */
export function isIPv6(text: string): boolean {
  const halves = text.split("::");
  if (halves.length > 2) return false;
  if (halves.length === 1) return ipv6Groups(text, true) === 8;
  const head = ipv6Groups(halves[0]!, false);
  const tail = ipv6Groups(halves[1]!, true);
  return head !== undefined && tail !== undefined && head + tail <= 7;
}

/** How many 16-bit groups `part` (colon-separated) holds, or undefined when it is malformed. */
function ipv6Groups(part: string, mayEndInIPv4: boolean): number | undefined {
  if (part === "") return 0;
  const groups = part.split(":");
  let count = 0;
  for (const [index, group] of groups.entries()) {
    if (mayEndInIPv4 && index === groups.length - 1 && IPV4.test(group)) count += 2;
    else if (HEX_GROUP.test(group)) count += 1;
    else return undefined;
  }
  return count;
}
