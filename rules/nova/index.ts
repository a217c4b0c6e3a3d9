/**
 * The nova rule registry: an explicit list (no directory scanning), so adding a rule touches its own
 * file, its doc page, its test table and this list. Order: the catalogue of spec nova-conf §14.2.
 */
import type { EngineRules } from "../../src/engines/engine.js";
import { novaEngine, type NovaDocument, type NovaFatalRule, type NovaRule, type NovaSettings } from "../../src/engines/nova.js";
import type { OsloIniFailure } from "../../src/parsers/oslo-ini-types.js";
import novaBuildsSnapshotsMismatch from "./builds-snapshots-mismatch.js";
import novaCommentInContinuation from "./comment-in-continuation.js";
import novaConcurrencyBackend from "./concurrency-backend.js";
import novaDatabaseOnCompute from "./database-on-compute.js";
import novaDbReadTimeout from "./db-read-timeout.js";
import novaDeprecatedForRemoval from "./deprecated-for-removal.js";
import novaDeprecatedOption from "./deprecated-option.js";
import novaDollarInSecret from "./dollar-in-secret.js";
import novaDuplicateKey from "./duplicate-key.js";
import novaDuplicateSection from "./duplicate-section.js";
import novaEmptyValue from "./empty-value.js";
import novaInlineComment from "./inline-comment.js";
import novaInvalidValue from "./invalid-value.js";
import novaLowercaseDefaultSection from "./lowercase-default-section.js";
import novaMaxConcurrentLiveMigrations from "./max-concurrent-live-migrations.js";
import novaMysqlDriver from "./mysql-driver.js";
import novaNonPositivePoolSize from "./non-positive-pool-size.js";
import novaOverriddenValue from "./overridden-value.js";
import novaParallelConnectionsPostCopy from "./parallel-connections-post-copy.js";
import novaParseError from "./parse-error.js";
import novaSecretInClear from "./secret-in-clear.js";
import novaSectionCase from "./section-case.js";
import novaSyncPowerStatePoolSize from "./sync-power-state-pool-size.js";
import novaThreadPoolSizing from "./thread-pool-sizing.js";
import novaThreadPoolStatisticPeriod from "./thread-pool-statistic-period.js";
import novaUnknownGroup from "./unknown-group.js";
import novaUnknownOption from "./unknown-option.js";
import novaUnresolvedSubstitution from "./unresolved-substitution.js";
import novaUnsupportedConcurrencyMode from "./unsupported-concurrency-mode.js";
import novaWrongCaseKey from "./wrong-case-key.js";
import novaZeroConcurrencyLimit from "./zero-concurrency-limit.js";

const rules: readonly NovaRule<object>[] = [
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

export const nova: EngineRules<NovaDocument, OsloIniFailure, NovaSettings> = {
  engine: novaEngine,
  rules,
  fatalRules: [novaParseError] satisfies readonly NovaFatalRule[],
};
