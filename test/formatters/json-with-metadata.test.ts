import { describe, expect, it } from "vitest";
import type { SuppressedDiagnostic } from "../../src/core/diagnostic.js";
import { json } from "../../src/formatters/json.js";
import { jsonWithMetadata, type JsonWithMetadata } from "../../src/formatters/json-with-metadata.js";
import {
  DUPLICATE_KEY,
  GOLDEN_CONTEXT,
  GOLDEN_RESULTS,
  NOVA_CONF,
  QEMU_CONF,
  fileResult,
  finding,
  golden,
} from "./golden-results.js";

const RULES_URL = "https://example.invalid/enginelint/rules/";

describe("json-with-metadata (spec §5.2)", () => {
  it("wraps the json golden with cwd and the metadata of the rules that have findings, in order of first appearance", () => {
    expect(jsonWithMetadata(GOLDEN_RESULTS, GOLDEN_CONTEXT)).toBe(
      `{"results":${golden("json.json")},"metadata":{"cwd":"/srv/repo","rulesMeta":{` +
        `"qemu/vnc-listen-insecure":{"type":"problem","docs":{"description":"VNC on the network without TLS or SASL","url":"${RULES_URL}qemu/vnc-listen-insecure"}},` +
        `"qemu/duplicate-key":{"type":"problem","docs":{"description":"Key set again; libvirt keeps the first value","url":"${RULES_URL}qemu/duplicate-key"},"fixable":"safe"},` +
        `"nova/parse-error":{"type":"problem","docs":{"description":"The file cannot be parsed the way oslo.config parses it","url":"${RULES_URL}nova/parse-error"}}}}}`,
    );
  });

  it("has the same results as json", () => {
    const parsed = JSON.parse(jsonWithMetadata(GOLDEN_RESULTS, GOLDEN_CONTEXT)) as JsonWithMetadata;
    expect(JSON.stringify(parsed.results)).toBe(json(GOLDEN_RESULTS, GOLDEN_CONTEXT));
  });

  it("describes the rules of suppressed findings too, and skips ids it knows no rule for", () => {
    const suppressed: SuppressedDiagnostic = { ...DUPLICATE_KEY, suppressions: [{ kind: "file", justification: "" }] };
    const unknown = finding({ ruleId: "qemu/no-such-rule", severity: "warning", message: "x.", line: 1, column: 1 });
    const parsed = JSON.parse(
      jsonWithMetadata([{ ...fileResult(QEMU_CONF, [unknown]), suppressedMessages: [suppressed] }], GOLDEN_CONTEXT),
    ) as JsonWithMetadata;
    expect(Object.keys(parsed.metadata.rulesMeta)).toEqual(["qemu/duplicate-key"]);
  });

  it("prints empty metadata for a clean run, on one line without a trailing newline", () => {
    expect(jsonWithMetadata([fileResult(NOVA_CONF)], { ...GOLDEN_CONTEXT, cwd: "/tmp/x" })).toBe(
      `{"results":${json([fileResult(NOVA_CONF)], GOLDEN_CONTEXT)},"metadata":{"cwd":"/tmp/x","rulesMeta":{}}}`,
    );
  });
});
