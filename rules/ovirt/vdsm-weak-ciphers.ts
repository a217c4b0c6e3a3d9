import { displayValue } from "../../src/core/display.js";
import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { generalRecord, setCommand } from "./_values.js";

const KEY = "VdsmSSLCiphers";
/** The catalogue default, and the remedy. */
const RECOMMENDED = "HIGH:!aNULL";

/**
 * OpenSSL cipher-string words that enable broken, export-grade or anonymous suites, or lower the
 * security level so that such suites are accepted (spec engine-config §7.6). Case-sensitive, as
 * OpenSSL matches them.
 */
const WEAK_WORDS: readonly string[] = [
  "ALL",
  "COMPLEMENTOFALL",
  "COMPLEMENTOFDEFAULT",
  "eNULL",
  "NULL",
  "aNULL",
  "EXPORT",
  "EXP",
  "LOW",
  "RC4",
  "3DES",
  "DES",
  "MD5",
  "@SECLEVEL=0",
  "@SECLEVEL=1",
];

/** The words of a cipher string: separated by `:`, `,` or spaces. */
function tokens(value: string): string[] {
  return value.split(/[:, ]+/).filter((token) => token !== "");
}

/**
 * Whether a token adds a weak word: `!`/`-` tokens remove suites and never do; a leading `+` (move
 * to the end) still keeps them; a word at the end of a token counts too (`DEFAULT@SECLEVEL=0`,
 * `RC4-MD5`, `RSA+RC4`).
 */
function isWeakToken(token: string): boolean {
  return !/^[!-]/.test(token) && WEAK_WORDS.some((word) => token.endsWith(word));
}

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/vdsm-weak-ciphers",
    engine: "ovirt",
    type: "problem",
    description: "VDSM cipher list weaker than HIGH:!aNULL",
    defaultSeverity: "error",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      weak: "VdsmSSLCiphers {{value}} allows weak or anonymous ciphers ({{tokens}}); keep HIGH:!aNULL. Fix: {{fix}}.",
      anonymous: "VdsmSSLCiphers {{value}} lacks !aNULL, so anonymous ciphers are not excluded; keep HIGH:!aNULL. Fix: {{fix}}.",
    },
  },
  check(context) {
    const record = generalRecord(context.document, KEY);
    if (record === undefined) return;
    const words = tokens(record.value);
    const weak = words.filter(isWeakToken);
    const lacksAnullExclusion = !words.includes("!aNULL");
    if (weak.length === 0 && !lacksAnullExclusion) return;
    const fix = setCommand(KEY, RECOMMENDED);
    context.report({
      messageId: weak.length > 0 ? "weak" : "anonymous",
      values: { value: displayValue(record.value), tokens: weak.map(displayValue).join(", "), fix },
      span: record.valueSpan,
      data: { weakTokens: weak, lacksAnullExclusion },
      suggestions: [{ desc: fix }],
    });
  },
});

export default rule;
