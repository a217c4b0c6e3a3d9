/**
 * Hostile input straight into the parsers and the source decoder (issue 8 item 1), without the CLI:
 * nesting far beyond any real file, the largest file an engine reads, long lines and many keys. Each
 * case states a time bound, generous for a loaded machine (alone, each takes under a second): they
 * catch quadratic behaviour, which takes minutes at these sizes, not small slowdowns.
 */
import { describe, expect, it } from "vitest";
import { isCatalogueKeyName } from "../../src/catalogue/ovirt.js";
import { createSource } from "../../src/core/source.js";
import { readEngineConfig } from "../../src/parsers/engine-config.js";
import { parseOsloIni } from "../../src/parsers/oslo-ini.js";
import { MAX_LIST_DEPTH, parseVirConf, type VirValue } from "../../src/parsers/virconf.js";

const MiB = 1024 * 1024;
const LIMIT = 10 * MiB;
const encoder = new TextEncoder();

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

const virconf = (text: string | Uint8Array) =>
  parseVirConf(createSource(typeof text === "string" ? encoder.encode(text) : text), { rejectOverflow: false });

/** How deep a value nests, walked without recursion. */
function depthOf(value: VirValue): number {
  let depth = 0;
  for (let node: VirValue | undefined = value; node?.kind === "list"; node = node.items[0]) depth++;
  return depth;
}

describe("virConf lists nested deep", { timeout: 40_000 }, () => {
  it("reads a list nested 20 000 deep, as libvirt 9.0.0 does", () => {
    const { value: result, ms } = timed(() => virconf(`a = ${"[".repeat(20_000)}"x"${"]".repeat(20_000)}\n`));
    expect(ms).toBeLessThan(5000);
    if (!result.ok) throw new Error(JSON.stringify(result.failure));
    expect(depthOf(result.document.entries[0]!.value)).toBe(20_000);
  });

  it(`reads ${MAX_LIST_DEPTH} levels and refuses one more, at its [`, () => {
    const deepest = virconf(`a = ${"[".repeat(MAX_LIST_DEPTH)}${"]".repeat(MAX_LIST_DEPTH)}\n`);
    expect(deepest.ok).toBe(true);
    const tooDeep = virconf(`\na = ${"[".repeat(MAX_LIST_DEPTH + 1)}${"]".repeat(MAX_LIST_DEPTH + 1)}\n`);
    expect(tooDeep).toEqual({
      ok: false,
      failure: { kind: "too-deep", offset: 5 + MAX_LIST_DEPTH, byteOffset: 5 + MAX_LIST_DEPTH, limit: MAX_LIST_DEPTH },
    });
  });

  it("refuses a 10 MiB file of [ quickly, without building five million lists", () => {
    const bytes = new Uint8Array(LIMIT).fill(0x5b);
    bytes.set(encoder.encode("a = "));
    const { value: result, ms } = timed(() => virconf(bytes));
    expect(ms).toBeLessThan(5000);
    expect(result.ok || result.failure).toMatchObject({ kind: "too-deep", offset: 4 + MAX_LIST_DEPTH });
  });

  it("an unclosed list 50 000 deep is libvirt's error at the end of the input, not a crash", () => {
    const result = virconf(`a = ${"[1,\n".repeat(50_000)}`);
    expect(result.ok || result.failure).toMatchObject({ kind: "syntax", info: "expecting a value", libvirtLine: 50_001 });
  });
});

describe("the largest files and longest lines the engines read", { timeout: 40_000 }, () => {
  it("decodes 10 MiB of bytes that are not UTF-8 in bounded time", () => {
    // A byte at a time into a growing array of numbers took two seconds and over 200 MB of heap.
    const { value: source, ms } = timed(() => createSource(new Uint8Array(LIMIT).fill(0xff)));
    expect(ms).toBeLessThan(8000);
    expect(source.text.length).toBe(LIMIT);
    expect(source.text.charCodeAt(LIMIT - 1)).toBe(0xfffd);
    expect(source.textOffset(LIMIT)).toBe(LIMIT);
  });

  it("keeps a leading U+FEFF in non-ASCII text, where positions expect it", () => {
    const source = createSource(encoder.encode("\ufeffé = 1\n"));
    expect(source.text).toBe("\ufeffé = 1\n");
    expect(source.position(1)).toEqual({ line: 1, column: 1 });
  });

  const LINE = "x".repeat(MiB);
  it.each([
    ["virconf", () => virconf(`a = "${LINE}"\n# ${LINE}\nb = ${"1".repeat(MiB)}\n`).ok],
    ["oslo-ini", () => parseOsloIni(createSource(encoder.encode(`[DEFAULT]\na = ${LINE}\n ${LINE}\n# ${LINE}\n[${LINE}]\nb = 1\n`))).ok],
    ["engine-config", () => readEngineConfig(createSource(encoder.encode(`IPTablesConfig: ${LINE} version: general\n${LINE}\n`)), { isCatalogueKey: isCatalogueKeyName }).ok],
  ])("%s reads 1 MiB lines in bounded time", (_parser, read) => {
    const { value: ok, ms } = timed(read);
    expect(ok).toBe(true);
    expect(ms).toBeLessThan(5000);
  });

  it.each([
    ["virconf", () => virconf(Array.from({ length: 100_000 }, (_, i) => `key_${i} = "v${i}"\n`).join("")).ok],
    ["oslo-ini", () => parseOsloIni(createSource(encoder.encode(`[DEFAULT]\n${Array.from({ length: 100_000 }, (_, i) => `key_${i} = v${i}\n`).join("")}`))).ok],
    [
      "engine-config",
      () =>
        readEngineConfig(createSource(encoder.encode(Array.from({ length: 100_000 }, (_, i) => `Key${i}: ${i} version: general\n`).join(""))), {
          isCatalogueKey: isCatalogueKeyName,
        }).ok,
    ],
  ])("%s reads 100 000 keys in bounded time", (_parser, read) => {
    const { value: ok, ms } = timed(read);
    expect(ok).toBe(true);
    expect(ms).toBeLessThan(10_000);
  });
});
