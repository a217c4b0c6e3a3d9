import rule from "../../../rules/qemu/cgroup-device-acl-widened.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const widened = (device: string): string => `cgroup_device_acl lets every guest's QEMU open ${device}.`;
const legacy = (device: string): string =>
  `cgroup_device_acl lets every guest's QEMU open ${device}, an entry copied from old templates that current QEMU does not use.`;
const EMPTY = "cgroup_device_acl is empty: it replaces libvirt's built-in list, so QEMU may not open even /dev/null or /dev/kvm.";

const BUILT_IN = `cgroup_device_acl = [
    "/dev/null", "/dev/full", "/dev/zero",
    "/dev/random", "/dev/urandom",
    "/dev/ptmx", "/dev/kvm",
    "/dev/userfaultfd"
]
`;

/** Lines 7–12 of corpus file 02 (the charm's list, trailing comma included), after six lines of comments. */
const CHARM = `${"#\n".repeat(6)}cgroup_device_acl = [
   "/dev/null", "/dev/full", "/dev/zero",
   "/dev/random", "/dev/urandom",
   "/dev/ptmx", "/dev/kvm", "/dev/kqemu",
   "/dev/rtc", "/dev/hpet", "/dev/net/tun",
]
`;

new RuleTester(qemuEngine).run(rule, {
  valid: [
    // Absent: libvirt's built-in list.
    "",
    BUILT_IN,
    // Narrowing is not reported (corpus file 40 omits /dev/userfaultfd).
    'cgroup_device_acl = [\r\n    "/dev/null", "/dev/full", "/dev/zero",\r\n    "/dev/random", "/dev/urandom",\r\n    "/dev/ptmx", "/dev/kvm"\r\n]\r\n',
    // The RDMA devices the template documents.
    'cgroup_device_acl = [ "/dev/null", "/dev/infiniband/rdma_cm", "/dev/infiniband/issm0", "/dev/infiniband/uverbs0" ]',
    // Devices the host grants on purpose.
    { code: 'cgroup_device_acl = [ "/dev/null", "/dev/vfio/vfio", "/dev/vfio/12" ]', options: { allow: ["/dev/vfio/*"] } },
    { code: 'cgroup_device_acl = [ "/dev/net/tun", "/dev/vhost-net" ]', options: { allow: ["/dev/net/tun", "/dev/vhost-*"] } },
    { code: 'cgroup_device_acl = [ "/dev/input/by-id/usb-kbd" ]', options: { allow: ["/dev/input/**"] } },
    // allow takes precedence over the legacy variant.
    { code: 'cgroup_device_acl = [ "/dev/rtc" ]', options: { allow: ["/dev/rtc"] } },
    // The first entry wins: a later widened list changes nothing.
    'cgroup_device_acl = [ "/dev/null" ]\ncgroup_device_acl = [ "/dev/sda" ]\n',
    // Values failing the getter are qemu/value-type's.
    'cgroup_device_acl = "/dev/sda"',
    'cgroup_device_acl = [ "/dev/sda", 1 ]',
    // A session daemon uses neither cgroups nor a private /dev.
    { code: 'cgroup_device_acl = [ "/dev/sda" ]', settings: { privileged: false } },
    { code: "cgroup_device_acl = []", settings: { privileged: false } },
    // Other keys do not matter.
    'CGROUP_DEVICE_ACL = [ "/dev/sda" ]\ncgroup_device_acls = [ "/dev/sda" ]\n',
  ],
  invalid: [
    {
      name: "corpus file 02: three legacy entries and /dev/net/tun",
      code: CHARM,
      errors: [
        { messageId: "legacyEntry", message: legacy('"/dev/kqemu"'), severity: "warning", line: 10, column: 29, endLine: 10, endColumn: 41, data: { device: "/dev/kqemu" } },
        { messageId: "legacyEntry", message: legacy('"/dev/rtc"'), line: 11, column: 4, endLine: 11, endColumn: 14, data: { device: "/dev/rtc" } },
        { messageId: "legacyEntry", message: legacy('"/dev/hpet"'), line: 11, column: 16, endLine: 11, endColumn: 27 },
        { messageId: "widened", message: widened('"/dev/net/tun"'), line: 11, column: 29, endLine: 11, endColumn: 43, data: { device: "/dev/net/tun" } },
      ],
    },
    {
      name: "the spec's example",
      code: 'cgroup_device_acl = [ "/dev/null", "/dev/vfio/vfio" ]',
      errors: [{ messageId: "widened", message: widened('"/dev/vfio/vfio"'), line: 1, column: 36, endLine: 1, endColumn: 52 }],
    },
    {
      name: "an empty list replaces the built-in one",
      code: "cgroup_device_acl = []",
      errors: [{ messageId: "empty", message: EMPTY, line: 1, column: 21, endLine: 1, endColumn: 23 }],
    },
    {
      name: "an empty list across lines",
      code: "cgroup_device_acl = [\n]\n",
      errors: [{ messageId: "empty", message: EMPTY, line: 1, column: 21, endLine: 2, endColumn: 2 }],
    },
    {
      name: "long paths are shortened; single-quoted elements point at their quote",
      code: "cgroup_device_acl = [ '/dev/input/by-id/usb-Logitech_G502_HERO_Gaming_Mouse_0885385D3730-event-mouse' ]",
      errors: [
        {
          messageId: "widened",
          message: widened('"/dev/input/by-id/usb-Logitech_G502_HERO_…"'),
          line: 1,
          column: 23,
          endLine: 1,
          endColumn: 102,
          data: { device: "/dev/input/by-id/usb-Logitech_G502_HERO_Gaming_Mouse_0885385D3730-event-mouse" },
        },
      ],
    },
    {
      name: "only direct children of /dev/infiniband are documented; every element is reported, duplicates too",
      code: 'cgroup_device_acl = [ "/dev/infiniband/x/y", "/dev/sda", "/dev/sda" ]',
      errors: [
        { messageId: "widened", message: widened('"/dev/infiniband/x/y"'), line: 1, column: 23 },
        { messageId: "widened", message: widened('"/dev/sda"'), line: 1, column: 46 },
        { messageId: "widened", message: widened('"/dev/sda"'), line: 1, column: 58 },
      ],
    },
    {
      name: "allow patterns that do not match leave the element reported",
      code: 'cgroup_device_acl = [ "/dev/vfio/vfio", "/dev/sev" ]',
      options: { allow: ["/dev/vfio/*"] },
      errors: [{ messageId: "widened", message: widened('"/dev/sev"'), line: 1, column: 41, endLine: 1, endColumn: 51 }],
    },
    {
      name: "the first entry wins: a later built-in list changes nothing",
      code: 'cgroup_device_acl = [ "/dev/hpet" ]\ncgroup_device_acl = [ "/dev/null" ]\n',
      errors: [{ messageId: "legacyEntry", message: legacy('"/dev/hpet"'), line: 1, column: 23, endLine: 1, endColumn: 34 }],
    },
    {
      name: "control characters are escaped in the message",
      code: 'cgroup_device_acl = [ "/dev/a\tb" ]',
      errors: [{ messageId: "widened", message: widened('"/dev/a\\tb"'), line: 1, column: 23 }],
    },
  ],
});
