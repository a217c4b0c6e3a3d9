/**
 * Nova through the command line: a nova.conf and its nova.conf.d/ drop-ins are one configuration, and
 * no output format ever carries a password.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "enginelint-nova-"));
  mkdirSync(join(dir, ".git"));
});

function write(path: string, text: string): void {
  const full = join(dir, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, text);
}

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    cwd: dir,
    env: {},
    stdoutIsTTY: false,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: () => Buffer.from(""),
  });
  return { code, stdout, stderr };
}

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; line: number; message: string; severity: number }[];
}

const ruleLines = (results: JsonResult[], ruleId: string): [string, number][] =>
  results.flatMap((result) => result.messages.filter((m) => m.ruleId === ruleId).map((m): [string, number] => [result.filePath.slice(dir.length + 1), m.line]));

const NOVA_CONF = "[DEFAULT]\nmax_concurrent_live_migrations = 1\n\n[database]\nconnection = mysql+pymysql://nova:NotAPlaceholder9@db.example.net/nova?charset=utf8\n";

describe("a nova.conf with its drop-in directory", () => {
  it("a drop-in that sets read_timeout satisfies the connection in nova.conf", async () => {
    write("etc/nova/nova.conf", NOVA_CONF);
    write("etc/nova/nova.conf.d/50-db.conf", "[database]\nconnection_parameters = read_timeout=60\n");
    const results = JSON.parse((await run(["etc/nova", "-f", "json"])).stdout) as JsonResult[];
    expect(results.map((r) => r.filePath.slice(dir.length + 1))).toEqual(["etc/nova/nova.conf", "etc/nova/nova.conf.d/50-db.conf"]);
    expect(ruleLines(results, "nova/db-read-timeout")).toEqual([]);
  });

  it("without the drop-in the connection is reported", async () => {
    write("etc/nova/nova.conf", NOVA_CONF);
    const results = JSON.parse((await run(["etc/nova", "-f", "json"])).stdout) as JsonResult[];
    expect(ruleLines(results, "nova/db-read-timeout")).toEqual([["etc/nova/nova.conf", 5]]);
  });

  it("judges the winning value at its line, and reports the overridden one", async () => {
    // Distribution units pass --config-file nova.conf: drop-ins are read first, nova.conf wins.
    write("etc/nova/nova.conf", "[DEFAULT]\nmax_concurrent_live_migrations = 4\n");
    write("etc/nova/nova.conf.d/10-migrations.conf", "[DEFAULT]\nmax_concurrent_live_migrations = 1\n");
    const results = JSON.parse((await run(["etc/nova", "-f", "json"])).stdout) as JsonResult[];
    expect(ruleLines(results, "nova/max-concurrent-live-migrations")).toEqual([["etc/nova/nova.conf", 2]]);
    expect(ruleLines(results, "nova/overridden-value")).toEqual([["etc/nova/nova.conf.d/10-migrations.conf", 2]]);
  });

  it("linting only the drop-in still reads nova.conf for context", async () => {
    write("etc/nova/nova.conf", "[DEFAULT]\nmax_concurrent_live_migrations = 1\n");
    write("etc/nova/nova.conf.d/10-migrations.conf", "[DEFAULT]\nmax_concurrent_live_migrations = 4\n");
    const results = JSON.parse((await run(["etc/nova/nova.conf.d/10-migrations.conf", "-f", "json"])).stdout) as JsonResult[];
    expect(ruleLines(results, "nova/max-concurrent-live-migrations")).toEqual([]);
    expect(ruleLines(results, "nova/overridden-value")).toEqual([["etc/nova/nova.conf.d/10-migrations.conf", 2]]);
  });
});

describe("secrets never leave", () => {
  const SECRETS = ["DbS3cretPw", "RabbitS3cret", "KeystoneS3cret", "EnvDbS3cret", "EnvRabbitS3cret"];

  beforeEach(() => {
    write(
      "etc/nova/nova.conf",
      [
        "[DEFAULT]",
        "transport_url = rabbit://openstack:RabbitS3cret@192.0.2.10:5672/",
        "debug = enabled",
        "[database]",
        "connection = mysql://nova:DbS3cretPw@192.0.2.11/nova",
        "[keystone_authtoken]",
        "password = KeystoneS3cret # set by hand",
        "",
      ].join("\n"),
    );
    write(
      ".enginelint.yaml",
      [
        "settings:",
        "  nova:",
        "    env:",
        "      OS_DATABASE__CONNECTION: mysql+pymysql://nova:EnvDbS3cret@192.0.2.11/nova",
        '      OS_DEFAULT__TRANSPORT_URL: "rabbit://openstack:EnvRabbitS3cret@192.0.2.10:5672/"',
        "",
      ].join("\n"),
    );
  });

  it.each([["stylish"], ["json"]])("in %s output", async (format) => {
    const result = await run(["etc/nova/nova.conf", "-f", format]);
    expect(result.stdout.length).toBeGreaterThan(0);
    for (const secret of SECRETS) expect(result.stdout + result.stderr).not.toContain(secret);
  });

  it("in --print-config", async () => {
    const result = await run(["--print-config", "etc/nova/nova.conf"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("OS_DATABASE__CONNECTION");
    for (const secret of SECRETS) expect(result.stdout).not.toContain(secret);
  });
});
