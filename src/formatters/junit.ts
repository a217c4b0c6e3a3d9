/**
 * JUnit XML for CI systems that only understand test reports (spec §5.10): a test suite per linted
 * file, a test case per finding. Not ESLint's shape: `eslint-formatter-junit` reports warnings as
 * failures, counts failures as errors and escapes XML inside CDATA. Here only errors fail (fatal ones as
 * `<error>`), so a warning or info never fails a JUnit-gated pipeline but still shows as test output.
 */
import type { Diagnostic, FileResult } from "../core/diagnostic.js";
import { gccLine, relativePath } from "./gcc.js";
import type { Formatter } from "./types.js";
import { cdata, escapeAttribute } from "./xml.js";

interface Tally {
  tests: number;
  failures: number;
  errors: number;
}

const tallyAttributes = ({ tests, failures, errors }: Tally): string =>
  `tests="${tests}" failures="${failures}" errors="${errors}"`;

/** A fatal finding is an `<error>` whatever its configured severity, an error a `<failure>`, the rest pass. */
const outcome = (message: Diagnostic): "error" | "failure" | "pass" =>
  message.fatal === true ? "error" : message.severity === "error" ? "failure" : "pass";

/** The element text is the finding's `gcc` line, so the report reads like the compiler-style output. */
function testCase(path: string, message: Diagnostic): string {
  const name = `${message.ruleId} ${message.line}:${message.column}`;
  const open = `<testcase classname="${escapeAttribute(path)}" name="${escapeAttribute(name)}" time="0">`;
  const text = cdata(gccLine(path, message));
  const element = outcome(message);
  if (element === "pass") return `${open}<system-out>${text}</system-out></testcase>`;
  const attributes = `message="${escapeAttribute(message.message)}" type="${escapeAttribute(message.ruleId)}"`;
  return `${open}<${element} ${attributes}>${text}</${element}></testcase>`;
}

function suite(result: FileResult, cwd: string): Tally & { xml: string } {
  const path = relativePath(result.filePath, cwd);
  // A suite without test cases reads as "nothing ran"; a clean file is one passing test instead.
  const cases =
    result.messages.length === 0
      ? [`<testcase classname="${escapeAttribute(path)}" name="enginelint" time="0" />`]
      : result.messages.map((message) => testCase(path, message));
  const tally: Tally = {
    tests: cases.length,
    failures: result.messages.filter((message) => outcome(message) === "failure").length,
    errors: result.messages.filter((message) => outcome(message) === "error").length,
  };
  const open = `<testsuite name="${escapeAttribute(path)}" ${tallyAttributes(tally)} skipped="0" time="0">`;
  return { ...tally, xml: `${open}\n${cases.join("\n")}\n</testsuite>\n` };
}

/** One element per line; no newline after the last one, as the CLI adds it. */
export const junit: Formatter = (results, context) => {
  const suites = results.map((result) => suite(result, context.cwd));
  const total: Tally = suites.reduce(
    (sum, s) => ({ tests: sum.tests + s.tests, failures: sum.failures + s.failures, errors: sum.errors + s.errors }),
    { tests: 0, failures: 0, errors: 0 },
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="enginelint" ${tallyAttributes(total)} time="0">\n` +
    `${suites.map((s) => s.xml).join("")}</testsuites>`
  );
};
