/**
 * The cache's stores are files of lines, each replaced whole: written to a
 * temporary file beside it and renamed over it, so a reader finds the old
 * store or the new one, never half of one. The cache is only ever a
 * shortcut, so a store that cannot be written is left as it was.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname } from "node:path";

/** Writes the lines as the store at `path`; false if it could not be written. */
export function replaceStore(path: string, lines: Iterable<string>): boolean {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(temporary, "w");
    try {
      // In chunks of lines: a large store is never one string in memory.
      let chunk: string[] = [];
      for (const line of lines) {
        chunk.push(line);
        if (chunk.length === 512) {
          writeSync(fd, `${chunk.join("\n")}\n`);
          chunk = [];
        }
      }
      if (chunk.length > 0) writeSync(fd, `${chunk.join("\n")}\n`);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
    return true;
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
}

/** The store's lines after its header, and its header parsed; undefined if missing or unreadable. */
export function readStore(path: string): { header: Record<string, unknown>; lines: string[] } | undefined {
  try {
    const lines = readFileSync(path, "utf8").split("\n");
    const header = JSON.parse(lines[0]!) as unknown;
    if (typeof header !== "object" || header === null) return undefined;
    return { header: header as Record<string, unknown>, lines: lines.slice(1) };
  } catch {
    return undefined;
  }
}

/**
 * The key of a line `["<key>",…`. Keys are base64url, so the key ends at
 * the next quote. Undefined for a line of another shape.
 */
export function lineKey(line: string): string | undefined {
  if (!line.startsWith('["')) return undefined;
  const end = line.indexOf('"', 2);
  return end > 2 ? line.slice(2, end) : undefined;
}
