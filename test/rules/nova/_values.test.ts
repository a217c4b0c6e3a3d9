/**
 * oslo.config's value handling (spec nova-conf §6 rows 9, 10, 23–36, §7, §8, §14.1): conversion with
 * oslo's error texts, `$` substitution through the stack and the environment, secrets.
 */
import fc from "fast-check";
import { isIpAddress } from "../../../src/core/ip.js";
import { containsUrl, maskUrlPasswords, urlPasswords } from "../../../src/core/url-passwords.js";
import { describe, expect, it } from "vitest";
import {
  convert,
  isSecretOption,
  lookupReference,
  parsePyFloat,
  parsePyInt,
  pyFloatRepr,
  pyFormatG,
  showMasked,
  substitute,
  templateTokens,
  valueOffset,
  type Conversion,
  type OsloType,
} from "../../../rules/nova/_values.js";
import { novaOption } from "../../../src/catalogue/nova.js";
import { sourceFromText } from "../../../src/core/source.js";
import { novaEngine, type NovaDocument, type NovaSettings } from "../../../src/engines/nova.js";

const SETTINGS: NovaSettings = { env: {} };

/** A stack of files in parse order, linted as file `index` (the last one by default). */
function stack(texts: readonly string[], index = texts.length - 1): NovaDocument {
  const files = texts.map((text, i) => ({ path: `/etc/nova/nova.conf.d/${i}.conf`, source: sourceFromText(text) }));
  const parsed = novaEngine.parse(files[index]!.source, SETTINGS, { files, index });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.failure));
  return parsed.document;
}

const option = (group: string, name: string): OsloType => {
  const found = novaOption(group, name);
  if (!found) throw new Error(`no option [${group}] ${name}`);
  return found;
};

/** The converted value (Maps as plain objects), or the error text. */
function read(spec: OsloType, raw: string): unknown {
  const result: Conversion = convert(spec, raw);
  if (!result.ok) return { error: result.error };
  return result.value instanceof Map ? Object.fromEntries(result.value) : result.value;
}

/** The value oslo.config delivers for the first assignment of `text` (quotes removed, pieces joined). */
function parsedValue(text: string): string {
  const assignment = stack([text]).file.assignments[0];
  if (!assignment) throw new Error("no assignment");
  return assignment.value;
}

