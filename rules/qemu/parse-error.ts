import { defineRule, FILE_START } from "../../src/core/rule.js";
import type { QemuFatalRule } from "../../src/engines/qemu.js";
import type { ParseHint, VirConfFailure } from "../../src/parsers/virconf.js";

const HINTS: Record<ParseHint["id"], string> = {
  bom: "the file starts with a UTF-8 byte order mark, which libvirt does not skip",
  crLineEnds: "the file uses CR line ends; libvirt counts only LF, so it reports line 1",
  booleanWord: "booleans are written 1 or 0",
  template: "the value looks like an unrendered template",
  commentInList: "comments are not allowed inside a list",
  unclosedList: "the list opened on line {{listLine}} is not closed",
  notDecimal: "only decimal integers are allowed",
  backslash: "strings have no escapes; use single or triple quotes",
  twoSettings: "separate two settings on one line with ;",
  blankFile: "a file with only blank lines is not empty for libvirt; delete its content",
};

function hintText(hint: ParseHint): string {
  const text = HINTS[hint.id];
  return hint.id === "unclosedList" ? text.replace("{{listLine}}", String(hint.listLine)) : text;
}

/** The error marks one character, or nothing when it sits at a line end or the end of input. */
function pointWidth(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  if (Number.isNaN(code) || code === 10 || code === 13) return 0;
  return code >= 0xd800 && code <= 0xdbff ? 2 : 1;
}

/** libvirt's complete log text, as `virConfError` formats it (prefix + `<path>:<line>: <info>`). */
function libvirtMessage(failure: Exclude<VirConfFailure, { kind: "too-deep" }>, path: string): string {
  if (failure.kind === "too-large") return `Failed to read file '${path}': Value too large for defined data type`;
  const prefix = failure.info === "numeric overflow in conf value" ? "numerical overflow" : "configuration file syntax error";
  return `${prefix}: ${path}:${failure.libvirtLine}: ${failure.info}`;
}

const rule: QemuFatalRule = defineRule({
  meta: {
    id: "qemu/parse-error",
    engine: "qemu",
    type: "problem",
    description: "The file cannot be parsed the way libvirt parses it; the QEMU driver does not start",
    defaultSeverity: "error",
    fatal: true,
    fixable: "safe",
    defaultOptions: {},
    messages: {
      syntax: "{{info}} (libvirt reports line {{line}}).",
      syntaxWithHint: "{{info}} (libvirt reports line {{line}}): {{hint}}.",
      tooLarge: "The file is {{size}} bytes; libvirt refuses qemu.conf files over 10485760 bytes (Value too large for defined data type).",
      tooDeep:
        "A list nested more than {{limit}} levels deep: enginelint reads no deeper. libvirt sets no limit, but its reader recurses once per level and crashes (SIGSEGV) at about 174 000 levels; no key takes a list of lists.",
    },
  },
  check(context) {
    const failure = context.document;
    if (failure.kind === "too-deep") {
      // libvirt prints no message of its own here (it has none, or it has crashed): no `libvirtMessage`.
      const span = { start: failure.offset, end: failure.offset + 1 };
      context.report({ messageId: "tooDeep", values: { limit: failure.limit }, span });
      return;
    }
    const data = { libvirtMessage: libvirtMessage(failure, context.filePath) };
    if (failure.kind === "too-large") {
      context.report({ messageId: "tooLarge", values: { size: failure.size }, span: FILE_START, data });
      return;
    }
    const span = { start: failure.offset, end: failure.offset + pointWidth(context.source.text, failure.offset) };
    const values = { info: failure.info, line: failure.libvirtLine };
    if (!failure.hint) {
      context.report({ messageId: "syntax", values, span, data });
      return;
    }
    context.report({
      messageId: "syntaxWithHint",
      values: { ...values, hint: hintText(failure.hint) },
      span,
      data,
      // Deleting the byte order mark lets libvirt read the file exactly as written.
      ...(failure.hint.id === "bom" ? { fix: [{ start: 0, end: context.source.textOffset(3), text: "" }] } : {}),
    });
  },
});

export default rule;
