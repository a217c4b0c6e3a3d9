import rule from "../../../rules/ovirt/value-not-allowed.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

const REFUSED = "engine-config -s would refuse it, so it was set directly in the database.";

/** A dump line as engine-config prints it. */
const row = (key: string, value: string, version = "general"): string => `${key}: ${value} version: ${version}\n`;

/** The columns of a one-line record's value: after `KEY: `. */
const valueAt = (key: string, value: string): { column: number; endColumn: number } => ({
  column: key.length + 3,
  endColumn: key.length + 3 + value.length,
});

const LAYOUTS = "ar, cz, da, de, de-ch, en-gb, en-us, es, et, fi, fo, fr, fr-be, fr-ca, fr-ch, hr, hu, is, it, ja, lt, lv, mk, nl, no, pl, pt, pt-br, ru, sl, sv, th, tr";

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // The seeded oddities of spec §4.4 are the catalogue defaults: never reported.
    row("EngineMode", "Active") + row("VncKeyboardLayout", "none") + row("GlusterRefreshRateHooks", "7200"),
    // Integers: inside a range (bounds included, compared as integers) or equal to a literal.
    row("FenceQuietTimeBetweenOperationsInSec", "60") + row("NetworkConnectivityCheckTimeoutInSeconds", "160") + row("WarningLowSpaceIndicator", "+0"),
    row("FenceQuietTimeBetweenOperationsInSec", "0600"),
    row("UserSessionTimeOutInterval", "-1") + row("WANColorDepth", "32"),
    row("UserSessionTimeOutInterval", "100000"),
    row("MaxNumOfThreadsPerCpu", "1", "4.7") + row("MaxNumOfThreadsPerCpu", "4", "4.1"),
    // Strings: exactly one of the literals.
    row("SSLEnabled", "false") + row("EngineMode", "MAINTENANCE") + row("VncKeyboardLayout", "de-ch") + row("ClientModeConsoleDefault", "spice"),
    // StringMultiple: empty, or a sub-collection in any order; Java's split drops a trailing ",".
    row("SpiceSecureChannels", "", "4.7") + row("SpiceSecureChannels", "smain,sinputs", "4.8") + row("SpiceSecureChannels", "ssmartcard,smain,", "4.6"),
    row("FenceProxyDefaultPreferences", "other_dc,dc,cluster") + row("WANDisableEffects", "all,animation"),
    row("FenceProxyDefaultPreferences", ","),
    row("ClusterRequiredRngSourcesDefault", "hwrng", "4.7"),
    // A value that does not parse is ovirt/value-type's.
    row("FenceQuietTimeBetweenOperationsInSec", "thirty") + row("WANColorDepth", "4294967296"),
    // Keys without validValues take any value of their type.
    row("vdsTimeout", "99999") + row("AuditLogCleanupTime", "anything"),
    // Only the effective (last) record counts; unknown keys have no list.
    row("FenceQuietTimeBetweenOperationsInSec", "30") + row("FenceQuietTimeBetweenOperationsInSec", "180"),
    row("SSLenabled", "yes"),
    // Unreadable records never provide values.
    "FenceQuietTimeBetweenOperationsInSec: 30 version: \n",
  ],
  invalid: [
    {
      name: "the spec's example: an Integer outside its range, with the default as the remedy",
      code: row("FenceQuietTimeBetweenOperationsInSec", "30"),
      errors: [
        {
          messageId: "integerOutside",
          message: `FenceQuietTimeBetweenOperationsInSec 30 is outside 60..600: ${REFUSED} Fix: engine-config -s FenceQuietTimeBetweenOperationsInSec=180.`,
          severity: "warning",
          line: 1,
          ...valueAt("FenceQuietTimeBetweenOperationsInSec", "30"),
          endLine: 1,
          suggestions: [{ desc: "engine-config -s FenceQuietTimeBetweenOperationsInSec=180" }],
        },
      ],
    },
    {
      name: "literals and ranges together; the Integer is shown as written",
      code: row("UserSessionTimeOutInterval", "0") + row("UserSessionTimeOutInterval", "-0002", "4.7") + row("JobCleanupRateInMinutes", "+100001"),
      errors: [
        {
          messageId: "integerOutside",
          message: `UserSessionTimeOutInterval 0 is outside -1,1..100000: ${REFUSED} Fix: engine-config -s UserSessionTimeOutInterval=30.`,
          line: 1,
        },
        // No catalogue default for a cluster-level row of a general key: no remedy.
        { messageId: "integerOutside", message: `UserSessionTimeOutInterval (version 4.7) -0002 is outside -1,1..100000: ${REFUSED}`, line: 2 },
        { messageId: "integerOutside", message: `JobCleanupRateInMinutes +100001 is outside 5..100000: ${REFUSED} Fix: engine-config -s JobCleanupRateInMinutes=10.`, line: 3 },
      ],
    },
    {
      name: "an Integer list without ranges",
      code: row("WANColorDepth", "24"),
      errors: [
        {
          messageId: "integerNotListed",
          message: `WANColorDepth 24 is not one of 16, 32: ${REFUSED} Fix: engine-config -s WANColorDepth=16.`,
          line: 1,
          ...valueAt("WANColorDepth", "24"),
          suggestions: [{ desc: "engine-config -s WANColorDepth=16" }],
        },
      ],
    },
    {
      name: "versioned keys per version",
      code: row("MaxNumOfThreadsPerCpu", "8", "4.6") + row("MaxNumOfThreadsPerCpu", "9", "4.7") + row("MaxNumOfThreadsPerCpu", "0", "4.1"),
      errors: [
        {
          messageId: "integerOutside",
          message: `MaxNumOfThreadsPerCpu (version 4.7) 9 is outside 1..8: ${REFUSED} Fix: engine-config -s MaxNumOfThreadsPerCpu=8 --cver=4.7.`,
          line: 2,
          suggestions: [{ desc: "engine-config -s MaxNumOfThreadsPerCpu=8 --cver=4.7" }],
        },
        { messageId: "integerOutside", message: `MaxNumOfThreadsPerCpu (version 4.1) 0 is outside 1..8: ${REFUSED}`, line: 3 },
      ],
    },
    {
      name: "strings quote the tool's own detail; letter case matters",
      code: row("SSLEnabled", "yes") + row("EnableMACAntiSpoofingFilterRules", "True"),
      errors: [
        {
          messageId: "notListed",
          message: `SSLEnabled "yes" is not allowed: engine-config -s would refuse it ("Valid values are [true, false]"), so it was set directly in the database. Fix: engine-config -s SSLEnabled=true.`,
          line: 1,
          ...valueAt("SSLEnabled", "yes"),
          suggestions: [{ desc: "engine-config -s SSLEnabled=true" }],
        },
        {
          messageId: "notListed",
          message: `EnableMACAntiSpoofingFilterRules "True" is not allowed: engine-config -s would refuse it ("Valid values are [true, false]"), so it was set directly in the database. Fix: engine-config -s EnableMACAntiSpoofingFilterRules=true.`,
          line: 2,
        },
      ],
    },
    {
      name: "no remedy when -s would refuse the seeded default itself",
      code: row("EngineMode", "active") + row("VncKeyboardLayout", "us") + row("GlusterRefreshRateHooks", "7201"),
      errors: [
        {
          messageId: "notListed",
          message: 'EngineMode "active" is not allowed: engine-config -s would refuse it ("Valid values are [ACTIVE, MAINTENANCE, PREPARE]"), so it was set directly in the database.',
          line: 1,
        },
        {
          messageId: "notListed",
          message: `VncKeyboardLayout "us" is not allowed: engine-config -s would refuse it ("Valid values are [${LAYOUTS}]"), so it was set directly in the database.`,
          line: 2,
        },
        { messageId: "integerOutside", message: `GlusterRefreshRateHooks 7201 is outside 30..3600: ${REFUSED}`, line: 3 },
      ],
    },
    {
      name: "StringMultiple: a sub-collection, each piece at most as often as listed",
      code:
        row("FenceProxyDefaultPreferences", "cluster,host") +
        row("WANDisableEffects", "animation,animation") +
        row("FenceProxyDefaultPreferences", ",cluster", "4.7") +
        row("ClusterRequiredRngSourcesDefault", "random", "4.7"),
      errors: [
        {
          messageId: "notSubset",
          message: `FenceProxyDefaultPreferences "cluster,host" is not a subset of cluster,dc,other_dc: ${REFUSED} Fix: engine-config -s FenceProxyDefaultPreferences=cluster,dc.`,
          line: 1,
          ...valueAt("FenceProxyDefaultPreferences", "cluster,host"),
          suggestions: [{ desc: "engine-config -s FenceProxyDefaultPreferences=cluster,dc" }],
        },
        {
          messageId: "notSubset",
          message: `WANDisableEffects "animation,animation" is not a subset of animation,wallpaper,font-smooth,all: ${REFUSED} Fix: engine-config -s WANDisableEffects=animation.`,
          line: 2,
        },
        { messageId: "notSubset", message: `FenceProxyDefaultPreferences (version 4.7) ",cluster" is not a subset of cluster,dc,other_dc: ${REFUSED}`, line: 3 },
        {
          messageId: "notSubset",
          message: `ClusterRequiredRngSourcesDefault (version 4.7) "random" is not a subset of hwrng: ${REFUSED} Fix: engine-config -s ClusterRequiredRngSourcesDefault='' --cver=4.7.`,
          line: 4,
          suggestions: [{ desc: "engine-config -s ClusterRequiredRngSourcesDefault='' --cver=4.7" }],
        },
      ],
    },
    {
      name: "a default longer than a message may show is not spelled out",
      code: row("SpiceSecureChannels", "smain,smain", "4.7"),
      errors: [
        {
          messageId: "notSubset",
          message: `SpiceSecureChannels (version 4.7) "smain,smain" is not a subset of smain,sinputs,scursor,splayback,srecord,sdisplay,ssmartcard,susbredir: ${REFUSED}`,
          line: 1,
        },
      ],
    },
    {
      name: "the last record decides, and is the one reported",
      code: row("SSLEnabled", "true") + row("SSLEnabled", "on"),
      errors: [{ messageId: "notListed", line: 2, column: 13, endColumn: 15 }],
    },
  ],
});
