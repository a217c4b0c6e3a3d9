import { qemuKey } from "../../src/catalogue/qemu.js";
import type { QemuKeyType } from "../../src/catalogue/qemu-key.js";
import { displayValue } from "../../src/core/display.js";
import { defineRule, type Span } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import type { VirComment, VirEntry, VirList, VirNumber, VirString, VirValue } from "../../src/parsers/virconf.js";

/**
 * The entry kinds of libvirt's augeas lens (`src/qemu/libvirtd_qemu.aug`): `str_entry` takes one
 * `"[^"]*"`, `bool_entry` exactly `0|1`, `int_entry` `[0-9]+`, `str_array_entry` a list of such strings
 * without a trailing comma, `limits_entry` (max_core) `"unlimited"` or `[0-9]+`.
 */
type LensType = "str" | "bool" | "int" | "str_array" | "limits";

/**
 * The lens entry of each getter type (the `augeas_lens` column of qemu-conf-keys.json): the lens
 * reads a string-or-list key (`security_driver`, `hugetlbfs_mount`) as a single string only.
 */
const LENS_TYPES: Readonly<Record<QemuKeyType, LensType>> = {
  string: "str",
  "string-or-string-list": "str",
  bool: "bool",
  int: "int",
  uint: "int",
  "string-list": "str_array",
  'ullong-or-"unlimited"': "limits",
};

/** What the lens accepts for each entry kind, for the message. */
const EXPECTED: Readonly<Record<LensType, string>> = {
  str: "a double-quoted string",
  bool: "0 or 1",
  int: "a number without a sign",
  str_array: "a list of double-quoted strings",
  limits: '"unlimited" or a number without a sign',
};

/**
 * The lens knows exactly the catalogued keys: those libvirt reads plus the obsolete
 * `clear_emulator_capabilities`, which the catalogue keeps and the lens still accepts.
 */
function lensType(name: string): LensType | undefined {
  const key = qemuKey(name);
  return key && LENS_TYPES[key.type];
}

type MessageId =
  | "unknownKey"
  | "singleQuoted"
  | "tripleQuoted"
  | "signedNumber"
  | "boolSpelling"
  | "wrongType"
  | "listForString"
  | "listElement"
  | "trailingComma"
  | "commentAfterValue"
  | "semicolon"
  | "indentedComment"
  | "crlf"
  | "cr";

interface LensFault {
  messageId: MessageId;
  span: Span;
  values?: Readonly<Record<string, string>>;
}

const spanOf = (node: Span): Span => ({ start: node.start, end: node.end });

/** `str_val` is `"[^"]*"`: single quotes and triple quotes are not strings to the lens. */
function quoteFault(node: VirString): LensFault | undefined {
  if (node.form === '"') return undefined;
  return { messageId: node.form === "'" ? "singleQuoted" : "tripleQuoted", span: spanOf(node) };
}

/** `int_val` and `bool_val` have no sign: `-1` and `+1` both fail. */
function signFault(node: VirNumber): LensFault | undefined {
  if (node.sign === "") return undefined;
  return { messageId: "signedNumber", span: spanOf(node), values: { value: displayValue(node.sign + node.digits) } };
}

function wrongType(name: string, lens: LensType, node: VirValue): LensFault {
  return { messageId: "wrongType", span: spanOf(node), values: { key: name, expected: EXPECTED[lens] } };
}

/** `str_array_val`: double-quoted strings only, and no comma before `]`. */
function listFault(list: VirList, text: string): LensFault | undefined {
  for (const item of list.items) {
    if (item.kind !== "string") return { messageId: "listElement", span: spanOf(item), values: { given: item.kind } };
    const fault = quoteFault(item);
    if (fault) return fault;
  }
  const last = list.items.at(-1);
  if (!list.trailingComma || last === undefined) return undefined;
  // Only blanks and line ends separate the last element from its trailing comma.
  const comma = text.indexOf(",", last.end);
  return { messageId: "trailingComma", span: { start: comma, end: comma + 1 } };
}

/** The first construct of a value that the key's lens entry does not match. */
function valueFault(name: string, lens: LensType, value: VirValue, text: string): LensFault | undefined {
  switch (lens) {
    case "str":
      if (value.kind === "string") return quoteFault(value);
      if (value.kind === "list" && qemuKey(name)?.type === "string-or-string-list") {
        return { messageId: "listForString", span: spanOf(value), values: { key: name } };
      }
      return wrongType(name, lens, value);
    case "bool":
      if (value.kind !== "number") return wrongType(name, lens, value);
      if (value.sign !== "" || value.digits === "0" || value.digits === "1") return signFault(value);
      // `01`, `001`: libvirt reads 1, the lens matches only the single digit.
      return { messageId: "boolSpelling", span: spanOf(value), values: { key: name, value: displayValue(value.digits) } };
    case "int":
      return value.kind === "number" ? signFault(value) : wrongType(name, lens, value);
    case "limits":
      if (value.kind === "number") return signFault(value);
      return value.kind === "string" && value.value === "unlimited" ? quoteFault(value) : wrongType(name, lens, value);
    case "str_array":
      return value.kind === "list" ? listFault(value, text) : wrongType(name, lens, value);
  }
}

