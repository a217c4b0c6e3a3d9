/**
 * "Key X has value V" for the security rules of spec qemu-conf §10.4 that flag one value of one
 * bool or int key (`dynamic_ownership = 0`, `dump_guest_core = 1`, …). The value is the one libvirt
 * reads: the first entry's, through the key's getter, so a later duplicate never changes the verdict
 * and a value that fails its getter (`qemu/value-type`'s business) is never flagged.
 */
import type { VirValue } from "../../src/parsers/virconf.js";
import { effectiveValue, type ProblemReporter, type ValueScope } from "./_values.js";

/** A bool key's value as libvirt stores it, or an int key's number. */
export type FlaggedValue = boolean | number;

/**
 * The value token of `key`'s effective entry when libvirt reads it as `flagged`; undefined when the
 * key is absent (libvirt's default applies), set to another value, or fails its getter.
 */
export function flaggedValueNode(scope: ValueScope, key: string, flagged: FlaggedValue): VirValue | undefined {
  const typed = effectiveValue(scope, key);
  if (typed === undefined) return undefined;
  const matches = (typed.type === "bool" || typed.type === "int" || typed.type === "uint") && typed.value === flagged;
  return matches ? scope.document.effective.get(key)?.value : undefined;
}

/** Reports `messageId` at the value token when `key` is effectively `flagged`; data names the key and value. */
export function reportFlaggedValue(
  context: ValueScope & ProblemReporter,
  key: string,
  flagged: FlaggedValue,
  messageId: string,
): void {
  const node = flaggedValueNode(context, key, flagged);
  if (node === undefined) return;
  context.report({ messageId, span: { start: node.start, end: node.end }, data: { key, value: flagged } });
}
