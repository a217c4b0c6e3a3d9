import rule from "../../../rules/qemu/stdio-handler-file.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const MESSAGE = 'stdio_handler "file" lets a guest fill the host disk through QEMU\'s log (no virtlogd rollover).';
const DESC = 'Write "logd", so that virtlogd rolls the log over';

new RuleTester(qemuEngine).run(rule, {
  valid: [
    // Absent: libvirt's default is "logd".
    "",
    'stdio_handler = "logd"',
    '#stdio_handler = "file"',
    // The first entry wins.
    'stdio_handler = "logd"\nstdio_handler = "file"',
    // Values libvirt refuses belong to qemu/value-type and qemu/value-enum.
    "stdio_handler = 1",
    'stdio_handler = [ "file" ]',
    'stdio_handler = "File"',
    // Names are case-sensitive: an unknown key.
    'STDIO_HANDLER = "file"',
  ],
  invalid: [
    {
      name: 'stdio_handler = "file" (corpus 08)',
      code: 'stdio_handler = "file"\nuser = "qemu"\n',
      errors: [
        {
          messageId: "file",
          message: MESSAGE,
          severity: "warning",
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 23,
          data: { key: "stdio_handler", value: "file" },
          fix: null,
          suggestions: [{ desc: DESC, fix: { range: [16, 22], text: '"logd"' } }],
        },
      ],
      // A suggestion is never applied by --fix.
      output: 'stdio_handler = "file"\nuser = "qemu"\n',
    },
    {
      name: "any quoting form; the suggestion replaces the whole token",
      code: "  stdio_handler='file' # historical\n",
      errors: [{ line: 1, column: 17, endColumn: 23, suggestions: [{ desc: DESC, fix: { range: [16, 22], text: '"logd"' } }] }],
    },
    {
      name: "the first entry wins: a later logd does not help",
      code: 'stdio_handler = "file"\nstdio_handler = "logd"\n',
      errors: [{ message: MESSAGE, line: 1, column: 17 }],
    },
  ],
});
