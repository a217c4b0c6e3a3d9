import rule from "../../../rules/ovirt/session-timeout.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const FIX = "engine-config -s UserSessionTimeOutInterval=30";

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    "UserSessionTimeOutInterval: 30 version: general\n",
    "UserSessionTimeOutInterval: 480 version: general\n",
    "UserSessionTimeOutInterval: +480 version: general\n",
    // Outside validValues (ovirt/value-not-allowed), but neither negative nor long.
    "UserSessionTimeOutInterval: 0 version: general\n",
    // Not an integer: ovirt/value-type reports it, every other rule skips it.
    "UserSessionTimeOutInterval: never version: general\n",
    "UserSessionTimeOutInterval: 99999999999 version: general\n",
    "UserSessionTimeOutInterval: -1 version: general\nUserSessionTimeOutInterval: 60 version: general\n",
    // Only the general row is read.
    "UserSessionTimeOutInterval: -1 version: 4.7\n",
    { code: "UserSessionTimeOutInterval: 1440 version: general\n", options: { maxMinutes: 1440 } },
  ],
  invalid: [
    {
      name: "negative: never",
      code: "UserSessionTimeOutInterval: -1 version: general\n",
      errors: [
        {
          messageId: "neverExpire",
          message: `UserSessionTimeOutInterval = -1: web and API sessions never expire. Fix: ${FIX}.`,
          severity: "warning",
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 31,
          data: { key: "UserSessionTimeOutInterval", version: "general", value: "-1" },
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "any negative value, read as Integer.parseInt reads it",
      code: "UserSessionTimeOutInterval: -0005 version: general\n",
      errors: [{ messageId: "neverExpire", message: `UserSessionTimeOutInterval = -5: web and API sessions never expire. Fix: ${FIX}.`, column: 29, endColumn: 34 }],
    },
    {
      name: "above the default maximum of 480 minutes",
      code: "UserSessionTimeOutInterval: 481 version: general\n",
      errors: [
        {
          messageId: "tooLong",
          message: `UserSessionTimeOutInterval = 481: idle web and API sessions stay valid for 481 minutes, more than 480. Fix: ${FIX}.`,
          line: 1,
          column: 29,
          endColumn: 32,
          suggestions: [{ desc: FIX }],
        },
      ],
    },
    {
      name: "the last record decides",
      code: "UserSessionTimeOutInterval: 30 version: general\nUserSessionTimeOutInterval: 10080 version: general\n",
      errors: [{ messageId: "tooLong", line: 2, message: /= 10080: idle .* for 10080 minutes, more than 480\./ }],
    },
    {
      name: "option maxMinutes",
      code: "UserSessionTimeOutInterval: 60 version: general\n",
      options: { maxMinutes: 45 },
      errors: [{ messageId: "tooLong", message: `UserSessionTimeOutInterval = 60: idle web and API sessions stay valid for 60 minutes, more than 45. Fix: ${FIX}.` }],
    },
    {
      name: "a maximum below the default: the fix sets the maximum",
      code: "UserSessionTimeOutInterval: 30 version: general\n",
      options: { maxMinutes: 15 },
      errors: [
        {
          messageId: "tooLong",
          message: "UserSessionTimeOutInterval = 30: idle web and API sessions stay valid for 30 minutes, more than 15. Fix: engine-config -s UserSessionTimeOutInterval=15.",
          suggestions: [{ desc: "engine-config -s UserSessionTimeOutInterval=15" }],
        },
      ],
    },
    {
      name: "never expiring, with a maximum below the default",
      code: "UserSessionTimeOutInterval: -1 version: general\n",
      options: { maxMinutes: 20 },
      errors: [{ messageId: "neverExpire", suggestions: [{ desc: "engine-config -s UserSessionTimeOutInterval=20" }] }],
    },
  ],
});
