import { defineRule } from "../../src/core/rule.js";
import type { OvirtRule } from "../../src/engines/ovirt.js";
import { displayKeyValue } from "./_values.js";
import { checkedRecords, keyLabel, remedy, restoreDefaultCommand, type TypeProblem } from "./_validation.js";

/** What the engine does with the value: its own parser fails, or engine-config's helper would refuse it. */
const ENGINE_DROPS = '(the engine logs "Error parsing option" and uses no value)';
const SET_REFUSES = "(engine-config -s would refuse it)";

const messages = {
  integer: `{{label}} must be an integer; {{value}} is not ${ENGINE_DROPS}.{{remedy}}`,
  integerRange: `{{label}} must be an integer from -2147483648 to 2147483647; {{value}} is not ${ENGINE_DROPS}.{{remedy}}`,
  integerOrJson: `{{label}} must be a JSON object of integers per architecture (or an integer); {{value}} is neither.{{remedy}}`,
  double: `{{label}} must be a number; {{value}} is not ${ENGINE_DROPS}.{{remedy}}`,
  boolean: "{{label}} must be true or false; {{value}} is neither, and the engine reads it as false.{{remedy}}",
  integerList: `{{label}} must be integers separated by ","; {{value}} is not ${SET_REFUSES}.{{remedy}}`,
  mtu: '{{label}} must be 0 or at least 68; {{value}} is not (engine-config -s says "MTU value is invalid.").{{remedy}}',
  password: "{{label}} shows a value {{value}} where engine-config prints only Set or Empty: the line was edited.",
  webSocketProxy: `{{label}} must be Off or host:port with a port from 1 to 65635; {{value}} is not ${SET_REFUSES}.{{remedy}}`,
  migrationPolicies: `{{label}} must be a JSON array of migration policies; {{value}} is not ${SET_REFUSES}.{{remedy}}`,
  deviceSyntax: '{{label}} must be name=regex items separated by ";"; {{value}} has the {type=…;prop={…}} syntax of CustomDeviceProperties.{{remedy}}',
  customProperties: `{{label}} must be name=regex items separated by ";"; {{value}} is not ${SET_REFUSES}.{{remedy}}`,
  deviceProperties: `{{label}} must be {type=…;prop={…}} groups; {{value}} is not ${SET_REFUSES}.{{remedy}}`,
  fenceConfig: `{{label}} must not be empty ${SET_REFUSES}.{{remedy}}`,
  remoteViewerVersions: `{{label}} must be os:version items separated by ";"; {{value}} is not ${SET_REFUSES}.{{remedy}}`,
} satisfies Record<TypeProblem, string>;

const rule: OvirtRule = defineRule({
  meta: {
    id: "ovirt/value-type",
    engine: "ovirt",
    type: "problem",
    description: "Value does not parse as the key's type",
    defaultSeverity: "error",
    hasSuggestions: true,
    defaultOptions: {},
    messages,
  },
  check(context) {
    // Unknown keys and default values have no type problem (spec §7.1).
    for (const { record, entry, typeProblem: messageId } of checkedRecords(context.document)) {
      if (entry === undefined || messageId === undefined) continue;
      const fix = remedy(restoreDefaultCommand(entry, record));
      context.report({
        messageId,
        values: { label: keyLabel(record), value: displayKeyValue(record.key, record.value), remedy: fix.text },
        span: record.valueSpan,
        suggestions: fix.suggestions,
      });
    }
  },
});

export default rule;
