import { describe, expect, it } from "vitest";
import {
  baseName,
  concurrencyMode,
  defaultMode,
  documentPath,
  earlyConcurrencyBackend,
  earlyParseReads,
  parseRelease,
  patchingVariableMode,
  releaseMajor,
  releaseTag,
  requestedMode,
  serviceOf,
  threadingSupportedFrom,
} from "../../../rules/nova/_mode.js";
import { sourceFromText } from "../../../src/core/source.js";
import { NOVA_SERVICES, novaEngine, type NovaDocument, type NovaSettings } from "../../../src/engines/nova.js";

const settings = (extra: Partial<NovaSettings> = {}): NovaSettings => ({ env: {}, ...extra });

/** One file alone, as the engine parses a file linted without a stack. */
function alone(text: string): NovaDocument {
  const parsed = novaEngine.parse(sourceFromText(text), settings());
  if (!parsed.ok) throw new Error("test file does not parse");
  return parsed.document;
}

/** A stack of files in parse order, linting the one at `index`. */
function stack(files: readonly (readonly [path: string, text: string])[], index: number): NovaDocument {
  const stackFiles = files.map(([path, text]) => ({ path, source: sourceFromText(text) }));
  const parsed = novaEngine.parse(stackFiles[index]!.source, settings(), { files: stackFiles, index });
  if (!parsed.ok) throw new Error("test file does not parse");
  return parsed.document;
}

const EMPTY = alone("[DEFAULT]\n");

describe("parseRelease", () => {
  it.each([
    ["2026.2", 34],
    ["2026.1", 33],
    ["2025.2", 32],
    ["2025.1", 31],
    ["2023.1", 27],
    ["2022.2", 26],
    ["gazpacho", 33],
    ["Gazpacho", 33],
    [" HIBISCUS ", 34],
    ["liberty", 12],
    ["zed", 26],
    ["antelope", 27],
    ["epoxy", 31],
    ["flamingo", 32],
    ["33", 33],
    ["33.0.0", 33],
    ["32.1", 32],
    ["12.0.0", 12],
  ])("%j is %i", (text, major) => {
    expect(parseRelease(text)).toBe(major);
  });

  it.each(["", "kilo2", "2026.3", "2026", "33.0.0.0", "v33", "next", "1234.5.6"])("%j names no release", (text) => {
    expect(parseRelease(text)).toBeUndefined();
  });
});

describe("releaseMajor", () => {
  it("is 2026.2 (34) without a release setting", () => {
    expect(releaseMajor(settings())).toBe(34);
  });

  it("reads the setting", () => {
    expect(releaseMajor(settings({ release: "2026.1" }))).toBe(33);
    expect(releaseMajor(settings({ release: "flamingo" }))).toBe(32);
  });

  it("falls back to the option data's series for a release it cannot read", () => {
    expect(releaseMajor(settings({ release: "someday" }))).toBe(34);
  });

  it("names a release by its first tag", () => {
    expect(releaseTag(32)).toBe("32.0.0");
  });
});

describe("serviceOf", () => {
  it("takes the setting first", () => {
    const document = stack([["/etc/nova/nova-compute.conf", "[DEFAULT]\n"]], 0);
    expect(serviceOf(document, settings({ service: "nova-conductor" }))).toBe("nova-conductor");
  });

  it.each(NOVA_SERVICES.map((service) => [`/etc/nova/${service}.conf`, service]))("infers %s from the exact file name", (path, service) => {
    expect(serviceOf(stack([[path, "[DEFAULT]\n"]], 0), settings())).toBe(service);
  });

  it("reads devstack's nova-cpu.conf as nova-compute", () => {
    expect(serviceOf(stack([["/etc/nova/nova-cpu.conf", "[DEFAULT]\n"]], 0), settings())).toBe("nova-compute");
  });

  it.each([
    "/etc/nova/nova.conf",
    "/srv/18-compute-2024-nova-compute.conf",
    "/etc/nova/nova-compute.conf.bak",
    "/etc/nova/nova-compute.ini",
    "/etc/nova/Nova-Compute.conf",
    "/etc/nova/nova-foo.conf",
    "/etc/nova-compute.conf.d/10-x.conf",
  ])("infers nothing from %s", (path) => {
    expect(serviceOf(stack([[path, "[DEFAULT]\n"]], 0), settings())).toBeUndefined();
  });

  it("uses the linted path when the file has no stack, whatever the separator", () => {
    expect(serviceOf(EMPTY, settings())).toBeUndefined();
    expect(serviceOf(EMPTY, settings(), "deploy/compute/nova-compute.conf")).toBe("nova-compute");
    expect(serviceOf(EMPTY, settings(), "C:\\deploy\\nova-scheduler.conf")).toBe("nova-scheduler");
    expect(baseName("a/b//")).toBe("b");
    expect(documentPath(EMPTY, "x/nova.conf")).toBe("x/nova.conf");
    expect(documentPath(stack([["/etc/nova/nova.conf", "[DEFAULT]\n"]], 0), "x/other.conf")).toBe("/etc/nova/nova.conf");
  });
});

