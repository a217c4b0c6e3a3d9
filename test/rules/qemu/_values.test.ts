import { describe, expect, it } from "vitest";
import valueEnum from "../../../rules/qemu/value-enum.js";
import valueRange from "../../../rules/qemu/value-range.js";
import valueType from "../../../rules/qemu/value-type.js";
import { QEMU_KEYS, qemuKey } from "../../../src/catalogue/qemu.js";
import { sourceFromText } from "../../../src/core/source.js";
import { qemuEngine, type QemuSettings } from "../../../src/engines/qemu.js";
import {
  effectiveValue,
  getterMessage,
  isNumericLocalhost,
  LOADER_ORDER,
  loaderRank,
  readKey,
  readsKey,
  valueProblems,
  type ValueScope,
} from "../../../rules/qemu/_values.js";

function scope(code: string, settings: Partial<QemuSettings> = {}): ValueScope {
  const merged = { ...qemuEngine.defaultSettings, ...settings };
  const parsed = qemuEngine.parse(sourceFromText(code), merged);
  if (!parsed.ok) throw new Error(`does not parse: ${JSON.stringify(parsed.failure)}`);
  return { document: parsed.document, settings: merged, filePath: "/etc/libvirt/qemu.conf" };
}

/** The typed value, or the failure's messageId, or the status. */
function read(code: string, key: string, settings: Partial<QemuSettings> = {}): unknown {
  const reading = readKey(scope(code, settings), key);
  if (reading.status === "ok") return reading.typed;
  if (reading.status === "invalid") return `${reading.failure.reason}:${reading.failure.messageId}`;
  return reading.status;
}

describe("readKey: virConfGetValueBool", () => {
  it.each([
    ["vnc_tls = 1", true],
    ["vnc_tls = 0", false],
    ["vnc_tls = +1", true],
    ["vnc_tls = 01", true],
    ["vnc_tls = 001", true],
    ["vnc_tls = +0", false],
    ["vnc_tls = -0", "type:boolNegative"],
    ["vnc_tls = -1", "type:boolNegative"],
    ['vnc_tls = "1"', "type:boolString"],
    ["vnc_tls = [ 1 ]", "type:boolList"],
    ["vnc_tls = 2", "range:boolRange"],
    // The getter compares all 64 bits with 1, so a value that is 0 modulo 2^32 is still refused.
    ["vnc_tls = 4294967296", "range:boolRange"],
  ])("%s", (code, expected) => {
    const result = read(code, "vnc_tls");
    expect(result).toEqual(typeof expected === "boolean" ? { type: "bool", value: expected } : expected);
  });

  it("reads 9.0.0's wrapped 64 bits: 2^64 is stored as 0", () => {
    expect(read("vnc_tls = 18446744073709551616", "vnc_tls", { libvirtVersion: "9.0.0" })).toEqual({ type: "bool", value: false });
  });
});

describe("readKey: virConfGetValueInt and virConfGetValueUInt", () => {
  it.each([
    ["keepalive_interval = -1", "keepalive_interval", { type: "int", value: -1 }],
    ["keepalive_interval = 2147483647", "keepalive_interval", { type: "int", value: 2147483647 }],
    ["keepalive_interval = -2147483648", "keepalive_interval", { type: "int", value: -2147483648 }],
    ["keepalive_interval = 2147483648", "keepalive_interval", "range:intRange"],
    ['keepalive_interval = "5"', "keepalive_interval", "type:numberString"],
    ["keepalive_interval = []", "keepalive_interval", "type:numberList"],
    ["max_queued = 4294967295", "max_queued", { type: "uint", value: 4294967295 }],
    ["max_queued = 4294967296", "max_queued", "range:uintRange"],
    ["max_queued = -0", "max_queued", "type:uintNegative"],
    ["max_files = -1", "max_files", "type:uintNegativeOsDefault"],
    ["migration_port_min = 007", "migration_port_min", { type: "uint", value: 7 }],
  ])("%s", (code, key, expected) => {
    expect(read(code, key)).toEqual(expected);
  });

  it("judges an int on the signed reading of the stored bits (9.0.0 reads 2^64-1 as -1)", () => {
    expect(read("keepalive_interval = 18446744073709551615", "keepalive_interval", { libvirtVersion: "9.0.0" })).toEqual({ type: "int", value: -1 });
  });
});

describe("readKey: max_core", () => {
  it.each([
    ['max_core = "unlimited"', { type: "ullong", value: "unlimited" }],
    ["max_core = 0", { type: "ullong", value: 0n }],
    ["max_core = 9223372036854775807", { type: "ullong", value: 9223372036854775807n }],
    ["max_core = -1", "type:maxCoreNegative"],
    ['max_core = "infinity"', "enum:coreSize"],
    ["max_core = [ ]", "type:maxCoreList"],
  ])("%s", (code, expected) => {
    expect(read(code, "max_core")).toEqual(expected);
  });
});

