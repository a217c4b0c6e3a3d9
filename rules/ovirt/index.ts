/**
 * The ovirt rule registry: an explicit list (no directory scanning), so adding a rule touches its own
 * file, its doc page, its test table and this list. Order: the catalogue of spec engine-config §7.2.
 */
import type { EngineRules } from "../../src/engines/engine.js";
import { ovirtEngine, type OvirtFatalRule, type OvirtRule, type OvirtSettings } from "../../src/engines/ovirt.js";
import type { EngineConfigDocument, EngineConfigFailure } from "../../src/parsers/engine-config-types.js";
import ovirtBackupAlertDisabled from "./backup-alert-disabled.js";
import ovirtCertificateAlerts from "./certificate-alerts.js";
import ovirtCorsWildcard from "./cors-wildcard.js";
import ovirtCsrfProtectionOff from "./csrf-protection-off.js";
import ovirtDeprecatedSetting from "./deprecated-setting.js";
import ovirtDuplicateRow from "./duplicate-row.js";
import ovirtExternalTlsProtocol from "./external-tls-protocol.js";
import ovirtFenceStatusWindow from "./fence-status-window.js";
import ovirtFencingRegressionRelease from "./fencing-regression-release.js";
import ovirtFencingTime from "./fencing-time.js";
import ovirtHostCommunicationUnencrypted from "./host-communication-unencrypted.js";
import ovirtIncompleteDump from "./incomplete-dump.js";
import ovirtMacAntiSpoofingDisabled from "./mac-anti-spoofing-disabled.js";
import ovirtMalformedRecord from "./malformed-record.js";
import ovirtMemoryOvercommit from "./memory-overcommit.js";
import ovirtMonitoringWatchdogDisabled from "./monitoring-watchdog-disabled.js";
import ovirtMustMatchExternal from "./must-match-external.js";
import ovirtNonRecordLine from "./non-record-line.js";
import ovirtOatInsecureConnection from "./oat-insecure-connection.js";
import ovirtParseError from "./parse-error.js";
import ovirtPasswordDecryptFailed from "./password-decrypt-failed.js";
import ovirtResetOnUpgrade from "./reset-on-upgrade.js";
import ovirtResetThresholds from "./reset-thresholds.js";
import ovirtSecretInClear from "./secret-in-clear.js";
import ovirtSessionTimeout from "./session-timeout.js";
import ovirtSpiceRootCertValidation from "./spice-root-cert-validation.js";
import ovirtSpiceSecureChannels from "./spice-secure-channels.js";
import ovirtSpiceTlsDisabled from "./spice-tls-disabled.js";
import ovirtSshHardTimeoutInfinite from "./ssh-hard-timeout-infinite.js";
import ovirtSysprepDefaultPassword from "./sysprep-default-password.js";
import ovirtTimeDriftCheck from "./time-drift-check.js";
import ovirtToolErrorLine from "./tool-error-line.js";
import ovirtUnknownKey from "./unknown-key.js";
import ovirtUnreadableRecord from "./unreadable-record.js";
import ovirtValueNotAllowed from "./value-not-allowed.js";
import ovirtValueType from "./value-type.js";
import ovirtVdsConnectionTimeout from "./vds-connection-timeout.js";
import ovirtVdsRetries from "./vds-retries.js";
import ovirtVdsTimeoutChanged from "./vds-timeout-changed.js";
import ovirtVdsmWeakCiphers from "./vdsm-weak-ciphers.js";

const rules: readonly OvirtRule<object>[] = [
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

export const ovirt: EngineRules<EngineConfigDocument, EngineConfigFailure, OvirtSettings> = {
  engine: ovirtEngine,
  rules,
  fatalRules: [ovirtParseError] satisfies readonly OvirtFatalRule[],
};
