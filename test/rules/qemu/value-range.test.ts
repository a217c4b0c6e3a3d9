import rule from "../../../rules/qemu/value-range.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const internal = (text: string): string => `internal error: qemu.conf: ${text}`;
const v9 = { libvirtVersion: "9.0.0" };

new RuleTester(qemuEngine).run(rule, {
  valid: [
    "vnc_tls = 1\nvnc_sasl = +0\nspice_tls = 01",
    "max_queued = 4294967295",
    "keepalive_interval = -2147483648\nseccomp_sandbox = 2147483647",
    "max_core = 9223372036854775807",
    // Documented as 0–9, but libvirt checks only the getter's range (§5.3).
    "gluster_debug_level = 100",
    "migration_port_min = 49152\nmigration_port_max = 49215",
    "migration_port_min = 1\nmigration_port_max = 65535",
    // The partner key's default is in range.
    "migration_port_max = 49152",
    "migration_port_min = 49215",
    "remote_display_port_min = 5900\nremote_display_port_max = 5900",
    "remote_websocket_port_min = 5700\nremote_websocket_port_max = 65535",
    "remote_display_port_min = 65535",
    "allow_disk_format_probing = 0",
    // First entry wins.
    "vnc_tls = 1\nvnc_tls = 2",
    "migration_port_max = 50000\nmigration_port_max = 100",
    // A getter type error is qemu/value-type's, even when the number would also be out of range.
    'vnc_tls = "2"',
    "max_queued = -99999999999",
    // Unknown keys are not read, even when their number wraps.
    { code: "a = 99999999999999999999", settings: v9 },
    // From 11.3.0 the parser refuses such numbers (qemu/parse-error); in range, nothing wraps.
    { code: "max_core = 9223372036854775807", settings: { libvirtVersion: "11.3.0" } },
  ],
  invalid: [
    {
      name: "§6 row 24",
      code: "vnc_tls = 2",
      errors: [
        {
          messageId: "boolRange",
          message: `vnc_tls must be 0 or 1, not 2 (libvirt: "value for 'vnc_tls' parameter must be 0 or 1").`,
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 12,
          data: { key: "vnc_tls", libvirtFirst: true, libvirtMessage: internal("value for 'vnc_tls' parameter must be 0 or 1") },
        },
      ],
    },
    {
      name: "the bool getter compares all 64 bits with 1",
      code: "remember_owner = 4294967296",
      errors: [{ messageId: "boolRange", message: `remember_owner must be 0 or 1, not 4294967296 (libvirt: "value for 'remember_owner' parameter must be 0 or 1").` }],
    },
    {
      code: "keepalive_interval = 2147483648",
      errors: [
        {
          messageId: "intRange",
          message: `keepalive_interval must be between -2147483648 and 2147483647, not 2147483648 (libvirt: "value for 'keepalive_interval' parameter must be in range -2147483648:2147483647").`,
          column: 22,
          endColumn: 32,
        },
      ],
    },
    {
      code: "seccomp_sandbox = -2147483649",
      errors: [{ messageId: "intRange", column: 19, endColumn: 30 }],
    },
    {
      name: "§6 row 29",
      code: "max_queued = 99999999999",
      errors: [
        {
          messageId: "uintRange",
          message: `max_queued must be at most 4294967295, not 99999999999 (libvirt: "value for 'max_queued' parameter must be in range 0:4294967295").`,
          data: { libvirtMessage: internal("value for 'max_queued' parameter must be in range 0:4294967295") },
        },
      ],
    },
    {
      name: "§6 row 30 (9.0.0): the number wraps silently",
      code: "max_core = 99999999999999999999",
      settings: v9,
      errors: [
        {
          messageId: "overflow",
          message:
            'max_core 99999999999999999999 is too large for libvirt 11.3.0 and later, which refuse the file ("numeric overflow in conf value"); libvirt 9.0.0 reads it as 7766279631452241919.',
          line: 1,
          column: 12,
          endColumn: 32,
          data: { key: "max_core", libvirtFirst: false },
        },
      ],
    },
    {
      name: "§6 row 32 (9.0.0): the int getter reads 2^64-1 as -1",
      code: "keepalive_interval = 18446744073709551615",
      settings: { libvirtVersion: "10.0.0" },
      errors: [
        {
          messageId: "overflow",
          message:
            'keepalive_interval 18446744073709551615 is too large for libvirt 11.3.0 and later, which refuse the file ("numeric overflow in conf value"); libvirt 10.0.0 reads it as -1.',
        },
      ],
    },
    {
      name: "2^64 wraps to 0, a valid bool",
      code: "vnc_tls = 18446744073709551616",
      settings: v9,
      errors: [{ messageId: "overflow", message: /libvirt 9\.0\.0 reads it as 0\.$/ }],
    },
    {
      name: "a wrapped number that the getter then refuses",
      code: "vnc_tls = 99999999999999999999",
      settings: { libvirtVersion: "11.2.0" },
      errors: [
        {
          messageId: "overflowOutOfRange",
          message:
            'vnc_tls 99999999999999999999 is too large: libvirt 11.2.0 reads it as 7766279631452241919, which is out of range (libvirt: "value for \'vnc_tls\' parameter must be 0 or 1").',
          data: { libvirtFirst: true, libvirtMessage: internal("value for 'vnc_tls' parameter must be 0 or 1") },
        },
      ],
    },
    {
      name: "§6 row 31 (9.0.0): LLONG_MIN is kept, and is out of an int's range",
      code: "seccomp_sandbox = -9223372036854775808",
      settings: v9,
      errors: [{ messageId: "overflowOutOfRange", message: /^seccomp_sandbox -9223372036854775808 is too large: libvirt 9\.0\.0 reads it as -9223372036854775808, which is out of range/ }],
    },
    {
      name: "§6 row 65",
      code: "migration_port_min = 50000\nmigration_port_max = 49999",
      errors: [
        {
          messageId: "portBelowMin",
          message: `migration_port_max 49999 is below migration_port_min 50000 (libvirt: "migration_port_max: port must be between the minimal port 50000 and 65535").`,
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 27,
          data: { libvirtFirst: true, libvirtMessage: internal("migration_port_max: port must be between the minimal port 50000 and 65535") },
        },
      ],
    },
    {
      name: "the default minimum 49152 applies when migration_port_min is not set",
      code: "migration_port_max = 100",
      errors: [
        {
          messageId: "portBelowDefaultMin",
          message: `migration_port_max 100 is below the default migration_port_min 49152 (libvirt: "migration_port_max: port must be between the minimal port 49152 and 65535").`,
          column: 22,
          endColumn: 25,
        },
      ],
    },
    {
      name: "the default maximum 49215 applies when migration_port_max is not set",
      code: "migration_port_min = 50000",
      errors: [
        {
          messageId: "portAboveDefaultMax",
          message: `migration_port_min 50000 is above the default migration_port_max 49215; set migration_port_max as well (libvirt: "migration_port_max: port must be between the minimal port 50000 and 65535").`,
          column: 22,
          endColumn: 27,
        },
      ],
    },
    {
      code: "migration_port_min = 0",
      errors: [
        {
          messageId: "portBelowFloor",
          message: `migration_port_min 0 is below 1, the lowest port libvirt accepts here (libvirt: "migration_port_min: port must be greater than 0").`,
        },
      ],
    },
    {
      code: "migration_port_min = 49152\nmigration_port_max = 70000",
      errors: [
        {
          messageId: "portAboveMax",
          message: `migration_port_max 70000 is above 65535, the highest TCP port (libvirt: "migration_port_max: port must be between the minimal port 49152 and 65535").`,
          line: 2,
        },
      ],
    },
    {
      code: "remote_websocket_port_min = 5699",
      errors: [
        {
          messageId: "portBelowFloor",
          message: `remote_websocket_port_min 5699 is below 5700, the lowest port libvirt accepts here (libvirt: "remote_websocket_port_min: port must be greater than or equal to 5700").`,
        },
      ],
    },
    {
      code: "remote_websocket_port_max = 5000",
      errors: [
        {
          messageId: "portBelowDefaultMin",
          message: `remote_websocket_port_max 5000 is below the default remote_websocket_port_min 5700 (libvirt: "remote_websocket_port_max: port must be between the minimal port and 65535").`,
        },
      ],
    },
    {
      code: "remote_websocket_port_min = 70000",
      errors: [{ messageId: "portAboveDefaultMax", message: /^remote_websocket_port_min 70000 is above the default remote_websocket_port_max 65535;/ }],
    },
    {
      code: "remote_display_port_min = 5800",
      errors: [{ messageId: "portBelowFloor", message: /^remote_display_port_min 5800 is below 5900,.*"remote_display_port_min: port must be greater than or equal to 5900"\)\.$/ }],
    },
    {
      code: "remote_display_port_max = 65536",
      errors: [{ messageId: "portAboveMax", message: /^remote_display_port_max 65536 is above 65535/ }],
    },
    {
      code: "remote_display_port_min = 6000\nremote_display_port_max = 5999",
      errors: [{ messageId: "portBelowMin", message: /^remote_display_port_max 5999 is below remote_display_port_min 6000 / }],
    },
    {
      name: "both keys of a pair can fail; libvirt reports the minimum",
      code: "remote_display_port_min = 100\nremote_display_port_max = 50",
      errors: [
        { messageId: "portBelowFloor", line: 1, data: { libvirtFirst: true } },
        { messageId: "portBelowMin", line: 2, data: { libvirtFirst: false } },
      ],
    },
    {
      code: "allow_disk_format_probing = 1",
      errors: [
        {
          messageId: "probing",
          message: `allow_disk_format_probing = 1 is no longer supported and stops the QEMU driver; delete the line (libvirt: "allow_disk_format_probing is no longer supported").`,
          column: 29,
          endColumn: 30,
          data: { libvirtMessage: "unsupported configuration: allow_disk_format_probing is no longer supported" },
        },
      ],
    },
    {
      name: "only the first entry is judged",
      code: "migration_port_max = 100\nmigration_port_max = 50000",
      errors: [{ messageId: "portBelowDefaultMin", line: 1 }],
    },
    {
      name: "§6 row 64: remember_owner is not what libvirt reports",
      code: 'keepalive_count = -1\nspice_tls = "1"\nremember_owner = 5\n',
      errors: [{ messageId: "boolRange", line: 3, data: { libvirtFirst: false } }],
    },
  ],
});
