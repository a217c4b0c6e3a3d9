import rule from "../../../rules/ovirt/spice-secure-channels.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester, type InvalidCase } from "../../helpers/rule-tester.js";

const ALL = "smain,sinputs,scursor,splayback,srecord,sdisplay,ssmartcard,susbredir";
/** Where a `SpiceSecureChannels: <value> version: V` record's value starts. */
const VALUE_COLUMN = 22;

const record = (value: string, version: string): string => `SpiceSecureChannels: ${value} version: ${version}\n`;
const fix = (version: string): string => `engine-config -s SpiceSecureChannels=${ALL}${version === "general" ? "" : ` --cver=${version}`}`;
const message = (version: string, channels: string, carries: string): string =>
  `SpiceSecureChannels (version ${version}) leaves ${channels} unencrypted (${carries}). Fix: ${fix(version)}.`;

/** Each default channel and the words the message uses for it. */
const CARRIES: readonly [string, string][] = [
  ["smain", "session control"],
  ["sinputs", "keyboard input"],
  ["scursor", "mouse cursor"],
  ["splayback", "audio playback"],
  ["srecord", "microphone audio"],
  ["sdisplay", "screen contents"],
  ["ssmartcard", "smartcard data"],
  ["susbredir", "USB traffic"],
];

/** The default list without one channel, at cluster level 4.8. */
function withoutOne([channel, carries]: [string, string]): InvalidCase {
  const value = ALL.split(",").filter((name) => name !== channel).join(",");
  return {
    name: `without ${channel}`,
    code: record(value, "4.8"),
    errors: [
      {
        messageId: "unencrypted",
        message: message("4.8", channel, carries),
        line: 1,
        column: VALUE_COLUMN,
        endLine: 1,
        endColumn: VALUE_COLUMN + value.length,
        data: { version: "4.8", missingChannels: [channel] },
        suggestions: [{ desc: fix("4.8") }],
      },
    ],
  };
}

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // A fresh 4.5.7 prints the 4.8 row first (physical row order).
    ["4.8", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7"].map((version) => record(ALL, version)).join(""),
    record(ALL.split(",").reverse().join(","), "4.7"),
    record(`${ALL},smain`, "4.6"),
    // The last record of each version decides.
    record("smain", "4.7") + record(ALL, "4.7"),
  ],
  invalid: [
    {
      name: "the spec's example",
      code: record("smain,scursor,splayback,srecord,sdisplay,ssmartcard", "4.7"),
      errors: [
        {
          messageId: "unencrypted",
          message: message("4.7", "sinputs, susbredir", "keyboard input, USB traffic"),
          severity: "warning",
          line: 1,
          column: VALUE_COLUMN,
          endLine: 1,
          endColumn: VALUE_COLUMN + 51,
          data: { version: "4.7", missingChannels: ["sinputs", "susbredir"] },
          suggestions: [{ desc: fix("4.7") }],
        },
      ],
    },
    ...CARRIES.map(withoutOne),
    {
      name: "each version row on its own, in file order",
      code: record(ALL, "4.8") + record("smain,sinputs", "4.2") + record(ALL, "4.3") + record("sdisplay,sinputs,smain,scursor", "4.4"),
      errors: [
        {
          messageId: "unencrypted",
          message: message(
            "4.2",
            "scursor, splayback, srecord, sdisplay, ssmartcard, susbredir",
            "mouse cursor, audio playback, microphone audio, screen contents, smartcard data, USB traffic",
          ),
          line: 2,
          column: VALUE_COLUMN,
          endColumn: VALUE_COLUMN + 13,
          suggestions: [{ desc: fix("4.2") }],
        },
        {
          messageId: "unencrypted",
          message: message("4.4", "splayback, srecord, ssmartcard, susbredir", "audio playback, microphone audio, smartcard data, USB traffic"),
          line: 4,
          column: VALUE_COLUMN,
          endColumn: VALUE_COLUMN + 30,
          suggestions: [{ desc: fix("4.4") }],
        },
      ],
    },
    {
      name: "the engine splits on commas without trimming",
      code: record("smain, sinputs, scursor, splayback, srecord, sdisplay, ssmartcard, susbredir", "4.7"),
      errors: [
        {
          messageId: "unencrypted",
          message: message(
            "4.7",
            "sinputs, scursor, splayback, srecord, sdisplay, ssmartcard, susbredir",
            "keyboard input, mouse cursor, audio playback, microphone audio, screen contents, smartcard data, USB traffic",
          ),
          line: 1,
          column: VALUE_COLUMN,
          endColumn: VALUE_COLUMN + 76,
        },
      ],
    },
    {
      name: "an empty row encrypts nothing",
      code: record("", "4.5"),
      errors: [
        {
          messageId: "unencrypted",
          message: message(
            "4.5",
            "smain, sinputs, scursor, splayback, srecord, sdisplay, ssmartcard, susbredir",
            "session control, keyboard input, mouse cursor, audio playback, microphone audio, screen contents, smartcard data, USB traffic",
          ),
          line: 1,
          column: VALUE_COLUMN,
          endColumn: VALUE_COLUMN,
          data: { version: "4.5", missingChannels: ALL.split(",") },
        },
      ],
    },
    {
      name: "a general row (older engines): no --cver",
      code: record("smain,sinputs,scursor,splayback,srecord,sdisplay,ssmartcard", "general"),
      errors: [{ messageId: "unencrypted", message: message("general", "susbredir", "USB traffic"), line: 1, suggestions: [{ desc: fix("general") }] }],
    },
    {
      name: "the later record of a version wins",
      code: record(ALL, "4.7") + record(ALL, "4.8") + record("smain", "4.7"),
      errors: [{ messageId: "unencrypted", line: 3, column: VALUE_COLUMN, endColumn: VALUE_COLUMN + 5 }],
    },
  ],
});
