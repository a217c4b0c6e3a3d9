import { defineRule, FILE_START } from "../../src/core/rule.js";
import { engineVersion, type OvirtRule } from "../../src/engines/ovirt.js";
import { isRegressionRelease } from "./_fencing-model.js";

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/fencing-regression-release",
    engine: "ovirt",
    type: "problem",
    description: "4.4.10.x / 4.5.0 fence hosts after 15–30 s",
    defaultSeverity: "warning",
    defaultOptions: {},
    messages: {
      regression:
        "Engine {{version}} declares a host NonResponsive at its first failed call (≈15–30 s) and fences it: upgrade to 4.5.1 or later.",
    },
  },
  check(context) {
    const { document, settings } = context;
    const version = engineVersion(document, settings);
    if (!isRegressionRelease(version)) return;
    // The version comes from the dump's ProductRPMVersion when it has one (spec §3.6), else from the
    // `ovirtVersion` setting, which has no place in the file.
    const record = document.meta.productVersion?.record;
    context.report({
      messageId: "regression",
      values: { version },
      span: record ? record.valueSpan : FILE_START,
      data: { engineVersion: version, from: record ? "ProductRPMVersion" : "ovirtVersion" },
    });
  },
});

export default rule;
