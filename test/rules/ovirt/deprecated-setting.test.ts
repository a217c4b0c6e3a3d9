import rule from "../../../rules/ovirt/deprecated-setting.js";
import { ovirtKey } from "../../../src/catalogue/ovirt.js";
import { ovirtEngine } from "../../../src/engines/ovirt.js";
import { RuleTester } from "../../helpers/rule-tester.js";

/** The seeded multi-line rule set, printed as engine-config prints it (spec §2.2.1). */
const IPTABLES_DEFAULT = ovirtKey("IPTablesConfig")!.default!;
const iptablesRecord = (value: string): string => `IPTablesConfig: ${value} version: general\n`;

const SOCKET_ROWS = ["4.2", "4.3", "4.4", "4.5"].map((v) => `MaxNumOfVmSockets: 16 version: ${v}\n`).join("");
const freeze = (version: string): string =>
  `LiveSnapshotPerformFreezeInEngine (version ${version}) is true: freezing guests from the engine for live snapshots is deprecated since 4.4 and may be removed. Fix: engine-config -s LiveSnapshotPerformFreezeInEngine=false --cver=${version}.`;

new RuleTester(ovirtEngine).run(rule, {
  valid: [
    "",
    // The 4.5.7 defaults, including the multi-line IPTablesConfig.
    iptablesRecord(IPTABLES_DEFAULT),
    "IPTablesConfigSiteCustom:  version: general\n",
    "LiveSnapshotPerformFreezeInEngine: false version: 4.2\nLiveSnapshotPerformFreezeInEngine: false version: 4.8\n",
    `${SOCKET_ROWS}MaxNumOfVmSockets: 10000 version: 4.7\nMaxNumOfVmSockets: 10000 version: 4.8\nMaxNumOfVmSockets: 10000 version: 4.6\n`,
    // Levels below 4.6 still use MaxNumOfVmSockets; levels the catalogue has no default for are not compared.
    "MaxNumOfVmSockets: 32 version: 4.5\nMaxNumOfVmSockets: 32 version: 4.9\nMaxNumOfVmSockets: 32 version: general\n",
    // Compared as the engine reads an Integer.
    "MaxNumOfVmSockets: +10000 version: 4.6\n",
    // Not an integer / not a boolean: ovirt/value-type reports it, every other rule skips it.
    "MaxNumOfVmSockets: many version: 4.7\nLiveSnapshotPerformFreezeInEngine: yes version: 4.7\n",
    // The last record of each version decides.
    "LiveSnapshotPerformFreezeInEngine: true version: 4.7\nLiveSnapshotPerformFreezeInEngine: false version: 4.7\n",
    // IPTablesConfig and IPTablesConfigSiteCustom are read from their general rows only.
    "IPTablesConfigSiteCustom: -A INPUT -j ACCEPT version: 4.7\n",
  ],
  invalid: [
    {
      name: "a changed IPTablesConfig: no one-line command restores the default",
      code: iptablesRecord("\n*filter\n:INPUT ACCEPT [0:0]\nCOMMIT\n"),
      errors: [
        {
          messageId: "iptablesConfig",
          message:
            'IPTablesConfig = "\\n*filter\\n:INPUT ACCEPT [0:0]\\nCOMMIT\\n" is not the default: it configures the iptables firewall on hosts, which is deprecated since 4.2 and may be removed with these rules.',
          severity: "info",
          line: 1,
          column: 17,
          endLine: 5,
          endColumn: 1,
          data: { key: "IPTablesConfig", version: "general" },
        },
      ],
    },
    {
      name: "custom iptables rules: the fix empties them",
      code: "IPTablesConfigSiteCustom: -A INPUT -p tcp --dport 5666 -j ACCEPT version: general\n",
      errors: [
        {
          messageId: "iptablesSiteCustom",
          message:
            "IPTablesConfigSiteCustom = \"-A INPUT -p tcp --dport 5666 -j ACCEPT\" adds rules to the iptables firewall on hosts, which is deprecated since 4.2 and may be removed with them. Fix: engine-config -s IPTablesConfigSiteCustom=''.",
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 65,
          data: { key: "IPTablesConfigSiteCustom", version: "general" },
          suggestions: [{ desc: "engine-config -s IPTablesConfigSiteCustom=''" }],
        },
      ],
    },
    {
      name: "freeze in engine, per cluster level, any letter case",
      code: "LiveSnapshotPerformFreezeInEngine: false version: 4.2\nLiveSnapshotPerformFreezeInEngine: True version: 4.3\nLiveSnapshotPerformFreezeInEngine: true version: 4.8\n",
      errors: [
        {
          messageId: "freezeInEngine",
          message: freeze("4.3"),
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 40,
          data: { key: "LiveSnapshotPerformFreezeInEngine", version: "4.3", value: "True" },
          suggestions: [{ desc: "engine-config -s LiveSnapshotPerformFreezeInEngine=false --cver=4.3" }],
        },
        { messageId: "freezeInEngine", message: freeze("4.8"), line: 3 },
      ],
    },
    {
      name: "a general row of freeze in engine",
      code: "LiveSnapshotPerformFreezeInEngine: true version: general\n",
      errors: [
        {
          messageId: "freezeInEngine",
          message:
            "LiveSnapshotPerformFreezeInEngine (version general) is true: freezing guests from the engine for live snapshots is deprecated since 4.4 and may be removed. Fix: engine-config -s LiveSnapshotPerformFreezeInEngine=false.",
        },
      ],
    },
    {
      name: "MaxNumOfVmSockets changed at levels that ignore it (physical row order: 4.6 last)",
      code: `${SOCKET_ROWS}MaxNumOfVmSockets: 32 version: 4.7\nMaxNumOfVmSockets: 10000 version: 4.8\nMaxNumOfVmSockets: 16 version: 4.6\n`,
      errors: [
        {
          messageId: "socketsUnused",
          message:
            "MaxNumOfVmSockets (version 4.7) = 32, not the default 10000: the key is not used from cluster level 4.6 on, so the value has no effect. Fix: engine-config -s MaxNumOfVmSockets=10000 --cver=4.7.",
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 22,
          data: { key: "MaxNumOfVmSockets", version: "4.7", value: "32" },
          suggestions: [{ desc: "engine-config -s MaxNumOfVmSockets=10000 --cver=4.7" }],
        },
        {
          messageId: "socketsUnused",
          message: /^MaxNumOfVmSockets \(version 4\.6\) = 16, not the default 10000: .* Fix: engine-config -s MaxNumOfVmSockets=10000 --cver=4\.6\.$/,
          line: 7,
        },
      ],
    },
  ],
});
