/**
 * One picture of "what libvirt read" built from both sides: libvirt's driver output and enginelint's
 * parse. Pictures compare with plain JSON equality.
 *
 * - items in file order: standalone comments and entries (name, value, trailing comment);
 * - strings and comments as hex bytes, cut at the first NUL as libvirt's C strings are. enginelint's
 *   bytes are taken from the source through the node's span and quote form, and its decoded `value`
 *   must equal the UTF-8 decoding of those bytes;
 * - numbers as signedness plus the 64-bit pattern libvirt stores;
 * - lists recursively, written as flat text (`[u:1,s:78,[]]`, see qemu-oracle.ts) and built without
 *   recursion, so that lists nested many thousands deep compare too;
 * - errors as libvirt's `<path>:<line>: <info>` line and info, or the too-large refusal.
 */
import { createSource, type Source } from "../../src/core/source.js";
import type { Span } from "../../src/core/rule.js";
import { QEMU_MAX_BYTES } from "../../src/engines/qemu.js";
import { parseVirConf, type VirComment, type VirConfResult, type VirNumber, type VirString, type VirValue } from "../../src/parsers/virconf.js";
import type { DriverResult, DriverValue } from "./qemu-oracle.js";

/** A value as flat text, the driver's format (qemu-oracle.ts `DriverValue`). */
export type PValue = string;
export type PItem = { c: string } | { n: string; v: PValue; c?: string };
export type Picture =
  | { ok: true; items: PItem[] }
  | { ok: false; line: number; info: string }
  | { ok: false; tooLarge: true }
  | { ok: false; message: string };

const hex = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

function cutAtNul(bytes: Uint8Array): Uint8Array {
  const nul = bytes.indexOf(0);
  return nul >= 0 ? bytes.subarray(0, nul) : bytes;
}

// ---- libvirt's side ---------------------------------------------------------------------------------

