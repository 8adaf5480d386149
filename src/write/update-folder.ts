/**
 * Brings an output folder an earlier run wrote up to date in place: writes
 * the files that changed, removes those that are gone, and leaves the rest
 * untouched, so a run that changed one spec writes a handful of files, not
 * the whole package. Each file is written beside its place and renamed over
 * it, so no file is ever half-written. The folder as a whole is marked as
 * being updated until the new manifest is in place; a run killed in between
 * leaves the marker, and the next run rebuilds the folder whole
 * (manifest.ts). Like the whole-folder write, this is synchronous, so no
 * signal handler runs halfway through it.
 */
import { lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, posix, resolve } from "node:path";
import { MANIFEST_FILE, UPDATING_MARKER } from "./manifest.js";
import { OutputFolderError, safeRelativePath } from "./output-folder.js";

export function updateOutputFolder(outDir: string, changed: ReadonlyMap<string, string>, removed: readonly string[]): void {
  const out = resolve(outDir);
  // Checked before anything is written, so a refused update leaves the folder as it was.
  assertNoLinkedFolders(out, [...changed.keys(), ...removed]);
  writeNew(join(out, UPDATING_MARKER), "");
  const manifest = changed.get(MANIFEST_FILE);
  for (const [path, content] of changed) {
    if (path !== MANIFEST_FILE) replaceFile(join(out, safeRelativePath(path)), content);
  }
  for (const path of removed) {
    const target = join(out, safeRelativePath(path));
    rmSync(target, { force: true });
    removeEmptyFolders(dirname(target), out);
  }
  if (manifest !== undefined) replaceFile(join(out, MANIFEST_FILE), manifest);
  rmSync(join(out, UPDATING_MARKER));
}

function replaceFile(target: string, content: string): void {
  const temporary = `${target}.mdspec-tmp`;
  mkdirSync(dirname(target), { recursive: true });
  writeNew(temporary, content);
  renameSync(temporary, target);
}

/** Writes a file that is made anew: whatever is at its path, a symbolic link above all, is removed, never written through. */
function writeNew(path: string, content: string): void {
  rmSync(path, { force: true });
  writeFileSync(path, content, { flag: "wx" });
}

function removeEmptyFolders(folder: string, root: string): void {
  for (let dir = folder; dir !== root && dir.startsWith(root); dir = dirname(dir)) {
    if (readdirSync(dir).length > 0) return;
    rmdirSync(dir);
  }
}

/**
 * Refuses paths whose folders, below the output folder, are symbolic links
 * (or files): writing there would write, or remove, files outside the output
 * folder. A file that is a link is no danger: it is replaced, not written through.
 */
function assertNoLinkedFolders(out: string, paths: readonly string[]): void {
  const checked = new Set<string>();
  for (const path of paths) {
    const parts = posix.dirname(safeRelativePath(path)).split("/").filter((part) => part !== ".");
    for (let depth = 1; depth <= parts.length; depth++) {
      const folder = parts.slice(0, depth).join("/");
      if (checked.has(folder)) continue;
      checked.add(folder);
      let stats;
      try {
        stats = lstatSync(join(out, folder));
      } catch {
        break; // Not there yet: the update makes it, as a folder.
      }
      if (stats.isDirectory()) continue;
      const what = stats.isSymbolicLink() ? `a symbolic link (to ${readlinkSync(join(out, folder))})` : "not a folder";
      throw new OutputFolderError(
        `${join(out, folder)} is ${what}: mdspec writes only inside the output folder, never through a link; run with --no-cache to write the package anew, which puts a folder in its place`,
      );
    }
  }
}
