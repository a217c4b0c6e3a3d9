import { defineRule, FILE_START } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { patchingVariableMode, releaseMajor, releaseTag, serviceOf, threadingSupportedFrom } from "./_mode.js";

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/unsupported-concurrency-mode",
    engine: "nova",
    type: "problem",
    description: "Native threading requested where nova does not support it",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      unsupported:
        "{{service}} {{release}} does not support native threading (supported from {{since}}); the service would run without eventlet monkey patching.",
    },
  },
  check(context) {
    const { document, settings } = context;
    const service = serviceOf(document, settings, context.filePath);
    const since = service === undefined ? undefined : threadingSupportedFrom(service);
    const release = releaseMajor(settings);
    if (service === undefined || since === undefined || release >= since) return;
    // Only the variable can ask: concurrency_backend and OS_DEFAULT__CONCURRENCY_BACKEND exist from
    // 34.0.0, where every service but nova-policy (always eventlet, §12 step 1) supports threading.
    if (patchingVariableMode(settings.env) !== "threading") return;
    // The environment belongs to no file: the stack's last (highest-precedence) file reports it, once.
    if (document.index !== document.stack.length - 1) return;
    context.report({ messageId: "unsupported", values: { service, release: releaseTag(release), since: releaseTag(since) }, span: FILE_START });
  },
});

export default rule;
