import rule from "../../../rules/nova/comment-in-continuation.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[DEFAULT]\n# a comment\n; another\nhost = a\n",
    { name: "continuation lines with data", code: "[filter_scheduler]\nenabled_filters = ComputeFilter,\n    ImagePropertiesFilter # not first\n" },
    { name: "a first-line value that starts with # is data, not a continuation line", code: "[DEFAULT]\nhost = #a\n" },
  ],
  invalid: [
    {
      name: "an indented comment right after a key, as in corpus file 92",
      code: "[vnc]\nserver_proxyclient_address = $my_ip\n  # an indented comment\n",
      errors: [
        {
          messageId: "notComment",
          message: "This indented line is not a comment: oslo.config appends it to the value of [vnc] server_proxyclient_address.",
          severity: "error",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 24,
          fix: null,
          suggestions: [{ desc: "Remove the indentation.", fix: { range: [42, 44], text: "" } }],
        },
      ],
    },
    {
      name: "; and a tab; the comment lines after the first lose their indentation too",
      code: "[DEFAULT]\nhost = a\n\t; one\n  # two\n",
      errors: [
        {
          message: "This indented line is not a comment: oslo.config appends it to the value of [DEFAULT] host.",
          line: 3,
          column: 1,
          endColumn: 7,
          suggestions: [{ desc: "Remove the indentation of this line and of the indented comment lines after it.", fix: { range: [19, 28], text: "; one\n" } }],
        },
        { line: 4, column: 1, endColumn: 8, suggestions: [{ desc: "Remove the indentation.", fix: { range: [26, 28], text: "" } }] },
      ],
    },
    {
      name: "data after the comment: unindenting would break the file, so the line moves above the key",
      code: "[filter_scheduler]\nenabled_filters = ComputeFilter,\n  # ImagePropertiesFilter,\n  ServerGroupAffinityFilter\n",
      errors: [
        {
          message: "This indented line is not a comment: oslo.config appends it to the value of [filter_scheduler] enabled_filters.",
          line: 3,
          suggestions: [
            {
              desc: "Move the line, unindented, above the assignment.",
              fix: { range: [19, 79], text: "# ImagePropertiesFilter,\nenabled_filters = ComputeFilter,\n" },
            },
          ],
        },
      ],
    },
    {
      name: "the move would print a secret value: advice only",
      code: "[database]\nconnection = mysql+pymysql://nova:S3cret@192.0.2.5/nova\n  # primary\n  ?charset=utf8\n",
      errors: [{ line: 3, suggestions: [{ desc: "Move the line, unindented, above the assignment." }] }],
    },
    {
      name: "in a case-variant section the group is named canonically; CRLF",
      code: "[VNC]\r\nserver_listen = 0.0.0.0\r\n    # listen everywhere\r\n",
      errors: [
        {
          message: "This indented line is not a comment: oslo.config appends it to the value of [vnc] server_listen.",
          line: 3,
          column: 1,
          endColumn: 24,
          suggestions: [{ desc: "Remove the indentation.", fix: { range: [32, 36], text: "" } }],
        },
      ],
    },
  ],
});
