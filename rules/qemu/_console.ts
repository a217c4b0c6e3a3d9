/**
 * Whether a graphical console (VNC or SPICE) is reachable from the network, as libvirt configures it
 * from qemu.conf (spec qemu-conf §10.4): the rules `qemu/vnc-listen-insecure`,
 * `qemu/spice-listen-insecure` and `qemu/vnc-tls-no-verify` share this logic; the two protocols differ
 * only in their key names. The small reading and wording helpers serve the TLS rules of §10.4 too.
 *
 * Every value is the effective (first) entry read through its getter. A key that fails its getter
 * makes the verdict unknown: libvirt then refuses the whole file, and `qemu/value-type` reports the
 * key, so these rules stay silent rather than guess what the author meant.
 */
import type { Span } from "../../src/core/rule.js";
import type { VirValue } from "../../src/parsers/virconf.js";
import { isNetworkFacing } from "./_network.js";
import { displayKeyValue, readKey, type ProblemReporter, type ValueScope } from "./_values.js";

/** The qemu.conf keys of one console protocol. */
export interface ConsoleProtocol {
  readonly listen: string;
  readonly autoUnixSocket: string;
  readonly tls: string;
  readonly sasl: string;
  readonly password: string;
}

function consoleProtocol(prefix: "vnc" | "spice"): ConsoleProtocol {
  return {
    listen: `${prefix}_listen`,
    autoUnixSocket: `${prefix}_auto_unix_socket`,
    tls: `${prefix}_tls`,
    sasl: `${prefix}_sasl`,
    password: `${prefix}_password`,
  };
}

export const VNC = consoleProtocol("vnc");
export const SPICE = consoleProtocol("spice");

/** A bool key as libvirt reads it: absent keys keep their default 0; undefined when the getter fails. */
export function readFlag(scope: ValueScope, key: string): boolean | undefined {
  const reading = readKey(scope, key);
  if (reading.status === "invalid") return undefined;
  return reading.status === "ok" && reading.typed.type === "bool" && reading.typed.value;
}

/** "a, b and c": several names in one message. */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)!}`;
}

/** The value token of a key's effective entry, as a finding's span. */
export function valueSpan(value: VirValue): Span {
  return { start: value.start, end: value.end };
}

/** A listen address that exposes the console to other hosts. */
export interface NetworkListen {
  /** The address as messages show it (quoted, shortened). */
  shown: string;
  /** The listen value token, where findings about the exposure point. */
  span: Span;
}

/**
 * The console's listen address when other hosts can reach it: the effective listen key is
 * network-facing and the automatic unix socket, which takes precedence over it (tmpl l.74–82,
 * l.196–204), is off. An absent listen key means libvirt's default 127.0.0.1: not exposed.
 */
export function networkListen(scope: ValueScope, protocol: ConsoleProtocol): NetworkListen | undefined {
  const reading = readKey(scope, protocol.listen);
  if (reading.status !== "ok" || reading.typed.type !== "string" || !isNetworkFacing(reading.typed.value)) return undefined;
  if (readFlag(scope, protocol.autoUnixSocket) !== false) return undefined;
  return { shown: displayKeyValue(protocol.listen, reading.typed.value), span: valueSpan(reading.entry.value) };
}

/** Whether the only guard left is a console password: set and not empty (an empty one locks VNC/SPICE out). */
function hasPassword(scope: ValueScope, protocol: ConsoleProtocol): boolean {
  const reading = readKey(scope, protocol.password);
  return reading.status === "ok" && reading.typed.type === "string" && reading.typed.value !== "";
}

/**
 * Reports a console on the network with neither TLS nor SASL, at the listen value token: `insecure`,
 * or `passwordOnly` when a non-empty console password is all that protects it. The rule's messages
 * take the address as `{{address}}`.
 */
export function reportInsecureListen(context: ValueScope & ProblemReporter, protocol: ConsoleProtocol): void {
  const listen = networkListen(context, protocol);
  if (listen === undefined) return;
  if (readFlag(context, protocol.tls) !== false || readFlag(context, protocol.sasl) !== false) return;
  context.report({
    messageId: hasPassword(context, protocol) ? "passwordOnly" : "insecure",
    values: { address: listen.shown },
    span: listen.span,
  });
}