function libvirtValue(value: DriverValue | null): PValue {
  if (value === null) throw new Error("libvirt entry without a value");
  return value;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function libvirtPicture(result: DriverResult, scratchPath: string): Picture {
  if (result.ok) {
    return {
      ok: true,
      items: result.items.map((item): PItem => {
        if (!("n" in item)) return { c: item.c };
        const entry: PItem = { n: item.n, v: libvirtValue(item.v) };
        if (item.c !== undefined) entry.c = item.c;
        return entry;
      }),
    };
  }
  if (result.msg.includes("Value too large for defined data type")) return { ok: false, tooLarge: true };
  const match = new RegExp(`${escapeRegExp(scratchPath)}:(\\d+): (.*)$`, "s").exec(result.msg);
  if (match) return { ok: false, line: Number(match[1]), info: match[2]! };
  return { ok: false, message: result.msg };
}

// ---- enginelint's side ------------------------------------------------------------------------------

/** The bytes a span covers. Every span the parser makes starts and ends at an ASCII byte boundary. */
function spanBytes(source: Source, span: Span): Uint8Array {
  return source.bytes.subarray(byteAt(source, span.start), byteAt(source, span.end));
}

/** The first byte whose text offset is at least `offset` (textOffset is monotonic). */
function byteAt(source: Source, offset: number): number {
  let lo = 0;
  let hi = source.bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (source.textOffset(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class OurSide {
  readonly problems: string[] = [];
  constructor(private readonly source: Source) {}

  /** The value as flat text, lists walked with an explicit stack (they may nest very deep). */
  value(top: VirValue, where: string): PValue {
    const out: string[] = [];
    const open: { items: VirValue[]; next: number }[] = [];
    let node: VirValue | undefined = top;
    while (node) {
      if (node.kind === "list") {
        out.push("[");
        open.push({ items: node.items, next: 0 });
      } else out.push(this.scalar(node, where));
      node = undefined;
      // Take the next element of the innermost open list, closing the lists that are done.
      while (open.length > 0) {
        const frame: { items: VirValue[]; next: number } = open[open.length - 1]!;
        if (frame.next < frame.items.length) {
          if (frame.next > 0) out.push(",");
          node = frame.items[frame.next++];
          break;
        }
        out.push("]");
        open.pop();
      }
    }
    return out.join("");
  }

  private scalar(node: VirString | VirNumber, where: string): string {
    if (node.kind === "string") {
      const raw = spanBytes(this.source, node);
      const q = node.form.length;
      const quote = node.form.charCodeAt(0);
      const quotesOk =
        raw.length >= 2 * q && raw.subarray(0, q).every((c) => c === quote) && raw.subarray(raw.length - q).every((c) => c === quote);
      if (!quotesOk) this.problems.push(`${where}: span ${hex(raw)} is not a ${node.form} string`);
      const content = raw.subarray(q, raw.length - q);
      const cut = cutAtNul(content);
      if (node.value !== utf8.decode(cut)) this.problems.push(`${where}: value ${JSON.stringify(node.value)} is not the decoding of its bytes`);
      if (node.containsNul !== (cut.length !== content.length)) this.problems.push(`${where}: containsNul is wrong`);
      return `s:${hex(cut)}`;
    }
    if (BigInt.asUintN(64, node.value) !== node.bits) this.problems.push(`${where}: bits ${node.bits} do not wrap value ${node.value}`);
    if (node.signed !== (node.sign === "-")) this.problems.push(`${where}: signed flag disagrees with the sign`);
    return `${node.signed ? "i" : "u"}:${node.bits}`;
  }

  comment(comment: VirComment, where: string): string {
    const raw = spanBytes(this.source, comment.span);
    if (raw[0] !== 0x23) this.problems.push(`${where}: comment span does not start at #`);
    const text = raw.subarray(1);
    if (comment.text !== utf8.decode(text)) this.problems.push(`${where}: comment text is not the decoding of its bytes`);
    return hex(cutAtNul(text));
  }
}

export interface OurReading {
  result: VirConfResult | undefined;
  picture: Picture;
  /** Inconsistencies inside enginelint's own result (spans, decoded text, flags). */
  problems: string[];
}

export function ourPicture(bytes: Uint8Array, rejectOverflow: boolean): OurReading {
  if (bytes.length > QEMU_MAX_BYTES) return { result: undefined, picture: { ok: false, tooLarge: true }, problems: [] };
  const source = createSource(bytes);
  const result = parseVirConf(source, { rejectOverflow });
  const side = new OurSide(source);
  if (!result.ok) {
    const failure = result.failure;
    if (failure.kind === "too-large") return { result, picture: { ok: false, tooLarge: true }, problems: [] };
    // libvirt reads such a list or crashes; neither is a message to compare, so the case is a disagreement.
    if (failure.kind === "too-deep") return { result, picture: { ok: false, message: `enginelint stops past ${failure.limit} levels` }, problems: [] };
    return { result, picture: { ok: false, line: failure.libvirtLine, info: failure.info }, problems: [] };
  }
  const items = result.document.items.map((item, i): PItem => {
    if (item.kind === "comment") return { c: side.comment(item, `item ${i}`) };
    const name = spanBytes(source, item.nameSpan);
    if (Buffer.from(name).toString("latin1") !== item.name) side.problems.push(`item ${i}: name span does not hold the name`);
    const entry: PItem = { n: hex(name), v: side.value(item.value, `${item.name}`) };
    if (item.comment) entry.c = side.comment(item.comment, `${item.name} trailing comment`);
    return entry;
  });
  return { result, picture: { ok: true, items }, problems: side.problems };
}

// ---- comparison -------------------------------------------------------------------------------------

/** The first place two JSON-like values differ, as `path: ours vs libvirt`; undefined when equal. */
export function firstDifference(ours: unknown, theirs: unknown, path = "$"): string | undefined {
  if (ours === theirs) return undefined;
  if (typeof ours === "string" && typeof theirs === "string" && (ours.length > 80 || theirs.length > 80)) {
    let i = 0;
    while (i < ours.length && ours.charCodeAt(i) === theirs.charCodeAt(i)) i++;
    const from = Math.max(0, i - 20);
    return `${path} from offset ${i}: enginelint …${JSON.stringify(ours.slice(from, i + 40))} vs libvirt …${JSON.stringify(theirs.slice(from, i + 40))}`;
  }
  if (typeof ours !== "object" || typeof theirs !== "object" || ours === null || theirs === null || Array.isArray(ours) !== Array.isArray(theirs)) {
    return `${path}: enginelint ${JSON.stringify(ours)} vs libvirt ${JSON.stringify(theirs)}`;
  }
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    for (let i = 0; i < Math.min(ours.length, theirs.length); i++) {
      const d = firstDifference(ours[i], theirs[i], `${path}[${i}]`);
      if (d) return d;
    }
    if (ours.length !== theirs.length) return `${path}: enginelint has ${ours.length} items, libvirt ${theirs.length}`;
    return undefined;
  }
  const a = ours as Record<string, unknown>;
  const b = theirs as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const d = firstDifference(a[key], b[key], `${path}.${key}`);
    if (d) return d;
  }
  return undefined;
}

export interface Verdict {
  agree: boolean;
  /** What differs, or enginelint's inconsistencies; empty when they agree. */
  reasons: string[];
  ours: Picture;
  libvirt: Picture;
}

export function compare(bytes: Uint8Array, libvirt: DriverResult, scratchPath: string, rejectOverflow: boolean): Verdict {
  const theirs = libvirtPicture(libvirt, scratchPath);
  let reading: OurReading;
  try {
    reading = ourPicture(bytes, rejectOverflow);
  } catch (error) {
    // The parser must never throw: a crash is a disagreement like any other.
    reading = { result: undefined, picture: { ok: false, message: `enginelint threw ${String(error)}` }, problems: [] };
  }
  const { picture: ours, problems } = reading;
  const reasons = [...problems];
  const difference = firstDifference(ours, theirs);
  if (difference) reasons.unshift(difference);
  return { agree: reasons.length === 0, reasons, ours, libvirt: theirs };
}

/** libvirt ≥ 11.3.0 refuses numeric overflow; older releases wrap (spec qemu-conf §3.6). */
export function rejectsOverflow(version: number): boolean {
  return version >= 11_003_000;
}
