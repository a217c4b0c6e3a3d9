import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { effectiveRecords, setCommand } from "./_values.js";

const KEY = "SpiceSecureChannels";

/**
 * The channels every cluster level encrypts by default (catalogue `defaultsByVersion`, the key's
 * `validValues`), in that order, with what each one carries in plain words for the message.
 */
const CHANNELS: readonly { name: string; carries: string }[] = [
  { name: "smain", carries: "session control" },
  { name: "sinputs", carries: "keyboard input" },
  { name: "scursor", carries: "mouse cursor" },
  { name: "splayback", carries: "audio playback" },
  { name: "srecord", carries: "microphone audio" },
  { name: "sdisplay", carries: "screen contents" },
  { name: "ssmartcard", carries: "smartcard data" },
  { name: "susbredir", carries: "USB traffic" },
];

const ALL_CHANNELS = CHANNELS.map(({ name }) => name).join(",");

/**
 * The default channels a value leaves out. The engine writes one secure `<channel>` per piece of
 * `value.split(",")`, untrimmed, so ` sinputs` does not secure `sinputs`.
 */
function missingChannels(value: string): typeof CHANNELS {
  const listed = new Set(value.split(","));
  return CHANNELS.filter(({ name }) => !listed.has(name));
}

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/spice-secure-channels",
    engine: "ovirt",
    type: "problem",
    description: "SPICE channels left unencrypted",
    defaultSeverity: "warning",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      unencrypted: "SpiceSecureChannels (version {{version}}) leaves {{channels}} unencrypted ({{carries}}). Fix: {{fix}}.",
    },
  },
  check(context) {
    // Each cluster level has its own row; the engine reads the one of the VM's compatibility level.
    for (const record of effectiveRecords(context.document, KEY)) {
      const missing = missingChannels(record.value);
      if (missing.length === 0) continue;
      const fix = setCommand(KEY, ALL_CHANNELS, record.version);
      context.report({
        messageId: "unencrypted",
        values: {
          version: record.version,
          channels: missing.map(({ name }) => name).join(", "),
          carries: missing.map(({ carries }) => carries).join(", "),
          fix,
        },
        span: record.valueSpan,
        data: { version: record.version, missingChannels: missing.map(({ name }) => name) },
        suggestions: [{ desc: fix }],
      });
    }
  },
});

export default rule;
