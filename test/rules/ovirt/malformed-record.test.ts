import rule from "../../../rules/ovirt/malformed-record.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const message = (deviations: string): string => `This record is not in engine-config's format (${deviations}); it was edited by hand.`;

/** A finding over the whole of line `line` whose text is `text`. */
const wholeLine = (line: number, text: string, deviations: string) => ({
  messageId: "malformed",
  message: message(deviations),
  line,
  column: 1,
  endLine: line,
  endColumn: text.length + 1,
});

const SPACE_BEFORE = "UserDefinedVMProperties : memory=^[0-9]+$ version: 4.5";
const SPACING = "vdsConnectionTimeout:20 version:general";
const TRAILING = "ServerRebootTimeout: 600 version: general\t ";
const LEADING = "   DelayResetForSpmInSeconds: 20 version: general";
const ALL = " vdsTimeout :\t180  version:  general ";

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    "vdsTimeout: 180 version: general\n",
    { name: "an empty value has two spaces after the colon", code: "SysPrepDefaultUser:  version: general\n" },
    { name: "a multi-line value as printed", code: "IPTablesConfig: \n*filter\nCOMMIT\n version: general\n" },
    { name: "a -d block", code: "Name: vdsTimeout\nVersion: general\nCurrent: 60\nDefault: 180\n" },
    { name: "unreadable lines are another rule's", code: "vdsRetries 0 version: general\n  TimeoutToResetVdsInSeconds : 60\n" },
  ],
  invalid: [
    { name: "space before the colon", code: `${SPACE_BEFORE}\n`, errors: [wholeLine(1, SPACE_BEFORE, 'space before ":"')] },
    {
      name: "colon and version spacing",
      code: `vdsTimeout: 180 version: general\n${SPACING}\n`,
      errors: [wholeLine(2, SPACING, 'not one space after ":", not one space before and after "version:"')],
    },
    { name: "trailing whitespace (CRLF file)", code: `${TRAILING}\r\n`, errors: [wholeLine(1, TRAILING, "trailing whitespace")] },
    { name: "leading whitespace", code: `${LEADING}\n`, errors: [wholeLine(1, LEADING, "leading whitespace")] },
    {
      name: "every deviation at once, in the reader's order",
      code: `${ALL}\n`,
      errors: [
        {
          ...wholeLine(1, ALL, 'leading whitespace, space before ":", not one space after ":", not one space before and after "version:", trailing whitespace'),
          severity: "warning",
        },
      ],
    },
    {
      name: "a multi-line record: only its first line is marked",
      code: " IPTablesConfig : \r\n*filter\r\n version: general\r\n",
      errors: [{ message: message('leading whitespace, space before ":"'), line: 1, column: 1, endLine: 1, endColumn: 19 }],
    },
  ],
});
