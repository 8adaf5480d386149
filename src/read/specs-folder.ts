/**
 * Finds the spec files of a specs folder: every `.md` and `.mdx` file below it, with
 * its path relative to the folder (with `/` separators) and its bytes.
 * Dot-folders and node_modules are skipped. Sorted by path, so every later
 * stage sees the files in the same order on every machine.
 *
 * The folder is read at its real path: links between specs are resolved
 * from where the files really are (resolve.ts). A symlink inside the folder
 * is followed only where it leads to a file inside the folder (that file is
 * then listed once, under its own path); one that leads out is never read.
 */
import { readFileSync, realpathSync } from "node:fs";
import { join, sep } from "node:path";
import { fdir } from "fdir";
import { requirePackage } from "../base/require-package.js";
import { byCodeUnit } from "../base/compare.js";
import { isMdx, isSpecPath, specStem } from "../base/spec-path.js";

const picomatch = requirePackage("picomatch") as typeof import("picomatch");

export interface SpecFile {
  /** Path relative to the specs folder, with `/` separators. */
  file: string;
  bytes: Uint8Array;
}

/**
 * A spec file known by where it is, read where it is parsed: a run over a
 * large folder then never holds every spec's bytes at once.
 */
export interface SpecPath {
  /** The specs folder's real path. */
  root: string;
  /** Path relative to the specs folder, with `/` separators. */
  file: string;
}

/** A spec file known by the hash of its bytes too, which are read again where it is parsed. */
export interface ListedSpec extends SpecPath {
  /** The hash of its bytes when the run listed it (base/hash.ts). */
  hash: string;
}

/** A spec to parse: its bytes, or where to read them. */
export type SpecSource = SpecFile | SpecPath | ListedSpec;

/** Globs over paths relative to the specs folder, for layouts a heuristic cannot guess. */
export interface SpecSelection {
  /** Only files that match one of these are read (default: every `.md` and `.mdx` file). */
  include?: readonly string[];
  /** Files that match one of these are not read. */
  exclude?: readonly string[];
}

export interface SpecsFolder {
  /** The folder's real path (symlinks resolved). */
  root: string;
  /** The spec files' paths relative to it, sorted. */
  files: string[];
  /** Symlinks in the folder that lead out of it: their targets, relative to the folder (`../shared/x.md`). Never read. */
  outside: string[];
  /**
   * `.md` files beside an `.mdx` file of the same name, which are not read:
   * docs that moved to MDX (Speakeasy's `mintlify` option) keep the older
   * pages they replaced.
   */
  replaced: string[];
}

export function listSpecsFolder(root: string, selection: SpecSelection = {}): SpecsFolder {
  const real = realpathSync.native(root);
  const selected = selector(selection);
  const found = new fdir()
    .withRelativePaths()
    // Symlinks are reported by their real target, relative to the folder: one leading out starts with "../".
    .withSymlinks({ resolvePaths: true })
    .exclude((name) => name.startsWith(".") || name === "node_modules")
    .filter((path, isDirectory) => !isDirectory && isSpecPath(path))
    .crawl(real)
    .sync();
  const files = new Set<string>();
  const outside = new Set<string>();
  for (const entry of found) {
    const path = sep === "/" ? entry : entry.split(sep).join("/");
    if (path.startsWith("../") || path.startsWith("/")) outside.add(path);
    else if (selected(path)) files.add(path);
  }
  const mdx = new Set([...files].filter(isMdx).map((file) => specStem(file).toLowerCase()));
  const replaced = [...files].filter((file) => !isMdx(file) && mdx.has(specStem(file).toLowerCase()));
  for (const file of replaced) files.delete(file);
  return { root: real, files: [...files].sort(byCodeUnit), outside: [...outside].sort(byCodeUnit), replaced: replaced.sort(byCodeUnit) };
}

export function listSpecFiles(root: string, selection: SpecSelection = {}): string[] {
  return listSpecsFolder(root, selection).files;
}

export function readSpecFiles(root: string, selection: SpecSelection = {}): SpecFile[] {
  const folder = listSpecsFolder(root, selection);
  return folder.files.map((file) => readSpecFile(folder.root, file));
}

/** One spec file of a folder, by its path relative to the folder. */
export function readSpecFile(root: string, file: string): SpecFile {
  return { file, bytes: readFileSync(join(root, file)) };
}

/** A spec's path and bytes, reading them where they are not in hand. */
export function specFileOf(source: SpecSource): SpecFile {
  return "bytes" in source ? source : readSpecFile(source.root, source.file);
}

function selector({ include = [], exclude = [] }: SpecSelection): (path: string) => boolean {
  const options = { dot: true };
  const included = include.length === 0 ? () => true : picomatch([...include], options);
  const excluded = exclude.length === 0 ? () => false : picomatch([...exclude], options);
  return (path) => included(path) && !excluded(path);
}

