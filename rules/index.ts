/**
 * The rule registry: an explicit list per engine (no directory scanning), so adding a rule touches
 * its own file, its doc page, its test table and this list.
 */
import type { EngineRules } from "../src/engines/engine.js";
import { qemuEngine, type QemuFatalRule, type QemuRule, type QemuSettings } from "../src/engines/qemu.js";
import type { VirConfDocument, VirConfFailure } from "../src/parsers/virconf.js";
import duplicateKey from "./qemu/duplicate-key.js";
import obsoleteKey from "./qemu/obsolete-key.js";
import parseError from "./qemu/parse-error.js";
import unknownKey from "./qemu/unknown-key.js";
import unplugTimeout from "./qemu/unplug-timeout.js";
import valueEnum from "./qemu/value-enum.js";
import valueRange from "./qemu/value-range.js";
import valueType from "./qemu/value-type.js";

const qemuRules: readonly QemuRule<object>[] = [unknownKey, duplicateKey, valueType, valueRange, valueEnum, obsoleteKey, unplugTimeout];
const qemuFatalRules: readonly QemuFatalRule[] = [parseError];

export const qemu: EngineRules<VirConfDocument, VirConfFailure, QemuSettings> = {
  engine: qemuEngine,
  rules: qemuRules,
  fatalRules: qemuFatalRules,
};

/** Every engine enginelint can lint today; nova and ovirt join here when their parsers exist. */
export const ENGINES = { qemu } as const;
