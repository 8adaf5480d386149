/**
 * The whole pipeline as one call:
 * read specs → parse → IR → resolve → emit → write (or compare, for --check).
 * Stages hand each other plain data; only the first and last touch the disk.
 *
 * Repeated runs are cheap: what each spec meant is kept in a cache folder
 * (cache/spec-cache.ts), the output folder's manifest says how each of its
 * files was made (write/manifest.ts), and only what changed is parsed,
 * emitted and written. After an edit that the rest of the package does not
 * read, a run remakes the edited specs' files alone (edit-run.ts). Parsing
 * and emitting run on every core (pool/). The emit stage and the pool load
 * prettier and ts-morph, so they are loaded only when a run has something
 * to emit.
 */
import { byCodeUnit } from "../base/compare.js";
import { canonicalJson, contentHash, hashOf } from "../base/hash.js";
import { SpecCache } from "../cache/spec-cache.js";
import { checkFolders, noSpecsError } from "../config/folders.js";
import { checkPackageName, checkPackageVersion, defaultPackageName } from "../config/package.js";
import { allowingUnresolved, hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import { PlanCache, type SpecPlan } from "../cache/plan-cache.js";
import type { IndexParts } from "../emit/docs.js";
import type { PlannedModule } from "../emit/emit.js";
import { withCurrentNames } from "../emit/options.js";
import type { Model } from "../ir/types.js";
import type { WorkPool } from "../pool/pool.js";
import type { SpecModels } from "../ir/spec-models.js";
import { listSpecsFolder, readSpecFile, type ListedSpec, type SpecFile, type SpecPath, type SpecSource } from "../read/specs-folder.js";
import type { ResolvedModels } from "../resolve/resolve.js";
import { MANIFEST_FILE, manifestText, readManifest } from "../write/manifest.js";
import { diffOutputFolder, StagedFolder } from "../write/output-folder.js";
import { updateOutputFolder } from "../write/update-folder.js";
import { Timings } from "../base/timings.js";
import { DEFAULT_CACHE, runSettings, type BuildPackageOptions, type BuiltPackage, type GenerateOptions, type GenerateResult, type Progress, type RunSettings } from "./options.js";

/**
 * Spec files in, the package's files out: every stage but the disk. Each
 * stage runs on what the one before could read, so one run reports every
 * error it can find; the package is emitted only when there are none.
 */
export async function buildPackage(specFiles: readonly SpecFile[], given: BuildPackageOptions): Promise<BuiltPackage> {
  const settings = runSettings(given);
  const { WorkPool } = await import("../pool/pool.js");
  const pool = new WorkPool({ threads: 1, ...(settings.signal && { signal: settings.signal }) });
  const built = await buildFiles({ files: [...specFiles] }, settings, { pool });
  const files = built.files as Map<string, string> | undefined;
  return { diagnostics: built.diagnostics, files, models: built.models, pages: built.pages };
}

/** The spec files of a run, and the real path of their folder, from which links between them are resolved. */
interface Specs {
  files: SpecSource[];
  root?: string;
}

interface BuiltFiles {
  diagnostics: Diagnostic[];
  /** Content by path; `undefined` content: the file in the output folder is kept. Undefined when there are errors. */
  files: Map<string, string | undefined> | undefined;
  keys: Map<string, string>;
  models: number;
  /** Spec files that are not model specs. */
  pages: string[];
  /** The package's modules as planned. */
  modules: PlannedModule[];
  /** What the docs index was made of, when the package has docs. */
  indexParts?: IndexParts;
  /** The hash of each spec's bytes, as parsed or as found in the cache, in the order of the spec files. */
  hashes: string[];
}

/** A spec's meaning, and the hash of the bytes it was made from. */
interface HashedMeaning {
  hash: string;
  meaning: SpecModels;
}

/** The hash given a spec file that could not be read: one no bytes have, so the next run tries it again. */
const UNREADABLE = "";

interface Reuse {
  pool: WorkPool;
  specCache?: SpecCache;
  /** The keys of the files in the output folder. */
  previous?: ReadonlyMap<string, string>;
  onProgress?: (progress: Progress) => void;
  /** Takes each file as it is made (emit.ts). */
  write?: (path: string, content: string) => void;
  /** The folder `write` writes to, where the workers write the modules' files themselves (emit.ts). */
  folder?: string;
  timings?: Timings;
}

/** Spec files in, the package's files out. Empties `specs.files` (see resolvedSpecs). */
async function buildFiles(specs: Specs, settings: RunSettings, reuse: Reuse): Promise<BuiltFiles> {
  const { resolved, pages, diagnostics: found, hashes } = await resolvedSpecs(specs, settings, reuse);
  const failed = { files: undefined, keys: new Map(), models: 0, pages, modules: [], hashes };
  if (hasErrors(found)) {
    // Naming problems are reported too, so one run shows every error it can find.
    const { planPackage } = await import("../emit/plan.js");
    const naming = planPackage(resolved, settings.naming).diagnostics;
    return { ...failed, diagnostics: sortDiagnostics([...found, ...naming]) };
  }

  settings.signal?.throwIfAborted();
  const { emitPackageFiles } = await import("../emit/emit.js");
  const emit = () =>
    emitPackageFiles(resolved, settings, {
      pool: reuse.pool,
      ...(reuse.previous && { previous: reuse.previous }),
      ...(reuse.write && { write: reuse.write }),
      ...(reuse.folder !== undefined && { folder: reuse.folder }),
      ...(reuse.onProgress && { onProgress: (done: number, total: number) => reuse.onProgress?.({ phase: "emit", done, total }) }),
    });
  const emitted = reuse.timings ? await reuse.timings.timeAsync("emit", 0, emit) : await emit();
  reuse.timings?.add("emit", 0, emitted.modules.length);
  const diagnostics = sortDiagnostics([...found, ...emitted.diagnostics]);
  if (hasErrors(diagnostics)) return { ...failed, diagnostics };
  const { files, keys, modules, indexParts } = emitted;
  return { diagnostics, files, keys, models: resolved.models.length, pages, modules, hashes, ...(indexParts && { indexParts }) };
}

/**
 * The models of every spec, resolved, and what was found wrong on the way.
 * A function of its own, so that the models as parsed are let go before
 * the package is emitted: on a large folder they are a large part of a
 * run's memory. For the same reason the list of spec files is emptied as
 * it goes to the parse: the callers' frames, which hold the list until the
 * package is written, then no longer keep the specs' bytes, where it has
 * them (buildPackage's; generate's lists only paths, and hashes where it
 * read the specs first).
 */
async function resolvedSpecs(
  { files, root }: Specs,
  settings: RunSettings,
  reuse: Reuse,
): Promise<{ resolved: ResolvedModels; pages: string[]; diagnostics: Diagnostic[]; hashes: string[] }> {
  const count = files.length;
  const parse = () => meaningOf(files.splice(0), reuse);
  const meanings = reuse.timings ? await reuse.timings.timeAsync("parse", count, parse) : await parse();
  reuse.specCache?.save();
  const hashes = meanings.map(({ hash }) => hash);
  const specs = meanings.map(({ meaning }) => meaning);
  const models: Model[] = [];
  const diagnostics: Diagnostic[] = [];
  const pages: string[] = [];
  // Specs whose errors may have left models out: a link into one that finds nothing is not reported (the
  // errors are), unless the errors are allowed, and the run goes on without them.
  const incomplete = new Set<string>();
  for (const spec of specs) {
    models.push(...spec.models);
    const found = settings.allowUnresolved ? spec.diagnostics.map(allowingUnresolved) : spec.diagnostics;
    diagnostics.push(...found);
    if (spec.incomplete && hasErrors(found)) incomplete.add(spec.file);
    if (spec.notAModel) pages.push(spec.file);
  }
  const { resolveModels } = await import("../resolve/resolve.js");
  const resolve = () =>
    resolveModels(models, {
      allowUnresolved: settings.allowUnresolved,
      incomplete,
      pages: new Set(pages),
      ...(root !== undefined && { root }),
    });
  const { resolved, diagnostics: unresolved } = reuse.timings ? reuse.timings.time("resolve", models.length, resolve) : resolve();
  diagnostics.push(...unresolved);
  return { resolved, pages, diagnostics, hashes };
}

/**
 * What each spec means, and the hash of the bytes it was made from: from
 * the cache where its bytes are unchanged, parsed (in the pool) where not.
 * A spec known by its path alone is hashed where it is parsed.
 */
async function meaningOf(specs: readonly SpecSource[], { pool, specCache, onProgress }: Reuse): Promise<HashedMeaning[]> {
  const hashes = specs.map((spec) => ("bytes" in spec ? contentHash(spec.bytes) : "hash" in spec ? spec.hash : undefined));
  const known = specs.map((spec, i) => (hashes[i] === undefined ? undefined : specCache?.get({ file: spec.file, hash: hashes[i] })));
  const missing = specs.filter((_, i) => known[i] === undefined);
  const parsed = await pool.specs(missing, (done) => onProgress?.({ phase: "parse", done, total: missing.length }));
  let next = 0;
  return specs.map((spec, i) => {
    const cached = known[i];
    if (cached) return { hash: hashes[i]!, meaning: cached };
    const { hash, meaning } = parsed[next++]!;
    if (hash !== undefined) specCache?.set({ file: spec.file, hash }, meaning);
    return { hash: hash ?? UNREADABLE, meaning };
  });
}

/**
 * Reads the specs folder and writes the package (or, with `check`, compares).
 * A specs folder that is missing or holds no spec, or an out folder inside it,
 * throws a `ConfigError` that says so; problems in the specs are diagnostics.
 * An invalid package name or version throws a `ConfigError` too.
 */
export async function generate(given: GenerateOptions): Promise<GenerateResult> {
  const options = withCurrentNames(given);
  options.name = checkPackageName(options.name ?? defaultPackageName(options.out), "name");
  if (options.packageVersion !== undefined) checkPackageVersion(options.packageVersion, "packageVersion");
  const { specs, include, exclude, out, check, cache = DEFAULT_CACHE, threads, onProgress, ...build } = options;
  const { signal } = options;
  checkFolders(specs, out);
  const timings = new Timings();
  const folder = timings.time("read", 0, () => listSpecsFolder(specs, { ...(include && { include }), ...(exclude && { exclude }) }));
  const paths = folder.files;
  timings.add("read", 0, paths.length);
  if (paths.length === 0) throw noSpecsError(specs);
  const previous = check || cache === false ? undefined : readManifest(out);
  const plans = check || cache === false ? undefined : new PlanCache(cache, specs, out);
  const { WorkPool } = await import("../pool/pool.js");
  const pool = new WorkPool({ ...(threads !== undefined && { threads }), ...(signal && { signal }), timings });
  const settings = runSettings(build);
  const settingsKey = settingsKeyOf(settings);
  // The specs as the plan of the package in the output folder knew them, if it was made with these settings.
  const header = plans?.header;
  const known = previous && header?.runKey === previous.runKey && header.settingsKey === settingsKey ? plans!.specs() : undefined;
  // Without a package in the output folder to compare with (there is none, or --no-cache or --check sets it aside),
  // a run has all its work before it. Unless cached meanings may spare it some parsing (never with --no-cache or
  // --check, which read no cache), each spec is then read once, where it is parsed, and hashed there.
  const specCache = cache === false || previous ? undefined : new SpecCache(cache, specs, settings.build);
  const hashFirst = previous !== undefined || specCache?.isEmpty === false;
  let staged: StagedFolder | undefined;
  try {
    const read = hashFirst
      ? timings.time("read", 0, () =>
          readSpecsAgainst(folder.root, paths, known, () =>
            // On a large folder with work to do, a worker loads the emitter while this thread reads on.
            pool.warmUpFor(paths.length),
          ),
        )
      : undefined;
    const runKeyOf = (hashes: readonly string[]) => hashOf(settingsKey, ...paths.flatMap((file, i) => [file, hashes[i]!]));
    const listedHashes = read?.listed.map(({ hash }) => hash);
    const listedKey = listedHashes && runKeyOf(listedHashes);
    if (previous && previous.runKey === listedKey) {
      const skipped = { pages: previous.pages, outside: folder.outside, replaced: folder.replaced };
      return { diagnostics: previous.warnings, ok: true, models: previous.models, files: [], upToDate: true, skipped, stages: timings.list() };
    }

    // A package written whole goes to a fresh folder as its files are made, and replaces the output folder once
    // complete. The folder is checked first, so a run that could not replace it stops before any work.
    staged = !check && !previous ? new StagedFolder(out) : undefined;
    if (previous && plans && read?.edited) {
      const { editRun } = await import("./edit-run.js");
      const { listed, edited } = read;
      const run = { out, listed, edited, runKey: listedKey!, settingsKey, previous, plans, pool, settings, timings, ...(onProgress && { onProgress }) };
      const result = await editRun(run);
      if (result) return { ...result, skipped: { pages: previous.pages, outside: folder.outside, replaced: folder.replaced }, stages: timings.list() };
    }
    const sources = read?.listed ?? paths.map((file): SpecPath => ({ root: folder.root, file }));
    const built = await buildFiles({ files: sources, root: folder.root }, settings, {
      pool,
      ...(cache !== false && { specCache: specCache ?? new SpecCache(cache, specs, settings.build) }),
      ...(previous && { previous: previous.files }),
      ...(onProgress && { onProgress }),
      ...(staged && { write: (path: string, content: string) => timings.time("write", 1, () => staged!.write(path, content)), folder: staged.folder }),
      timings,
    });
    // The workers' memory is not needed for writing.
    await pool.close();
    const { diagnostics, files, keys, models, pages } = built;
    const skipped = { pages, outside: folder.outside, replaced: folder.replaced };
    if (!files) return { diagnostics, ok: false, models: 0, files: [], skipped, stages: timings.list() };
    // Each spec by the hash it was listed with, or else parsed with: a spec edited since is made again next run.
    const hashes = listedHashes ?? built.hashes;
    const runKey = listedKey ?? runKeyOf(hashes);
    const manifest = manifestText({ runKey, models, warnings: diagnostics, pages, files: keys });
    const written = new Map<string, string>();
    if (staged) {
      signal?.throwIfAborted();
      timings.time("write", 1, () => {
        staged!.write(MANIFEST_FILE, manifest);
        staged!.commit();
      });
    } else {
      if (check) {
        // The manifest records how the files were made (keys that change with mdspec's own build), not what they
        // hold: check compares what the package holds.
        const changed = diffOutputFolder(out, files as Map<string, string>, [MANIFEST_FILE]);
        return { diagnostics, ok: changed.length === 0, models, files: changed, changed, skipped, stages: timings.list() };
      }
      files.set(MANIFEST_FILE, manifest);
      signal?.throwIfAborted();
      for (const [path, content] of files) if (content !== undefined) written.set(path, content);
      const removed = [...previous!.files.keys()].filter((path) => !files.has(path));
      timings.time("write", written.size, () => updateOutputFolder(out, written, removed));
    }
    if (plans) plans.save({ runKey, settingsKey }, await specPlans(paths, hashes, built), built.indexParts);
    const filesWritten = staged ? [...keys.keys(), MANIFEST_FILE] : [...written.keys()];
    return { diagnostics, ok: true, models, files: filesWritten, skipped, stages: timings.list() };
  } finally {
    // No worker writes to the staged folder once the pool is closed. Whatever stopped the run before the package
    // was complete, the output folder stays as it was.
    await pool.close();
    if (staged?.open) staged.discard();
  }
}

/**
 * Reads the spec files for the hashes of their bytes, and finds the ones
 * whose bytes are not as `known` (the same files, in the same order) says:
 * `edited` is their indices, or undefined where `known` lists other files
 * or none. `onChange` is called at the first sign that the run has work to
 * do, so that work can start while the rest is read. The bytes are let go
 * at once: the thread that parses a spec reads it again.
 */
function readSpecsAgainst(
  root: string,
  paths: readonly string[],
  known: ReadonlyArray<readonly [file: string, hash: string, ...rest: unknown[]]> | undefined,
  onChange: () => void,
): { listed: ListedSpec[]; edited: number[] | undefined } {
  let edited: number[] | undefined = known?.length === paths.length ? [] : undefined;
  if (!edited) onChange();
  const listed = paths.map((file, i): ListedSpec => {
    const hash = hashOfFile(root, file);
    if (edited && known![i]![0] !== file) {
      edited = undefined;
      onChange();
    } else if (edited && known![i]![1] !== hash) {
      if (edited.length === 0) onChange();
      edited.push(i);
    }
    return { root, file, hash };
  });
  return { listed, edited };
}

/**
 * The hash of a spec file's bytes; for a file that cannot be read, one no
 * bytes have: the thread that parses it tries again, and reports it.
 */
function hashOfFile(root: string, file: string): string {
  try {
    return contentHash(readSpecFile(root, file).bytes);
  } catch {
    return UNREADABLE;
  }
}

/** The plan of each spec's module, for the next run (edit-run.ts); none for a spec with diagnostics. */
async function specPlans(paths: readonly string[], hashes: readonly string[], built: BuiltFiles): Promise<Iterable<SpecPlan>> {
  const [{ recordModule }, { outlinesKey }] = await Promise.all([import("../emit/replan.js"), import("../ir/outline.js")]);
  const byFile = new Map(built.modules.map((module) => [module.input.declared[0]!.model.file, module]));
  const reported = new Set(built.diagnostics.map((diagnostic) => diagnostic.file));
  // One at a time, as the plan store writes them: a large run's records are never all in memory.
  function* records(): Iterable<SpecPlan> {
    for (const [i, file] of paths.entries()) {
      const module = byFile.get(file);
      const record = reported.has(file)
        ? null
        : { outline: outlinesKey(module?.input.declared.map((planned) => planned.model) ?? []), ...(module && { module: recordModule(module) }) };
      yield { file, hash: hashes[i]!, record };
    }
  }
  return records();
}

/** The key of what shapes a package besides its specs: the settings and the tool's build. */
function settingsKeyOf(settings: RunSettings): string {
  const { signal: _, ...shaping } = settings;
  return hashOf(canonicalJson(shaping));
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => ("start" in d.at ? d.at.start : d.at);
  return [...diagnostics].sort(
    (a, b) => byCodeUnit(a.file, b.file) || key(a).line - key(b).line || key(a).column - key(b).column,
  );
}
