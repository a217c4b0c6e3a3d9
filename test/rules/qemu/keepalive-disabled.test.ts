import rule from "../../../rules/qemu/keepalive-disabled.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const interval = (value: number): string => `keepalive_interval = ${value}: peer-to-peer migration never detects a dead destination daemon.`;
const count = (value: number): string => `keepalive_count = ${value} closes the migration connection after one idle interval.`;

new RuleTester(qemuEngine).run(rule, {
  valid: [
    // Absent: 5 and 5.
    "",
    "keepalive_interval = 5\nkeepalive_count = 5",
    "keepalive_interval = 1\nkeepalive_count = 1",
    "#keepalive_interval = -1\n#keepalive_count = 0",
    // The first entry wins.
    "keepalive_interval = 5\nkeepalive_interval = -1",
    "keepalive_count = 3\nkeepalive_count = 0",
    // Values failing their getter belong to qemu/value-type and qemu/value-range.
    'keepalive_interval = "-1"',
    "keepalive_count = -1",
    "keepalive_count = -0",
    "keepalive_interval = -2147483649",
    // Case-sensitive names; "keepalive" alone is not a key.
    "KEEPALIVE_INTERVAL = -1\nkeepalive = 0",
  ],
  invalid: [
    {
      name: "both keys switched off (corpus 30): one finding per key",
      code: "keepalive_interval = -1\nkeepalive_count = 0\n",
      errors: [
        {
          messageId: "intervalOff",
          message: interval(-1),
          severity: "warning",
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 24,
          data: { key: "keepalive_interval", value: -1 },
        },
        { messageId: "countZero", message: count(0), line: 2, column: 19, endLine: 2, endColumn: 20, data: { key: "keepalive_count", value: 0 } },
      ],
    },
    {
      name: "every interval ≤ 0 disables keepalive; the value shows as libvirt reads it",
      code: "keepalive_interval = -0\n",
      errors: [{ messageId: "intervalOff", message: interval(0), column: 22, endColumn: 24 }],
    },
    {
      name: "zero written with a sign and leading zeros",
      code: "keepalive_interval = +000\nkeepalive_count = +0\n",
      errors: [
        { message: interval(0), line: 1, column: 22, endColumn: 26 },
        { message: count(0), line: 2, column: 19, endColumn: 21 },
      ],
    },
    {
      name: "the lowest int",
      code: "keepalive_interval = -2147483648",
      errors: [{ message: interval(-2147483648) }],
    },
    {
      name: "libvirt 9.0.0 wraps 2^64−1 to −1 (spec §5.2)",
      code: "keepalive_interval = 18446744073709551615",
      settings: { libvirtVersion: "9.0.0" },
      errors: [{ message: interval(-1), column: 22, endColumn: 42 }],
    },
    {
      name: "the first entry wins",
      code: "keepalive_count = 0\nkeepalive_count = 5\nkeepalive_interval = -1\nkeepalive_interval = 5\n",
      errors: [
        { messageId: "countZero", line: 1 },
        { messageId: "intervalOff", line: 3 },
      ],
    },
  ],
});
