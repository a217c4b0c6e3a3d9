import { describe, expect, it } from "vitest";
import { gcc, gccLine, relativePath, withoutTrailingPeriod } from "../../src/formatters/gcc.js";
import {
  EXTENDED_RESULTS,
  GOLDEN_RESULTS,
  NOVA_COMPUTE_CONF,
  NOVA_CONF,
  PARSE_ERROR,
  PLAIN,
  QEMU_CONF,
  VNC_LISTEN_INSECURE,
  fileResult,
  finding,
  golden,
} from "./golden-results.js";

describe("gcc (spec §5.5)", () => {
  it("prints the golden records byte for byte, a newline after every line", () => {
    expect(gcc(GOLDEN_RESULTS, PLAIN)).toBe(golden("gcc.txt"));
  });

  it("prints nothing at all when there is no finding", () => {
    expect(gcc([], PLAIN)).toBe("");
    expect(gcc([fileResult(NOVA_COMPUTE_CONF)], PLAIN)).toBe("");
  });

  it("writes `note:` for infos and leaves suppressed findings out", () => {
    const lines = gcc(EXTENDED_RESULTS, PLAIN).split("\n");
    expect(lines).toEqual([
      ...golden("gcc.txt").split("\n").slice(0, 2),
      "etc/nova/nova-api.conf:5:1: note: [LIBVIRT] is read as [libvirt]; write the canonical lower-case name [nova/section-case]",
      "etc/nova/nova.conf:3:1: error: Parsing error: No ':' or '=' found in assignment [nova/parse-error]",
      "",
    ]);
  });

  it("calls a fatal finding an error whatever its configured severity", () => {
    expect(gccLine("etc/nova/nova.conf", { ...PARSE_ERROR, severity: "warning" })).toBe(
      "etc/nova/nova.conf:3:1: error: Parsing error: No ':' or '=' found in assignment [nova/parse-error]",
    );
  });

  it("prints paths relative to the working directory, never with ./", () => {
    const results = [fileResult(QEMU_CONF, [VNC_LISTEN_INSECURE])];
    expect(gcc(results, { ...PLAIN, cwd: "/srv/repo/etc" })).toMatch(/^libvirt\/qemu\.conf:12:14: error: /u);
    expect(gcc(results, { ...PLAIN, cwd: "/srv/repo/etc/libvirt" })).toMatch(/^qemu\.conf:12:14: /u);
    expect(gcc(results, { ...PLAIN, cwd: "/srv/other" })).toMatch(/^\.\.\/repo\/etc\/libvirt\/qemu\.conf:12:14: /u);
  });

  it("keeps the stdin name `<text>` as it is", () => {
    const message = finding({ ruleId: "nova/x", severity: "warning", message: "Odd.", line: 1, column: 2 });
    expect(gcc([fileResult("<text>", [message])], PLAIN)).toBe("<text>:1:2: warning: Odd [nova/x]\n");
  });
});

describe("gcc helpers", () => {
  it("relativePath: `/`-separated, relative to the directory given", () => {
    expect(relativePath(NOVA_CONF, "/srv/repo")).toBe("etc/nova/nova.conf");
    expect(relativePath(NOVA_CONF, "/srv/repo/")).toBe("etc/nova/nova.conf");
    expect(relativePath(NOVA_CONF, "/")).toBe("srv/repo/etc/nova/nova.conf");
  });

  it("withoutTrailingPeriod drops exactly one period, and none after a space", () => {
    expect(withoutTrailingPeriod("Ends with two..")).toBe("Ends with two.");
    expect(withoutTrailingPeriod("Spaced .")).toBe("Spaced .");
    expect(withoutTrailingPeriod("No period")).toBe("No period");
  });
});
