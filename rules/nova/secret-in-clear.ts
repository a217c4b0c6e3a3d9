import { memoizeByObject } from "../../src/core/memo.js";
import { defineRule } from "../../src/core/rule.js";
import type { NovaRule } from "../../src/engines/nova.js";
import type { IniAssignment } from "../../src/parsers/oslo-ini-types.js";
import { envVariable } from "./_effective.js";
import { keyedAssignments, optionLabel, optionOf } from "./_structure.js";
import { containsUrl, urlPasswords } from "../../src/core/url-passwords.js";
import { isSecretOption, readingGroup } from "./_values.js";

export interface SecretInClearOptions {
  /** Regular expressions (JavaScript syntax) of values that stand for a credential without being one. */
  placeholders: string[];
}

/** Install guides' `RABBIT_PASS`, the sample config's `<None>`, masks such as `****`. */
const DEFAULT_OPTIONS: SecretInClearOptions = { placeholders: ["^[A-Z][A-Z0-9_]*$", "^<[^>]*>$", "^\\*+$"] };

/** Compiled once per options object rather than once per file: the rule's options are shared by the run's files. */
const compilePlaceholders: (patterns: readonly string[]) => readonly RegExp[] = memoizeByObject((patterns) => patterns.map(compilePlaceholder));

function compilePlaceholder(pattern: string): RegExp {
  try {
    return new RegExp(pattern, "u");
  } catch (error) {
    throw new Error(`nova/secret-in-clear: option "placeholders" holds an invalid regular expression ${JSON.stringify(pattern)}`, { cause: error });
  }
}

/**
 * Whether the value written holds a credential: a URL password that is no placeholder (in any key),
 * or, when the value holds no URL, the non-empty, non-placeholder value of a secret option or of an
 * unknown key that looks secret. A URL without a password (`sqlite:///…`, `rabbit://`) holds none.
 */
function holdsCredential(assignment: IniAssignment, placeholders: readonly RegExp[]): boolean {
  const { value } = assignment;
  if (containsUrl(value)) return urlPasswords(value).some((password) => isReal(value.slice(password.start, password.end), placeholders));
  return isSecretOption(assignment.section.name, assignment.key) && isReal(value, placeholders);
}

function isReal(text: string, placeholders: readonly RegExp[]): boolean {
  return text !== "" && !placeholders.some((pattern) => pattern.test(text));
}

const rule: NovaRule<SecretInClearOptions> = defineRule({
  meta: {
    id: "nova/secret-in-clear",
    engine: "nova",
    type: "problem",
    description: "A literal credential in the file",
    defaultSeverity: "warning",
    schema: {
      type: "object",
      additionalProperties: false,
      properties: {
        placeholders: {
          type: "array",
          items: { type: "string" },
          description: "Regular expressions of values (or URL passwords) that are placeholders, not credentials.",
        },
      },
    },
    defaultOptions: DEFAULT_OPTIONS,
    messages: {
      credential:
        "{{option}} holds a literal credential; keep secrets out of the repository (use a template, a secret store or {{variable}} in the service environment).",
      credentialUnknownKey: "{{option}} holds a literal credential; keep secrets out of the repository (use a template or a secret store).",
    },
  },
  check(context) {
    const placeholders = compilePlaceholders(context.options.placeholders);
    // Every assignment, unknown keys and sections included: a credential in the text is one wherever it stands.
    for (const { assignment, kind } of keyedAssignments(context.document.file)) {
      if (!holdsCredential(assignment, placeholders)) continue;
      const option = optionOf(kind);
      const label = optionLabel(assignment.section.name, assignment.key);
      context.report({
        // oslo.config reads `OS_<GROUP>__<OPTION>` only for options it knows.
        ...(option
          ? { messageId: "credential", values: { option: label, variable: envVariable(readingGroup(assignment, option), option.name) } }
          : { messageId: "credentialUnknownKey", values: { option: label } }),
        span: assignment.valueSpan,
      });
    }
  },
});

export default rule;
