/**
 * Differential test of the nova.conf reader: the same bytes through oslo.config's own parser
 * (Debian's python3-oslo.config via test/differential/oslo_reader.py) and through `parseOsloIni` must
 * give the same sections, keys and values in order, or the same error at the same line (see
 * nova-oslo.ts for what is compared and the two deliberate exceptions). A CI-sized run; the long one
 * is `npm run fuzz:diff -- --engine nova --runs 100000`.
 *
 * The saved disagreements (fixtures/nova/differential) are replayed against their stored oslo result
 * even where Python is missing. The live part is skipped, with the reason in its title, when
 * /usr/bin/python3 cannot import oslo_config.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadNovaFixtures } from "./nova-fixtures.js";
import { corpusMutation, everyCodePointFile, generatedFile, loadNovaCorpus, sampleCases, type NovaCase } from "./nova-generators.js";
import { compareNova, osloUnavailableReason, OsloReader, type OsloOutcome } from "./nova-oslo.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SEED = Number(process.env.DIFF_SEED ?? 20260707);
const GENERATED = Number(process.env.DIFF_RUNS ?? 8000);
const MUTATED = Math.ceil(GENERATED / 4);
const corpus = loadNovaCorpus(root);
const unavailable = osloUnavailableReason();
const encoder = new TextEncoder();

describe("nova differential fixtures (stored oslo.config results)", () => {
  const fixtures = loadNovaFixtures(root);
  it.skipIf(fixtures.length === 0)("has fixtures", () => expect(fixtures.length).toBeGreaterThan(0));
  for (const fixture of fixtures) {
    it(`${fixture.name} reads as oslo.config ${fixture.oracle?.oslo_config ?? ""} does`, () => {
      expect(compareNova(fixture.bytes, fixture.oslo)).toBeUndefined();
    });
  }
});

/** The rows of spec nova-conf §6 and §1 that concern the reader, plus the deliberate exceptions. */
const SPEC_CASES: [string, string | Uint8Array][] = [
  ["inline #", "[DEFAULT]\nhost = compute1 # main host\n"],
  ["indented # continues", "[DEFAULT]\nhost = a\n  # not a comment\n"],
  ["blank then indented", "[DEFAULT]\nhost = a\n\n  # indented\n"],
  ["first of : and =", "[DEFAULT]\nhost: a=b\nmy_ip = 1:2\n"],
  ["URL key", "[DEFAULT]\nhttp://x = y\n"],
  ["URL value", "[database]\nconnection = mysql+pymysql://nova:p#ss=w:rd@db/nova?charset=utf8&read_timeout=30\n"],
  ["quotes", "[DEFAULT]\nhost = \"a b\"\nmy_ip = 'x\"\nstate_path = \"\"\"\nhost = \"\n"],
  ["continuations", "[DEFAULT]\nhost = a\n  b\n\tc\n"],
  ["empty values", "[DEFAULT]\nhost =\ndebug =\n"],
  ["repeats and merging", "[DEFAULT]\nhost = a\n[libvirt]\nx = 1\n[DEFAULT]\nhost = b\n[LIBVIRT]\nx = 2\n"],
  ["key before section", "host = a\n[DEFAULT]\n"],
  ["key before section, last line", "host = a"],
  ["key before section, then blank lines", "host = a\n  b\n\n\n"],
  ["[default]", "[default]\nhost = a\n[Default]\nx = 1\n"],
  ["odd headers", "[ libvirt ]\nx = 1\n[libvirt]]\ny = 2\n"],
  ["comment after header", "[libvirt] # x\n"],
  ["empty section name", "[]\n"],
  ["unclosed header", "[libvirt\n"],
  ["no separator", "[DEFAULT]\njust_a_word\n"],
  ["empty key", "[DEFAULT]\n= value\n"],
  ["continuation after header", "[DEFAULT]\n\thost = a\n"],
  ["CRLF", "[DEFAULT]\r\nhost = a\r\n  b\r\n"],
  ["CR only", "[DEFAULT]\rhost = a\r  b\r"],
  ["BOM", "\ufeff[DEFAULT]\nhost = a\n"],
  ["BOM mid-file", "[DEFAULT]\n\ufeffhost = a\n"],
  ["Latin-1 byte", new Uint8Array([...encoder.encode("[DEFAULT]\nhost = caf"), 0xe9, 0x0a])],
  ["bad byte after a syntax error", new Uint8Array([...encoder.encode("[DEFAULT]\nno separator\nx = "), 0xff])],
  ["Python-only whitespace", "[DEFAULT]\nhost = a\u001c\u0085\nmy_ip\u001f= b\n\u00a0\n"],
  ["U+2028 is no line end", "[DEFAULT]\nhost = a\u2028b\n"],
  ["NUL (binary by policy)", "[DEFAULT]\nhost = a\u0000b\n"],
];

