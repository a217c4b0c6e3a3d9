/**
 * The rule registry: an explicit list per engine (no directory scanning), so adding a rule touches
 * its own file, its doc page, its test table and this list. Order: the catalogue of spec qemu-conf §10.2.
 */
import type { EngineId } from "../src/core/diagnostic.js";
import type { EngineRules } from "../src/engines/engine.js";
import { qemuEngine, type QemuFatalRule, type QemuRule, type QemuSettings } from "../src/engines/qemu.js";
import type { VirConfDocument, VirConfFailure } from "../src/parsers/virconf.js";
import augeasIncompatible from "./qemu/augeas-incompatible.js";
import autoShutdownDueling from "./qemu/auto-shutdown-dueling.js";
import cgroupControllersWeakened from "./qemu/cgroup-controllers-weakened.js";
import cgroupDeviceAclWidened from "./qemu/cgroup-device-acl-widened.js";
import duplicateKey from "./qemu/duplicate-key.js";
import dynamicOwnershipDisabled from "./qemu/dynamic-ownership-disabled.js";
import guestCoreDumps from "./qemu/guest-core-dumps.js";
import helperPathRelative from "./qemu/helper-path-relative.js";
import hugetlbfsMountEmpty from "./qemu/hugetlbfs-mount-empty.js";
import keepaliveDisabled from "./qemu/keepalive-disabled.js";
import keyVersion from "./qemu/key-version.js";
import lockManagerUnset from "./qemu/lock-manager-unset.js";
import migrateTlsNotForced from "./qemu/migrate-tls-not-forced.js";
import migrationListenAny from "./qemu/migration-listen-any.js";
import namespacesDisabled from "./qemu/namespaces-disabled.js";
import notForProduction from "./qemu/not-for-production.js";
import obsoleteKey from "./qemu/obsolete-key.js";
import parseError from "./qemu/parse-error.js";
import plaintextPassword from "./qemu/plaintext-password.js";
import portRanges from "./qemu/port-ranges.js";
import relaxedAcsCheck from "./qemu/relaxed-acs-check.js";
import rememberOwnerDisabled from "./qemu/remember-owner-disabled.js";
import runAsRoot from "./qemu/run-as-root.js";
import seccompSandboxDisabled from "./qemu/seccomp-sandbox-disabled.js";
import securityDriverNone from "./qemu/security-driver-none.js";
import spiceListenInsecure from "./qemu/spice-listen-insecure.js";
import stdioHandlerFile from "./qemu/stdio-handler-file.js";
import tlsCertDirExplicit from "./qemu/tls-cert-dir-explicit.js";
import tlsVerifyDisabled from "./qemu/tls-verify-disabled.js";
import unconfinedDefault from "./qemu/unconfined-default.js";
import unknownKey from "./qemu/unknown-key.js";
import unplugTimeout from "./qemu/unplug-timeout.js";
import unrenderedPlaceholder from "./qemu/unrendered-placeholder.js";
import valueEnum from "./qemu/value-enum.js";
import valueRange from "./qemu/value-range.js";
import valueType from "./qemu/value-type.js";
import vncListenInsecure from "./qemu/vnc-listen-insecure.js";
import vncPassword from "./qemu/vnc-password.js";
import vncTlsNoVerify from "./qemu/vnc-tls-no-verify.js";
import weakTlsPriority from "./qemu/weak-tls-priority.js";

const qemuRules: readonly QemuRule<object>[] = [
  unknownKey,
  duplicateKey,
  valueType,
  valueRange,
  valueEnum,
  obsoleteKey,
  keyVersion,
  unrenderedPlaceholder,
  augeasIncompatible,
  unplugTimeout,
  vncListenInsecure,
  spiceListenInsecure,
  vncTlsNoVerify,
  tlsVerifyDisabled,
  weakTlsPriority,
  vncPassword,
  plaintextPassword,
  securityDriverNone,
  unconfinedDefault,
  runAsRoot,
  dynamicOwnershipDisabled,
  rememberOwnerDisabled,
  seccompSandboxDisabled,
  cgroupControllersWeakened,
  cgroupDeviceAclWidened,
  namespacesDisabled,
  relaxedAcsCheck,
  guestCoreDumps,
  migrateTlsNotForced,
  migrationListenAny,
  helperPathRelative,
  stdioHandlerFile,
  keepaliveDisabled,
  portRanges,
  hugetlbfsMountEmpty,
  tlsCertDirExplicit,
  autoShutdownDueling,
  notForProduction,
  lockManagerUnset,
];
const qemuFatalRules: readonly QemuFatalRule[] = [parseError];

export const qemu: EngineRules<VirConfDocument, VirConfFailure, QemuSettings> = {
  engine: qemuEngine,
  rules: qemuRules,
  fatalRules: qemuFatalRules,
};

/** An engine with its rules, its document type erased: what the CLI and the registry-wide tests see. */
export type AnyEngineRules = EngineRules<unknown, unknown, object>;

/** Every engine enginelint can lint today; nova joins here when its parser exists. */
export const ENGINES: Readonly<Partial<Record<EngineId, AnyEngineRules>>> = { qemu };
