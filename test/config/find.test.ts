import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findConfigFile } from "../../src/config/find.js";

describe("findConfigFile", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "enginelint-find-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const make = (...parts: string[]): string => {
    const directory = join(root, ...parts);
    mkdirSync(directory, { recursive: true });
    return directory;
  };

  it("finds the file in the working directory or above it", () => {
    const deep = make("repo", "deploy", "compute");
    make("repo", ".git");
    writeFileSync(join(root, "repo", ".enginelint.yml"), "");
    expect(findConfigFile(deep)).toBe(join(root, "repo", ".enginelint.yml"));
    writeFileSync(join(root, "repo", "deploy", ".enginelint.yaml"), "");
    expect(findConfigFile(deep)).toBe(join(root, "repo", "deploy", ".enginelint.yaml"));
  });

  it("prefers .enginelint.yaml to .enginelint.yml in one directory", () => {
    const repo = make("repo");
    writeFileSync(join(repo, ".enginelint.yml"), "");
    writeFileSync(join(repo, ".enginelint.yaml"), "");
    expect(findConfigFile(repo)).toBe(join(repo, ".enginelint.yaml"));
  });

  it("stops after the first directory that contains .git", () => {
    writeFileSync(join(root, ".enginelint.yaml"), "");
    const deep = make("repo", "deploy");
    make("repo", ".git");
    expect(findConfigFile(deep)).toBeUndefined();
    // A worktree or submodule has a .git file, which stops the search too.
    const worktree = make("worktree", "etc");
    writeFileSync(join(root, "worktree", ".git"), "gitdir: elsewhere\n");
    expect(findConfigFile(worktree)).toBeUndefined();
    // The directory holding .git is itself searched.
    writeFileSync(join(root, "repo", ".enginelint.yaml"), "");
    expect(findConfigFile(deep)).toBe(join(root, "repo", ".enginelint.yaml"));
  });

  it("ignores a directory that merely has the file's name", () => {
    const repo = make("repo");
    make("repo", ".git");
    make("repo", ".enginelint.yaml");
    expect(findConfigFile(repo)).toBeUndefined();
  });
});
