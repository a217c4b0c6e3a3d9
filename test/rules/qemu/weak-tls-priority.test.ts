import rule from "../../../rules/qemu/weak-tls-priority.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const at = (key: string, token: string, what: string, more = ""): string => `${key} enables "${token}", ${what}.${more}`;

new RuleTester(qemuEngine).run(rule, {
  valid: [
    'default_tls_priority = "@SYSTEM"\n',
    'migrate_tls_priority = "NORMAL:-VERS-TLS1.0:-VERS-TLS1.1"\n',
    { name: "removing every version is not enabling one", code: 'chardev_tls_priority = "NORMAL:-VERS-ALL:+VERS-TLS1.3"\n' },
    { name: "a token must match whole", code: 'nbd_tls_priority = "NORMAL:+VERS-TLS1.0X:+MD5-LIKE"\n' },
    { name: "LEGACY later in the string is not the start", code: 'backup_tls_priority = "NORMAL:LEGACY"\n' },
    { name: "the priority keys exist only from libvirt 11.6.0", code: 'default_tls_priority = "NORMAL:+VERS-TLS1.0"\n', settings: { libvirtVersion: "11.3.0" } },
    { name: "vnc_tls_priority too", code: 'vnc_tls_priority = "NORMAL:+VERS-TLS1.0"\n', settings: { libvirtVersion: "11.3.0" } },
    { name: "first entry wins: a strong string first", code: 'migrate_tls_priority = "@SYSTEM"\nmigrate_tls_priority = "NORMAL:+VERS-TLS1.0"\n' },
    { name: "a value failing its getter is value-type's business", code: "migrate_tls_priority = 0\n" },
    { name: "vnc_tls_priority that is not a string is not judged", code: 'vnc_tls_priority = ["NORMAL:+VERS-TLS1.0"]\n' },
    { name: "unknown spellings are not read", code: 'tls_priority = "NORMAL:+VERS-TLS1.0"\n' },
  ],
  invalid: [
    {
      name: "the spec's example",
      code: 'migrate_tls_priority = "NORMAL:+VERS-TLS1.0"\n',
      errors: [
        {
          messageId: "version",
          message: 'migrate_tls_priority enables "+VERS-TLS1.0", a broken protocol version.',
          severity: "warning",
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 45,
          fix: null,
          data: { key: "migrate_tls_priority", weak: ["+VERS-TLS1.0"] },
        },
      ],
    },
    {
      name: "one finding per key, naming the first weak token and listing the others",
      code: 'default_tls_priority = "NORMAL:+VERS-SSL3.0:+3DES-CBC:+MD5:+3des-cbc"\n',
      errors: [
        {
          messageId: "version",
          message: at("default_tls_priority", "+VERS-SSL3.0", "a broken protocol version", ' It also enables "+3DES-CBC" and "+MD5".'),
          column: 24,
          endColumn: 70,
          data: { weak: ["+VERS-SSL3.0", "+3DES-CBC", "+MD5"] },
        },
      ],
    },
    {
      name: "GnuTLS keywords ignore case; the token is shown as written",
      code: "chardev_tls_priority = 'normal:+vers-tls1.1'\n",
      errors: [{ messageId: "version", message: at("chardev_tls_priority", "+vers-tls1.1", "a broken protocol version") }],
    },
    {
      code: 'nbd_tls_priority = "NORMAL:+VERS-ALL"\n',
      errors: [{ messageId: "allVersions", message: at("nbd_tls_priority", "+VERS-ALL", "every protocol version including the broken ones") }],
    },
    {
      code: 'backup_tls_priority = "NORMAL:%COMPAT"\n',
      errors: [{ messageId: "compat", message: at("backup_tls_priority", "%COMPAT", "which relaxes protocol checks to talk to broken peers") }],
    },
    {
      code: 'default_tls_priority = "NORMAL:+ARCFOUR-128"\nmigrate_tls_priority = "NORMAL:+ARCFOUR-40"\n',
      errors: [
        { messageId: "cipher", message: at("default_tls_priority", "+ARCFOUR-128", "a broken cipher"), line: 1 },
        { messageId: "cipher", message: at("migrate_tls_priority", "+ARCFOUR-40", "a broken cipher"), line: 2 },
      ],
    },
    {
      code: 'default_tls_priority = "NORMAL:+NULL"\n',
      errors: [
        {
          messageId: "nullAlgorithm",
          message: at("default_tls_priority", "+NULL", "a null algorithm that leaves traffic without encryption or integrity protection"),
        },
      ],
    },
    {
      code: 'default_tls_priority = "NORMAL:+MD5"\n',
      errors: [{ messageId: "hash", message: at("default_tls_priority", "+MD5", "a broken hash algorithm") }],
    },
    {
      code: 'default_tls_priority = "NORMAL:+ANON-ECDH:+ANON-DH"\n',
      errors: [
        {
          messageId: "anonymous",
          message: at("default_tls_priority", "+ANON-ECDH", "an anonymous key exchange that authenticates neither side", ' It also enables "+ANON-DH".'),
        },
      ],
    },
    {
      code: 'default_tls_priority = "NORMAL:%VERIFY_ALLOW_BROKEN"\nchardev_tls_priority = "NORMAL:%VERIFY_ALLOW_SHA1"\n',
      errors: [
        { messageId: "verifyBroken", message: at("default_tls_priority", "%VERIFY_ALLOW_BROKEN", "which accepts certificates signed with broken algorithms") },
        { messageId: "verifySha1", message: at("chardev_tls_priority", "%VERIFY_ALLOW_SHA1", "which accepts certificates signed with SHA-1") },
      ],
    },
    {
      name: "a LEGACY start",
      code: 'migrate_tls_priority = "LEGACY:%COMPAT"\n',
      errors: [
        {
          messageId: "legacy",
          message: 'migrate_tls_priority starts with "LEGACY", which enables legacy protocol versions and algorithms. It also enables "%COMPAT".',
          data: { weak: ["LEGACY", "%COMPAT"] },
        },
      ],
    },
    {
      name: "vnc_tls_priority is judged as documented (qemu/obsolete-key says it is not read)",
      code: 'vnc_tls_priority = "NORMAL:+VERS-TLS1.0"\n',
      errors: [{ messageId: "version", message: at("vnc_tls_priority", "+VERS-TLS1.0", "a broken protocol version"), column: 20, endColumn: 41 }],
    },
    {
      name: "first entry wins: a weak string first",
      code: 'migrate_tls_priority = "NORMAL:+VERS-TLS1.0"\nmigrate_tls_priority = "@SYSTEM"\n',
      errors: [{ messageId: "version", line: 1 }],
    },
    {
      name: "later libvirt releases read the keys too",
      code: 'default_tls_priority = "NORMAL:+VERS-TLS1.0"\n',
      settings: { libvirtVersion: "12.0.0" },
      errors: [{ messageId: "version" }],
    },
  ],
});
