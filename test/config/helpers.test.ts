import { describe, expect, it } from "vitest";
import { collapseAlternatives, decodePointer, displayPath } from "../../src/config/messages.js";
import { isRawSeverity, normalizeSeverity } from "../../src/config/severity.js";
import { suggestRuleId } from "../../src/core/did-you-mean.js";

describe("JSON Pointers", () => {
  it("decodes ~1 before ~0, as RFC 6901 requires", () => {
    expect(decodePointer("")).toEqual([]);
    expect(decodePointer("/rules/nova~1secret-in-clear")).toEqual(["rules", "nova/secret-in-clear"]);
    expect(decodePointer("/a~01")).toEqual(["a~1"]);
  });

  it("displays paths as a reader would write them", () => {
    expect(displayPath(["rules", "nova/secret-in-clear", "1", "threshold"])).toBe('rules["nova/secret-in-clear"][1].threshold');
    expect(displayPath(["overrides", "0", "files"])).toBe("overrides[0].files");
  });
});

describe("collapseAlternatives", () => {
  const error = (keyword: string, instancePath: string) => ({ keyword, instancePath, schemaPath: "", params: {} });

  it("drops the branch errors before an anyOf, and only those", () => {
    const errors = [error("required", ""), error("enum", "/a"), error("type", "/a/1"), error("anyOf", "/a"), error("type", "/b")];
    expect(collapseAlternatives(errors).map(({ keyword, instancePath }) => `${keyword} ${instancePath}`)).toEqual(["required ", "anyOf /a", "type /b"]);
  });
});

describe("severities", () => {
  it("normalises words and ESLint numbers", () => {
    expect(["off", 0, "info", "warn", 1, "error", 2].map((value) => (isRawSeverity(value) ? normalizeSeverity(value) : undefined))).toEqual([
      "off",
      "off",
      "info",
      "warning",
      "warning",
      "error",
      "error",
    ]);
    expect(["1", "warning", 3, null].some(isRawSeverity)).toBe(false);
  });
});

describe("did you mean", () => {
  it("proposes only a close candidate", () => {
    const rules = ["nova/secret-in-clear", "nova/thread-pool-sizing", "qemu/duplicate-key"];
    expect(suggestRuleId("qemu/duplicate-keys", rules)).toBe("qemu/duplicate-key");
    expect(suggestRuleId("duplicate-key", rules)).toBe("qemu/duplicate-key");
    expect(suggestRuleId("qemu/vnc", rules)).toBeUndefined();
  });
});
