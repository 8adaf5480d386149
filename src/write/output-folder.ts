/**
 * Writes the generated package to its folder as a whole, or not at all.
 *
 * The files are written to a fresh folder beside the output folder, which
 * then takes the output folder's place by two renames. A run that fails, or
 * is interrupted, before the renames leaves the output folder untouched; one
 * killed between them is repaired by the next run. Each write, and the
 * swap, is synchronous on purpose: no signal handler can run halfway through
 * one (see cli/interrupt). An existing folder is only replaced if an earlier
 * run made it, so a mistyped --out cannot wipe unrelated files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, posix, resolve } from "node:path";
import { MARKER_KEY, MARKER_VALUE } from "../emit/package-files.js";


/** Kept across runs: what the user installed into the package folder is not ours to delete. */
const PRESERVED = new Set(["node_modules"]);

export class OutputFolderError extends Error {}

/**
 * A package written file by file into a fresh folder beside the output
 * folder, then swapped in whole by `commit`, or thrown away by `discard`.
 * Files can be written as they are made, so a large package is never held
 * in memory whole, and writing overlaps the work that makes the rest.
 */
export class StagedFolder {
  readonly #out: string;
  readonly #staging: string;
  readonly #folders = new Set<string>();
  #open = true;

  /** Whether the folder still takes files: neither committed nor discarded. */
  get open(): boolean {
    return this.#open;
  }

  constructor(outDir: string) {
    this.#out = resolve(outDir);
    recoverInterruptedSwap(this.#out);
    assertReplaceable(this.#out);
    this.#staging = siblingPath(this.#out, "tmp");
    mkdirSync(this.#staging, { recursive: true });
  }

  /**
   * Where the package is written until it is committed. Other threads may
   * write its files there themselves (writeBelow), while the folder is open.
   */
  get folder(): string {
    return this.#staging;
  }

  write(path: string, content: string): void {
    // A run that failed may still have work in flight; once discarded, the folder takes no more files.
    if (!this.#open) throw new OutputFolderError(`the package for ${this.#out} was discarded`);
    writeBelow(this.#staging, path, content, this.#folders);
  }

  /** Puts the written package in the output folder's place, keeping what the user installed there. */
  commit(): void {
    this.#open = false;
    const out = this.#out;
    const staging = this.#staging;
    const retired = siblingPath(out, "old");
    try {
      for (const name of PRESERVED) {
        if (existsSync(join(out, name))) renameSync(join(out, name), join(staging, name));
      }
      if (existsSync(out)) renameSync(out, retired);
      renameSync(staging, out);
    } catch (error) {
      if (!existsSync(out) && existsSync(retired)) renameSync(retired, out);
      for (const name of PRESERVED) {
        if (existsSync(join(staging, name)) && !existsSync(join(out, name))) renameSync(join(staging, name), join(out, name));
      }
      throw error;
    } finally {
      rmSync(staging, { recursive: true, force: true });
      rmSync(retired, { recursive: true, force: true });
    }
  }

  discard(): void {
    this.#open = false;
    rmSync(this.#staging, { recursive: true, force: true });
  }
}

/** Paths inside the output folder whose content differs from `files`, plus files that would be added or removed. */
export function diffOutputFolder(outDir: string, files: ReadonlyMap<string, string>, ignored: readonly string[] = []): string[] {
  const out = resolve(outDir);
  const existing = new Set(existsSync(out) ? listFiles(out) : []);
  for (const path of ignored) existing.delete(path);
  const changed: string[] = [];
  for (const [path, content] of files) {
    if (!existing.has(path)) changed.push(path);
    else if (readFileSync(join(out, path), "utf8") !== content) changed.push(path);
    existing.delete(path);
  }
  changed.push(...existing);
  return changed.sort();
}

function listFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (prefix === "" && PRESERVED.has(entry.name)) continue;
      const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) walk(join(dir, entry.name), path);
      else found.push(path);
    }
  };
  walk(root, "");
  return found;
}

export function assertReplaceable(out: string): void {
  if (!existsSync(out)) return;
  const entries = readdirSync(out).filter((name) => !PRESERVED.has(name));
  if (entries.length === 0) return;
  try {
    const manifest = JSON.parse(readFileSync(join(out, "package.json"), "utf8")) as Record<string, unknown>;
    if (manifest[MARKER_KEY] === MARKER_VALUE) return;
  } catch {
    // No readable package.json: not a folder mdspec made.
  }
  throw new OutputFolderError(
    `${out} is not empty and was not generated by mdspec; choose another --out folder or empty this one`,
  );
}

/**
 * Undoes what a run killed mid-swap left behind: the old output under its
 * retired name, and the preserved folders (node_modules) already moved into
 * the staging folder. The staging folder itself is then discarded.
 */
export function recoverInterruptedSwap(out: string): void {
  const staging = siblingPath(out, "tmp");
  const retired = siblingPath(out, "old");
  if (!existsSync(out) && existsSync(retired)) renameSync(retired, out);
  if (existsSync(out)) {
    for (const name of PRESERVED) {
      const staged = join(staging, name);
      if (existsSync(staged) && !existsSync(join(out, name))) renameSync(staged, join(out, name));
    }
  }
  rmSync(staging, { recursive: true, force: true });
  rmSync(retired, { recursive: true, force: true });
}

function siblingPath(out: string, suffix: string): string {
  return join(dirname(out), `.${basename(out)}.mdspec-${suffix}`);
}

/**
 * Writes a file at `path` below `root`, which must stay below it, making
 * the folders it needs; `made` holds the folders made so far, so each is
 * made once. The root itself is never made: a staging folder that was
 * discarded while work was still in flight stays gone.
 */
export function writeBelow(root: string, path: string, content: string, made: Set<string>): void {
  const relative = safeRelativePath(path);
  try {
    let folder = root;
    for (const part of posix.dirname(relative).split("/").filter((part) => part !== ".")) {
      folder = join(folder, part);
      if (!made.has(folder)) {
        makeFolder(folder);
        made.add(folder);
      }
    }
    writeFileSync(join(root, relative), content);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT" || existsSync(root)) throw error;
    throw new OutputFolderError(`the folder ${root} was removed while the package was written into it`);
  }
}

/** Makes a folder whose parent exists, or finds it made. */
function makeFolder(path: string): void {
  try {
    mkdirSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
}

/** Emitted paths are made by mdspec, but a path that could leave the folder is refused all the same. */
export function safeRelativePath(path: string): string {
  const normal = posix.normalize(path);
  if (normal.startsWith("../") || normal === ".." || posix.isAbsolute(normal) || normal.includes("\0") || normal !== path) {
    throw new OutputFolderError(`refusing to write outside the output folder: ${JSON.stringify(path)}`);
  }
  return normal;
}
