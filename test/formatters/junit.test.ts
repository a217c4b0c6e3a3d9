import { describe, expect, it } from "vitest";
import { junit } from "../../src/formatters/junit.js";
import {
  DUPLICATE_KEY,
  EXTENDED_RESULTS,
  GOLDEN_RESULTS,
  NOVA_API_CONF,
  NOVA_CONF,
  PARSE_ERROR,
  PLAIN,
  SUPPRESSED_DUPLICATE_KEY,
  fileResult,
  finding,
  golden,
} from "./golden-results.js";

const HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';

describe("junit (spec §5.10)", () => {
  it("prints the golden records byte for byte, with no newline after the last element", () => {
    expect(junit(GOLDEN_RESULTS, PLAIN)).toBe(golden("junit.xml"));
  });

  it("passes infos with their `note:` line as system-out, and leaves suppressed findings out", () => {
    const output = junit(EXTENDED_RESULTS, PLAIN);
    expect(output).toContain('<testsuites name="enginelint" tests="5" failures="1" errors="1" time="0">\n');
    expect(output).toContain(
      '<testsuite name="etc/nova/nova-api.conf" tests="1" failures="0" errors="0" skipped="0" time="0">\n' +
        '<testcase classname="etc/nova/nova-api.conf" name="nova/section-case 5:1" time="0"><system-out><![CDATA[' +
        "etc/nova/nova-api.conf:5:1: note: [LIBVIRT] is read as [libvirt]; write the canonical lower-case name [nova/section-case]" +
        "]]></system-out></testcase>\n</testsuite>\n",
    );
    expect(output).not.toContain("nova/duplicate-key");
  });

  it("gives a file whose findings are all suppressed the passing clean-file test case", () => {
    const results = [{ ...fileResult(NOVA_API_CONF), suppressedMessages: [SUPPRESSED_DUPLICATE_KEY] }];
    expect(junit(results, PLAIN)).toBe(
      HEADER +
        '<testsuites name="enginelint" tests="1" failures="0" errors="0" time="0">\n' +
        '<testsuite name="etc/nova/nova-api.conf" tests="1" failures="0" errors="0" skipped="0" time="0">\n' +
        '<testcase classname="etc/nova/nova-api.conf" name="enginelint" time="0" />\n' +
        "</testsuite>\n</testsuites>",
    );
  });

  it("prints an empty report for no files", () => {
    expect(junit([], PLAIN)).toBe(
      `${HEADER}<testsuites name="enginelint" tests="0" failures="0" errors="0" time="0">\n</testsuites>`,
    );
  });

  it("reports a fatal finding as <error> whatever its configured severity", () => {
    const output = junit([fileResult(NOVA_CONF, [{ ...PARSE_ERROR, severity: "warning" }])], PLAIN);
    expect(output).toContain('tests="1" failures="0" errors="1" skipped="0"');
    expect(output).toContain("><error message=");
    expect(output).toContain(": error: Parsing error");
  });

  it("never fails on a warning", () => {
    const output = junit([fileResult(NOVA_CONF, [DUPLICATE_KEY])], PLAIN);
    expect(output).toContain('tests="1" failures="0" errors="0" time="0"');
    expect(output).toContain("<system-out><![CDATA[etc/nova/nova.conf:30:1: warning: ");
  });

  it("splits `]]>` across two CDATA sections and escapes attributes", () => {
    const message = finding({
      ruleId: "nova/invalid-value",
      severity: "error",
      message: 'Value "a]]>b" & <c> isn\'t valid.',
      line: 2,
      column: 9,
    });
    const output = junit([fileResult("/srv/repo/etc/nova/a&b.conf", [message])], PLAIN);
    expect(output).toContain(
      '<testcase classname="etc/nova/a&amp;b.conf" name="nova/invalid-value 2:9" time="0">' +
        '<failure message="Value &quot;a]]&gt;b&quot; &amp; &lt;c&gt; isn&apos;t valid." type="nova/invalid-value">' +
        '<![CDATA[etc/nova/a&b.conf:2:9: error: Value "a]]]]><![CDATA[>b" & <c> isn\'t valid [nova/invalid-value]]]>' +
        "</failure></testcase>",
    );
  });

  it("drops the characters XML 1.0 forbids, in attributes and in CDATA, and keeps other Unicode", () => {
    const message = finding({
      ruleId: "nova/x",
      severity: "error",
      message: "Raw \u001b[31mESC\u0000 \uFFFE\uD800 … \u{1F600}.",
      line: 1,
      column: 1,
    });
    const output = junit([fileResult("/srv/repo/etc/nova/e\u0007.conf", [message])], PLAIN);
    expect(output).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u);
    expect(output).not.toMatch(/\p{Surrogate}/u);
    expect(output).toContain('<testsuite name="etc/nova/e.conf"');
    expect(output).toContain('<failure message="Raw [31mESC  … \u{1F600}." type="nova/x">');
    expect(output).toContain("<![CDATA[etc/nova/e.conf:1:1: error: Raw [31mESC  … \u{1F600} [nova/x]]]>");
  });
});