/** Bytes `tail` placed across the 8 KiB chunks Python's text reader decodes (shifted by -2…+1). */
function acrossChunks(name: string, tail: readonly number[]): [string, Uint8Array][] {
  return [-2, -1, 0, 1].map((shift) => {
    const head = encoder.encode("[DEFAULT]\nk = ");
    const pad = new Uint8Array(8192 + shift - head.length).fill(0x78);
    return [`${name} at 8192${shift < 0 ? shift : `+${shift}`}`, new Uint8Array([...head, ...pad, ...tail])];
  });
}

const CHUNK_CASES: [string, Uint8Array][] = [
  ...acrossChunks("CRLF", [...encoder.encode("\r\n  b\r\ny = 1\r\n")]),
  ...acrossChunks("CR then indent", [...encoder.encode("\r  b\rz = 2")]),
  ...acrossChunks("é", [...encoder.encode("é\n")]),
  ...acrossChunks("😀", [...encoder.encode("😀\n")]),
  ...acrossChunks("bad byte", [0xc3, 0x28, 0x0a]),
  ...acrossChunks("cut sequence", [0xf0, 0x9f, 0x98]),
];

describe.skipIf(unavailable !== undefined)(`nova differential against oslo.config${unavailable ? ` — skipped: ${unavailable}` : ""}`, () => {
  let reader: OsloReader;
  beforeAll(() => {
    reader = new OsloReader(root);
  });
  afterAll(async () => {
    await reader?.close();
  });

  /** Reads every case with oslo and fails with the first few disagreements, bytes included. */
  async function agree(cases: readonly NovaCase[]): Promise<OsloOutcome[]> {
    const answers = await reader.read(cases.map((c) => c.bytes));
    const problems: string[] = [];
    cases.forEach((c, index) => {
      const found = compareNova(c.bytes, answers[index]!);
      if (found) problems.push(`${found.kind}: ${found.detail}\n  input (${c.origin}): ${JSON.stringify(Buffer.from(c.bytes).toString("latin1")).slice(0, 400)}`);
    });
    expect(problems.slice(0, 5).join("\n"), `${problems.length} of ${cases.length} cases disagree`).toBe("");
    return answers;
  }

  it("uses oslo.config in UTF-8 mode", async () => {
    const greeting = await reader.greeting();
    expect(greeting.encoding.toLowerCase().replace("-", "")).toBe("utf8");
  });

  it("agrees on the spec's tricky inputs", async () => {
    await agree(SPEC_CASES.map(([origin, input]) => ({ origin, bytes: typeof input === "string" ? encoder.encode(input) : input })));
  });

  it("agrees on every code point in section names, keys and values", async () => {
    const [oslo] = await agree([{ origin: "every code point", bytes: everyCodePointFile() }]);
    // The file must parse to the end, or most of it would go unchecked.
    expect(oslo?.ok).toBe(true);
  }, 30_000);

  it("agrees across the 8 KiB chunks Python decodes", async () => {
    await agree(CHUNK_CASES.map(([origin, bytes]) => ({ origin, bytes })));
  });

  it.skipIf(corpus.length === 0)("agrees on every corpus file (../shared/corpus/nova)", async () => {
    await agree(corpus.map((file) => ({ origin: file.name, bytes: file.bytes })));
  });

  it(`agrees on ${GENERATED} generated files (seed ${SEED})`, async () => {
    await agree(sampleCases(generatedFile(), GENERATED, SEED));
  }, 60_000);

  it.skipIf(corpus.length === 0)(`agrees on ${MUTATED} byte mutations of corpus windows (seed ${SEED})`, async () => {
    await agree(sampleCases(corpusMutation(corpus), MUTATED, SEED));
  }, 60_000);
});
