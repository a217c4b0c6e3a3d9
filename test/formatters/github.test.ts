import { describe, expect, it } from "vitest";
import type { SuppressedDiagnostic } from "../../src/core/diagnostic.js";
import { github } from "../../src/formatters/github.js";
import {
  DUPLICATE_KEY,
  GOLDEN_RESULTS,
  NOVA_CONF,
  PARSE_ERROR,
  PLAIN,
  QEMU_CONF,
  VNC_LISTEN_INSECURE,
  fileResult,
  finding,
  golden,
} from "./golden-results.js";

describe("github workflow commands (spec §5.8)", () => {
  it("prints the golden records byte for byte, one line per finding, no final newline", () => {
    expect(github(GOLDEN_RESULTS, PLAIN)).toBe(golden("github.txt"));
  });

  it("prints nothing for a clean run, so the CLI prints nothing either", () => {
    expect(github([fileResult(NOVA_CONF)], PLAIN)).toBe("");
  });

  it("names files relative to the project root, not the working directory", () => {
    const context = { ...PLAIN, cwd: "/srv/repo/etc/nova", projectRoot: "/srv" };
    expect(github([fileResult(NOVA_CONF, [PARSE_ERROR])], context)).toBe(
      "::error file=repo/etc/nova/nova.conf,line=3,endLine=3,col=1,endColumn=8,title=nova/parse-error::" +
        "repo/etc/nova/nova.conf:3:1: Parsing error: No ':' or '=' found in assignment [nova/parse-error]",
    );
  });

  it("omits col and endColumn when the range spans lines", () => {
    const spanning = { ...DUPLICATE_KEY, endLine: 31, endColumn: 1 };
    expect(github([fileResult(QEMU_CONF, [spanning])], PLAIN)).toMatch(
      /^::warning file=etc\/libvirt\/qemu\.conf,line=30,endLine=31,title=qemu\/duplicate-key::etc\/libvirt\/qemu\.conf:30:1: /,
    );
  });

  it("maps info to notice and a fatal finding to error", () => {
    const info = finding({ ruleId: "nova/section-case", severity: "info", message: "Note.", line: 1, column: 2 });
    const output = github([fileResult(NOVA_CONF, [info, { ...PARSE_ERROR, severity: "warning" }])], PLAIN);
    expect(output.split("\n").map((line) => line.slice(0, line.indexOf(" ")))).toEqual(["::notice", "::error"]);
  });

  it("escapes as the toolkit: % CR LF in the message, and also : , in properties", () => {
    const odd = finding({
      ruleId: "nova/invalid-value",
      severity: "error",
      message: "100% wrong:\r\n::error::forged, really.",
      line: 2,
      column: 3,
    });
    expect(github([fileResult("/srv/repo/etc/a,b:c%d.conf", [odd])], PLAIN)).toBe(
      "::error file=etc/a%2Cb%3Ac%25d.conf,line=2,endLine=2,col=3,endColumn=4,title=nova/invalid-value::" +
        "etc/a,b:c%25d.conf:2:3: 100%25 wrong:%0D%0A::error::forged, really. [nova/invalid-value]",
    );
  });

  it("leaves suppressed findings out", () => {
    const suppressed: SuppressedDiagnostic = {
      ...VNC_LISTEN_INSECURE,
      suppressions: [{ kind: "directive", justification: "lab host" }],
    };
    expect(github([{ ...fileResult(QEMU_CONF), suppressedMessages: [suppressed] }], PLAIN)).toBe("");
  });
});
