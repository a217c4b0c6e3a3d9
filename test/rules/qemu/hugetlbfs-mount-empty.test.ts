import { describe, expect, it } from "vitest";
import rule from "../../../rules/qemu/hugetlbfs-mount-empty.js";
import { EMPTY_FILE_CONFIG } from "../../../src/config/types.js";
import { lintFile } from "../../../src/core/linter.js";
import { sourceFromText } from "../../../src/core/source.js";
import { qemuEngine } from "../../../src/engines/qemu.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const MESSAGE =
  'hugetlbfs_mount "" does not disable hugepages: libvirt fails with "cannot determine filesystem for \'\'". Use hugetlbfs_mount = [] instead.';
const DESC = "Replace with [], which disables hugepage backing";
const LIBVIRT = "cannot determine filesystem for '': No such file or directory";

new RuleTester(qemuEngine).run(rule, {
  valid: [
    // Absent: libvirt looks for a mount in /proc/mounts.
    "",
    'hugetlbfs_mount = "/dev/hugepages"',
    // The documented way to have no mount at all.
    "hugetlbfs_mount = []",
    'hugetlbfs_mount = ["/dev/hugepages2M", "/dev/hugepages1G"]',
    '#hugetlbfs_mount = ""',
    // The first entry wins.
    'hugetlbfs_mount = []\nhugetlbfs_mount = ""',
    // Values failing their getter are qemu/value-type's.
    "hugetlbfs_mount = 0",
    'hugetlbfs_mount = ["", 1]',
    // Case-sensitive names: an unknown key.
    'HUGETLBFS_MOUNT = ""',
  ],
  invalid: [
    {
      name: "the template's way to disable hugepages",
      code: 'hugetlbfs_mount = ""\n',
      errors: [
        {
          messageId: "emptyMount",
          message: MESSAGE,
          severity: "error",
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 21,
          data: { key: "hugetlbfs_mount", libvirtFirst: true, libvirtMessage: LIBVIRT },
          fix: null,
          suggestions: [{ desc: DESC, fix: { range: [18, 20], text: "[]" } }],
        },
      ],
      output: 'hugetlbfs_mount = ""\n',
    },
    {
      name: "a list of empty paths: one finding per element, each replacing the whole list",
      code: "hugetlbfs_mount = [ '', \"\" ]\n",
      errors: [
        { line: 1, column: 21, endColumn: 23, suggestions: [{ desc: DESC, fix: { range: [18, 28], text: "[]" } }] },
        { line: 1, column: 25, endColumn: 27, suggestions: [{ desc: DESC, fix: { range: [18, 28], text: "[]" } }] },
      ],
    },
    {
      name: "an empty path beside a real mount",
      code: 'hugetlbfs_mount = [\n  "/dev/hugepages",\n  "",\n]\n',
      errors: [{ message: MESSAGE, line: 3, column: 3, endLine: 3, endColumn: 5, data: { libvirtFirst: true } }],
    },
    {
      name: "libvirt reports an earlier failure first (vnc_tls loads before hugetlbfs_mount)",
      code: 'hugetlbfs_mount = ""\nvnc_tls = "1"\n',
      errors: [{ line: 1, data: { libvirtFirst: false, libvirtMessage: LIBVIRT } }],
    },
    {
      name: "libvirt 9.0.0 fails the same way",
      code: 'hugetlbfs_mount = ""\nhugetlbfs_mount = []\n',
      settings: { libvirtVersion: "9.0.0" },
      errors: [{ message: MESSAGE, line: 1, column: 19 }],
    },
  ],
});

describe("qemu/hugetlbfs-mount-empty suggestions", () => {
  it("offers no [] when the list also names a real mount", () => {
    const config = { ...EMPTY_FILE_CONFIG, rules: { [rule.meta.id]: { severity: "error" as const } } };
    const source = sourceFromText('hugetlbfs_mount = ["/dev/hugepages", ""]\n');
    const [finding, ...rest] = lintFile({ engine: qemuEngine, rules: [rule], fatalRules: [] }, { source }, "qemu.conf", config).messages;
    expect(rest).toEqual([]);
    expect(finding?.ruleId).toBe("qemu/hugetlbfs-mount-empty");
    expect(finding?.suggestions).toBeUndefined();
  });
});
