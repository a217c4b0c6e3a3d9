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
