import rule from "../../../rules/qemu/port-ranges.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const privileged = (value: number): string =>
  `migration_port_min ${value} is below 1024; QEMU running as a non-root user cannot listen there.`;
const overlap = (range: string, min: number, max: number, other: string, otherMin: number, otherMax: number): string =>
  `${range} ports ${min}–${max} overlap the ${other} ports ${otherMin}–${otherMax}: firewall rules for one range open the other, and the two port allocators compete for the same ports.`;

/** The three ranges at libvirt's defaults, written out as corpus file 30 does. */
const DEFAULTS = [
  "remote_display_port_min = 5900",
  "remote_display_port_max = 65535",
  "remote_websocket_port_min = 5700",
  "remote_websocket_port_max = 65535",
  "migration_port_min = 49152",
  "migration_port_max = 49215",
  "",
].join("\n");

new RuleTester(qemuEngine).run(rule, {
  valid: [
    "",
    // The defaults overlap by design, even when written out.
    DEFAULTS,
    // Root may bind ports below 1024: "root", "+0" and "0" all name it.
    'user = "root"\nmigration_port_min = 1000',
    'user = "+0"\nmigration_port_min = 1000',
    'user = "0"\nmigration_port_min = 1000',
    "migration_port_min = 1024",
    // Written-out ranges that do not overlap.
    "remote_websocket_port_min = 5700\nremote_websocket_port_max = 5899\nremote_display_port_min = 5900\nremote_display_port_max = 5999\nmigration_port_min = 6000\nmigration_port_max = 6100",
    // Only one of the two ranges is written out: the other is libvirt's default, which overlaps everything above 5900.
    "migration_port_min = 5900\nmigration_port_max = 5999",
    "remote_display_port_min = 5900\nmigration_port_min = 5900\nmigration_port_max = 5999",
    "remote_display_port_max = 6000\nmigration_port_min = 5900\nmigration_port_max = 5999",
    // Ranges libvirt refuses are qemu/value-range's.
    "migration_port_min = 0",
    "migration_port_min = 1000\nmigration_port_max = 500",
    "migration_port_min = 5900\nmigration_port_max = 70000\nremote_display_port_min = 5900\nremote_display_port_max = 6100",
    "remote_display_port_min = 5800\nremote_display_port_max = 6100\nmigration_port_min = 5900\nmigration_port_max = 5999",
    // Values failing their getter are qemu/value-type's.
    'migration_port_min = "1000"',
    "migration_port_min = -1000",
    "user = 0\nmigration_port_min = 1000",
    // The first entry wins, for the ports and for the user.
    "migration_port_min = 49152\nmigration_port_min = 1000",
    'user = "root"\nuser = "qemu"\nmigration_port_min = 1000',
    "remote_display_port_min = 6000\nremote_display_port_max = 6100\nmigration_port_min = 5900\nmigration_port_max = 5999\nmigration_port_max = 6050",
  ],
  invalid: [
    {
      name: "privileged migration ports with the default (non-root) user",
      code: "migration_port_min = 1000\n",
      errors: [
        {
          messageId: "privilegedMigrationPorts",
          message: privileged(1000),
          severity: "warning",
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 26,
          data: { key: "migration_port_min", value: 1000, user: null },
        },
      ],
    },
    {
      name: "an explicit non-root user",
      code: 'user = "qemu"\nmigration_port_min = +80\nmigration_port_max = 90\n',
      errors: [{ message: privileged(80), line: 2, column: 22, endColumn: 25, data: { user: "qemu" } }],
    },
    {
      name: "a later root user is ignored: the first value wins",
      code: 'user = "libvirt-qemu"\nmigration_port_min = 1000\nuser = "root"\n',
      errors: [{ messageId: "privilegedMigrationPorts", line: 2, data: { user: "libvirt-qemu" } }],
    },
    {
      name: "a session daemon cannot start QEMU as root",
      code: 'user = "root"\nmigration_port_min = 1000\n',
      settings: { privileged: false },
      errors: [{ messageId: "privilegedMigrationPorts", line: 2, data: { user: null } }],
    },
    {
      name: "the spec's overlap: reported at the later range's minimum",
      code: "remote_display_port_min = 5900\nremote_display_port_max = 6100\nmigration_port_min = 5900\nmigration_port_max = 5999\n",
      errors: [
        {
          messageId: "overlap",
          message: overlap("migration", 5900, 5999, "remote display", 5900, 6100),
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 26,
          data: { range: "migration", min: 5900, max: 5999, otherRange: "remote display", otherMin: 5900, otherMax: 6100 },
        },
      ],
    },
    {
      name: "file order decides which range is the later one",
      code: "migration_port_max = 5999\nmigration_port_min = 5900\nremote_display_port_max = 6100\nremote_display_port_min = 5950\n",
      errors: [{ message: overlap("remote display", 5950, 6100, "migration", 5900, 5999), line: 4, column: 27, endColumn: 31 }],
    },
    {
      name: "one range at its default, written out, and another changed",
      code: DEFAULTS.replace("migration_port_max = 49215", "migration_port_max = 49300"),
      errors: [
        { message: overlap("migration", 49152, 49300, "remote display", 5900, 65535), line: 5, column: 22 },
        { message: overlap("migration", 49152, 49300, "remote websocket", 5700, 65535), line: 5, column: 22 },
      ],
    },
    {
      name: "websocket and display ranges",
      code: "remote_websocket_port_min = 5700\nremote_websocket_port_max = 6000\nremote_display_port_min = 5900\nremote_display_port_max = 65535\n",
      errors: [{ message: overlap("remote display", 5900, 65535, "remote websocket", 5700, 6000), line: 3, column: 27, endColumn: 31 }],
    },
    {
      name: "three overlapping ranges: one finding per pair",
      code: "remote_websocket_port_min = 5900\nremote_websocket_port_max = 6000\nremote_display_port_min = 5950\nremote_display_port_max = 6050\nmigration_port_min = 6000\nmigration_port_max = 6100\n",
      errors: [
        { message: overlap("remote display", 5950, 6050, "remote websocket", 5900, 6000), line: 3 },
        { message: overlap("migration", 6000, 6100, "remote websocket", 5900, 6000), line: 5 },
        { message: overlap("migration", 6000, 6100, "remote display", 5950, 6050), line: 5 },
      ],
    },
    {
      name: "both variants at once",
      code: "remote_display_port_min = 5900\nremote_display_port_max = 5999\nmigration_port_min = 1000\nmigration_port_max = 6000\n",
      errors: [
        { messageId: "privilegedMigrationPorts", line: 3 },
        { messageId: "overlap", message: overlap("migration", 1000, 6000, "remote display", 5900, 5999), line: 3 },
      ],
    },
  ],
});
