import { readFileSync } from "node:fs";

/** A file of `fixtures/`, as text. */
export function fixture(path: string): string {
  return readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), "utf8");
}

/** The golden qemu.conf of spec output-and-cli §2 (30 lines, LF, 754 bytes): the formatter goldens' first file. */
export const OUTPUT_SPEC_QEMU_CONF = fixture("qemu/output-spec-golden.conf");
