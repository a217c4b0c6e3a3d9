import { describe, expect, it } from "vitest";
import { compact } from "../../src/formatters/compact.js";
import {
  EXTENDED_RESULTS,
  GOLDEN_RESULTS,
  NOVA_API_CONF,
  NOVA_COMPUTE_CONF,
  NOVA_CONF,
  PARSE_ERROR,
  PLAIN,
  QEMU_CONF,
  VNC_LISTEN_INSECURE,
  fileResult,
  golden,
} from "./golden-results.js";

describe("compact (spec §5.3)", () => {
  it("prints the golden records byte for byte, with no newline after the count", () => {
    expect(compact(GOLDEN_RESULTS, PLAIN)).toBe(golden("compact.txt"));
  });

  it("prints nothing when there is no finding", () => {
    expect(compact([], PLAIN)).toBe("");
    expect(compact([fileResult(NOVA_COMPUTE_CONF)], PLAIN)).toBe("");
  });

  it("writes `Info` for infos, counts them, and leaves suppressed findings out", () => {
    const output = compact(EXTENDED_RESULTS, PLAIN);
    expect(output).toBe(
      `${golden("compact.txt").split("\n").slice(0, 2).join("\n")}\n` +
        `${NOVA_API_CONF}: line 5, col 1, Info - [LIBVIRT] is read as [libvirt]; write the canonical lower-case name. (nova/section-case)\n` +
        `${NOVA_CONF}: line 3, col 1, Error - Parsing error: No ':' or '=' found in assignment (nova/parse-error)\n` +
        "\n4 problems",
    );
    expect(output).not.toContain("nova/duplicate-key");
  });

  it("says `1 problem` in the singular", () => {
    expect(compact([fileResult(QEMU_CONF, [VNC_LISTEN_INSECURE])], PLAIN)).toBe(
      `${QEMU_CONF}: line 12, col 14, Error - ${VNC_LISTEN_INSECURE.message} (qemu/vnc-listen-insecure)\n\n1 problem`,
    );
  });

  it("calls a fatal finding an Error whatever its configured severity", () => {
    expect(compact([fileResult(NOVA_CONF, [{ ...PARSE_ERROR, severity: "warning" }])], PLAIN)).toContain(
      "line 3, col 1, Error - Parsing error",
    );
  });
});
