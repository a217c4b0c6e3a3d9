import { displayValue } from "../../src/core/display.js";
import { defineRule, type ReportDescriptor } from "../../src/core/rule.js";
import type { Source } from "../../src/core/source.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import type { VirConfDocument, VirEntry } from "../../src/parsers/virconf.js";
import { namesRoot, readKey, type ValueScope } from "./_values.js";

const isRoot = namesRoot;

/** An account key set, as libvirt reads it, to root. */
interface RootAccount {
  entry: VirEntry;
  account: string;
}

/** The effective entry of `user` or `group` when its value names root. */
function rootAccount(scope: ValueScope, key: "user" | "group"): RootAccount | undefined {
  const reading = readKey(scope, key);
  if (reading.status !== "ok" || reading.typed.type !== "string" || !isRoot(reading.typed.value)) return undefined;
  return { entry: reading.entry, account: reading.typed.value };
}

/**
 * The last later `user` entry that names another account: what an author who expects "last wins"
 * meant QEMU to run as. Entries that are not strings name no account at all.
 */
function ignoredUser(document: VirConfDocument, first: VirEntry): RootAccount | undefined {
  const entry = document.entries.findLast(
    (candidate) => candidate.name === "user" && candidate !== first && candidate.value.kind === "string" && !isRoot(candidate.value.value),
  );
  return entry?.value.kind === "string" ? { entry, account: entry.value.value } : undefined;
}

function rootUserReport(source: Source, document: VirConfDocument, { entry, account }: RootAccount): ReportDescriptor {
  const user = displayValue(account);
  const span = { start: entry.value.start, end: entry.value.end };
  const later = ignoredUser(document, entry);
  if (!later) return { messageId: "root", values: { user }, span, data: { user: account } };
  return {
    messageId: "rootLaterIgnored",
    values: { user, later: displayValue(later.account), line: source.position(later.entry.nameSpan.start).line },
    span,
    data: { user: account, ignoredUser: later.account },
  };
}

function rootGroupReport({ entry, account }: RootAccount): ReportDescriptor {
  const span = { start: entry.value.start, end: entry.value.end };
  return { messageId: "groupRoot", values: { group: displayValue(account) }, span, data: { group: account } };
}

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/run-as-root",
    engine: "qemu",
    type: "problem",
    description: "QEMU processes run as root",
    defaultSeverity: "error",
    defaultOptions: {},
    messages: {
      root: "QEMU runs as root (user {{user}}): a guest escape is a host compromise.",
      rootLaterIgnored: "QEMU runs as root (user {{user}}); the later user = {{later}} on line {{line}} is ignored because the first value wins.",
      groupRoot: "QEMU runs with the root group (group {{group}}): a guest escape gets every file the root group can reach.",
    },
  },
  check(context) {
    // Only the system daemon switches QEMU to `user`/`group` (qemuSecurityInit creates the DAC driver
    // with them only when privileged); a session daemon's QEMU runs as the session user.
    if (!context.settings.privileged) return;
    const user = rootAccount(context, "user");
    if (user) {
      context.report(rootUserReport(context.source, context.document, user));
      return;
    }
    // A user libvirt cannot read fails the load (qemu/value-type): who QEMU would run as is unknown.
    // An unset user is the build-time QEMU account, unprivileged on every supported platform.
    if (readKey(context, "user").status === "invalid") return;
    const group = rootAccount(context, "group");
    if (group) context.report(rootGroupReport(group));
  },
});

export default rule;
