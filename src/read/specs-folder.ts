/**
 * Finds the spec files of a specs folder: every `.md` file below it, with
 * its path relative to the folder (with `/` separators) and its bytes.
 * Dot-folders and node_modules are skipped. Sorted by path, so every later
 * stage sees the files in the same order on every machine.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export interface SpecFile {
  /** Path relative to the specs folder, with `/` separators. */
  file: string;
  bytes: Uint8Array;
}

export function listSpecFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) found.push(relative(root, path).split(sep).join("/"));
    }
  };
  walk(root);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function readSpecFiles(root: string): SpecFile[] {
  return listSpecFiles(root).map((file) => ({ file, bytes: readFileSync(join(root, file)) }));
}
