import rule from "../../../rules/ovirt/cors-wildcard.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const MESSAGE = "CORS is enabled for any origin: any web page can call the engine API with a user's session. Fix:";
const OFF = "engine-config -s CORSSupport=false";

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // The 4.5.7 defaults.
    "CORSSupport: false version: general\nCORSAllowedOrigins:  version: general\n",
    // A wildcard is harmless while CORS is off, and unknown when CORSSupport is absent (default false).
    "CORSSupport: false version: general\nCORSAllowedOrigins: * version: general\n",
    "CORSAllowedOrigins: * version: general\n",
    // Not a boolean: ovirt/value-type reports it, and every other rule skips it.
    "CORSSupport: yes version: general\nCORSAllowedOrigins: * version: general\n",
    "CORSSupport: true version: general\nCORSAllowedOrigins: https://admin.example.com version: general\n",
    // `*` inside an origin is not the wildcard item.
    "CORSSupport: true version: general\nCORSAllowedOrigins: https://*.example.com,https://a.example.com version: general\n",
    // The last record decides; the engine reads the general rows only.
    "CORSSupport: true version: general\nCORSAllowedOrigins: * version: general\nCORSAllowedOrigins: https://a.example.com version: general\n",
    "CORSSupport: true version: general\nCORSAllowedOrigins: * version: 4.7\n",
    "CORSSupport: true version: 4.7\nCORSAllowedOrigins: * version: general\n",
  ],
  invalid: [
    {
      name: "the wildcard alone: turn CORS off",
      code: "CORSSupport: true version: general\nCORSAllowedOrigins: * version: general\n",
      errors: [
        {
          messageId: "anyOrigin",
          message: `${MESSAGE} ${OFF}.`,
          severity: "error",
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 22,
          data: { key: "CORSAllowedOrigins", version: "general", value: "*" },
          suggestions: [{ desc: OFF }],
        },
      ],
    },
    {
      name: "the wildcard among origins, any case of true, spaces around items: keep the other origins",
      code: "CORSAllowedOrigins: https://a.example.com, * ,https://b.example.com version: general\nCORSSupport: TRUE version: general\n",
      errors: [
        {
          messageId: "anyOrigin",
          message: `${MESSAGE} engine-config -s CORSAllowedOrigins=https://a.example.com,https://b.example.com.`,
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 68,
          suggestions: [{ desc: "engine-config -s CORSAllowedOrigins=https://a.example.com,https://b.example.com" }],
        },
      ],
    },
    {
      name: "empty items do not count as origins",
      code: "CORSSupport: true version: general\nCORSAllowedOrigins: *, version: general\n",
      errors: [{ messageId: "anyOrigin", message: `${MESSAGE} ${OFF}.`, line: 2, column: 21, endColumn: 23, suggestions: [{ desc: OFF }] }],
    },
    {
      name: "the later CORSSupport record turns it on",
      code: "CORSSupport: false version: general\nCORSAllowedOrigins: * version: general\nCORSSupport: true version: general\n",
      errors: [{ messageId: "anyOrigin", line: 2, column: 21 }],
    },
  ],
});
