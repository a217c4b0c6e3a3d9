/**
 * Every registered format over one shared result set holding a parse error, an info, a warning, an
 * error, a suppressed finding and a finding with a fix (issue 6). The byte-level goldens of each
 * format's own test come from the spec; these regression goldens pin the extended set, so a change
 * to any format shows up as a diff to review (vitest refuses to create a missing one under CI=true).
 */
import { describe, expect, it } from "vitest";
import { FORMAT_NAMES, loadFormatter, type FormatName } from "../../src/formatters/index.js";
import { EXTENDED_RESULTS, GOLDEN_CONTEXT } from "./golden-results.js";

const EXTENSION: Record<FormatName, string> = {
  stylish: "txt",
  json: "json",
  "json-with-metadata": "json",
  compact: "txt",
  unix: "txt",
  gcc: "txt",
  sarif: "sarif",
  github: "txt",
  gitlab: "json",
  junit: "xml",
  checkstyle: "xml",
};

describe("all formats over the extended result set", () => {
  it("holds every kind of finding", () => {
    const messages = EXTENDED_RESULTS.flatMap((result) => result.messages);
    expect(messages.some((m) => m.fatal)).toBe(true);
    expect(new Set(messages.map((m) => m.severity))).toEqual(new Set(["error", "warning", "info"]));
    expect(messages.some((m) => m.fix)).toBe(true);
    expect(EXTENDED_RESULTS.some((result) => result.suppressedMessages.length > 0)).toBe(true);
  });

  it.each(FORMAT_NAMES)("%s", async (format) => {
    const output = (await loadFormatter(format))(EXTENDED_RESULTS, GOLDEN_CONTEXT);
    expect(output).not.toBe("");
    await expect(output).toMatchFileSnapshot(`../../fixtures/formatters/extended/${format}.${EXTENSION[format]}`);
  });
});
