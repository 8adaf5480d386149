/**
 * The plan of the package a run last wrote, spec by spec, kept in the cache
 * folder so that the next run can remake a changed spec's files alone
 * (emit/replan.ts). There is one store per specs folder and output folder.
 *
 * A store is an index and the files it names. The records file holds each
 * spec's record (its outline and its module's plan) as JSON, one after
 * another; a run that planned the whole package writes a new one. The docs
 * file holds what the docs index page was made of, when the package has
 * docs. The index names the run that wrote it (its key, which the output
 * folder's manifest holds as long as that run's package is there, and the
 * key of its settings), those files, and every spec file in order: its
 * path, the hash of its bytes, and where its record lies. A record is read
 * only when asked for; a run that remade a few specs' files rewrites the
 * index, and the docs file if the index page changed.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import type { IndexParts } from "../emit/docs.js";
import type { ModuleRecord } from "../emit/replan.js";
import { hashOf } from "../base/hash.js";
import { replaceStore } from "./store-file.js";

/** Bumped when the stored data changes shape. */
const FORMAT = 3;

export interface SpecRecord {
  /** What the rest of the package reads of the spec's models (ir/outline.ts, outlinesKey). */
  outline: string;
  /** The plan of the spec's module; none for a spec without models. */
  module?: ModuleRecord;
}

export interface PlanHeader {
  /** The key of the run that wrote the store. */
  runKey: string;
  /** The key of that run's settings and of the tool's version. */
  settingsKey: string;
}

export interface SpecPlan {
  file: string;
  /** The spec's content hash. */
  hash: string;
  /** Null for a spec whose files cannot be remade alone. */
  record: SpecRecord | null;
}

/** A spec in the index: path, content hash, and its record's byte offset and length (length 0: null). */
type IndexEntry = [file: string, hash: string, offset: number, length: number];

interface Index extends PlanHeader {
  format: number;
  records: string;
  /** The docs file, if the package has docs. */
  docs?: string;
  specs: IndexEntry[];
}

export class PlanCache {
  readonly #dir: string;
  /** The index is `<name>.json`; a records file `<name>-<run key>.records`. */
  readonly #name: string;
  /** Null until read; undefined when there is no index to be read. */
  #index: Index | undefined | null = null;

  constructor(cacheDir: string, specsRoot: string, outDir: string) {
    this.#dir = cacheDir;
    this.#name = `plan-${hashOf(resolve(specsRoot), resolve(outDir))}`;
  }

  /** The run that wrote the store; undefined if there is no store to be read. */
  get header(): PlanHeader | undefined {
    return this.#load();
  }

  /** The specs of the store, in order: path and content hash first. */
  specs(): ReadonlyArray<readonly [file: string, hash: string, ...rest: unknown[]]> {
    return this.#load()?.specs ?? [];
  }

