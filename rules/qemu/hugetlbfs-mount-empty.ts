import type { Edit } from "../../src/core/diagnostic.js";
import { defineRule } from "../../src/core/rule.js";
import type { QemuRule } from "../../src/engines/qemu.js";
import type { VirValue } from "../../src/parsers/virconf.js";
import { problemsFor, readKey, reportProblem } from "./_values.js";

/**
 * `[]` clears the mount list, which is what the template's `""` was meant to do (tmpl l.736–741).
 * Offered only when the whole value is empty paths: in a list that also names real mounts, the
 * author did not mean to turn hugepages off.
 */
function replaceWithEmptyList(value: VirValue): { desc: string; edits: Edit[] }[] {
  const items = value.kind === "list" ? value.items : [value];
  if (!items.every((item) => item.kind === "string" && item.value === "")) return [];
  return [{ desc: "Replace with [], which disables hugepage backing", edits: [{ start: value.start, end: value.end, text: "[]" }] }];
}

const rule: QemuRule = defineRule({
  meta: {
    id: "qemu/hugetlbfs-mount-empty",
    engine: "qemu",
    type: "problem",
    description: 'Setting hugetlbfs_mount = "" makes libvirt fail',
    defaultSeverity: "error",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      emptyMount:
        'hugetlbfs_mount "" does not disable hugepages: libvirt fails with "cannot determine filesystem for \'\'". Use hugetlbfs_mount = [] instead.',
    },
  },
  check(context) {
    // _values.ts finds the empty paths, in libvirt's order, because they decide which failure libvirt reports first.
    const problems = problemsFor(context, "qemu/hugetlbfs-mount-empty");
    const reading = readKey(context, "hugetlbfs_mount");
    if (problems.length === 0 || reading.status !== "ok") return;
    const suggestions = replaceWithEmptyList(reading.entry.value);
    for (const problem of problems) reportProblem(context, problem, suggestions);
  },
});

export default rule;
