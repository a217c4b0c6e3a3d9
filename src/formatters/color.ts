import type { Palette } from "./types.js";

export interface ColorDecisionInput {
  /** `true` for `--color`, `false` for `--no-color`, `undefined` when neither was given. */
  flag: boolean | undefined;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (false for pipes, files and `--output-file`). */
  isTTY: boolean;
}

/**
 * Whether stylish output is coloured; the first applicable rule wins (spec §7). `CI` is deliberately
 * not consulted — unlike picocolors' own default — so that `enginelint > report.txt` on a CI runner
 * and golden tests never receive escape codes.
 */
export function colorEnabled({ flag, env, isTTY }: ColorDecisionInput): boolean {
  if (flag !== undefined) return flag;
  const noColor = env.NO_COLOR;
  if (noColor !== undefined && noColor !== "") return false;
  const forceColor = env.FORCE_COLOR;
  if (forceColor !== undefined) return forceColor !== "0" && forceColor !== "false";
  return isTTY && env.TERM !== "dumb";
}

const unchanged = (text: string): string => text;

/** The palette of uncoloured output. */
export const NO_COLORS: Palette = {
  reset: unchanged,
  red: unchanged,
  yellow: unchanged,
  blue: unchanged,
  dim: unchanged,
  underline: unchanged,
  bold: unchanged,
};

/**
 * The palette for the decision of `colorEnabled`. picocolors is loaded only for coloured output: its
 * module reads `process.stdout` as it loads, which creates the stream, and that alone loads Node's
 * stream modules — a cost every run that prints nothing would pay.
 */
export async function paletteFor(enabled: boolean): Promise<Palette> {
  if (!enabled) return NO_COLORS;
  const { createColors } = await import("picocolors");
  return createColors(true);
}
