import eslintCheckstyle from "eslint-formatter-checkstyle";
import { describe, expect, it } from "vitest";
import type { FileResult } from "../../src/core/diagnostic.js";
import { checkstyle } from "../../src/formatters/checkstyle.js";
import { json, type JsonLintResult } from "../../src/formatters/json.js";
import {
  EXTENDED_RESULTS,
  GOLDEN_RESULTS,
  NOVA_API_CONF,
  NOVA_CONF,
  PARSE_ERROR,
  PLAIN,
  fileResult,
  finding,
  golden,
} from "./golden-results.js";

const EMPTY = '<?xml version="1.0" encoding="utf-8"?><checkstyle version="4.3"></checkstyle>';

describe("checkstyle (spec §5.11)", () => {
  it("prints the golden records byte for byte, on one line", () => {
    expect(checkstyle(GOLDEN_RESULTS, PLAIN)).toBe(golden("checkstyle.xml"));
  });

  it("writes severity info for infos and leaves suppressed findings out", () => {
    const output = checkstyle(EXTENDED_RESULTS, PLAIN);
    expect(output).toContain(
      `<file name="${NOVA_API_CONF}"><error line="5" column="1" severity="info" ` +
        'message="[LIBVIRT] is read as [libvirt]; write the canonical lower-case name. (nova/section-case)" ' +
        'source="enginelint.rules.nova/section-case" /></file>',
    );
    expect(output).not.toContain("nova/duplicate-key");
  });

  it("lists no file for no results", () => {
    expect(checkstyle([], PLAIN)).toBe(EMPTY);
  });

  it("calls a fatal finding an error whatever its configured severity", () => {
    expect(checkstyle([fileResult(NOVA_CONF, [{ ...PARSE_ERROR, severity: "warning" }])], PLAIN)).toContain(
      'severity="error" message="Parsing error',
    );
  });

  it("writes non-ASCII characters as references to whole code points and drops what XML 1.0 forbids", () => {
    const message = finding({
      ruleId: "nova/x",
      severity: "warning",
      message: "Tab\there, ESC\u001b, lone \uD800, DEL\u007f, é … \u{1F600}.",
      line: 1,
      column: 1,
    });
    expect(checkstyle([fileResult("/srv/repo/caf\u00e9\u0000.conf", [message])], PLAIN)).toBe(
      '<?xml version="1.0" encoding="utf-8"?><checkstyle version="4.3"><file name="/srv/repo/caf&#233;.conf">' +
        '<error line="1" column="1" severity="warning" ' +
        'message="Tab&#9;here, ESC, lone , DEL&#127;, &#233; &#8230; &#128512;. (nova/x)" source="enginelint.rules.nova/x" />' +
        "</file></checkstyle>",
    );
  });
});

/**
 * Our JSON is ESLint's `LintResult[]`: ESLint's own checkstyle formatter reads it and prints the §5.11
 * document, apart from the differences §5.11 documents.
 */
describe("eslint-formatter-checkstyle 9.0.1 over our json output", () => {
  // The package's index.d.ts declares the formatter without its `results` parameter.
  const eslintFormatter = eslintCheckstyle as unknown as (results: JsonLintResult[]) => string;
  const viaEslint = (results: readonly FileResult[]): string =>
    eslintFormatter(JSON.parse(json(results, PLAIN)) as JsonLintResult[]);
  const enginelintSource = (xml: string): string => xml.replaceAll('source="eslint.rules.', 'source="enginelint.rules.');

  it("prints the golden document, differing only in the source prefix", () => {
    const output = viaEslint(GOLDEN_RESULTS);
    expect(output).toContain('source="eslint.rules.qemu/vnc-listen-insecure"');
    expect(enginelintSource(output)).toBe(golden("checkstyle.xml"));
  });

  it("differs on infos only in the severity, which ESLint knows as a warning", () => {
    const ours = checkstyle(EXTENDED_RESULTS, PLAIN);
    expect(ours).toContain('severity="info"');
    expect(enginelintSource(viaEslint(EXTENDED_RESULTS))).toBe(ours.replace('severity="info"', 'severity="warning"'));
  });

  it("escapes Basic Multilingual Plane characters as ESLint does", () => {
    const message = finding({
      ruleId: "nova/invalid-value",
      severity: "error",
      message: 'Value "très long…" & <x> isn\'t valid.',
      line: 4,
      column: 12,
    });
    const results = [fileResult("/srv/repo/etc/nova/café.conf", [message]), fileResult(NOVA_CONF)];
    expect(enginelintSource(viaEslint(results))).toBe(checkstyle(results, PLAIN));
    expect(viaEslint([])).toBe(EMPTY);
  });
});
