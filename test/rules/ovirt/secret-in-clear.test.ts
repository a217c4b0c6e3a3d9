import { describe, expect, it } from "vitest";
import rule from "../../../rules/ovirt/secret-in-clear.js";
import { EMPTY_FILE_CONFIG } from "../../../src/config/types.js";
import { lintFile } from "../../../src/core/linter.js";
import { sourceFromText } from "../../../src/core/source.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const REMEDY =
  "Remove the value from the dump (and from every copy) before sharing it, and change the secret if the dump has already been shared";
const KNOWN = "AttestationTruststorePass is printed in clear text by engine-config: this dump contains a secret. (hidden)";
const unknown = (key: string): string =>
  `${key} is not an engine-config key, but its name suggests a secret and this dump shows its value in clear text. (hidden)`;

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // The 4.5.7 default: empty.
    "AttestationTruststorePass:  version: general\n",
    // A blank value (here one space between the colon's space and " version:") holds no secret.
    "AttestationTruststorePass:   version: general\n",
    // A Password-typed key is never printed.
    "SysPrepDefaultPassword: Set version: general\n",
    "SysPrepDefaultPassword: Empty version: general\n",
    // Known keys whose names look secret-free, and unknown keys that do not look secret.
    "AttestationTruststore: TrustStore.jks version: general\n",
    "MyCustomSetting: s3cret version: general\n",
    // An unknown key printed as engine-config prints a Password key (another release's key).
    "DbAdminPassword: Set version: general\nApiToken: Empty version: general\n",
    "ApiToken:  version: general\n",
    // A value that engine-config would print is not read from an unreadable record.
    "AttestationTruststorePass: hunter2\n",
  ],
  invalid: [
    {
      name: "AttestationTruststorePass, typed String, printed in clear",
      code: "AttestationServer: oat.example.com version: general\nAttestationTruststorePass: hunter2 version: general\n",
      errors: [
        {
          messageId: "knownKey",
          message: KNOWN,
          severity: "error",
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 35,
          data: { key: "AttestationTruststorePass", version: "general" },
          suggestions: [{ desc: REMEDY }],
        },
      ],
    },
    {
      name: "every readable record, not only the effective one: an overwritten secret is still in the text",
      code: "AttestationTruststorePass: old-secret version: general\nAttestationTruststorePass: new-secret version: general\nAttestationTruststorePass: x version: 4.7\n",
      errors: [
        { messageId: "knownKey", message: KNOWN, line: 1, column: 28, endColumn: 38 },
        { messageId: "knownKey", message: KNOWN, line: 2, column: 28, endColumn: 38 },
        { messageId: "knownKey", message: KNOWN, line: 3, column: 28, endColumn: 29, data: { key: "AttestationTruststorePass", version: "4.7" } },
      ],
    },
    {
      name: "unknown keys whose name suggests a secret, in any letter case",
      code: [
        "DbAdminPassword: hunter2 version: general",
        "ldap_passwd: x version: general",
        "OauthClientSecret: y version: general",
        "ApiTOKEN: z version: general",
        "KeystorePass: Set1 version: general",
        "",
      ].join("\n"),
      errors: [
        { messageId: "unknownKey", message: unknown("DbAdminPassword"), line: 1, column: 18, endColumn: 25, suggestions: [{ desc: REMEDY }] },
        { messageId: "unknownKey", message: unknown("ldap_passwd"), line: 2, column: 14, endColumn: 15 },
        { messageId: "unknownKey", message: unknown("OauthClientSecret"), line: 3 },
        { messageId: "unknownKey", message: unknown("ApiTOKEN"), line: 4 },
        { messageId: "unknownKey", message: unknown("KeystorePass"), line: 5 },
      ],
    },
    {
      name: "a record read leniently still shows the secret",
      code: "AttestationTruststorePass : hunter2 version: general\n",
      errors: [{ messageId: "knownKey", message: KNOWN, line: 1, column: 29, endColumn: 36 }],
    },
  ],
});

describe("ovirt/secret-in-clear never echoes the secret", () => {
  it("keeps it out of every field of the finding", () => {
    const code = "AttestationTruststorePass: hunter2 version: general\nMyApiToken: tok-123 version: 4.7\n";
    const config = { ...EMPTY_FILE_CONFIG, rules: { [rule.meta.id]: { severity: "error" as const } } };
    const binding = { engine: ovirtEngine, rules: [rule], fatalRules: [] };
    const found = lintFile(binding, { source: sourceFromText(code) }, "dump.txt", config).messages;
    expect(found).toHaveLength(2);
    const text = JSON.stringify(found);
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("tok-123");
  });
});
