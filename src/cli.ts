#!/usr/bin/env node
import { fdReader, main } from "./cli/main.js";

const exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  // Asked only when colour is to be decided: creating process.stdout loads Node's stream modules,
  // which a run that prints nothing never needs.
  get stdoutIsTTY() {
    return process.stdout.isTTY === true;
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: fdReader(0),
});
process.exitCode = exitCode;