describe("patchingVariableMode (monkey_patch.patch, not oslo's Boolean)", () => {
  it.each(["1", "true", "TRUE", "True", "yes", "YES"])("%j disables eventlet", (value) => {
    expect(patchingVariableMode({ OS_NOVA_DISABLE_EVENTLET_PATCHING: value })).toBe("threading");
  });

  it.each(["0", "false", "no", "on", "enabled", "ture", " true", "true ", "y", "2"])("%j keeps eventlet", (value) => {
    expect(patchingVariableMode({ OS_NOVA_DISABLE_EVENTLET_PATCHING: value })).toBe("eventlet");
  });

  it("an unset or empty variable decides nothing", () => {
    expect(patchingVariableMode({})).toBeUndefined();
    expect(patchingVariableMode({ OS_NOVA_DISABLE_EVENTLET_PATCHING: "" })).toBeUndefined();
  });
});

describe("defaultMode (§11.3)", () => {
  const table: Record<string, [number, string][]> = {
    "nova-api": [[31, "eventlet"], [32, "eventlet"], [33, "threading"], [34, "threading"], [35, "threading"]],
    "nova-metadata": [[32, "eventlet"], [33, "threading"]],
    "nova-scheduler": [[32, "eventlet"], [33, "threading"]],
    "nova-conductor": [[33, "eventlet"], [34, "threading"]],
    "nova-compute": [[33, "eventlet"], [34, "threading"], [40, "threading"]],
    "nova-novncproxy": [[34, "eventlet"]],
    "nova-serialproxy": [[34, "eventlet"]],
    "nova-spicehtml5proxy": [[34, "eventlet"]],
    "nova-manage": [[34, "eventlet"]],
    "nova-status": [[34, "eventlet"]],
    "nova-policy": [[34, "eventlet"]],
  };
  it.each(Object.entries(table).flatMap(([service, rows]) => rows.map(([release, mode]) => [service, release, mode] as const)))(
    "%s on %i: %s",
    (service, release, mode) => {
      expect(defaultMode(service, release)).toBe(mode);
    },
  );

  it("knows no default for a service nova does not have", () => {
    expect(defaultMode("nova-network", 34)).toBeUndefined();
  });

  it("knows where threading is first supported", () => {
    expect(["nova-api", "nova-metadata", "nova-scheduler"].map(threadingSupportedFrom)).toEqual([32, 32, 32]);
    expect(["nova-conductor", "nova-compute"].map(threadingSupportedFrom)).toEqual([33, 33]);
    expect(["nova-novncproxy", "nova-serialproxy", "nova-spicehtml5proxy", "nova-manage", "nova-status"].map(threadingSupportedFrom)).toEqual([
      34, 34, 34, 34, 34,
    ]);
    expect(threadingSupportedFrom("nova-policy")).toBeUndefined();
    expect(threadingSupportedFrom("nova-network")).toBeUndefined();
  });
});

