import rule from "../../../rules/ovirt/fencing-regression-release.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const MESSAGE = (version: string): string =>
  `Engine ${version} declares a host NonResponsive at its first failed call (≈15–30 s) and fences it: upgrade to 4.5.1 or later.`;

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    // The default setting: 4.5.7.
    "",
    "vdsTimeout: 180 version: general\n",
    "ProductRPMVersion: 4.5.7-1.el9 version: general\n",
    // The fix (4.5.1) and the releases before the regression.
    "ProductRPMVersion: 4.5.1.3-1.el8 version: general\n",
    "ProductRPMVersion: 4.4.9.5-1.el8 version: general\n",
    "ProductRPMVersion: 4.3.11.4-0.1.el7 version: general\n",
    // 4.5.10 and 4.4.1 are not 4.5.0 and 4.4.10.
    { code: "", settings: { ovirtVersion: "4.5.10" } },
    { code: "", settings: { ovirtVersion: "4.4.1" } },
    // The dump's ProductRPMVersion wins over the setting (spec §3.6).
    { code: "ProductRPMVersion: 4.5.7-1.el9 version: general\n", settings: { ovirtVersion: "4.5.0" } },
  ],
  invalid: [
    {
      name: "4.5.0.x from the dump: at the ProductRPMVersion value",
      code: "vdsTimeout: 180 version: general\nProductRPMVersion: 4.5.0.2-1.el8 version: general\n",
      errors: [
        {
          messageId: "regression",
          message: MESSAGE("4.5.0.2"),
          severity: "warning",
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 33,
          data: { engineVersion: "4.5.0.2", from: "ProductRPMVersion" },
        },
      ],
    },
    {
      name: "an RHV 4.4.10 package (the backport)",
      code: "ProductRPMVersion: 4.4.10.7-0.4.el8ev version: general\n",
      errors: [{ messageId: "regression", message: MESSAGE("4.4.10.7"), line: 1, column: 20, endColumn: 38 }],
    },
    {
      name: "the dump's version wins over the setting",
      code: "ProductRPMVersion: 4.5.0-1.el8 version: general\n",
      settings: { ovirtVersion: "4.5.7" },
      errors: [{ messageId: "regression", message: MESSAGE("4.5.0"), line: 1, column: 20 }],
    },
    {
      name: "from the setting: at the top of the file",
      code: "vdsTimeout: 180 version: general\n",
      settings: { ovirtVersion: "4.4.10" },
      errors: [
        {
          messageId: "regression",
          message: MESSAGE("4.4.10"),
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          data: { engineVersion: "4.4.10", from: "ovirtVersion" },
        },
      ],
    },
    {
      name: "a setting of 4.5 reads as 4.5.0, as the fencing model reads it",
      code: "",
      settings: { ovirtVersion: "4.5" },
      errors: [{ messageId: "regression", message: MESSAGE("4.5") }],
    },
  ],
});
