import { defineRule } from "../../src/core/rule.js";
import type { Source } from "../../src/core/source.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import type { VirString } from "../../src/parsers/virconf.js";
import { valueSpan, VNC } from "./_console.js";
import { readKey } from "./_values.js";

/** VNC's DES challenge uses 8 bytes of the password; libvirt cuts longer ones (qemu_conf.c l.493–498). */
const MAX_BYTES = 8;

/** The first byte whose character starts at or after UTF-16 offset `offset` (textOffset is monotonic). */
function byteAt(source: Source, offset: number): number {
  let lo = 0;
  let hi = source.bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (source.textOffset(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The length of the string libvirt stores, in bytes as `strlen` counts them: the raw bytes between
 * the quotes, cut at the first NUL. Counted on the file's bytes, since invalid UTF-8 is decoded to
 * U+FFFD for display and would not re-encode to the same length.
 */
export function storedByteLength(source: Source, node: VirString): number {
  const quote = node.form.length;
  const bytes = source.bytes.subarray(byteAt(source, node.start + quote), byteAt(source, node.end - quote));
  const nul = bytes.indexOf(0);
  return nul < 0 ? bytes.length : nul;
}

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/vnc-password",
    engine: "qemu",
    type: "problem",
    description: "VNC password truncated to 8 bytes, or empty",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      truncated: "VNC passwords are limited to 8 bytes; libvirt truncates this one to its first 8.",
      empty: "An empty vnc_password still enables password authentication, which QEMU then rejects: VNC is unusable.",
    },
  },
  check(context) {
    const reading = readKey(context, VNC.password);
    if (reading.status !== "ok" || reading.entry.value.kind !== "string") return;
    const node = reading.entry.value;
    const length = storedByteLength(context.source, node);
    if (length === 0) context.report({ messageId: "empty", span: valueSpan(node) });
    else if (length > MAX_BYTES) {
      // libvirt's own log line gives the length, never the password.
      const libvirtMessage = `VNC password is ${length} characters long, only ${MAX_BYTES} permitted, truncating`;
      context.report({ messageId: "truncated", span: valueSpan(node), data: { libvirtMessage } });
    }
  },
});

export default rule;