describe("earlyParseReads", () => {
  it("reads a --config-file by file name, in both argument forms", () => {
    expect(earlyParseReads("/repo/deploy/nova.conf", ["--config-file", "/etc/nova/nova.conf"])).toBe(true);
    expect(earlyParseReads("/repo/deploy/nova.conf", ["--config-file=/etc/nova/nova.conf"])).toBe(true);
    expect(earlyParseReads("/repo/deploy/nova-compute.conf", ["--config-file", "/etc/nova/nova.conf"])).toBe(false);
  });

  it("reads the *.conf files of a --config-dir by directory name", () => {
    const commandLine = ["--config-file", "/etc/nova/nova.conf", "--config-dir", "/etc/nova/nova.conf.d/"];
    expect(earlyParseReads("/repo/etc/nova/nova.conf.d/10-threads.conf", commandLine)).toBe(true);
    expect(earlyParseReads("/repo/etc/nova/nova.conf.d/10-threads.ini", commandLine)).toBe(false);
    expect(earlyParseReads("/repo/etc/nova/other.d/10-threads.conf", commandLine)).toBe(false);
  });

  it("reads nothing without config arguments", () => {
    expect(earlyParseReads("/etc/nova/nova.conf", [])).toBe(false);
    expect(earlyParseReads("/etc/nova/nova.conf", ["--debug", "nova.conf"])).toBe(false);
    expect(earlyParseReads("/etc/nova/nova.conf", ["--config-file"])).toBe(false);
  });
});

describe("concurrencyMode (§12)", () => {
  const backend = (value: string): NovaDocument => alone(`[DEFAULT]\nconcurrency_backend = ${value}\n`);

  it("is unknown with default settings", () => {
    expect(concurrencyMode(EMPTY, settings())).toBe("unknown");
  });

  it("step 1: eventlet up to 31 and for nova-policy, whatever is asked", () => {
    const env = { OS_NOVA_DISABLE_EVENTLET_PATCHING: "true" };
    expect(concurrencyMode(EMPTY, settings({ release: "2025.1", env }))).toBe("eventlet");
    expect(concurrencyMode(EMPTY, settings({ release: "epoxy" }))).toBe("eventlet");
    expect(concurrencyMode(EMPTY, settings({ service: "nova-policy", env }))).toBe("eventlet");
    expect(concurrencyMode(backend("threading"), settings({ service: "nova-policy" }))).toBe("eventlet");
  });

  it("step 2: the patching variable decides, even for an unknown service and over concurrency_backend", () => {
    expect(concurrencyMode(EMPTY, settings({ env: { OS_NOVA_DISABLE_EVENTLET_PATCHING: "yes" } }))).toBe("threading");
    expect(concurrencyMode(EMPTY, settings({ env: { OS_NOVA_DISABLE_EVENTLET_PATCHING: "on" } }))).toBe("eventlet");
    expect(concurrencyMode(backend("threading"), settings({ service: "nova-compute", env: { OS_NOVA_DISABLE_EVENTLET_PATCHING: "0" } }))).toBe("eventlet");
    expect(concurrencyMode(EMPTY, settings({ service: "nova-compute", release: "32", env: { OS_NOVA_DISABLE_EVENTLET_PATCHING: "1" } }))).toBe(
      "threading",
    );
  });

  it("step 3: OS_DEFAULT__CONCURRENCY_BACKEND, then [DEFAULT] concurrency_backend, from 2026.2", () => {
    expect(concurrencyMode(EMPTY, settings({ env: { OS_DEFAULT__CONCURRENCY_BACKEND: "threading" } }))).toBe("threading");
    expect(concurrencyMode(backend("threading"), settings({ env: { OS_DEFAULT__CONCURRENCY_BACKEND: "eventlet" } }))).toBe("eventlet");
    expect(concurrencyMode(backend("eventlet"), settings({ service: "nova-compute" }))).toBe("eventlet");
    expect(concurrencyMode(backend("threading"), settings())).toBe("threading");
    expect(concurrencyMode(backend("threading"), settings({ service: "nova-novncproxy" }))).toBe("threading");
  });

  it("step 3 does not apply before 2026.2, and auto or an invalid value leaves the default", () => {
    expect(concurrencyMode(backend("eventlet"), settings({ service: "nova-api", release: "2026.1" }))).toBe("threading");
    expect(concurrencyMode(backend("auto"), settings({ service: "nova-compute" }))).toBe("threading");
    expect(concurrencyMode(backend("Threading"), settings({ service: "nova-manage" }))).toBe("eventlet");
    expect(concurrencyMode(backend("auto"), settings())).toBe("unknown");
    expect(concurrencyMode(EMPTY, settings({ env: { OS_DEFAULT__CONCURRENCY_BACKEND: "" } }))).toBe("unknown");
  });

  it("step 4: the per-binary default of the release", () => {
    expect(concurrencyMode(EMPTY, settings({ service: "nova-compute" }))).toBe("threading");
    expect(concurrencyMode(EMPTY, settings({ service: "nova-compute", release: "2026.1" }))).toBe("eventlet");
    expect(concurrencyMode(EMPTY, settings({ service: "nova-scheduler", release: "gazpacho" }))).toBe("threading");
    expect(concurrencyMode(EMPTY, settings({ service: "nova-api", release: "32.0.0" }))).toBe("eventlet");
    expect(concurrencyMode(EMPTY, settings({ service: "nova-serialproxy" }))).toBe("eventlet");
    expect(concurrencyMode(EMPTY, settings(), "/etc/nova/nova-conductor.conf")).toBe("threading");
  });

  it("step 5: unknown for a service it does not know", () => {
    expect(concurrencyMode(EMPTY, settings({ release: "2026.1" }))).toBe("unknown");
    expect(concurrencyMode(EMPTY, settings({ service: "nova-network" }))).toBe("unknown");
  });
});

