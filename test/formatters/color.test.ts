import { describe, expect, it } from "vitest";
import { colorEnabled } from "../../src/formatters/color.js";

type Case = [name: string, flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean, expected: boolean];

// Spec §7: flag, NO_COLOR, FORCE_COLOR, TTY and TERM, in that order; `CI` never matters.
const CASES: Case[] = [
  ["--color on a pipe", true, {}, false, true],
  ["--no-color on a TTY", false, {}, true, false],
  ["--no-color beats FORCE_COLOR", false, { FORCE_COLOR: "1" }, true, false],
  ["--color beats NO_COLOR", true, { NO_COLOR: "1" }, false, true],
  ["NO_COLOR=1 on a TTY", undefined, { NO_COLOR: "1" }, true, false],
  ["NO_COLOR=1 beats FORCE_COLOR=1", undefined, { NO_COLOR: "1", FORCE_COLOR: "1" }, true, false],
  ["empty NO_COLOR is ignored", undefined, { NO_COLOR: "" }, true, true],
  ["empty NO_COLOR does not stop FORCE_COLOR", undefined, { NO_COLOR: "", FORCE_COLOR: "1" }, false, true],
  ["FORCE_COLOR=0 on a TTY", undefined, { FORCE_COLOR: "0" }, true, false],
  ["FORCE_COLOR=false on a TTY", undefined, { FORCE_COLOR: "false" }, true, false],
  ["empty FORCE_COLOR on a pipe", undefined, { FORCE_COLOR: "" }, false, true],
  ["FORCE_COLOR=1 on a pipe", undefined, { FORCE_COLOR: "1" }, false, true],
  ["FORCE_COLOR=3 with TERM=dumb", undefined, { FORCE_COLOR: "3", TERM: "dumb" }, false, true],
  ["a TTY", undefined, { TERM: "xterm-256color" }, true, true],
  ["a TTY without TERM", undefined, {}, true, true],
  ["a TTY with TERM=dumb", undefined, { TERM: "dumb" }, true, false],
  ["a pipe", undefined, { TERM: "xterm-256color" }, false, false],
  ["CI=true with a pipe", undefined, { CI: "true", TERM: "xterm" }, false, false],
  ["GITHUB_ACTIONS with a pipe", undefined, { CI: "true", GITHUB_ACTIONS: "true" }, false, false],
  ["CI=true on a dumb TTY", undefined, { CI: "true", TERM: "dumb" }, true, false],
];

describe("colorEnabled (spec §7)", () => {
  it.each(CASES)("%s", (_name, flag, env, isTTY, expected) => {
    expect(colorEnabled({ flag, env, isTTY })).toBe(expected);
  });
});
