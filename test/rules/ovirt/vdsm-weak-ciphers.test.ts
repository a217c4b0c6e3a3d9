import rule from "../../../rules/ovirt/vdsm-weak-ciphers.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester, type InvalidCase } from "../../helpers/rule-tester.js";

const FIX = "engine-config -s VdsmSSLCiphers=HIGH:!aNULL";
/** Where a `VdsmSSLCiphers: <value> version: general` record's value starts. */
const VALUE_COLUMN = 17;

const record = (value: string): string => `VdsmSSLCiphers: ${value} version: general\n`;

const weak = (shown: string, tokens: string): string =>
  `VdsmSSLCiphers ${shown} allows weak or anonymous ciphers (${tokens}); keep HIGH:!aNULL. Fix: ${FIX}.`;
const anonymous = (shown: string): string =>
  `VdsmSSLCiphers ${shown} lacks !aNULL, so anonymous ciphers are not excluded; keep HIGH:!aNULL. Fix: ${FIX}.`;

/** A one-record dump whose whole value is reported. */
function flagged(name: string, value: string, messageId: "weak" | "anonymous", message: string, data?: Record<string, unknown>): InvalidCase {
  return {
    name,
    code: record(value),
    errors: [
      {
        messageId,
        message,
        line: 1,
        column: VALUE_COLUMN,
        endLine: 1,
        endColumn: VALUE_COLUMN + value.length,
        suggestions: [{ desc: FIX }],
        ...(data ? { data } : {}),
      },
    ],
  };
}

/** Every weak word of spec §7.6, added after the default list. */
const WORDS = ["ALL", "COMPLEMENTOFALL", "COMPLEMENTOFDEFAULT", "eNULL", "NULL", "aNULL", "EXPORT", "EXP", "LOW", "RC4", "3DES", "DES", "MD5", "@SECLEVEL=0", "@SECLEVEL=1"];

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // The catalogue default.
    record("HIGH:!aNULL"),
    // `!` and `-` tokens remove suites: never weak.
    record("HIGH:!aNULL:!eNULL:!MD5:!RC4:!3DES:-EXP:-LOW"),
    record("HIGH,!aNULL"),
    record("HIGH !aNULL"),
    record("ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:!aNULL"),
    record("HIGH:!aNULL:@SECLEVEL=2"),
    // OpenSSL's words are case-sensitive: "rc4" is not RC4 (OpenSSL ignores an unknown word).
    record("HIGH:!aNULL:rc4"),
    // The last record decides.
    `${record("ALL")}${record("HIGH:!aNULL")}`,
  ],
  invalid: [
    flagged("ALL, the spec's example", "ALL", "weak", weak('"ALL"', '"ALL"'), { weakTokens: ["ALL"], lacksAnullExclusion: true }),
    ...WORDS.map((word) => flagged(`the weak word ${word}`, `HIGH:!aNULL:${word}`, "weak", weak(`"HIGH:!aNULL:${word}"`, `"${word}"`), { weakTokens: [word], lacksAnullExclusion: false })),
    flagged("a leading + still keeps the suites", "HIGH:!aNULL:+RC4", "weak", weak('"HIGH:!aNULL:+RC4"', '"+RC4"')),
    flagged("a weak word at the end of a token", "DEFAULT@SECLEVEL=0:!aNULL", "weak", weak('"DEFAULT@SECLEVEL=0:!aNULL"', '"DEFAULT@SECLEVEL=0"')),
    flagged("the security level after a colon", "DEFAULT:@SECLEVEL=0", "weak", weak('"DEFAULT:@SECLEVEL=0"', '"@SECLEVEL=0"')),
    flagged("a single suite with MD5", "RC4-MD5:!aNULL", "weak", weak('"RC4-MD5:!aNULL"', '"RC4-MD5"')),
    flagged("comma and space separators, several weak tokens", "HIGH,!aNULL,LOW EXP", "weak", weak('"HIGH,!aNULL,LOW EXP"', '"LOW", "EXP"'), {
      weakTokens: ["LOW", "EXP"],
    }),
    flagged("aNULL excluded, then added back", "HIGH:!aNULL:aNULL", "weak", weak('"HIGH:!aNULL:aNULL"', '"aNULL"')),
    flagged("HIGH alone keeps the anonymous suites", "HIGH", "anonymous", anonymous('"HIGH"'), { weakTokens: [], lacksAnullExclusion: true }),
    flagged("-aNULL is not !aNULL (later words can add them back)", "HIGH:-aNULL", "anonymous", anonymous('"HIGH:-aNULL"')),
    flagged("explicit suites without !aNULL", "ECDHE-RSA-AES256-GCM-SHA384", "anonymous", anonymous('"ECDHE-RSA-AES256-GCM-SHA384"')),
    flagged(
      "a long value is shortened; the weak token is named",
      "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:RC4",
      "weak",
      weak('"ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-…"', '"RC4"'),
    ),
    flagged("an empty list", "", "anonymous", anonymous('""')),
    {
      name: "the later record wins",
      code: `${record("HIGH:!aNULL")}${record("MEDIUM")}`,
      errors: [{ messageId: "anonymous", message: anonymous('"MEDIUM"'), line: 2, column: VALUE_COLUMN, endLine: 2, endColumn: VALUE_COLUMN + 6 }],
    },
  ],
});
