import rule from "../../../rules/ovirt/memory-overcommit.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const FIX = "engine-config -s MaxVdsMemOverCommit=200";

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // The 4.5.7 default.
    "MaxVdsMemOverCommit: 200 version: general\n",
    "MaxVdsMemOverCommit: 150 version: general\n",
    // A different key (servers), not checked.
    "MaxVdsMemOverCommitForServers: 400 version: general\n",
    // Not an integer: ovirt/value-type reports it, every other rule skips it.
    "MaxVdsMemOverCommit: 300% version: general\n",
    "MaxVdsMemOverCommit: 400 version: general\nMaxVdsMemOverCommit: 200 version: general\n",
    // Only the general row is read.
    "MaxVdsMemOverCommit: 400 version: 4.7\n",
  ],
  invalid: [
    {
      name: "above 200 %",
      code: "MaxVdsMemOverCommit: 201 version: general\n",
      errors: [
        {
          messageId: "high",
          message: `MaxVdsMemOverCommit = 201: clusters optimized for desktop load may commit 201 % of a host's memory (more than 200 %), inviting host swapping and OOM kills. Fix: ${FIX}.`,
          severity: "info",
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 25,
          data: { key: "MaxVdsMemOverCommit", version: "general", value: "201" },
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "the last record decides",
      code: "MaxVdsMemOverCommit: 200 version: general\nMaxVdsMemOverCommit: 0400 version: general\n",
      errors: [{ messageId: "high", line: 2, message: /^MaxVdsMemOverCommit = 400: .* commit 400 % / }],
    },
  ],
});
