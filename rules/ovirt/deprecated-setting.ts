import { defineRule, type ReportDescriptor } from "../../src/core/rule.js";
import { compareVersions } from "../../src/core/version.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import type { EngineConfigDocument } from "../../src/parsers/engine-config-types.js";
import { engineRows, fixReport, nonDefaultRows, rowCommand } from "./_thresholds.js";
import { isBooleanText, readsAsTrue } from "./_values.js";

/** The first cluster level that no longer reads MaxNumOfVmSockets (its description). */
const SOCKETS_UNUSED_FROM = "4.6";

/**
 * IPTablesConfig's default is a multi-line rule set that no one-line command restores (and the seed
 * script rewrites it at the next engine-setup); the site-custom part is empty by default.
 */
function iptables(document: EngineConfigDocument): ReportDescriptor[] {
  const rules = nonDefaultRows(document, "IPTablesConfig").map(({ record, shown }) => ({
    messageId: "iptablesConfig",
    values: { value: shown },
    span: record.valueSpan,
    data: { key: record.key, version: record.version, value: record.value },
  }));
  const custom = nonDefaultRows(document, "IPTablesConfigSiteCustom").map(({ record, preset, shown }) =>
    fixReport(record, "iptablesSiteCustom", { value: shown }, rowCommand(record, preset)),
  );
  return [...rules, ...custom];
}

/** Freeze in engine, per cluster level; values failing ovirt/value-type (a Boolean key) are skipped. */
function freezeInEngine(document: EngineConfigDocument): ReportDescriptor[] {
  return engineRows(document, "LiveSnapshotPerformFreezeInEngine")
    .filter((record) => isBooleanText(record.value) && readsAsTrue(record.value))
    .map((record) => fixReport(record, "freezeInEngine", { version: record.version }, rowCommand(record, "false")));
}

/** MaxNumOfVmSockets rows of the levels that ignore it (only levels with a catalogue default are compared). */
function unusedSockets(document: EngineConfigDocument): ReportDescriptor[] {
  return nonDefaultRows(document, "MaxNumOfVmSockets")
    .filter(({ record }) => compareVersions(record.version, SOCKETS_UNUSED_FROM) >= 0)
    .map(({ record, preset, shown }) =>
      fixReport(record, "socketsUnused", { version: record.version, value: shown, preset }, rowCommand(record, preset)),
    );
}

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/deprecated-setting",
    engine: "ovirt",
    type: "suggestion",
    description: "Non-default value on a deprecated key",
    defaultSeverity: "info",
    hasSuggestions: true,
    defaultOptions: {},
    messages: {
      iptablesConfig:
        "IPTablesConfig = {{value}} is not the default: it configures the iptables firewall on hosts, which is deprecated since 4.2 and may be removed with these rules.",
      iptablesSiteCustom:
        "IPTablesConfigSiteCustom = {{value}} adds rules to the iptables firewall on hosts, which is deprecated since 4.2 and may be removed with them. Fix: {{fix}}.",
      freezeInEngine:
        "LiveSnapshotPerformFreezeInEngine (version {{version}}) is true: freezing guests from the engine for live snapshots is deprecated since 4.4 and may be removed. Fix: {{fix}}.",
      socketsUnused: `MaxNumOfVmSockets (version {{version}}) = {{value}}, not the default {{preset}}: the key is not used from cluster level ${SOCKETS_UNUSED_FROM} on, so the value has no effect. Fix: {{fix}}.`,
    },
  },
  check(context) {
    const { document } = context;
    for (const report of [...iptables(document), ...freezeInEngine(document), ...unusedSockets(document)]) context.report(report);
  },
});

export default rule;