/**
 * The offset of the `;` that ends an entry's statement, if one does: virConf allows blanks, then `;`,
 * after a value; the lens ends every record with `[ \t]*\n`.
 */
function semicolonAfter(text: string, entry: VirEntry): number | undefined {
  if (entry.comment) return undefined;
  let at = entry.span.end;
  while (text[at] === " " || text[at] === "\t") at++;
  return text[at] === ";" ? at : undefined;
}

/** One finding per statement: the first thing in it, in text order, that the lens does not match. */
function entryFault(entry: VirEntry, text: string): LensFault | undefined {
  const lens = lensType(entry.name);
  if (lens === undefined) return { messageId: "unknownKey", span: spanOf(entry.nameSpan), values: { key: entry.name } };
  const fault = valueFault(entry.name, lens, entry.value, text);
  if (fault) return fault;
  if (entry.comment) return { messageId: "commentAfterValue", span: spanOf(entry.comment.span) };
  const semicolon = semicolonAfter(text, entry);
  return semicolon === undefined ? undefined : { messageId: "semicolon", span: { start: semicolon, end: semicolon + 1 } };
}

/** The lens's comment starts with `#` at the start of a line; only records may be indented. */
function isIndented(text: string, comment: VirComment): boolean {
  let at = comment.span.start;
  while (at > 0 && (text[at - 1] === " " || text[at - 1] === "\t")) at--;
  return at < comment.span.start && (at === 0 || text[at - 1] === "\n" || text[at - 1] === "\r");
}

function statementFault(item: VirEntry | VirComment, text: string): LensFault | undefined {
  if (item.kind === "entry") return entryFault(item, text);
  return isIndented(text, item) ? { messageId: "indentedComment", span: spanOf(item.span) } : undefined;
}

/**
 * The first CR the lens trips on. Lines are LF-terminated for the lens: a line starting with `#` is a
 * comment whose text may hold a CR; anywhere else (records, blank lines, list whitespace) a CR fails.
 */
function firstCrFault(text: string): LensFault | undefined {
  for (let at = text.indexOf("\r"); at >= 0; at = text.indexOf("\r", at + 1)) {
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    if (text[lineStart] === "#") continue;
    return { messageId: text[at + 1] === "\n" ? "crlf" : "cr", span: { start: at, end: at + 1 } };
  }
  return undefined;
}

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/augeas-incompatible",
    engine: "qemu",
    type: "suggestion",
    description: "File not editable by libvirt's augeas lens",
    defaultSeverity: "off",
    defaultOptions: {},
    messages: {
      unknownKey: "augtool cannot edit this file: unknown key {{key}}; the lens knows only libvirt's keys.",
      singleQuoted: "augtool cannot edit this file: single-quoted string; the lens accepts only double quotes.",
      tripleQuoted: "augtool cannot edit this file: triple-quoted string; the lens accepts only double quotes.",
      signedNumber: "augtool cannot edit this file: signed number {{value}}; the lens accepts only digits.",
      boolSpelling: "augtool cannot edit this file: {{key}} is written {{value}}; the lens accepts only 0 or 1.",
      wrongType: "augtool cannot edit this file: the lens expects {{expected}} for {{key}}.",
      listForString: "augtool cannot edit this file: {{key}} written as a list; the lens accepts only a single string.",
      listElement: "augtool cannot edit this file: a {{given}} in a list; the lens accepts only double-quoted strings.",
      trailingComma: "augtool cannot edit this file: trailing comma in a list.",
      commentAfterValue: "augtool cannot edit this file: comment after a value; the lens allows comments only on their own line.",
      semicolon: 'augtool cannot edit this file: ";" after a setting; the lens allows one setting per line.',
      indentedComment: "augtool cannot edit this file: indented comment; the lens allows comments only at the start of a line.",
      crlf: "augtool cannot edit this file: CRLF line ends; the lens accepts only LF.",
      cr: "augtool cannot edit this file: CR line ends; the lens accepts only LF.",
    },
  },
  check(context) {
    const { document, source } = context;
    const text = source.text;
    // Every statement counts, duplicates included: the lens reads the file as written.
    for (const item of document.items) {
      const fault = statementFault(item, text);
      if (!fault) continue;
      const data = item.kind === "entry" ? { data: { key: item.name } } : {};
      context.report({ messageId: fault.messageId, values: fault.values ?? {}, span: fault.span, ...data });
    }
    const cr = firstCrFault(text);
    if (cr) context.report({ messageId: cr.messageId, span: cr.span });
  },
});

export default rule;
