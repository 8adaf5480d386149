/**
 * The record a run leaves in the output folder of how it made each file:
 * the key of every file (emit.ts), the key of the whole run, and what the
 * run reported. The next run reuses every file whose key it would compute
 * again, and does nothing at all when the run's key is unchanged.
 *
 * The manifest is a file of the package like the others, written by cold and
 * incremental runs alike, so both leave identical folders. While a folder is
 * being updated in place a marker file says so; a manifest found beside the
 * marker is not trusted, and the next run rebuilds the folder whole.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { assertReplaceable } from "./output-folder.js";

export const MANIFEST_FILE = ".mdspec-manifest.json";
export const UPDATING_MARKER = ".mdspec-updating";

/** Bumped when the manifest changes shape. */
const FORMAT = 1;

export interface Manifest {
  /** Hash of the tool's version, the options and every spec's path and bytes. */
  runKey: string;
  models: number;
  /** The warnings of the run (a run with errors writes nothing). */
  warnings: Diagnostic[];
  /** Path inside the package → the key its content was made from. */
  files: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
}

/** A manifest read from an output folder. */
export interface StoredManifest extends Manifest {
  /** The files' keys as a map, built when first asked for: a run that finds its run key unchanged never needs it. */
  files: ReadonlyMap<string, string>;
  /**
   * The files' keys as stored, in an object of this manifest's own: a run
   * that changes a few files updates their keys here and writes it back.
   */
  fileKeys: Record<string, string>;
}

export function manifestText(manifest: Manifest): string {
  const { runKey, models, warnings, files } = manifest;
  const byPath = files instanceof Map ? Object.fromEntries(files) : files;
  return JSON.stringify({ format: FORMAT, runKey, models, warnings, files: byPath }, null, 1) + "\n";
}

/** The manifest of the output folder, when there is one the folder can be trusted to match. */
export function readManifest(outDir: string): StoredManifest | undefined {
  const out = resolve(outDir);
  if (existsSync(join(out, UPDATING_MARKER))) return undefined;
  try {
    assertReplaceable(out);
    const stored = JSON.parse(readFileSync(join(out, MANIFEST_FILE), "utf8")) as Record<string, unknown>;
    const { format, runKey, models, warnings, files } = stored;
    if (format !== FORMAT || typeof runKey !== "string" || typeof models !== "number") return undefined;
    if (!Array.isArray(warnings) || typeof files !== "object" || files === null || Array.isArray(files)) return undefined;
    const fileKeys = files as Record<string, unknown>;
    for (const path in fileKeys) if (typeof fileKeys[path] !== "string") return undefined;
    let byPath: Map<string, string> | undefined;
    return {
      runKey,
      models,
      warnings: warnings as Diagnostic[],
      fileKeys: fileKeys as Record<string, string>,
      get files() {
        byPath ??= new Map(Object.entries(fileKeys as Record<string, string>));
        return byPath;
      },
    };
  } catch {
    return undefined;
  }
}
