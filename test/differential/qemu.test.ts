/**
 * enginelint's virConf parser against libvirt's own (issue 7, qemu part). virconf_driver.c is compiled
 * against the installed libvirt.so.0 (Debian's libvirt0; `.ci/run` installs it) and reads every input
 * with virConfReadFile, as the QEMU driver reads qemu.conf; both readings must agree on entries, names,
 * value kinds, string bytes, number types and 64-bit values, list structure, comments, or on the error
 * and libvirt's line. Skipped, with the reason, when gcc or libvirt0 is missing; the saved fixtures are
 * checked against their recorded libvirt result either way.
 *
 * Longer runs: `npm run fuzz:diff -- --engine qemu --runs 100000`.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { QEMU_MAX_BYTES } from "../../src/engines/qemu.js";
import { loadCorpus, qemuCase, SPEC_ROWS } from "./qemu-arbitraries.js";
import { firstDifference, libvirtPicture, ourPicture, rejectsOverflow } from "./qemu-compare.js";
import { loadFixtures, showBytes, verdictFor } from "./qemu-fuzz.js";
import { startOracle } from "./qemu-oracle.js";

/** Generated cases per run (env QEMU_DIFF_RUNS overrides): about 5 s here, inside the suite's budget. */
const RUNS = Number(process.env.QEMU_DIFF_RUNS ?? 8000);

const started = startOracle();
const skipReason = started.ok ? undefined : started.skip;
if (skipReason) console.warn(`test/differential/qemu.test.ts: libvirt differential skipped: ${skipReason}`);
const oracle = started.ok ? started.oracle : undefined;
afterAll(async () => {
  await oracle?.close();
});

const corpus = loadCorpus();
const bytesOf = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

async function expectAgreement(bytes: Uint8Array): Promise<void> {
  const verdict = await verdictFor(oracle!, bytes);
  if (!verdict.agree) {
    throw new Error(
      `enginelint and libvirt ${oracle!.info.versionText} disagree on ${showBytes(bytes)}\n  ${verdict.reasons.join("\n  ")}\n` +
        `  enginelint: ${JSON.stringify(verdict.ours).slice(0, 500)}\n  libvirt:    ${JSON.stringify(verdict.libvirt).slice(0, 500)}`,
    );
  }
}

describe.skipIf(!oracle)(`qemu.conf: enginelint's virConf parser vs libvirt's${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  it("reads the spec's tricky inputs (qemu-conf §6) as libvirt does", async () => {
    for (const row of SPEC_ROWS) await expectAgreement(bytesOf(row));
  });

  it.skipIf(corpus.length === 0)("reads every corpus file as libvirt does (../shared/corpus/qemu)", async () => {
    for (const file of corpus) await expectAgreement(file.bytes);
  });

  it("refuses files above libvirt's 10 MiB limit, and only those", async () => {
    for (const size of [QEMU_MAX_BYTES, QEMU_MAX_BYTES + 1]) {
      const bytes = new Uint8Array(size).fill(0x20);
      bytes.set(bytesOf("a = 1"));
      await expectAgreement(bytes);
    }
  });

  it("reads lists nested 30 000 deep, as libvirt's recursive reader does", async () => {
    const depth = 30_000;
    for (const text of [`a = ${"[".repeat(depth)}${"]".repeat(depth)}\n`, `a = ${"[1,\n".repeat(depth)}${"]".repeat(depth - 1)}\n`]) {
      await expectAgreement(bytesOf(text));
    }
  });

  it(`reads ${RUNS} generated and mutated inputs as libvirt does`, { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(qemuCase(corpus), async (c) => {
        await expectAgreement(c.bytes);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("qemu.conf differential fixtures (fixtures/qemu/differential)", () => {
  const fixtures = loadFixtures();

  it.each(fixtures.map((f) => [f.id, f] as const))("%s: enginelint reads it as libvirt did", (_id, fixture) => {
    const version = fixture.record.libvirtVersion.split(".").map(Number);
    const rejectOverflow = rejectsOverflow((version[0] ?? 0) * 1e6 + (version[1] ?? 0) * 1e3 + (version[2] ?? 0));
    const { picture, problems } = ourPicture(fixture.bytes, rejectOverflow);
    expect(problems).toEqual([]);
    expect(firstDifference(picture, fixture.record.libvirt)).toBeUndefined();
  });

  it.skipIf(!oracle || fixtures.length === 0)("the installed libvirt still reads every fixture as recorded", async () => {
    for (const fixture of fixtures) {
      if (fixture.record.libvirtVersion === oracle!.info.versionText) {
        const libvirt = libvirtPicture(await oracle!.read(fixture.bytes), oracle!.info.scratchPath);
        expect(firstDifference(libvirt, fixture.record.libvirt), fixture.id).toBeUndefined();
      }
      await expectAgreement(fixture.bytes);
    }
  });
});