describe("concurrency_backend as the early parse sees it", () => {
  const files = [
    ["/repo/etc/nova/nova.conf.d/10-backend.conf", "[DEFAULT]\nconcurrency_backend = eventlet\n"],
    ["/repo/etc/nova/nova.conf", "[DEFAULT]\ndebug = true\n"],
  ] as const;

  it("without a command line, every stack file counts", () => {
    const document = stack(files, 1);
    expect(earlyConcurrencyBackend(document, settings())?.value).toBe("eventlet");
    expect(concurrencyMode(document, settings({ service: "nova-compute" }))).toBe("eventlet");
  });

  it("with a command line, only the files it names", () => {
    const document = stack(files, 1);
    const onlyMain = settings({ service: "nova-compute", commandLine: ["--config-file", "/etc/nova/nova.conf"] });
    expect(earlyConcurrencyBackend(document, onlyMain)).toBeUndefined();
    expect(concurrencyMode(document, onlyMain)).toBe("threading");
    const withDir = settings({ service: "nova-compute", commandLine: ["--config-file", "/etc/nova/nova.conf", "--config-dir", "/etc/nova/nova.conf.d"] });
    expect(concurrencyMode(document, withDir)).toBe("eventlet");
  });

  it("the winner keeps whether it is in the linted file", () => {
    const withDir = settings({ commandLine: ["--config-dir", "/etc/nova/nova.conf.d"] });
    expect(earlyConcurrencyBackend(stack(files, 0), withDir)?.inThisFile).toBe(true);
    expect(earlyConcurrencyBackend(stack(files, 1), withDir)?.inThisFile).toBe(false);
  });

  it("a file linted alone is named by the linted path", () => {
    const document = alone("[DEFAULT]\nconcurrency_backend = eventlet\n");
    const commandLine = ["--config-file", "/etc/nova/nova-compute.conf"];
    expect(earlyConcurrencyBackend(document, settings({ commandLine }))).toBeUndefined();
    expect(earlyConcurrencyBackend(document, settings({ commandLine }), "deploy/nova-compute.conf")?.value).toBe("eventlet");
    expect(concurrencyMode(document, settings({ commandLine }), "deploy/nova-compute.conf")).toBe("eventlet");
    expect(concurrencyMode(document, settings({ commandLine }), "deploy/nova-conductor.conf")).toBe("threading");
  });

  it("the environment still applies with a command line that names no file", () => {
    const document = stack(files, 1);
    expect(requestedMode(document, settings({ commandLine: [], env: { OS_DEFAULT__CONCURRENCY_BACKEND: "threading" } }))).toBe("threading");
  });

  it("the patching variable is the request when set", () => {
    expect(requestedMode(stack(files, 1), settings({ env: { OS_NOVA_DISABLE_EVENTLET_PATCHING: "True" } }))).toBe("threading");
    expect(requestedMode(stack(files, 1), settings({ release: "2026.1" }))).toBeUndefined();
    expect(requestedMode(EMPTY, settings())).toBeUndefined();
  });
});