describe("readKey: strings and string lists", () => {
  it("reads a string", () => {
    expect(read("vnc_listen = '::'", "vnc_listen")).toEqual({ type: "string", value: "::" });
  });

  it.each([
    ["user = 0", "type:accountNumber"],
    ["user = -1", "type:stringNumber"],
    ['user = [ "qemu" ]', "type:stringList"],
  ])("%s", (code, expected) => {
    expect(read(code, "user")).toEqual(expected);
  });

  it("gives list elements with their nodes", () => {
    const reading = readKey(scope('cgroup_controllers = [ "cpu", "devices" ]'), "cgroup_controllers");
    expect(reading.status).toBe("ok");
    if (reading.status !== "ok" || reading.typed.type !== "string-list") return;
    expect(reading.typed.items.map((item) => [item.value, item.node.start, item.node.end])).toEqual([
      ["cpu", 23, 28],
      ["devices", 30, 39],
    ]);
  });

  it("refuses a plain string for a string-list key (compat off)", () => {
    expect(read('cgroup_controllers = "cpu"', "cgroup_controllers")).toBe("type:listString");
    expect(read("namespaces = 1", "namespaces")).toBe("type:listNumber");
  });

  it("accepts a plain string as a one-element list where libvirt's compat flag is on", () => {
    const reading = readKey(scope('security_driver = "none"'), "security_driver");
    expect(reading.status === "ok" && reading.typed.type === "string-list" && reading.typed.items.map((item) => item.value)).toEqual(["none"]);
    expect(read("security_driver = 5", "security_driver")).toBe("type:stringOrListNumber");
  });

  it("points at the first element that is not a string, with libvirt's syntax-error wording", () => {
    const reading = readKey(scope('cgroup_controllers = [ "cpu", 1, [ "x" ] ]'), "cgroup_controllers");
    if (reading.status !== "invalid") throw new Error(reading.status);
    expect(reading.failure).toMatchObject({
      reason: "type",
      messageId: "listElement",
      values: { given: "number" },
      node: { kind: "number", start: 30, end: 31 },
      hint: "must list only quoted strings, not a number",
      libvirt: {
        stage: "L",
        message: "configuration file syntax error: /etc/libvirt/qemu.conf: expected a string list for 'cgroup_controllers' parameter",
        quote: "expected a string list for 'cgroup_controllers' parameter",
      },
    });
  });
});

describe("readKey: what libvirt does not read", () => {
  it("reports absent and ignored keys", () => {
    expect(read("vnc_tls = 1", "spice_tls")).toBe("absent");
    expect(read('VNC_TLS = "1"', "VNC_TLS")).toBe("ignored");
    expect(read('clear_emulator_capabilities = "yes"', "clear_emulator_capabilities")).toBe("ignored");
    expect(read("vnc_tls_priority = 5", "vnc_tls_priority")).toBe("ignored");
    expect(read("default_tls_priority = 5", "default_tls_priority", { libvirtVersion: "11.3.0" })).toBe("ignored");
    expect(read("default_tls_priority = 5", "default_tls_priority")).toBe("type:stringNumber");
  });

  it("reads only the first entry of a key", () => {
    expect(read('vnc_tls = 1\nvnc_tls = "x"', "vnc_tls")).toEqual({ type: "bool", value: true });
    expect(read('vnc_tls = "x"\nvnc_tls = 1', "vnc_tls")).toBe("type:boolString");
  });

  it.each([
    ["max_threads_per_process", "5.5.0", false],
    ["max_threads_per_process", "5.6.0", true],
    ["rdp_listen", "9.0.0", false],
    ["rdp_listen", "9.1.0", true],
    ["vnc_tls", "1.0.0", true],
    ["nvram", "11.6.0", true],
    ["clear_emulator_capabilities", "11.6.0", false],
    ["vnc_tls_priority", "11.6.0", false],
  ])("readsKey(%s, %s) is %s", (key, version, expected) => {
    expect(readsKey(qemuKey(key)!, version)).toBe(expected);
  });
});

describe("effectiveValue", () => {
  it("is the typed value, or undefined when absent or failing its getter", () => {
    expect(effectiveValue(scope("dynamic_ownership = 0"), "dynamic_ownership")).toEqual({ type: "bool", value: false });
    expect(effectiveValue(scope("dynamic_ownership = 0"), "remember_owner")).toBeUndefined();
    expect(effectiveValue(scope('dynamic_ownership = "0"'), "dynamic_ownership")).toBeUndefined();
    expect(effectiveValue(scope("remember_owner = 5"), "remember_owner")).toBeUndefined();
  });

  it("keeps a value that fails only a later check (those are value-enum findings, not getter failures)", () => {
    expect(effectiveValue(scope('stdio_handler = "journald"'), "stdio_handler")).toEqual({ type: "string", value: "journald" });
  });
});

