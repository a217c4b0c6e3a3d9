import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { effectiveBoolean, effectiveInteger, firstHere } from "./_concurrency.js";
import { releaseMajor } from "./_mode.js";

/** The release that added [libvirt] live_migration_parallel_connections. */
const PARALLEL_CONNECTIONS_SINCE = 33;

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/parallel-connections-post-copy",
    engine: "nova",
    type: "suggestion",
    description: "Multifd + post-copy needs QEMU ≥ 10.1.0",
    defaultSeverity: "info",
    defaultOptions: {},
    messages: {
      needsQemu: "Parallel migration connections (multifd) together with post-copy need QEMU 10.1.0 or newer on both hosts.",
    },
  },
  check(context) {
    const { document, settings } = context;
    if (releaseMajor(settings) < PARALLEL_CONNECTIONS_SINCE) return;
    const connections = effectiveInteger(document, settings, "live_migration_parallel_connections", "libvirt");
    const postCopy = effectiveBoolean(document, settings, "live_migration_permit_post_copy", "libvirt");
    if (connections === undefined || postCopy === undefined || connections.value <= 1 || !postCopy.value) return;
    // Either line may be the one that completes the combination; the finding goes to the first in this file.
    const at = firstHere(connections.here, postCopy.here);
    if (at !== undefined) context.report({ messageId: "needsQemu", span: at.valueSpan });
  },
});

export default rule;
