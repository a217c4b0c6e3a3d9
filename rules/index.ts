/**
 * The rule registry: an explicit list per engine (no directory scanning), so adding a rule touches
 * its own file, its doc page, its test table and this list. Order: the catalogues of the specs (qemu-conf §10.2,
 * engine-config §7.2, nova-conf §14.2).
 */
import type { EngineId } from "../src/core/diagnostic.js";
import type { EngineRules } from "../src/engines/engine.js";
import { novaEngine, type NovaDocument, type NovaFatalRule, type NovaRule, type NovaSettings } from "../src/engines/nova.js";
import { ovirtEngine, type OvirtFatalRule, type OvirtRule, type OvirtSettings } from "../src/engines/ovirt.js";
import { qemuEngine, type QemuFatalRule, type QemuRule, type QemuSettings } from "../src/engines/qemu.js";
import type { EngineConfigDocument, EngineConfigFailure } from "../src/parsers/engine-config-types.js";
import type { OsloIniFailure } from "../src/parsers/oslo-ini-types.js";
import type { VirConfDocument, VirConfFailure } from "../src/parsers/virconf.js";
import novaBuildsSnapshotsMismatch from "./nova/builds-snapshots-mismatch.js";
import novaCommentInContinuation from "./nova/comment-in-continuation.js";
import novaConcurrencyBackend from "./nova/concurrency-backend.js";
import novaDatabaseOnCompute from "./nova/database-on-compute.js";
import novaDbReadTimeout from "./nova/db-read-timeout.js";
import novaDeprecatedForRemoval from "./nova/deprecated-for-removal.js";
import novaDeprecatedOption from "./nova/deprecated-option.js";
import novaDollarInSecret from "./nova/dollar-in-secret.js";
import novaDuplicateKey from "./nova/duplicate-key.js";
import novaDuplicateSection from "./nova/duplicate-section.js";
import novaEmptyValue from "./nova/empty-value.js";
import novaInlineComment from "./nova/inline-comment.js";
import novaInvalidValue from "./nova/invalid-value.js";
import novaLowercaseDefaultSection from "./nova/lowercase-default-section.js";
import novaMaxConcurrentLiveMigrations from "./nova/max-concurrent-live-migrations.js";
import novaMysqlDriver from "./nova/mysql-driver.js";
import novaNonPositivePoolSize from "./nova/non-positive-pool-size.js";
import novaOverriddenValue from "./nova/overridden-value.js";
import novaParallelConnectionsPostCopy from "./nova/parallel-connections-post-copy.js";
import novaParseError from "./nova/parse-error.js";
import novaSecretInClear from "./nova/secret-in-clear.js";
import novaSectionCase from "./nova/section-case.js";
import novaSyncPowerStatePoolSize from "./nova/sync-power-state-pool-size.js";
import novaThreadPoolSizing from "./nova/thread-pool-sizing.js";
import novaThreadPoolStatisticPeriod from "./nova/thread-pool-statistic-period.js";
import novaUnknownGroup from "./nova/unknown-group.js";
import novaUnknownOption from "./nova/unknown-option.js";
import novaUnresolvedSubstitution from "./nova/unresolved-substitution.js";
import novaUnsupportedConcurrencyMode from "./nova/unsupported-concurrency-mode.js";
import novaWrongCaseKey from "./nova/wrong-case-key.js";
import novaZeroConcurrencyLimit from "./nova/zero-concurrency-limit.js";
import ovirtBackupAlertDisabled from "./ovirt/backup-alert-disabled.js";
import ovirtCertificateAlerts from "./ovirt/certificate-alerts.js";
import ovirtCorsWildcard from "./ovirt/cors-wildcard.js";
import ovirtCsrfProtectionOff from "./ovirt/csrf-protection-off.js";
import ovirtDeprecatedSetting from "./ovirt/deprecated-setting.js";
import ovirtDuplicateRow from "./ovirt/duplicate-row.js";
import ovirtExternalTlsProtocol from "./ovirt/external-tls-protocol.js";
import ovirtFenceStatusWindow from "./ovirt/fence-status-window.js";
import ovirtFencingRegressionRelease from "./ovirt/fencing-regression-release.js";
import ovirtFencingTime from "./ovirt/fencing-time.js";
import ovirtHostCommunicationUnencrypted from "./ovirt/host-communication-unencrypted.js";
import ovirtIncompleteDump from "./ovirt/incomplete-dump.js";
import ovirtMacAntiSpoofingDisabled from "./ovirt/mac-anti-spoofing-disabled.js";
import ovirtMalformedRecord from "./ovirt/malformed-record.js";
import ovirtMemoryOvercommit from "./ovirt/memory-overcommit.js";
import ovirtMonitoringWatchdogDisabled from "./ovirt/monitoring-watchdog-disabled.js";
import ovirtMustMatchExternal from "./ovirt/must-match-external.js";
import ovirtNonRecordLine from "./ovirt/non-record-line.js";
import ovirtOatInsecureConnection from "./ovirt/oat-insecure-connection.js";
import ovirtParseError from "./ovirt/parse-error.js";
import ovirtPasswordDecryptFailed from "./ovirt/password-decrypt-failed.js";
import ovirtResetOnUpgrade from "./ovirt/reset-on-upgrade.js";
import ovirtResetThresholds from "./ovirt/reset-thresholds.js";
import ovirtSecretInClear from "./ovirt/secret-in-clear.js";
import ovirtSessionTimeout from "./ovirt/session-timeout.js";
import ovirtSpiceRootCertValidation from "./ovirt/spice-root-cert-validation.js";
import ovirtSpiceSecureChannels from "./ovirt/spice-secure-channels.js";
import ovirtSpiceTlsDisabled from "./ovirt/spice-tls-disabled.js";
import ovirtSshHardTimeoutInfinite from "./ovirt/ssh-hard-timeout-infinite.js";
import ovirtSysprepDefaultPassword from "./ovirt/sysprep-default-password.js";
import ovirtTimeDriftCheck from "./ovirt/time-drift-check.js";
import ovirtToolErrorLine from "./ovirt/tool-error-line.js";
import ovirtUnknownKey from "./ovirt/unknown-key.js";
import ovirtUnreadableRecord from "./ovirt/unreadable-record.js";
import ovirtValueNotAllowed from "./ovirt/value-not-allowed.js";
import ovirtValueType from "./ovirt/value-type.js";
import ovirtVdsConnectionTimeout from "./ovirt/vds-connection-timeout.js";
import ovirtVdsRetries from "./ovirt/vds-retries.js";
import ovirtVdsTimeoutChanged from "./ovirt/vds-timeout-changed.js";
import ovirtVdsmWeakCiphers from "./ovirt/vdsm-weak-ciphers.js";
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

