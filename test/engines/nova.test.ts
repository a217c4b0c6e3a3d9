/**
 * The nova engine: stacks of files (spec nova-conf §5, §12), stack parsing and directive sites.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sourceFromText } from "../../src/core/source.js";
import { novaEngine, type NovaSettings } from "../../src/engines/nova.js";

const SETTINGS: NovaSettings = { env: {} };

describe("stackPaths", () => {
  let root: string;
  const file = (relative: string): string => {
    const path = join(root, relative);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, "[DEFAULT]\n");
    return path;
  };
  const paths = (path: string, settings: NovaSettings = SETTINGS): string[] | undefined => novaEngine.stackPaths!(path, settings, root);

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "enginelint-nova-"));
    for (const name of ["etc/nova/nova.conf", "etc/nova/nova-compute.conf", "etc/nova/nova.conf.d/9-b.conf", "etc/nova/nova.conf.d/10-a.conf"]) file(name);
    for (const name of ["etc/nova/nova.conf.d/.hidden.conf", "etc/nova/nova.conf.d/notes.txt", "lone/nova.conf", "orphan/nova.conf.d/1.conf"]) file(name);
    mkdirSync(join(root, "etc/nova/nova.conf.d/dir.conf"));
    file("shared/50-shared.conf");
    symlinkSync(join(root, "shared/50-shared.conf"), join(root, "etc/nova/nova.conf.d/50-link.conf"));
    for (const name of ["deploy/compute/nova.conf", "deploy/compute/d/2.conf", "deploy/compute/d/1.conf", "deploy/compute/d/sub/3.conf"]) file(name);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("puts the drop-ins of nova.conf.d/ first, sorted by string, and nova.conf last", () => {
    const dir = join(root, "etc/nova");
    const expected = ["nova.conf.d/10-a.conf", "nova.conf.d/50-link.conf", "nova.conf.d/9-b.conf", "nova.conf"].map((name) => join(dir, name));
    expect(paths(join(dir, "nova.conf"))).toEqual(expected);
    expect(paths(join(dir, "nova.conf.d/9-b.conf"))).toEqual(expected);
  });

  it("keeps the linted file's spelling of its path", () => {
    const unnormalised = `${root}/etc/nova/./nova.conf`;
    expect(paths(unnormalised)?.at(-1)).toBe(unnormalised);
  });

  it("leaves every other file alone", () => {
    expect(paths(join(root, "etc/nova/nova-compute.conf"))).toBeUndefined();
    expect(paths(join(root, "etc/nova/nova.conf.d/notes.txt"))).toBeUndefined();
    expect(paths(join(root, "lone/nova.conf"))).toBeUndefined();
    expect(paths(join(root, "orphan/nova.conf.d/1.conf"))).toBeUndefined();
  });

  it("follows settings.stack: globs relative to the configuration, in order, each sorted", () => {
    const settings = { env: {}, stack: ["deploy/compute/d/*.conf", "deploy/compute/nova.conf"] };
    const expected = ["deploy/compute/d/1.conf", "deploy/compute/d/2.conf", "deploy/compute/nova.conf"].map((name) => join(root, name));
    expect(paths(join(root, "deploy/compute/nova.conf"), settings)).toEqual(expected);
    expect(paths(join(root, "deploy/compute/d/2.conf"), settings)).toEqual(expected);
  });

  it("matches ** and absolute globs, and reads a file named twice once", () => {
    const settings = { env: {}, stack: [join(root, "deploy/compute/nova.conf"), "deploy/**/*.conf"] };
    expect(paths(join(root, "deploy/compute/d/sub/3.conf"), settings)).toEqual(
      ["nova.conf", "d/1.conf", "d/2.conf", "d/sub/3.conf"].map((name) => join(root, "deploy/compute", name)),
    );
  });

  it("leaves a file outside settings.stack alone", () => {
    expect(paths(join(root, "etc/nova/nova.conf"), { env: {}, stack: ["deploy/compute/*.conf"] })).toBeUndefined();
  });
});

describe("parse", () => {
  it("parses the stack members and keeps the linted file's place", () => {
    const files = ["[DEFAULT]\nhost = a\n", "[DEFAULT]\ndebug = true\n"].map((text, i) => ({ path: `/s/${i}.conf`, source: sourceFromText(text) }));
    const parsed = novaEngine.parse(files[0]!.source, SETTINGS, { files, index: 0 });
    if (!parsed.ok) throw new Error("parse");
    expect(parsed.document.path).toBe("/s/0.conf");
    expect(parsed.document.index).toBe(0);
    expect(parsed.document.stack.map((member) => [member.path, member.document.assignments[0]?.key])).toEqual([
      ["/s/0.conf", "host"],
      ["/s/1.conf", "debug"],
    ]);
    expect(parsed.document.stack[0]!.document).toBe(parsed.document.file);
  });

  it("fails on the linted file's own error, not on a member's", () => {
    const files = ["[DEFAULT\n", "[DEFAULT]\n"].map((text, i) => ({ path: `/s/${i}.conf`, source: sourceFromText(text) }));
    expect(novaEngine.parse(files[0]!.source, SETTINGS, { files, index: 0 })).toMatchObject({ ok: false, failure: { message: "Invalid section (must end with ])" } });
    expect(novaEngine.parse(files[1]!.source, SETTINGS, { files, index: 1 })).toMatchObject({ ok: true, document: { index: 0 } });
  });

  it("makes a file without a stack a stack of one with no path", () => {
    const parsed = novaEngine.parse(sourceFromText("[DEFAULT]\n"), SETTINGS);
    expect(parsed).toMatchObject({ ok: true, document: { path: "", index: 0, stack: [{ path: "" }] } });
  });
});

describe("directiveSites", () => {
  it("offers column-1 # comments that may hold a directive as own-line sites, and assignments as statements", () => {
    const text = "# enginelint-disable-next-line nova/x\n[DEFAULT]\n; enginelint-disable not a site\n# a plain comment\nhost = a\n  b\n";
    const parsed = novaEngine.parse(sourceFromText(text), SETTINGS);
    if (!parsed.ok) throw new Error("parse");
    expect(novaEngine.directiveSites!(parsed.document)).toEqual({
      comments: [{ text: " enginelint-disable-next-line nova/x", span: { start: 0, end: 37 }, ownLine: true }],
      statements: [{ start: 98, end: 110 }],
    });
  });

  it("offers no comment of a file that holds no directive, even where a value names the word", () => {
    for (const text of ["# plain\n[DEFAULT]\n# enginelint: no dash\nhost = a\n", "# plain\n[DEFAULT]\nhost = enginelint-disable\n"]) {
      const parsed = novaEngine.parse(sourceFromText(text), SETTINGS);
      if (!parsed.ok) throw new Error("parse");
      expect(novaEngine.directiveSites!(parsed.document).comments).toEqual([]);
    }
  });
});
