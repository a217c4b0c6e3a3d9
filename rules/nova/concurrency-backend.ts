import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import { assignmentHere } from "./_concurrency.js";
import { effectiveOption } from "./_effective.js";
import { CONCURRENCY_BACKEND_SINCE, documentPath, earlyParseReads, patchingVariableMode, releaseMajor, serviceOf } from "./_mode.js";

/** The WSGI applications: their files come from OS_NOVA_CONFIG_FILES, not from a command line. */
const WSGI_SERVICES = new Set(["nova-api", "nova-metadata"]);

const rule: NovaRule = defineRule({
  meta: {
    id: "nova/concurrency-backend",
    engine: "nova",
    type: "suggestion",
    description: "Deprecated or ineffective concurrency_backend",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      eventletDeprecated: "concurrency_backend = eventlet is deprecated; eventlet mode will be removed no earlier than 2027.2.",
      overriddenByVariable: "concurrency_backend is ignored: OS_NOVA_DISABLE_EVENTLET_PATCHING is set and takes precedence.",
      notReadEarly:
        "concurrency_backend is only read from files passed with --config-file/--config-dir; this file is not one of them, so the setting has no effect. Use OS_DEFAULT__CONCURRENCY_BACKEND instead.",
      notReadWsgi:
        "concurrency_backend is only read from --config-file/--config-dir arguments of the process, which WSGI servers normally do not pass; use OS_DEFAULT__CONCURRENCY_BACKEND in the service environment.",
    },
  },
  check(context) {
    const { document, settings } = context;
    // Earlier releases have no such option (nova/unknown-option reports it when the data lacks it).
    if (releaseMajor(settings) < CONCURRENCY_BACKEND_SINCE) return;
    const winner = effectiveOption(document, settings, "DEFAULT", "concurrency_backend");
    const assignment = assignmentHere(winner);
    if (winner === undefined || assignment === undefined) return;
    // One finding per assignment, the most fundamental first: a setting with no effect need not be deprecated too.
    if (patchingVariableMode(settings.env) !== undefined) {
      context.report({ messageId: "overriddenByVariable", span: assignment.keySpan });
    } else if (settings.commandLine !== undefined && !earlyParseReads(documentPath(document, context.filePath), settings.commandLine)) {
      const service = serviceOf(document, settings, context.filePath);
      const wsgi = service !== undefined && WSGI_SERVICES.has(service);
      context.report({ messageId: wsgi ? "notReadWsgi" : "notReadEarly", span: assignment.keySpan });
    } else if (winner.value === "eventlet") {
      context.report({ messageId: "eventletDeprecated", span: assignment.valueSpan });
    }
  },
});

export default rule;