const ovirtRules: readonly OvirtRule<object>[] = [
  ovirtUnreadableRecord,
  ovirtMalformedRecord,
  ovirtToolErrorLine,
  ovirtNonRecordLine,
  ovirtUnknownKey,
  ovirtValueType,
  ovirtValueNotAllowed,
  ovirtDuplicateRow,
  ovirtResetOnUpgrade,
  ovirtIncompleteDump,
  ovirtVdsRetries,
  ovirtVdsConnectionTimeout,
  ovirtVdsTimeoutChanged,
  ovirtResetThresholds,
  ovirtFencingTime,
  ovirtFenceStatusWindow,
  ovirtFencingRegressionRelease,
  ovirtMonitoringWatchdogDisabled,
  ovirtHostCommunicationUnencrypted,
  ovirtVdsmWeakCiphers,
  ovirtExternalTlsProtocol,
  ovirtSpiceTlsDisabled,
  ovirtSpiceSecureChannels,
  ovirtSpiceRootCertValidation,
  ovirtOatInsecureConnection,
  ovirtCorsWildcard,
  ovirtCsrfProtectionOff,
  ovirtSessionTimeout,
  ovirtSecretInClear,
  ovirtPasswordDecryptFailed,
  ovirtSysprepDefaultPassword,
  ovirtMacAntiSpoofingDisabled,
  ovirtTimeDriftCheck,
  ovirtCertificateAlerts,
  ovirtBackupAlertDisabled,
  ovirtSshHardTimeoutInfinite,
  ovirtMemoryOvercommit,
  ovirtDeprecatedSetting,
  ovirtMustMatchExternal,
];
const ovirtFatalRules: readonly OvirtFatalRule[] = [ovirtParseError];

export const ovirt: EngineRules<EngineConfigDocument, EngineConfigFailure, OvirtSettings> = {
  engine: ovirtEngine,
  rules: ovirtRules,
  fatalRules: ovirtFatalRules,
};

const novaRules: readonly NovaRule<object>[] = [
  novaUnknownGroup,
  novaSectionCase,
  novaLowercaseDefaultSection,
  novaUnknownOption,
  novaWrongCaseKey,
  novaDuplicateKey,
  novaDuplicateSection,
  novaInlineComment,
  novaCommentInContinuation,
  novaInvalidValue,
  novaEmptyValue,
  novaUnresolvedSubstitution,
  novaDollarInSecret,
  novaDeprecatedOption,
  novaDeprecatedForRemoval,
  novaSecretInClear,
  novaOverriddenValue,
  novaMaxConcurrentLiveMigrations,
  novaZeroConcurrencyLimit,
  novaBuildsSnapshotsMismatch,
  novaSyncPowerStatePoolSize,
  novaNonPositivePoolSize,
  novaThreadPoolStatisticPeriod,
  novaThreadPoolSizing,
  novaDbReadTimeout,
  novaMysqlDriver,
  novaDatabaseOnCompute,
  novaConcurrencyBackend,
  novaUnsupportedConcurrencyMode,
  novaParallelConnectionsPostCopy,
];
const novaFatalRules: readonly NovaFatalRule[] = [novaParseError];

export const nova: EngineRules<NovaDocument, OsloIniFailure, NovaSettings> = {
  engine: novaEngine,
  rules: novaRules,
  fatalRules: novaFatalRules,
};

/** An engine with its rules, its document type erased: what the CLI and the registry-wide tests see. */
export type AnyEngineRules = EngineRules<unknown, unknown, object>;

/** Every engine enginelint lints. */
export const ENGINES: Readonly<Record<EngineId, AnyEngineRules>> = { qemu, ovirt, nova };
