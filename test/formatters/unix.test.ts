import { describe, expect, it } from "vitest";
import { unix } from "../../src/formatters/unix.js";
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

describe("unix (spec §5.4)", () => {
  it("prints the golden records byte for byte, with no newline after the count", () => {
    expect(unix(GOLDEN_RESULTS, PLAIN)).toBe(golden("unix.txt"));
  });

  it("prints nothing when there is no finding", () => {
    expect(unix([], PLAIN)).toBe("");
    expect(unix([fileResult(NOVA_COMPUTE_CONF)], PLAIN)).toBe("");
  });

  it("writes `Info` for infos, counts them, and leaves suppressed findings out", () => {
    expect(unix(EXTENDED_RESULTS, PLAIN)).toBe(
      `${golden("unix.txt").split("\n").slice(0, 2).join("\n")}\n` +
        `${NOVA_API_CONF}:5:1: [LIBVIRT] is read as [libvirt]; write the canonical lower-case name. [Info/nova/section-case]\n` +
        `${NOVA_CONF}:3:1: Parsing error: No ':' or '=' found in assignment [Error/nova/parse-error]\n` +
        "\n4 problems",
    );
  });

  it("says `1 problem` in the singular", () => {
    expect(unix([fileResult(QEMU_CONF, [VNC_LISTEN_INSECURE])], PLAIN)).toBe(
      `${QEMU_CONF}:12:14: ${VNC_LISTEN_INSECURE.message} [Error/qemu/vnc-listen-insecure]\n\n1 problem`,
    );
  });

  it("calls a fatal finding an Error whatever its configured severity", () => {
    expect(unix([fileResult(NOVA_CONF, [{ ...PARSE_ERROR, severity: "warning" }])], PLAIN)).toContain(
      "[Error/nova/parse-error]",
    );
  });
});
