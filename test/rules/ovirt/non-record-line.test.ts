import rule from "../../../rules/ovirt/non-record-line.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const PROMPT = "Not engine-config output: a shell prompt.";
const JVM = "Not engine-config output: JVM output.";
const PAGER = "Not engine-config output: a pager prompt.";
const SET_PROMPT = 'An interactive "Please select a version" prompt from engine-config -s.';
const UNATTRIBUTED = "This line is not a record; if it is the output of -g … --cver, the key cannot be known.";

/** A finding over the whole of line `line` whose text is `text`. */
const onLine = (line: number, text: string) => ({ line, column: 1, endLine: line, endColumn: text.length + 1 });

const SHELL = "[root@engine ~]# engine-config -a | tee engine-config.txt";
const PICKED_UP = "Picked up JAVA_TOOL_OPTIONS: -Dfile.encoding=UTF-8";
const CVER = '{"x86":710,"ppc":384,"s390x":384}';

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    "vdsTimeout: 180 version: general\n\n\nvdsRetries: 0 version: general\n",
    { name: "tool errors are ovirt/tool-error-line's", code: "null\nError fetching vdsTimeout value: no such entry with default version.\n" },
    { name: "comment lines inside a multi-line value", code: "IPTablesConfig: \n# vdsm\n-A INPUT -p tcp --dport 54321 -j ACCEPT\n version: general\n" },
    { name: "a -l line", code: 'vdsTimeout: "Host Control Communication Timeout (in seconds)" (Value Type: Integer)\n' },
  ],
  invalid: [
    {
      name: "a shell prompt",
      code: `${SHELL}\nvdsTimeout: 180 version: general\n`,
      errors: [{ messageId: "prompt", message: PROMPT, severity: "info", ...onLine(1, SHELL) }],
    },
    {
      name: "a prompt after a BOM starts in column 1: the invisible BOM takes no column",
      code: `\uFEFF${SHELL}\r\n${PICKED_UP}\r\n`,
      errors: [
        { messageId: "prompt", message: PROMPT, ...onLine(1, SHELL) },
        { messageId: "jvm", message: JVM, ...onLine(2, PICKED_UP) },
      ],
    },
    {
      name: "JVM lines of every kind form one block",
      code: `${PICKED_UP}\nOpenJDK 64-Bit Server VM warning: Options -Xverify:none are deprecated\nWARNING: An illegal reflective access\nSLF4J: Failed to load class\nvdsTimeout: 180 version: general\n`,
      errors: [{ messageId: "jvm", message: JVM, line: 1, column: 1, endLine: 4, endColumn: 28 }],
    },
    {
      name: "pager prompts",
      code: "vdsTimeout: 180 version: general\n-- More --\n--More--(42%)\n(END)\n",
      errors: [{ messageId: "pager", message: PAGER, line: 2, column: 1, endLine: 4, endColumn: 6 }],
    },
    {
      name: "the interactive version prompt is one block",
      code: "Please select a version:\n1. 4.2\n2. 4.3\n",
      errors: [{ messageId: "setPrompt", message: SET_PROMPT, line: 1, column: 1, endLine: 3, endColumn: 7 }],
    },
    {
      name: "a blank line ends a block",
      code: "1. 4.2\n\n2. 4.3\n",
      errors: [
        { messageId: "setPrompt", ...onLine(1, "1. 4.2") },
        { messageId: "setPrompt", ...onLine(3, "2. 4.3") },
      ],
    },
    {
      name: "a bare --cver value",
      code: `vdsTimeout: 180 version: general\n${CVER}\n`,
      errors: [{ messageId: "unattributed", message: UNATTRIBUTED, ...onLine(2, CVER) }],
    },
    {
      name: "unattributed lines form blocks; a # line is not a prompt",
      code: "# saved on Monday\n180\nvdsTimeout: 180 version: general\n2\n",
      errors: [
        { messageId: "unattributed", line: 1, column: 1, endLine: 2, endColumn: 4 },
        { messageId: "unattributed", ...onLine(4, "2") },
      ],
    },
    {
      name: "a tool error between two prompts splits them",
      code: "[a@b ~]$ x\nnull\n[a@b ~]$ y\n",
      errors: [
        { messageId: "prompt", ...onLine(1, "[a@b ~]$ x") },
        { messageId: "prompt", ...onLine(3, "[a@b ~]$ y") },
      ],
    },
  ],
});
