import { defineRule, type Span } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import type { Deviation, EcRecord } from "../../src/parsers/engine-config-types.js";

/** How each deviation is named in the message, in the reader's order (spec engine-config §3.3 step 2e). */
const WORDS: Record<Deviation, string> = {
  leadingWhitespace: "leading whitespace",
  spaceBeforeColon: 'space before ":"',
  colonSpacing: 'not one space after ":"',
  versionSpacing: 'not one space before and after "version:"',
  trailingWhitespace: "trailing whitespace",
};

/** The record's first line: the only line whose format a deviation describes. */
function firstLine(text: string, record: EcRecord): Span {
  const breakAt = text.slice(record.span.start, record.span.end).search(/[\r\n]/);
  return breakAt < 0 ? record.span : { start: record.span.start, end: record.span.start + breakAt };
}

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/malformed-record",
    engine: "ovirt",
    type: "problem",
    description: "Record readable, but not as engine-config prints it (hand-edited)",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      malformed: "This record is not in engine-config's format ({{deviations}}); it was edited by hand.",
    },
  },
  check(context) {
    for (const record of context.document.records) {
      if (record.deviations.length === 0) continue;
      context.report({
        messageId: "malformed",
        values: { deviations: record.deviations.map((deviation) => WORDS[deviation]).join(", ") },
        span: firstLine(context.source.text, record),
      });
    }
  },
});

export default rule;
