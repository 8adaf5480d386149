/**
 * What each spec file meant when it was last parsed, kept in a cache folder
 * between runs so an unchanged spec is not parsed again. An entry is keyed by
 * the file's path and the hash of its bytes; the whole store by the tool's
 * version, so a new version of mdspec starts afresh. It holds the entries of
 * the last run only, so it does not grow.
 *
 * The store is one file per specs folder, written whole and atomically: a
 * header line, then one JSON line per entry. Lines are kept as read, so a
 * run that changed one spec writes back the others' lines without
 * serialising them again. A store, or an entry, that cannot be read is
 * ignored, as if missing.
 */
import { join, resolve } from "node:path";
import type { SpecModels } from "../ir/spec-models.js";
import type { ListedSpec } from "../read/specs-folder.js";
import { hashOf } from "../base/hash.js";
import { lineKey, readStore, replaceStore } from "./store-file.js";

/** Bumped when the stored data changes shape. */
const FORMAT = 3;

interface Header {
  format: number;
  version: string;
}

/** An entry as stored, parsed when asked for. */
interface Entry {
  line: string;
  models?: SpecModels;
}

export class SpecCache {
  readonly #path: string;
  readonly #version: string;
  readonly #previous: Map<string, Entry>;
  readonly #current = new Map<string, Entry>();

  constructor(cacheDir: string, specsRoot: string, version: string) {
    const name = `specs-${hashOf(resolve(specsRoot))}`;
    this.#path = join(cacheDir, `${name}.jsonl`);
    this.#version = version;
    this.#previous = this.#load();
  }

  /** Whether the store held no meaning for this version of mdspec to look up. */
  get isEmpty(): boolean {
    return this.#previous.size === 0;
  }

  /** The cached meaning of a spec, if its bytes are unchanged. */
  get(spec: SpecKey): SpecModels | undefined {
    const key = keyOf(spec);
    const entry = this.#previous.get(key);
    if (!entry) return undefined;
    try {
      entry.models ??= (JSON.parse(entry.line) as [string, SpecModels])[1];
    } catch {
      // Dropped, so that the store is written again with the entry parsed anew.
      this.#previous.delete(key);
      return undefined;
    }
    this.#current.set(key, entry);
    return entry.models;
  }

  set(spec: SpecKey, models: SpecModels): void {
    const key = keyOf(spec);
    this.#current.set(key, { line: JSON.stringify([key, models]), models });
  }

  /**
   * Writes this run's entries, once every spec has been looked up; a cache
   * that cannot be written is left as it was. The entries are then let go:
   * on a large folder they are tens of megabytes the rest of the run does
   * not need.
   */
  save(): void {
    if (!sameKeys(this.#previous, this.#current)) this.#write();
    this.#previous.clear();
    this.#current.clear();
  }

  #write(): void {
    const header: Header = { format: FORMAT, version: this.#version };
    const lines = [JSON.stringify(header), ...[...this.#current.values()].map((entry) => entry.line)];
    replaceStore(this.#path, lines);
  }

  #load(): Map<string, Entry> {
    const entries = new Map<string, Entry>();
    const store = readStore(this.#path);
    // Missing, unreadable, or from another version: start empty.
    if (!store || store.header.format !== FORMAT || store.header.version !== this.#version) return entries;
    for (const line of store.lines) {
      const key = lineKey(line);
      if (key !== undefined) entries.set(key, { line });
    }
    return entries;
  }
}

/** A spec by its path and the hash of its bytes. */
type SpecKey = Pick<ListedSpec, "file" | "hash">;

function keyOf({ file, hash }: SpecKey): string {
  return hashOf(file, hash);
}

function sameKeys(a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>): boolean {
  if (a.size !== b.size) return false;
  for (const key of b.keys()) if (!a.has(key)) return false;
  return true;
}
