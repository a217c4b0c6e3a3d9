/**
 * The category of a rule, for SARIF's `properties.tags` (`[engine, category]`, spec §5.7). Code
 * scanning filters alerts by tag, and `security` is the tag that sorts a rule among security
 * findings. Rule metadata does not carry a category, so it is taken here from the engine specs' rule
 * catalogues: the rules they file under security (qemu "Security rules"; oVirt "Transport security",
 * "Web and API", "Secrets and guest isolation"; nova's credential rules) are `security`, every other
 * rule is `correctness`.
 */

export type RuleCategory = "security" | "correctness";

export const SECURITY_RULES: ReadonlySet<string> = new Set([
  "qemu/vnc-listen-insecure",
  "qemu/spice-listen-insecure",
  "qemu/vnc-tls-no-verify",
  "qemu/tls-verify-disabled",
  "qemu/weak-tls-priority",
  "qemu/vnc-password",
  "qemu/plaintext-password",
  "qemu/security-driver-none",
  "qemu/unconfined-default",
  "qemu/run-as-root",
  "qemu/dynamic-ownership-disabled",
  "qemu/remember-owner-disabled",
  "qemu/seccomp-sandbox-disabled",
  "qemu/cgroup-controllers-weakened",
  "qemu/cgroup-device-acl-widened",
  "qemu/namespaces-disabled",
  "qemu/relaxed-acs-check",
  "qemu/guest-core-dumps",
  "qemu/migrate-tls-not-forced",
  "qemu/migration-listen-any",
  "qemu/helper-path-relative",
  "ovirt/host-communication-unencrypted",
  "ovirt/vdsm-weak-ciphers",
  "ovirt/external-tls-protocol",
  "ovirt/spice-tls-disabled",
  "ovirt/spice-secure-channels",
  "ovirt/spice-root-cert-validation",
  "ovirt/oat-insecure-connection",
  "ovirt/cors-wildcard",
  "ovirt/csrf-protection-off",
  "ovirt/session-timeout",
  "ovirt/secret-in-clear",
  "ovirt/password-decrypt-failed",
  "ovirt/sysprep-default-password",
  "ovirt/mac-anti-spoofing-disabled",
  "nova/secret-in-clear",
  "nova/database-on-compute",
]);

export const ruleCategory = (ruleId: string): RuleCategory =>
  SECURITY_RULES.has(ruleId) ? "security" : "correctness";
