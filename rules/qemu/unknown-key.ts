import { QEMU_KEYS, qemuKey } from "../../src/catalogue/qemu.js";
import {
  bestCandidate,
  equalIgnoringCase,
  extendsByWords,
  withinTypoDistance,
  type CandidateTest,
} from "../../src/core/did-you-mean.js";
import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import { isUnplugTimeoutName } from "./unplug-timeout.js";

export interface UnknownKeyOptions {
  /** Names to accept although libvirt does not know them (site conventions, keys of a newer release). */
  allow: string[];
}

const DEFAULT_OPTIONS: UnknownKeyOptions = { allow: [] };

const KEY_NAMES = QEMU_KEYS.map((key) => key.key);

/**
 * The spec's candidate order (qemu-conf §10.3): case slip, typo, a word too many or too few. The
 * spec's last step, a trailing `s` (`cgroup_controller`), is one edit, so the typo test always finds
 * that key first and the step needs no test of its own.
 */
const CANDIDATE_TESTS: readonly CandidateTest[] = [equalIgnoringCase, withinTypoDistance, extendsByWords("_")];

/** The key the author most likely meant, if any is close enough. */
function suggestKey(name: string): string | undefined {
  return bestCandidate(name, KEY_NAMES, CANDIDATE_TESTS);
}

const rule: QemuRule<UnknownKeyOptions> = defineRule({
  meta: {
    id: "qemu/unknown-key",
    engine: "qemu",
    type: "problem",
    description: "Key libvirt does not know; silently ignored",
    defaultSeverity: "warning",
    hasSuggestions: true,
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        allow: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          description: "Key names not to report (matched exactly, case-sensitively).",
        },
      },
    },
    defaultOptions: DEFAULT_OPTIONS,
    messages: {
      unknown: '"{{name}}" is not a qemu.conf key; libvirt ignores it.',
      unknownDidYouMean: '"{{name}}" is not a qemu.conf key; libvirt ignores it. Did you mean "{{candidate}}"?',
    },
  },
  check(context) {
    const allowed = new Set(context.options.allow);
    // `effective` holds each name once, at its first entry, in file order.
    for (const [name, entry] of context.document.effective) {
      if (qemuKey(name) || allowed.has(name) || isUnplugTimeoutName(name)) continue;
      const candidate = suggestKey(name);
      if (candidate === undefined) {
        context.report({ messageId: "unknown", values: { name }, span: entry.nameSpan });
        continue;
      }
      context.report({
        messageId: "unknownDidYouMean",
        values: { name, candidate },
        span: entry.nameSpan,
        // Renaming makes libvirt read the setting, which changes its effect: only a suggestion.
        suggestions: [{ desc: `Rename to "${candidate}".`, edits: [{ ...entry.nameSpan, text: candidate }] }],
      });
    }
  },
});

export default rule;
