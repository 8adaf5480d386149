/**
 * What each spec file meant when it was last parsed, kept in a cache folder
 * between runs so an unchanged spec is not parsed again. An entry is keyed by
 * the file's path and bytes; the whole store by the tool's version, so a
 * new version of mdspec starts afresh. The store is one file per specs
 * folder, written whole and atomically; one that cannot be read is ignored,
 * as if empty. It holds the entries of the last run only, so it does not grow.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { SpecModels } from "../pool/tasks.js";
import type { SpecFile } from "../read/specs-folder.js";
import { hashOf } from "./hash.js";

/** Bumped when the stored data changes shape. */
const FORMAT = 1;

interface Stored {
  format: number;
  version: string;
  entries: Map<string, SpecModels>;
}

export class SpecCache {
  readonly #path: string;
  readonly #version: string;
  readonly #previous: Map<string, SpecModels>;
  readonly #current = new Map<string, SpecModels>();

  constructor(cacheDir: string, specsRoot: string, version: string) {
    this.#path = join(cacheDir, `specs-${hashOf(resolve(specsRoot))}.v8`);
    this.#version = version;
    this.#previous = this.#load();
  }

  /** The cached meaning of a spec, if its bytes are unchanged. */
  get(spec: SpecFile): SpecModels | undefined {
    const key = keyOf(spec);
    const found = this.#previous.get(key);
    if (found) this.#current.set(key, found);
    return found;
  }

  set(spec: SpecFile, models: SpecModels): void {
    this.#current.set(keyOf(spec), models);
  }

  /** Writes this run's entries; a cache that cannot be written is left as it was. */
  save(): void {
    if (sameKeys(this.#previous, this.#current)) return;
    const stored: Stored = { format: FORMAT, version: this.#version, entries: this.#current };
    const temporary = `${this.#path}.${process.pid}.tmp`;
    try {
      mkdirSync(join(this.#path, ".."), { recursive: true });
      writeFileSync(temporary, serialize(stored));
      renameSync(temporary, this.#path);
    } catch {
      rmSync(temporary, { force: true });
    }
  }

  #load(): Map<string, SpecModels> {
    try {
      const stored = deserialize(readFileSync(this.#path)) as Partial<Stored>;
      if (stored.format === FORMAT && stored.version === this.#version && stored.entries instanceof Map) return stored.entries;
    } catch {
      // Missing or unreadable: start empty.
    }
    return new Map();
  }
}

function keyOf({ file, bytes }: SpecFile): string {
  return hashOf(file, bytes);
}

function sameKeys(a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>): boolean {
  if (a.size !== b.size) return false;
  for (const key of b.keys()) if (!a.has(key)) return false;
  return true;
}
