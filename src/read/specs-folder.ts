/**
 * Finds the spec files of a specs folder: every `.md` file below it, with
 * its path relative to the folder (with `/` separators) and its bytes.
 * Dot-folders and node_modules are skipped. Sorted by path, so every later
 * stage sees the files in the same order on every machine.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface SpecFile {
  /** Path relative to the specs folder, with `/` separators. */
  file: string;
  bytes: Uint8Array;
}

export function listSpecFiles(root: string): string[] {
  const found: string[] = [];
  // `prefix` is the folder's path relative to the root, already in `/` form: no path is taken apart again.
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const { name } = entry;
      if (name.startsWith(".") || name === "node_modules") continue;
      if (entry.isDirectory()) walk(join(dir, name), `${prefix}${name}/`);
      else if (entry.isFile() && name.toLowerCase().endsWith(".md")) found.push(prefix + name);
    }
  };
  walk(root, "");
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function readSpecFiles(root: string): SpecFile[] {
  return listSpecFiles(root).map((file) => readSpecFile(root, file));
}

/** One spec file of a folder, by its path relative to the folder. */
export function readSpecFile(root: string, file: string): SpecFile {
  return { file, bytes: readFileSync(join(root, file)) };
}
