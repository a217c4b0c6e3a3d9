/**
 * Paths and URIs for the formats that name files relative to the project root (SARIF, GitHub, GitLab;
 * spec §3): those services resolve paths against the repository root, so the same file must be named
 * the same way on every machine and in every run, or alerts close and reopen.
 */
import { isAbsolute, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * `filePath` relative to `projectRoot`, `/`-separated and never `./`-prefixed (GitHub drops
 * annotations for `./` paths). A name that is not a path (`<text>` for unnamed stdin) stays as it is.
 */
export function projectRelativePath(filePath: string, projectRoot: string): string {
  if (!isAbsolute(filePath)) return filePath;
  return relative(projectRoot, filePath).split(sep).join("/");
}

/** Whether a path from `projectRelativePath` leaves the project (`../…`, or another drive on Windows). */
export const isOutsideProject = (relativePath: string): boolean =>
  relativePath === ".." || relativePath.startsWith("../") || isAbsolute(relativePath);

/**
 * A relative path as a relative URI reference: every segment percent-encoded, so a space is `%20` and
 * a `:` in the first segment cannot be read as a URI scheme.
 */
export const relativeUri = (relativePath: string): string =>
  relativePath.split("/").map(encodeURIComponent).join("/");

/** An absolute directory as a `file:` URI ending in `/`, so relative URIs resolve inside it. */
export function directoryUri(directory: string): string {
  const { href } = pathToFileURL(directory);
  return href.endsWith("/") ? href : `${href}/`;
}

/** An absolute file path as a `file:` URI. */
export const fileUri = (filePath: string): string => pathToFileURL(filePath).href;
