/**
 * The whole pipeline against the goldens of spec output-and-cli §5: the three files of §2 linted by
 * the real rules from a working directory standing in for /srv/repo. The formatter tests feed the
 * records directly; this one proves the rules produce exactly those records.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { fixture, OUTPUT_SPEC_QEMU_CONF } from "../helpers/fixtures.js";

const FILES = {
  "etc/libvirt/qemu.conf": OUTPUT_SPEC_QEMU_CONF,
  "etc/nova/nova.conf": "[DEFAULT]\ndebug = false\nverbose\n[libvirt]\nvirt_type = kvm\n",
  "etc/nova/nova-compute.conf": "[DEFAULT]\ncompute_driver=libvirt.LibvirtDriver\n[libvirt]\nvirt_type=kvm\n",
};

async function lintGoldenRepo(format: string): Promise<string> {
  const repo = mkdtempSync(join(tmpdir(), "enginelint-golden-"));
  mkdirSync(join(repo, ".git"));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(repo, path, ".."), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  let stdout = "";
  await main(["-f", format, ...Object.keys(FILES)], {
    cwd: repo,
    env: {},
    stdoutIsTTY: false,
    stdout: (text) => void (stdout += text),
    stderr: () => undefined,
    readStdin: () => Buffer.from(""),
  });
  return stdout.replaceAll(repo, "/srv/repo");
}

it("json: byte for byte the golden of §5.2", async () => {
  expect(await lintGoldenRepo("json")).toBe(`${fixture("formatters/json.json")}\n`);
});

it("stylish: the golden of §5.1, without the --fix line until --fix exists", async () => {
  const golden = fixture("formatters/stylish.txt").replace("  0 errors and 1 warning potentially fixable with the `--fix` option.\n", "");
  expect(await lintGoldenRepo("stylish")).toBe(`${golden}\n`);
});
