/**
 * The record a run leaves in the output folder of how it made each file:
 * the key of every file (emit.ts), the key of the whole run, and what the
 * run reported. The next run reuses every file whose key it would compute
 * again, and does nothing at all when the run's key is unchanged.
 *
 * The manifest is a file of the package like the others, written by cold and
 * incremental runs alike, so both leave identical folders. While a folder is
 * being updated in place a marker file says so; a manifest found beside the
 * marker is not trusted, nor one whose files are missing or newer than it,
 * and the next run rebuilds the folder whole.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { sortedByKey } from "../base/compare.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { assertReplaceable } from "./output-folder.js";

export const MANIFEST_FILE = ".mdspec-manifest.jsonl";
export const UPDATING_MARKER = ".mdspec-updating";

/** Bumped when the manifest changes shape. */
const FORMAT = 3;

export interface Manifest {
  /** Hash of the tool's version, the options and every spec's path and bytes. */
  runKey: string;
  models: number;
  /** The warnings of the run (a run with errors writes nothing). */
  warnings: Diagnostic[];
  /** The spec files that are not model specs, skipped. */
  pages: string[];
  /** Path inside the package → the key its content was made from, sorted by path. */
  files: ReadonlyMap<string, string>;
}

/** A manifest read from an output folder. */
export interface StoredManifest extends Manifest {
  /** The files' keys, read when first asked for: a run that finds its run key unchanged never needs them. */
  readonly files: ReadonlyMap<string, string>;
  /** The key of one file, without reading them all. */
  keyOf(path: string): string | undefined;
  /**
   * The manifest of a run that changed these files' keys and nothing else
   * of the package: its text, made from this one's.
   */
  withKeys(runKey: string, keys: ReadonlyMap<string, string>): string;
}

/**
 * The manifest's text: a line of JSON with the run's key, model count and
 * warnings, then a line `["<path>","<key>"]` per file. A run that finds its
 * key unchanged reads the first line only.
 */
export function manifestText({ runKey, models, warnings, pages, files }: Manifest): string {
  const lines = [JSON.stringify({ format: FORMAT, runKey, models, warnings, pages })];
  for (const entry of files) lines.push(JSON.stringify(entry));
  return `${lines.join("\n")}\n`;
}

/**
 * The manifest of the output folder, when there is one the folder can be
 * trusted to match: every file it lists is there, and none was changed after
 * the run that wrote the manifest (a file modified since is newer than it).
 * A folder with a file missing or edited by hand is made anew, whole.
 */
export function readManifest(outDir: string): StoredManifest | undefined {
  const manifest = readManifestText(outDir);
  return manifest && filesIntact(resolve(outDir), manifest) ? manifest : undefined;
}

function filesIntact(out: string, manifest: StoredManifest): boolean {
  const written = statSync(join(out, MANIFEST_FILE)).mtimeMs;
  for (const path of manifest.files.keys()) {
    const stats = statSync(join(out, path), { throwIfNoEntry: false });
    if (stats === undefined || !stats.isFile() || stats.mtimeMs > written) return false;
  }
  return true;
}

function readManifestText(outDir: string): StoredManifest | undefined {
  const out = resolve(outDir);
  if (existsSync(join(out, UPDATING_MARKER))) return undefined;
  try {
    assertReplaceable(out);
    const text = readFileSync(join(out, MANIFEST_FILE), "utf8");
    const headerEnd = text.indexOf("\n");
    const { format, runKey, models, warnings, pages } = JSON.parse(text.slice(0, headerEnd)) as Record<string, unknown>;
    if (format !== FORMAT || typeof runKey !== "string" || typeof models !== "number" || !Array.isArray(warnings) || !isStrings(pages)) {
      return undefined;
    }
    let byPath: Map<string, string> | undefined;
    /** Where the line of a file's key starts, and its key; keys are base64url, so a key ends at the next quote. */
    const find = (path: string): { at: number; key: string } | undefined => {
      const prefix = `\n[${JSON.stringify(path)},"`;
      const at = text.indexOf(prefix, headerEnd);
      if (at === -1) return undefined;
      const start = at + prefix.length;
      return { at: start, key: text.slice(start, text.indexOf('"', start)) };
    };
    const manifest: StoredManifest = {
      runKey,
      models,
      warnings: warnings as Diagnostic[],
      pages,
      get files() {
        byPath ??= fileKeys(text.slice(headerEnd + 1));
        return byPath;
      },
      keyOf: (path) => find(path)?.key,
      withKeys(nextRunKey, keys) {
        const changes = [...keys].map(([path, key]) => ({ found: find(path), key }));
        // A file the manifest does not list: the whole text is made anew.
        if (changes.some(({ found }) => !found)) {
          const files = new Map(manifest.files);
          for (const [path, key] of keys) files.set(path, key);
          return manifestText({ runKey: nextRunKey, models, warnings: manifest.warnings, pages, files: sortedByKey(files) });
        }
        const parts = [JSON.stringify({ format: FORMAT, runKey: nextRunKey, models, warnings, pages })];
        let from = headerEnd;
        for (const { found, key } of changes.sort((a, b) => a.found!.at - b.found!.at)) {
          parts.push(text.slice(from, found!.at), key);
          from = found!.at + found!.key.length;
        }
        parts.push(text.slice(from));
        return parts.join("");
      },
    };
    return manifest;
  } catch {
    return undefined;
  }
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** The file lines of a manifest; a line of another shape is left out, and its file made anew. */
function fileKeys(lines: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const line of lines.split("\n")) {
    if (line === "") continue;
    try {
      const entry = JSON.parse(line) as unknown;
      if (Array.isArray(entry) && typeof entry[0] === "string" && typeof entry[1] === "string") keys.set(entry[0], entry[1]);
    } catch {
      // Left out.
    }
  }
  return keys;
}
