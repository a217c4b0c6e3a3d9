import { mayHoldDirective } from "../core/directives.js";
import { compareVersions, VERSION_PATTERN } from "../core/version.js";
import { parseVirConf, type VirConfDocument, type VirConfFailure } from "../parsers/virconf.js";
import type { Rule } from "../core/rule.js";
import type { DirectiveSites, Engine } from "./engine.js";

export interface QemuSettings {
  /** Target libvirt release: selects overflow handling, known keys and load checks. */
  libvirtVersion: string;
  /** `false` lints a session (unprivileged) daemon's file. */
  privileged: boolean;
}

/** libvirt's MAX_CONFIG_FILE_SIZE (src/util/virconf.c): larger files are refused before parsing. */
export const QEMU_MAX_BYTES = 10 * 1024 * 1024;

/** The release that first refuses numeric overflow, as far as enginelint knows (spec qemu-conf §3.6). */
const OVERFLOW_CHECK_SINCE = "11.3.0";

export const qemuEngine: Engine<VirConfDocument, VirConfFailure, QemuSettings> = {
  id: "qemu",
  maxBytes: QEMU_MAX_BYTES,
  defaultSettings: { libvirtVersion: "11.6.0", privileged: true },
  settingsSchema: {
    type: "object",
    additionalProperties: false,
    properties: {
      libvirtVersion: { type: "string", pattern: VERSION_PATTERN, description: "Target libvirt release (default 11.6.0)." },
      privileged: { type: "boolean", description: "false for a session daemon's qemu.conf (default true)." },
    },
  },
  parse: (source, settings) =>
    parseVirConf(source, { rejectOverflow: compareVersions(settings.libvirtVersion, OVERFLOW_CHECK_SINCE) >= 0 }),
  oversize: (_path, size) => ({ kind: "too-large", size }),
  directiveSites: (document): DirectiveSites => ({
    comments: document.comments.filter((comment) => mayHoldDirective(comment.text)).map((comment) => ({
      text: comment.text,
      span: comment.span,
      ownLine: !comment.trailing,
    })),
    statements: document.entries.map((entry) => entry.span),
  }),
};

/** A rule over a parsed qemu.conf. */
export type QemuRule<O extends object = Record<string, never>> = Rule<VirConfDocument, O, QemuSettings>;
/** A rule over a qemu.conf that libvirt could not read. */
export type QemuFatalRule = Rule<VirConfFailure, Record<string, never>, QemuSettings>;