describe("spec §6: tricky inputs", () => {
  it("row 9: a boolean continued on a second line is no boolean", () => {
    expect(read(option("DEFAULT", "debug"), parsedValue("[DEFAULT]\ndebug = true\n  yes\n"))).toEqual({ error: 'Unexpected boolean value "true\\nyes"' });
  });

  it("row 10: an empty value is '' for a string, an error for a bool, None for an int, [] for a list", () => {
    expect(read(option("DEFAULT", "state_path"), parsedValue("[DEFAULT]\nstate_path =\n"))).toBe("");
    expect(read(option("DEFAULT", "debug"), "")).toEqual({ error: 'Unexpected boolean value ""' });
    expect(read(option("DEFAULT", "max_concurrent_live_migrations"), "")).toBeNull();
    expect(read(option("filter_scheduler", "enabled_filters"), "")).toEqual([]);
    // The row shows `host =` as ''; nova's [DEFAULT] host is a HostDomainOpt (options.json), which refuses ''.
    expect(read(option("DEFAULT", "host"), "")).toEqual({ error: '"" is not a valid host address' });
  });

  it("row 23: booleans are case-insensitive words, never other words", () => {
    const debug = option("DEFAULT", "debug");
    expect(read(debug, "On")).toBe(true);
    expect(read(debug, parsedValue('[DEFAULT]\ndebug = "True"\n'))).toBe(true);
    expect(read(debug, "YES")).toBe(true);
    expect(read(debug, "off")).toBe(false);
    expect(read(debug, "0")).toBe(false);
    expect(read(debug, "enabled")).toEqual({ error: 'Unexpected boolean value "enabled"' });
    expect(read(debug, " true")).toEqual({ error: 'Unexpected boolean value " true"' });
  });

  it("row 24: int() accepts underscores, signs, whitespace and any decimal digits, nothing else", () => {
    const int = option("DEFAULT", "max_concurrent_live_migrations");
    expect(read(int, "1_0")).toBe(10);
    expect(read(int, "+7")).toBe(7);
    expect(read(int, parsedValue("[DEFAULT]\nmax_concurrent_live_migrations = ' 3 '\n"))).toBe(3);
    expect(read(int, "\u0663")).toBe(3);
    expect(read(int, "2.0")).toEqual({ error: 'invalid literal for int() with base 10: "2.0"' });
    expect(read(int, "0x10")).toEqual({ error: 'invalid literal for int() with base 10: "0x10"' });
    expect(read(int, "<None>")).toEqual({ error: 'invalid literal for int() with base 10: "<None>"' });
    expect(read(int, "1__0")).toEqual({ error: 'invalid literal for int() with base 10: "1__0"' });
    expect(read(int, "_1")).toEqual({ error: 'invalid literal for int() with base 10: "_1"' });
  });

  it("rows 25, 26: bounds are inclusive and only where the option has them", () => {
    expect(read(option("DEFAULT", "max_concurrent_live_migrations"), "-1")).toEqual({ error: "Should be greater than or equal to 0" });
    expect(read(option("DEFAULT", "max_concurrent_live_migrations"), "0")).toBe(0);
    expect(read(option("DEFAULT", "sync_power_state_pool_size"), "-3")).toBe(-3);
  });

  it("row 27: choices are case-sensitive", () => {
    expect(read(option("libvirt", "images_type"), "RBD")).toEqual({
      error: 'Valid values are [raw, flat, qcow2, lvm, rbd, ploop, default], but found "RBD"',
    });
  });

  it("row 28: $name, ${name} and ${group.name} are substituted, defaults included", () => {
    const document = stack(["[DEFAULT]\nstate_path = /srv/nova\nmy_ip = 10.0.0.1\n"]);
    const scope = { document, settings: SETTINGS };
    expect(substitute(scope, "DEFAULT", "instances_path", "$state_path/inst")).toEqual({ ok: true, text: "/srv/nova/inst", secret: false });
    expect(substitute(scope, "DEFAULT", "host", "${my_ip}-x")).toEqual({ ok: true, text: "10.0.0.1-x", secret: false });
    expect(substitute(scope, "DEFAULT", "host", "${libvirt.images_type}")).toEqual({ ok: true, text: "default", secret: false });
  });

  it("row 29: $$ and \\$ are a literal $", () => {
    const scope = { document: stack(["[DEFAULT]\n"]), settings: SETTINGS };
    expect(substitute(scope, "neutron", "password", "a$$b\\$c")).toEqual({ ok: true, text: "a$b$c", secret: false });
  });

  it("row 30: a $ in a password is a reference, and an unknown one fails the read", () => {
    const scope = { document: stack(["[DEFAULT]\n"]), settings: SETTINGS };
    expect(substitute(scope, "neutron", "password", "pa$word")).toEqual({ ok: false, reason: "missing" });
    expect(substitute(scope, "neutron", "password", "Sup3r$ecret")).toEqual({ ok: false, reason: "missing" });
    expect(substitute(scope, "database", "connection", "mysql+pymysql://nova:Db$Pw@db/nova")).toEqual({ ok: false, reason: "missing" });
  });

  it("row 31: lists are stripped and split, trailing commas dropped; dicts split at the first ':'", () => {
    expect(read(option("filter_scheduler", "enabled_filters"), "a, b ,c,")).toEqual(["a", "b", "c"]);
    // oslo.config's `rstrip(',')` drops every trailing comma, not one (the spec says one).
    expect(read(option("vnc", "auth_schemes"), "none,,")).toEqual(["none"]);
    expect(read(option("profiler_jaeger", "process_tags"), "k1:v1, k2 : v:2")).toEqual({ k1: "v1", k2: "v:2" });
  });

  it("row 32: floats take exponents; ports stop at 65535", () => {
    expect(read(option("DEFAULT", "cpu_allocation_ratio"), "1e1")).toBe(10);
    expect(read(option("vnc", "novncproxy_port"), "70000")).toEqual({ error: "Should be less than or equal to 65535" });
  });

  it("row 33: <None> copied from a sample is a literal string, an error for an int", () => {
    expect(read(option("DEFAULT", "state_path"), "<None>")).toBe("<None>");
    expect(read(option("DEFAULT", "max_concurrent_live_migrations"), "<None>")).toEqual({ error: 'invalid literal for int() with base 10: "<None>"' });
  });

  it("row 34: only the outer pair of quotes goes, so quoted list items keep one quote each", () => {
    expect(read(option("filter_scheduler", "enabled_filters"), parsedValue("[filter_scheduler]\nenabled_filters = 'a', 'b'\n"))).toEqual(["a'", "'b"]);
  });

  it("row 35: a reference reads the effective value, a deprecated name in a later file included", () => {
    // [DEFAULT] log_dir was once `logdir`: the later file's deprecated name wins over the current name.
    const document = stack(["[DEFAULT]\nlog_dir = /var/log/one\n", "[DEFAULT]\nlogdir = /var/log/two\n"]);
    expect(substitute({ document, settings: SETTINGS }, "DEFAULT", "state_path", "$log_dir/x")).toEqual({ ok: true, text: "/var/log/two/x", secret: false });
  });

  it("row 36: `.` belongs to the name; `$1` and `$ ` stay as written", () => {
    const scope = { document: stack(["[DEFAULT]\nmy_ip = 10.0.0.1\n"]), settings: SETTINGS };
    expect(substitute(scope, "DEFAULT", "host", "$my_ip.example")).toEqual({ ok: false, reason: "missing" });
    expect(substitute(scope, "DEFAULT", "state_path", "cost $1 and $ x")).toEqual({ ok: true, text: "cost $1 and $ x", secret: false });
  });
});