describe("loader order", () => {
  it("lists every key the newest catalogued release reads, once", () => {
    const read = QEMU_KEYS.filter((key) => readsKey(key, "11.6.0")).map((key) => key.key);
    expect([...LOADER_ORDER].sort()).toEqual([...read].sort());
    expect(new Set(LOADER_ORDER).size).toBe(LOADER_ORDER.length);
  });

  it("follows the loader's helpers: SPICE before RPC before security", () => {
    expect(loaderRank("spice_tls")!).toBeLessThan(loaderRank("keepalive_count")!);
    expect(loaderRank("keepalive_count")!).toBeLessThan(loaderRank("remember_owner")!);
    expect(loaderRank("clear_emulator_capabilities")).toBeUndefined();
  });
});

describe("valueProblems: libvirtFirst", () => {
  const first = (code: string, settings: Partial<QemuSettings> = {}): string[] =>
    valueProblems(scope(code, settings))
      .filter((problem) => problem.libvirtFirst)
      .map((problem) => `${problem.rule} ${problem.key}`);

  it("marks only the failure libvirt reports (spec §6 row 64)", () => {
    const problems = valueProblems(scope('keepalive_count = -1\nspice_tls = "1"\nremember_owner = 5\n'));
    expect(problems.map((problem) => [problem.key, problem.rule, problem.libvirtFirst])).toEqual([
      ["spice_tls", "qemu/value-type", true],
      ["keepalive_count", "qemu/value-type", false],
      ["remember_owner", "qemu/value-range", false],
    ]);
  });

  it("uses libvirt's path in its texts", () => {
    const [problem] = valueProblems(scope('spice_tls = "1"'));
    expect(problem?.libvirt?.message).toBe("internal error: /etc/libvirt/qemu.conf: expected a bool for 'spice_tls' parameter");
  });

  it("puts load failures before driver-init failures whatever their keys", () => {
    expect(first('security_driver = "smack"\nswtpm_user = 5')).toEqual(["qemu/value-type swtpm_user"]);
    expect(first('security_driver = "smack"\nlock_manager = "x"')).toEqual(["qemu/value-enum lock_manager"]);
  });

  it("ranks an absent maximum's failure at the maximum's place", () => {
    // migration_port_min fails through the default migration_port_max, which libvirt reads before migration_host.
    expect(first('migration_host = "localhost"\nmigration_port_min = 50000')).toEqual(["qemu/value-range migration_port_min"]);
  });

  it("follows list order inside a key; libvirt names the first name that repeats later", () => {
    expect(first('cgroup_controllers = [ "cpu", "x", "y" ]')).toHaveLength(1);
    const problems = valueProblems(scope('security_driver = [ "apparmor", "selinux", "selinux", "apparmor" ]'));
    expect(problems.filter((problem) => problem.libvirtFirst).map((problem) => problem.node.start)).toEqual([54]);
  });

  it("counts hugetlbfs_mount = \"\" (reported by its own rule), which fails before stdio_handler", () => {
    expect(first('stdio_handler = "x"\nhugetlbfs_mount = ""')).toEqual(["qemu/hugetlbfs-mount-empty hugetlbfs_mount"]);
  });

  it("marks nothing when libvirt itself does not fail", () => {
    expect(first('security_driver = [ "selinux", "none" ]')).toEqual([]);
    expect(first("max_core = 99999999999999999999", { libvirtVersion: "9.0.0" })).toEqual([]);
    expect(first('save_image_format = "lz4"', { libvirtVersion: "11.1.0" })).toEqual([]);
  });
});

describe("isNumericLocalhost (virSocketAddrIsNumericLocalhost)", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.1", true],
    ["0x7f.0.0.1", true],
    ["0177.0.0.1", true],
    ["2130706433", true],
    ["::1", true],
    ["0:0:0:0:0:0:0:1", true],
    ["::0.0.0.1", true],
    ["::1%lo", true],
    ["127.0.0.2", false],
    ["::2", false],
    ["::", false],
    ["::ffff:127.0.0.1", false],
    ["127.0.0.1.", false],
    ["08.0.0.1", false],
    ["1:2:3:4:5:6:7::8", false],
    ["host.example", false],
    ["", false],
  ])("%s → %s", (address, expected) => {
    expect(isNumericLocalhost(address)).toBe(expected);
  });
});

describe("getterMessage", () => {
  it("makes a one-line template: key, plain words, libvirt's text", () => {
    expect(getterMessage("boolRange")).toBe('{{key}} must be 0 or 1, not {{value}} (libvirt: "{{libvirt}}").');
    expect(getterMessage("coreSize")).toBe('{{key}} must be a number or "unlimited", not {{value}} (libvirt: "{{libvirt}}").');
  });
});

describe("the value rules' metadata", () => {
  it.each([valueType, valueRange, valueEnum])("$meta.id: one-line sentences, no double whitespace", (rule) => {
    expect(rule.meta.description).not.toMatch(/\.$/);
    for (const template of Object.values(rule.meta.messages)) {
      expect(template).toMatch(/^\{\{key\}\} .*\.$/);
      expect(template).not.toMatch(/\s\s|\n/);
    }
  });
});
