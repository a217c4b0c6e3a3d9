import rule from "../../../rules/nova/inline-comment.js";
import { novaEngine } from "../../../src/engines/nova.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const BENGALI = "# যদি nested VT থাকে kvm, সাময়িকভাবে: virt_type = qemu";

new RuleTester(novaEngine).run(rule, {
  valid: [
    "[DEFAULT]\n# a comment\nhost = compute01\n",
    { name: "no whitespace before the marker", code: "[DEFAULT]\nhost = a#b\nstate_path = /srv/a;b\n" },
    { name: "a value that starts with # (nothing before it on the value side)", code: "[DEFAULT]\nhost = # not a comment either, but no value precedes it\n" },
    { name: "a value in matching quotes is meant whole", code: "[DEFAULT]\nhost = \"a # b\"\n" },
    { name: "only the first line counts (continuation comment lines are nova/comment-in-continuation)", code: "[DEFAULT]\nhost = a\n  b # c\n" },
  ],
  invalid: [
    {
      name: "the comment of corpus file 20",
      code: `[libvirt]\nvirt_type = qemu   ${BENGALI}\n`,
      errors: [
        {
          messageId: "inlineComment",
          message:
            '"# …" after the value of [libvirt] virt_type is not a comment: oslo.config keeps it in the value ("qemu \\x20\\x20# যদি nested VT থাকে kvm, সাময়িক…").',
          severity: "warning",
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 75,
          fix: null,
          suggestions: [{ desc: "Move the comment to its own line above the assignment.", fix: { range: [10, 84], text: `${BENGALI}\nvirt_type = qemu` } }],
        },
      ],
    },
    {
      name: "; after a tab, in a case-variant section, CRLF",
      code: "[Libvirt]\r\nimages_type = rbd\t; ceph\r\n",
      errors: [
        {
          message: '"; …" after the value of [libvirt] images_type is not a comment: oslo.config keeps it in the value ("rbd\\t; ceph").',
          line: 2,
          column: 15,
          endColumn: 25,
          suggestions: [{ desc: "Move the comment to its own line above the assignment.", fix: { range: [11, 35], text: "; ceph\r\nimages_type = rbd" } }],
        },
      ],
    },
    {
      name: "secret options and unknown keys that look secret are hidden",
      code: "[database]\nconnection = mysql+pymysql://nova:S3cret@192.0.2.5/nova # primary\n[DEFAULT]\nadmin_password = S3cret # old\n",
      errors: [
        {
          messageId: "inlineCommentHidden",
          message: '"# …" after the value of [database] connection is not a comment: oslo.config keeps it in the value (hidden).',
          line: 2,
        },
        {
          messageId: "inlineCommentHidden",
          message: '"# …" after the value of [DEFAULT] admin_password is not a comment: oslo.config keeps it in the value (hidden).',
          line: 4,
          // The edits would surround the value, and the output prints a suggestion's replacement text.
          suggestions: [{ desc: "Move the comment to its own line above the assignment." }],
        },
      ],
    },
    {
      name: "a URL password in another option is masked",
      code: "[libvirt]\nconnection_uri = qemu+tcp://root:S3cret@192.0.2.7/system # remote\n",
      errors: [
        {
          message: '"# …" after the value of [libvirt] connection_uri is not a comment: oslo.config keeps it in the value ("qemu+tcp://root:***@192.0.2.7/system # r…").',
          suggestions: [{ desc: "Move the comment to its own line above the assignment." }],
        },
      ],
    },
    {
      name: "the continuation lines stay with their key; the value is shown whole",
      code: "[filter_scheduler]\nenabled_filters = ComputeFilter, # first\n  ImagePropertiesFilter\n",
      errors: [
        {
          message:
            '"# …" after the value of [filter_scheduler] enabled_filters is not a comment: oslo.config keeps it in the value ("ComputeFilter, # first\\nImagePropertiesFi…").',
          line: 2,
          column: 19,
          endLine: 3,
          endColumn: 24,
          suggestions: [{ desc: "Move the comment to its own line above the assignment.", fix: { range: [19, 59], text: "# first\nenabled_filters = ComputeFilter," } }],
        },
      ],
    },
    {
      name: "also in sections oslo.config ignores: the line still does not say what it seems to",
      code: "[cells]\nenable = False # off\n",
      errors: [{ message: '"# …" after the value of [cells] enable is not a comment: oslo.config keeps it in the value ("False # off").' }],
    },
  ],
});