describe("spec §7: types", () => {
  it("string: choices (ignore_case), regex searched as Python's re, max_length", () => {
    expect(read(option("DEFAULT", "log_rotation_type"), "SIZE")).toBe("SIZE");
    expect(read(option("DEFAULT", "instance_usage_audit_period"), "month@15")).toBe("month@15");
    expect(read(option("DEFAULT", "instance_usage_audit_period"), "week")).toEqual({
      error: "Value \"week\" doesn't match regex '^(hour|month|day|year)(@([0-9]+))?$'",
    });
    // `\w` is Unicode-wide, and `$` matches before a final newline, as in Python.
    expect(read(option("cinder", "catalog_info"), "vol\u00fcme::internalURL")).toBe("vol\u00fcme::internalURL");
    expect(read(option("serial_console", "port_range"), "10000:20000\n")).toBe("10000:20000\n");
    expect(read(option("cinder", "catalog_info"), "x")).toEqual({ error: "Value \"x\" doesn't match regex '^[\\\\w-]+:\\\\w*:.*$'" });
    expect(read(option("ironic", "shard"), "s".repeat(256))).toEqual({ error: `Value "${"s".repeat(40)}…" exceeds maximum length 255` });
    // Length is counted in code points, as Python's len().
    expect(read(option("ironic", "shard"), "\u{1d7ce}".repeat(255))).toEqual({ error: expect.stringMatching(/doesn't match regex/) });
  });

  it("int with choices: Python's OrderedDict repr and %g", () => {
    expect(read(option("libvirt", "rx_queue_size"), "512")).toBe(512);
    expect(read(option("libvirt", "rx_queue_size"), "300")).toEqual({
      error: "Valid values are OrderedDict({256: None, 512: None, 1024: None}), but found 300",
    });
  });

  it("float: Python's float() syntax; nan passes every bound", () => {
    const ratio = option("DEFAULT", "cpu_allocation_ratio");
    expect(read(ratio, ".5")).toBe(0.5);
    expect(read(ratio, " 1_000.5 ")).toBe(1000.5);
    expect(read({ type: "float" }, "-inf")).toBe(Number.NEGATIVE_INFINITY);
    expect(read(ratio, "-inf")).toEqual({ error: "Should be greater than or equal to 0" });
    expect(Number.isNaN(read(ratio, "NaN"))).toBe(true);
    expect(read(ratio, "")).toBeNull();
    expect(read(ratio, "1,5")).toEqual({ error: 'could not convert string to float: "1,5"' });
    expect(read({ type: "float", min: 0, max: 4.5 }, "5")).toEqual({ error: "Should be less than or equal to 4.5" });
    expect(read({ type: "float", min: 0, max: 4.5 }, "nan")).toBeNaN();
  });

  it("list: item types, and a failing item retried with the next piece glued on", () => {
    expect(read(option("glance", "retriable_status_codes"), "500, 503,")).toEqual([500, 503]);
    expect(read(option("glance", "retriable_status_codes"), "500,x")).toEqual({ error: 'invalid literal for int() with base 10: "x"' });
    expect(read(option("vnc", "auth_schemes"), "none, vencrypt")).toEqual(["none", "vencrypt"]);
    // oslo resets its "first error" on each attempt: the error names the glued text.
    expect(read(option("vnc", "auth_schemes"), "x,none")).toEqual({ error: 'Valid values are [none, vencrypt], but found "x,none"' });
    // Custom element classes (CapNameOrInt) are not checked.
    expect(read(option("privsep", "capabilities"), "CAP_WHATEVER")).toEqual(["CAP_WHATEVER"]);
  });

  it("dict: pairs, empty keys, duplicates", () => {
    const tags = option("profiler_jaeger", "process_tags");
    expect(read(tags, "")).toEqual({});
    expect(read(tags, "novalue")).toEqual({ error: 'Value should be NAME:VALUE pairs separated by ","' });
    expect(read(tags, ":1")).toEqual({ error: "Key name should not be empty" });
    expect(read(tags, "a:1,a:2")).toEqual({ error: 'Duplicate key "a"' });
  });

  it("multistring and multi: one occurrence is one item", () => {
    expect(read(option("pci", "alias"), '{"name": "a"}')).toBe('{"name": "a"}');
    expect(read(option("DEFAULT", "reserved_huge_pages"), "node:0,size:2048,count:64")).toEqual({ node: "0", size: "2048", count: "64" });
    expect(read(option("DEFAULT", "reserved_huge_pages"), "node0")).toEqual({ error: 'Value should be NAME:VALUE pairs separated by ","' });
  });

  it("IP addresses: inet_pton, strict dotted quads", () => {
    for (const address of ["192.0.2.1", "0.0.0.0", "::", "::1", "2001:db8::8:800:200c:417a", "::ffff:192.0.2.1", "1:2:3:4:5:6:7:8"]) {
      expect(isIpAddress(address), address).toBe(true);
    }
    for (const address of ["010.1.1.1", "10.1", "256.1.1.1", "1:2:3:4:5:6:7:8:9", "1::2::3", ":1::", "12345::", "1:2:3:4:5:6:7::8", "fe80::1%eth0", "::1.2.3"]) {
      expect(isIpAddress(address), address).toBe(false);
    }
    expect(read({ type: "ip" }, "")).toEqual({ error: "IP address cannot be an empty string" });
    expect(read({ type: "ip" }, "10.1")).toEqual({ error: '"10.1" is not IPv4 or IPv6 address' });
  });

  it("hostaddress: an IP address or a hostname", () => {
    const address = option("vnc", "server_proxyclient_address");
    for (const host of ["192.0.2.21", "abcd:ef::1", "compute-01.example.net", "cell1.nova.site1.", "3com.com", "10.org", "abc.0-0", `host.${"x".repeat(63)}.com`]) {
      expect(read(address, host), host).toBe(host);
    }
    for (const host of ["", "-1", "_foo", "10.0", "host..name", "org.10", "0.0.00", "host_01.co.uk", "no spaces", "-host.com", "hostname.co.uk-", `host.${"x".repeat(64)}.com`]) {
      expect(read(address, host), host).toEqual({ error: expect.stringMatching(/ is not a valid host address$/) });
    }
    expect(read(address, "192.0.2.21\n# an indented comment right after a key")).toEqual({
      error: '"192.0.2.21\\n# an indented comment right a…" is not a valid host address',
    });
  });

  it("hostdomain: like hostaddress, underscores allowed", () => {
    const host = option("DEFAULT", "host");
    expect(read(host, "compute_01.example.net")).toBe("compute_01.example.net");
    expect(read(host, "<None>")).toEqual({ error: '"<None>" is not a valid host address' });
  });

  it("uri: scheme and host present and valid, schemes whitelisted", () => {
    const url = option("vnc", "novncproxy_base_url");
    expect(read(url, "http://192.0.2.10:6080/vnc_auto.html")).toBe("http://192.0.2.10:6080/vnc_auto.html");
    expect(read(url, "http://[2001:db8::1]:6080/")).toBe("http://[2001:db8::1]:6080/");
    expect(read(url, "http://")).toEqual({ error: "host was required but missing" });
    expect(read(url, "invalid")).toEqual({ error: "host, scheme were required but missing" });
    expect(read(url, "")).toEqual({ error: "host, scheme were required but missing" });
    expect(read(url, "http://host:port/")).toEqual({ error: "host was required but missing" });
    expect(read(url, "http://300.1.1.1/")).toEqual({ error: "host was required but missing" });
    expect(read(url, "http://[fe80::1%eth0]/")).toEqual({ error: "host was found to be invalid" });
    expect(read(url, "1http://h/")).toEqual({ error: "scheme was found to be invalid" });
    expect(read(option("vault", "vault_url"), "ftp://vault")).toEqual({ error: "scheme was required to be one of ['http', 'https'] but was \"ftp\"" });
  });
});

describe("Python number syntax and formatting", () => {
  it("parses like int() and float()", () => {
    expect(parsePyInt(" -0 ")).toBe(0);
    expect(parsePyInt("\u0661\u0660")).toBe(10);
    expect(parsePyInt("+ 1")).toBeUndefined();
    expect(parsePyFloat("5.")).toBe(5);
    expect(parsePyFloat("1e1_0")).toBe(1e10);
    expect(parsePyFloat("-2.5E-3")).toBe(-0.0025);
    expect(parsePyFloat("\u0663e+\u0662")).toBe(300);
    expect(parsePyFloat("Infinity")).toBe(Number.POSITIVE_INFINITY);
    expect(parsePyFloat(".")).toBeUndefined();
    expect(parsePyFloat("e5")).toBeUndefined();
    expect(parsePyFloat("1_.5")).toBeUndefined();
  });

  it("formats like %g and repr(float)", () => {
    expect([0, -1, 4.5, 65535, 1e6, 0.0001, 0.00001234].map(pyFormatG)).toEqual(["0", "-1", "4.5", "65535", "1e+06", "0.0001", "1.234e-05"]);
    expect([4, 0.1, -2.5, 1e15, 1e16, 0.0001, 1e-5, Number.NaN].map(pyFloatRepr)).toEqual([
      "4.0",
      "0.1",
      "-2.5",
      "1000000000000000.0",
      "1e+16",
      "0.0001",
      "1e-05",
      "nan",
    ]);
  });
});

describe("spec §8: substitution", () => {
  it("reads Python's Template tokens, `\\$` turned into `$$` first", () => {
    expect(templateTokens("a$$b\\$c $x ${y.z} $ $1 $\\$x ${")).toEqual([
      { kind: "escape", start: 1, end: 3 },
      { kind: "escape", start: 4, end: 6 },
      { kind: "reference", start: 8, end: 10, name: "x", braced: false },
      { kind: "reference", start: 11, end: 17, name: "y.z", braced: true },
      { kind: "lone", start: 18, end: 19, next: " " },
      { kind: "lone", start: 20, end: 21, next: "1" },
      { kind: "escape", start: 23, end: 25 },
      // `$\$x` is `$$$x` for oslo: an escape, then a reference to x.
      { kind: "reference", start: 25, end: 27, name: "x", braced: false },
      { kind: "lone", start: 28, end: 29, next: "{" },
    ]);
    expect(templateTokens("$MY_IP")).toEqual([{ kind: "reference", start: 0, end: 6, name: "MY_IP", braced: false }]);
  });

  it("looks a name up in the reading group, then [DEFAULT]; a dotted name in that group only", () => {
    expect(lookupReference("libvirt", "images_type")).toMatchObject({ kind: "option", group: "libvirt" });
    expect(lookupReference("vnc", "my_ip")).toMatchObject({ kind: "option", group: "DEFAULT" });
    expect(lookupReference("DEFAULT", "logdir")).toMatchObject({ kind: "option", option: { name: "log_dir" } });
    expect(lookupReference("DEFAULT", "libvirt")).toEqual({ kind: "group", group: "libvirt" });
    expect(lookupReference("vnc", "word")).toEqual({ kind: "missing", group: "DEFAULT", option: "word", dotted: false });
    expect(lookupReference("DEFAULT", "my_ip.example")).toEqual({ kind: "missing", group: "my_ip", option: "example", dotted: true });
    expect(lookupReference("DEFAULT", "libvirt.nope")).toEqual({ kind: "missing", group: "libvirt", option: "nope", dotted: true });
    // [DEFAULT] is no registered group, and group names are case-sensitive here.
    expect(lookupReference("vnc", "DEFAULT.my_ip")).toMatchObject({ kind: "missing", dotted: true });
    expect(lookupReference("DEFAULT", "LIBVIRT.images_type")).toMatchObject({ kind: "missing", dotted: true });
  });

  it("resolves through other files of the stack and the environment", () => {
    const document = stack(["[DEFAULT]\nmy_ip = 192.0.2.5\n", "[vnc]\nserver_listen = $my_ip\n"]);
    expect(substitute({ document, settings: SETTINGS }, "vnc", "server_listen", "$my_ip")).toEqual({ ok: true, text: "192.0.2.5", secret: false });
    const env = { env: { OS_DEFAULT__MY_IP: "198.51.100.7" } };
    expect(substitute({ document, settings: env }, "vnc", "server_listen", "$my_ip")).toEqual({ ok: true, text: "198.51.100.7", secret: false });
  });

  it("stringifies converted values as Python's str() does, None as ''", () => {
    const document = stack(["[DEFAULT]\ndebug = yes\ncpu_allocation_ratio = 4\nmax_concurrent_builds = +03\n"]);
    const scope = { document, settings: SETTINGS };
    expect(substitute(scope, "DEFAULT", "state_path", "$debug/$cpu_allocation_ratio/$max_concurrent_builds")).toEqual({ ok: true, text: "True/4.0/3", secret: false });
    expect(substitute(scope, "DEFAULT", "state_path", "[$tempdir]$initial_cpu_allocation_ratio")).toEqual({ ok: true, text: "[]4.0", secret: false });
  });

  it("is unknown for run-time defaults, lists, unconvertible values and cycles; marks secrets", () => {
    const document = stack(["[DEFAULT]\ndebug = maybe\nstate_path = $instances_path\ninstances_path = $state_path/x\n[neutron]\npassword = s3cret\n"]);
    const scope = { document, settings: SETTINGS };
    const unknown = { ok: false, reason: "unknown" };
    expect(substitute(scope, "DEFAULT", "host", "$my_ip")).toEqual(unknown);
    expect(substitute(scope, "DEFAULT", "host", "$pybasedir")).toEqual(unknown);
    expect(substitute(scope, "DEFAULT", "host", "$default_log_levels")).toEqual(unknown);
    expect(substitute(scope, "DEFAULT", "host", "$debug")).toEqual(unknown);
    expect(substitute(scope, "DEFAULT", "host", "$state_path")).toEqual(unknown);
    expect(substitute(scope, "DEFAULT", "host", "$host")).toEqual(unknown);
    expect(substitute(scope, "vnc", "server_listen", "${neutron.password}")).toEqual({ ok: true, text: "s3cret", secret: true });
  });

  it("fails for a group or a missing name, even when referenced indirectly", () => {
    const document = stack(["[DEFAULT]\nstate_path = /x/$nothing\n"]);
    const scope = { document, settings: SETTINGS };
    expect(substitute(scope, "DEFAULT", "host", "$libvirt")).toEqual({ ok: false, reason: "missing" });
    expect(substitute(scope, "DEFAULT", "instances_path", "$state_path/i")).toEqual({ ok: false, reason: "missing" });
  });
});

describe("spec §14.1: secrets", () => {
  it("secret options, deprecated names of them, and unknown keys that look secret", () => {
    expect(isSecretOption("neutron", "password")).toBe(true);
    expect(isSecretOption("database", "connection")).toBe(true);
    expect(isSecretOption("DEFAULT", "transport_url")).toBe(true);
    expect(isSecretOption("key_manager", "fixed_key")).toBe(true);
    expect(isSecretOption("neutron", "username")).toBe(false);
    // Known options are what their flag says, whatever their name.
    expect(isSecretOption("service_user", "send_service_user_token")).toBe(false);
    expect(isSecretOption("libvirt", "rbd_secret_uuid")).toBe(false);
    for (const key of ["rabbit_password", "admin_password", "xenapi_connection_password", "db_passwd", "api_token", "my_secret", "ssl_key", "Password"]) {
      expect(isSecretOption("DEFAULT", key), key).toBe(true);
    }
    expect(isSecretOption("DEFAULT", "file_server_client_key_file")).toBe(false);
    expect(isSecretOption("default", "password")).toBe(true);
  });

  it("finds and masks URL passwords, several hosts included", () => {
    // SQLAlchemy reads the password up to the `@`, `#`, `/` and `?` included (spec §6 row 6).
    expect(maskUrlPasswords("mysql+pymysql://nova:p#ss=w:rd@db/nova?charset=utf8")).toBe("mysql+pymysql://nova:***@db/nova?charset=utf8");
    expect(maskUrlPasswords("mysql://nova:a/b?c@db/nova")).toBe("mysql://nova:***@db/nova");
    expect(maskUrlPasswords("mysql://nova:p@ss@db/nova")).toBe("mysql://nova:***@db/nova");
    expect(maskUrlPasswords("rabbit://u:A@h1:5672,u:B@h2:5672,h3:5672//")).toBe("rabbit://u:***@h1:5672,u:***@h2:5672,h3:5672//");
    expect(maskUrlPasswords("rabbit://h1:5672,u:B@h2/")).toBe("rabbit://h1:5672,u:***@h2/");
    // A comma inside a password: the piece after it has no `user:` of its own.
    expect(maskUrlPasswords("mysql://u:pa,ss@h/x")).toBe("mysql://u:***@h/x");
    expect(maskUrlPasswords("see http://a:b@h and ftp://c:d@h2")).toBe("see http://a:***@h and ftp://c:***@h2");
    for (const text of ["sqlite:////var/lib/nova/nova.sqlite", "rabbit://", "http://user@h/", "mysql://u:@h/", "no url: a:b@c", "http://h/a:b@c"]) {
      expect(urlPasswords(text), text).toEqual([]);
    }
    expect(urlPasswords("rabbit://openstack:Rabb1tPw@192.0.2.11:5672//")).toEqual([{ start: 19, end: 27 }]);
    expect(containsUrl("sqlite:////x")).toBe(true);
    expect(containsUrl("a:b@c")).toBe(false);
    expect(showMasked("amqp://u:secret@h")).toBe('"amqp://u:***@h"');
  });
});

describe("URL passwords never leak (property)", () => {
  const chars = (alphabet: string, min: number, max: number) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });
  const user = chars("abcdefghijklmnopqrstuvwxyz0123456789_.-", 1, 8);
  // Passwords may hold what SQLAlchemy reads as password characters: `:`, `/`, `?`, `#`, `$`, `%`.
  const password = chars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:/?#$%!*+=", 1, 16);
  const host = chars("abcdefghijklmnopqrstuvwxyz0123456789.", 1, 12);
  const scheme = fc.constantFrom("mysql+pymysql", "rabbit", "http", "postgresql");

  it("masks exactly the password of every host", () => {
    fc.assert(
      fc.property(scheme, fc.array(fc.tuple(user, password, host), { minLength: 1, maxLength: 3 }), (name, credentials) => {
        const authority = credentials.map(([u, p, h]) => `${u}:${p}@${h}`).join(",");
        const url = `${name}://${authority}/path?x=1`;
        const masked = maskUrlPasswords(url);
        expect(masked).toBe(`${name}://${credentials.map(([u, , h]) => `${u}:***@${h}`).join(",")}/path?x=1`);
      }),
    );
  });
});

describe("positions", () => {
  it("maps a value index to its file offset across quotes and continuation lines", () => {
    const text = '[DEFAULT]\nhost = "ab"\nstate_path = a\n  bc\n';
    const [quoted, continued] = stack([text]).file.assignments;
    expect(text[valueOffset(quoted!, 1)]).toBe("b");
    expect(text[valueOffset(continued!, 2)]).toBe("b");
    expect(valueOffset(continued!, 4)).toBe(text.length - 1);
  });
});
