import { defineRule, type Span } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { networkListen, readFlag, valueSpan, VNC } from "./_console.js";
import { readKey, type ValueScope } from "./_values.js";

/**
 * Where VNC's client-certificate check is switched off, or undefined when it is on or unknown (a key
 * that fails its getter). libvirt's order (SetDefaults, l.1499): `vnc_tls_x509_verify` when set, else
 * `default_tls_x509_verify` when set, else VNC's own default 0 — then the finding points at `vnc_tls`.
 */
function unverifiedAt(scope: ValueScope): Span | undefined {
  for (const key of ["vnc_tls_x509_verify", "default_tls_x509_verify"]) {
    const reading = readKey(scope, key);
    if (reading.status === "invalid") return undefined;
    if (reading.status === "ok") return reading.typed.type === "bool" && !reading.typed.value ? valueSpan(reading.entry.value) : undefined;
  }
  const tls = readKey(scope, VNC.tls);
  return tls.status === "ok" ? valueSpan(tls.entry.value) : undefined;
}

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/vnc-tls-no-verify",
    engine: "qemu",
    type: "problem",
    description: "VNC TLS without client-certificate checks",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      noVerify: "VNC uses TLS but does not verify client certificates: any client can connect.",
    },
  },
  check(context) {
    // Only a console other hosts can reach matters; vnc_auto_unix_socket = 1 keeps it off the network.
    if (readFlag(context, VNC.tls) !== true || networkListen(context, VNC) === undefined) return;
    const span = unverifiedAt(context);
    if (span !== undefined) context.report({ messageId: "noVerify", span });
  },
});

export default rule;
