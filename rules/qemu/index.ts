/**
 * The qemu rule registry: an explicit list (no directory scanning), so adding a rule touches its own
 * file, its doc page, its test table and this list. Order: the catalogue of spec qemu-conf §10.2.
 */
import type { EngineRules } from "../../src/engines/engine.js";
import { qemuEngine, type QemuFatalRule, type QemuRule, type QemuSettings } from "../../src/engines/qemu.js";
import type { VirConfDocument, VirConfFailure } from "../../src/parsers/virconf.js";
import augeasIncompatible from "./augeas-incompatible.js";
import autoShutdownDueling from "./auto-shutdown-dueling.js";
import cgroupControllersWeakened from "./cgroup-controllers-weakened.js";
import cgroupDeviceAclWidened from "./cgroup-device-acl-widened.js";
import duplicateKey from "./duplicate-key.js";
import dynamicOwnershipDisabled from "./dynamic-ownership-disabled.js";
import guestCoreDumps from "./guest-core-dumps.js";
import helperPathRelative from "./helper-path-relative.js";
import hugetlbfsMountEmpty from "./hugetlbfs-mount-empty.js";
import keepaliveDisabled from "./keepalive-disabled.js";
import keyVersion from "./key-version.js";
import lockManagerUnset from "./lock-manager-unset.js";
import migrateTlsNotForced from "./migrate-tls-not-forced.js";
import migrationListenAny from "./migration-listen-any.js";
import namespacesDisabled from "./namespaces-disabled.js";
import notForProduction from "./not-for-production.js";
import obsoleteKey from "./obsolete-key.js";
import parseError from "./parse-error.js";
import plaintextPassword from "./plaintext-password.js";
import portRanges from "./port-ranges.js";
import relaxedAcsCheck from "./relaxed-acs-check.js";
import rememberOwnerDisabled from "./remember-owner-disabled.js";
import runAsRoot from "./run-as-root.js";
import seccompSandboxDisabled from "./seccomp-sandbox-disabled.js";
import securityDriverNone from "./security-driver-none.js";
import spiceListenInsecure from "./spice-listen-insecure.js";
import stdioHandlerFile from "./stdio-handler-file.js";
import tlsCertDirExplicit from "./tls-cert-dir-explicit.js";
import tlsVerifyDisabled from "./tls-verify-disabled.js";
import unconfinedDefault from "./unconfined-default.js";
import unknownKey from "./unknown-key.js";
import unplugTimeout from "./unplug-timeout.js";
import unrenderedPlaceholder from "./unrendered-placeholder.js";
import valueEnum from "./value-enum.js";
import valueRange from "./value-range.js";
import valueType from "./value-type.js";
import vncListenInsecure from "./vnc-listen-insecure.js";
import vncPassword from "./vnc-password.js";
import vncTlsNoVerify from "./vnc-tls-no-verify.js";
import weakTlsPriority from "./weak-tls-priority.js";

const rules: readonly QemuRule<object>[] = [
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

export const qemu: EngineRules<VirConfDocument, VirConfFailure, QemuSettings> = {
  engine: qemuEngine,
  rules,
  fatalRules: [parseError] satisfies readonly QemuFatalRule[],
};
