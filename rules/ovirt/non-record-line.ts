import { defineRule, type Span } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import type { EngineConfigDocument } from "../../src/parsers/engine-config-types.js";

type LineKind = "prompt" | "jvm" | "pager" | "setPrompt" | "unattributed";

interface KindLine {
  kind: LineKind;
  line: number;
  span: Span;
}

interface Block {
  kind: LineKind;
  span: Span;
}

/** The lines this rule reports, in file order: capture noise (tool errors have their own rule) and unattributed lines. */
function reportedLines(document: EngineConfigDocument): KindLine[] {
  const lines: KindLine[] = [];
  for (const noise of document.noise) if (noise.kind !== "toolError") lines.push({ kind: noise.kind, line: noise.line, span: noise.span });
  for (const line of document.unattributed) lines.push({ kind: "unattributed", line: line.line, span: line.span });
  return lines.sort((a, b) => a.line - b.line);
}

/** Consecutive lines of the same kind become one block (spec engine-config §7.3). */
function blocks(lines: readonly KindLine[]): Block[] {
  const out: (Block & { lastLine: number })[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    if (previous && previous.kind === line.kind && previous.lastLine + 1 === line.line) {
      previous.span = { start: previous.span.start, end: line.span.end };
      previous.lastLine = line.line;
    } else out.push({ kind: line.kind, span: line.span, lastLine: line.line });
  }
  return out;
}

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/non-record-line",
    engine: "ovirt",
    type: "suggestion",
    description: "Prompt, JVM, pager, set prompt, or a bare value",
    defaultSeverity: "info",
    defaultOptions: {},
    messages: {
      prompt: "Not engine-config output: a shell prompt.",
      jvm: "Not engine-config output: JVM output.",
      pager: "Not engine-config output: a pager prompt.",
      setPrompt: 'An interactive "Please select a version" prompt from engine-config -s.',
      unattributed: "This line is not a record; if it is the output of -g … --cver, the key cannot be known.",
    },
  },
  check(context) {
    for (const block of blocks(reportedLines(context.document))) {
      context.report({ messageId: block.kind, span: block.span });
    }
  },
});

export default rule;