  /** The record of the store's `i`th spec: undefined if it cannot be read. */
  record(i: number): SpecRecord | null | undefined {
    const index = this.#load();
    const entry = index?.specs[i];
    if (!index || !entry) return undefined;
    const [, , offset, length] = entry;
    if (length === 0) return null;
    try {
      const fd = openSync(join(this.#dir, index.records), "r");
      try {
        const bytes = Buffer.alloc(length);
        if (readSync(fd, bytes, 0, length, offset) !== length) return undefined;
        const record = JSON.parse(bytes.toString("utf8")) as unknown;
        return isSpecRecord(record) ? record : undefined;
      } finally {
        closeSync(fd);
      }
    } catch {
      return undefined;
    }
  }

  /** What the docs index page was made of; undefined if the package has no docs or the file cannot be read. */
  indexParts(): IndexParts | undefined {
    const docs = this.#load()?.docs;
    if (docs === undefined) return undefined;
    try {
      const parts = JSON.parse(readFileSync(join(this.#dir, docs), "utf8")) as Partial<IndexParts>;
      const valid =
        Array.isArray(parts.rows) &&
        parts.rows.every((row) => Array.isArray(row) && row.length === 5 && row.every((cell) => typeof cell === "string")) &&
        (parts.diagram === undefined || typeof parts.diagram === "string") &&
        (parts.folderDiagrams === undefined ||
          (Array.isArray(parts.folderDiagrams) && parts.folderDiagrams.every((entry) => Array.isArray(entry) && entry.length === 2 && entry.every((cell) => typeof cell === "string"))));
      return valid ? (parts as IndexParts) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Replaces the store with the plan of a whole package. */
  save(header: PlanHeader, specs: Iterable<SpecPlan>, indexParts?: IndexParts): void {
    this.#index = undefined;
    const records = `${this.#name}-${header.runKey}.records`;
    const entries: IndexEntry[] = [];
    let offset = 0;
    const lines = function* () {
      for (const { file, hash, record } of specs) {
        const text = record === null ? "" : JSON.stringify(record);
        const length = Buffer.byteLength(text);
        entries.push([file, hash, offset, length]);
        // One record a line, so the file reads as JSON lines too.
        offset += length + 1;
        yield text;
      }
    };
    if (!replaceStore(join(this.#dir, records), lines())) return;
    const docs = indexParts && this.#writeDocs(header, indexParts);
    if (indexParts && !docs) return;
    this.#writeIndex({ format: FORMAT, ...header, records, ...(docs && { docs }), specs: entries });
  }

  /**
   * Rewrites the index for a run that changed some specs' bytes but none of
   * their records; and the docs file, when the run changed the docs index.
   */
  saveEdited(header: PlanHeader, hashes: ReadonlyMap<number, string>, indexParts?: IndexParts): void {
    const index = this.#load();
    if (!index) return;
    const docs = indexParts ? this.#writeDocs(header, indexParts) : index.docs;
    if (indexParts && !docs) return;
    for (const [i, hash] of hashes) index.specs[i]![1] = hash;
    this.#writeIndex({ ...index, ...header, ...(docs && { docs }) });
  }

  #writeDocs(header: PlanHeader, indexParts: IndexParts): string | undefined {
    const docs = `${this.#name}-${header.runKey}.docs.json`;
    return replaceStore(join(this.#dir, docs), [JSON.stringify(indexParts)]) ? docs : undefined;
  }

  #writeIndex(index: Index): void {
    if (!replaceStore(join(this.#dir, `${this.#name}.json`), [JSON.stringify(index)])) return;
    this.#index = index;
    // Files of earlier runs that the index no longer names.
    const named = new Set([index.records, index.docs]);
    for (const name of readdirSync(this.#dir)) {
      if (name.startsWith(`${this.#name}-`) && !named.has(name)) rmSync(join(this.#dir, name), { force: true });
    }
  }

  #load(): Index | undefined {
    if (this.#index !== null) return this.#index;
    this.#index = undefined;
    try {
      const index = JSON.parse(readFileSync(join(this.#dir, `${this.#name}.json`), "utf8")) as Partial<Index>;
      // The files it names are the store's own, in the cache folder.
      const ownFile = (name: unknown) => typeof name === "string" && name.startsWith(`${this.#name}-`) && !/[/\\]/u.test(name);
      const valid =
        index.format === FORMAT &&
        typeof index.runKey === "string" &&
        typeof index.settingsKey === "string" &&
        ownFile(index.records) &&
        (index.docs === undefined || ownFile(index.docs)) &&
        Array.isArray(index.specs) &&
        index.specs.every(isIndexEntry);
      if (valid) this.#index = index as Index;
    } catch {
      // Missing or unreadable: no store.
    }
    return this.#index;
  }
}

function isIndexEntry(entry: unknown): entry is IndexEntry {
  if (!Array.isArray(entry) || entry.length !== 4) return false;
  const [file, hash, offset, length] = entry as unknown[];
  return typeof file === "string" && typeof hash === "string" && Number.isSafeInteger(offset) && Number.isSafeInteger(length);
}

/** The shape of a record, as far as a run relies on it; a record of another shape is read as missing. */
function isSpecRecord(record: unknown): record is SpecRecord {
  if (typeof record !== "object" || record === null) return false;
  const { outline, module } = record as Partial<SpecRecord>;
  if (typeof outline !== "string") return false;
  if (module === undefined) return true;
  return (
    typeof module === "object" &&
    module !== null &&
    typeof module.module === "string" &&
    Array.isArray(module.referenced) &&
    Array.isArray(module.referrers) &&
    Array.isArray(module.declared) &&
    module.declared.every((planned) => typeof planned === "object" && planned !== null && typeof planned.model === "string" && isRecord(planned.targets))
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
