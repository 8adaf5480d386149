/**
 * The emit stage: resolved models in, the generated package's files out
 * (path inside the package → content). Sources go to src/, what Node and
 * TypeScript load to dist/, reference docs to docs/.
 *
 * Every file gets a key: a hash of everything its content depends on and of
 * the options and the tool's version. For a model module that is its
 * ModuleInput; for a model's docs page, the same and the page's context; for
 * the rest, their text before formatting. Given the keys of the files
 * already in the output folder, only the files whose key changed are made;
 * the others are reported as unchanged. The expensive steps (printing,
 * prettier, compiling) run in the work pool while this thread renders the
 * docs.
 */
import { readFileSync } from "node:fs";
import { canonicalJson, hashOf } from "../base/hash.js";
import { hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import { withDateHandling } from "../ir/dates.js";
import { withExampleDates } from "../ir/example-value.js";
import type { ResolvedModels } from "../resolve/resolve.js";
import { docsPages, indexPage, indexRows, modelPage, type IndexParts, type IndexRow, type ModelPage, type Referrer } from "./docs.js";
import type { EmittedModule, WrittenModule } from "./emit-module.js";
import { emittedFiles, moduleFiles, type ModuleWork } from "./module-files.js";
import type { ModuleParts } from "./options.js";
import { jsonSchemaFiles } from "./json-schema.js";
import { moduleInputs, type ModuleInput } from "./module-input.js";
import { moduleParts, type EmitSettings, type OutputKind } from "./options.js";
import { packageJson, tsconfigJson } from "./package-files.js";
import { planPackage } from "./plan.js";
import { RUNTIME_MODULE, VALIDATION_MODULE } from "./support-modules.js";
import { sortedByKey } from "../base/compare.js";

export type { EmitOptions, EmitSettings } from "./options.js";
export { emitSettings } from "./options.js";

export interface EmitResult {
  /** Path inside the package, with `/` separators → file content. Sorted by path. */
  files: Map<string, string>;
  diagnostics: Diagnostic[];
}

/** A file's content, or `undefined` where the file in the output folder has the same key and is kept. */
export interface EmittedFiles {
  files: Map<string, string | undefined>;
  /** Path → the key its content was made from. */
  keys: Map<string, string>;
  diagnostics: Diagnostic[];
  /** What the docs index was made of: from the whole package, or where remade modules changed it. */
  indexParts?: IndexParts;
}

/** A whole package's files, and its modules as planned, from which a later run can remake any of them alone (emitModules). */
export interface EmittedPackage extends EmittedFiles {
  modules: PlannedModule[];
}

/** A module as the plan laid it out, with what its docs page shows of the modules that refer to it. */
export interface PlannedModule {
  input: ModuleInput;
  /** For each model of the module, the models that refer to it (empty when the package has no docs). */
  referrers: Referrer[][];
}

const runtimeSource = readFileSync(new URL("../../templates/runtime.ts", import.meta.url), "utf8");
const validationSource = readFileSync(new URL("../../templates/validation.ts", import.meta.url), "utf8");

/**
 * Where module sources are emitted, formatted and compiled: the run's work
 * pool (pool/), which loads this stage in its workers. Each module is handed
 * to `onEmitted` as it is done.
 */
export interface Workers {
  /**
   * With `writeTo`, the thread that emits a module writes its files below
   * that folder, with its docs page where the work has one, and hands it
   * over as written.
   */
  modules(
    work: readonly ModuleWork[],
    format: boolean,
    onEmitted: (emitted: EmittedModule | WrittenModule) => void,
    writeTo?: string,
  ): Promise<void>;
  sources(sources: ReadonlyArray<[string, string]>, format: boolean, onEmitted: (emitted: EmittedModule) => void): Promise<void>;
}

export interface IncrementalEmit {
  pool: Workers;
  /** The keys of the files already in the output folder. */
  previous?: Pick<ReadonlyMap<string, string>, "get">;
  /** Told how many of the modules to emit are done. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Takes each file as it is made; the result then lists only the files
   * kept as they are. A large package is so never held in memory whole.
   */
  write?: (path: string, content: string) => void;
  /**
   * The folder `write` writes to, where it writes to one: the threads that
   * emit the modules then write their files there themselves, so that their
   * text never comes back to this thread.
   */
  folder?: string;
}

export async function emitPackageFiles(
  resolved: ResolvedModels,
  options: EmitSettings,
  incremental: IncrementalEmit,
): Promise<EmittedPackage> {
  const models = withExampleDates(withDateHandling(resolved.models, options.dates), options.dates);
  const { plan, diagnostics } = planPackage({ ...resolved, models }, options.naming);
  // A model the plan had to leave out may still be referenced: its package would not compile.
  if (hasErrors(diagnostics)) return { files: new Map(), keys: new Map(), diagnostics, modules: [] };
  const settings = settingsOf(options);
  const output = new Output(incremental);

  const inputs = moduleInputs(plan, settings.parts);
  options.signal?.throwIfAborted();
  const docs = settings.outputs.has("docs") ? docsPages(plan, inputs, settings.name) : undefined;
  const pages = docs?.models ?? [];
  // The model modules go to the workers first: this thread makes the rest while they work.
  const emitting = startModules(inputs, output, settings, incremental, pages);

  // Modules whose text is known: the index modules, in their final layout, and the runtime and validation support.
  const templates: Array<[string, string]> = [[RUNTIME_MODULE, runtimeSource]];
  if (settings.parts.validators) templates.push([VALIDATION_MODULE, validationSource]);
  // Loaded here: only runs that make the whole package make the index modules.
  const { indexModules } = await import("./index-modules.js");
  const supporting = startSources({ laidOut: [...indexModules(plan, settings.parts)], templates }, output, settings, incremental.pool);

  const plain = new Map<string, string>();
  const index = docs?.index();
  if (index) {
    await makePages(pages, emitting, output);
    plain.set("docs/index.md", index.text);
  }
  if (settings.outputs.has("json-schema")) for (const [path, text] of jsonSchemaFiles(plan)) plain.set(path, text);
  const manifest = { name: options.name, version: options.packageVersion, generatorVersion: options.generatorVersion };
  plain.set("package.json", packageJson(manifest, settings.outputs.has("json-schema")));
  plain.set("tsconfig.json", tsconfigJson());
  for (const [path, text] of plain) if (output.stale(path, hashOf(text))) output.made(path, text);

  await allDone([emitting.done, supporting]);
  const planned = inputs.map((input, i): PlannedModule => ({ input, referrers: pages[i]?.referrers ?? [] }));
  return { ...output.result(), diagnostics, modules: planned, ...(index && { indexParts: index.parts }) };
}

/**
 * Remakes some modules of a package made before, and their docs pages, from
 * the modules as planned then: for a run in which those modules' own specs
 * changed and nothing another module reads of them did, but for the
 * summaries the docs index shows. Given what that index was made of, the
 * index is made again where a summary changed. The files of these modules
 * whose keys are unchanged are reported as kept.
 */
export async function emitModules(
  modules: readonly PlannedModule[],
  options: EmitSettings,
  incremental: IncrementalEmit,
  index?: IndexParts,
): Promise<EmittedFiles> {
  const settings = settingsOf(options);
  const output = new Output(incremental);
  const pages = settings.outputs.has("docs") ? modules.map(({ input, referrers }) => modelPage(input, referrers, settings.name)) : [];
  const emitting = startModules(modules.map(({ input }) => input), output, settings, incremental, pages);
  let indexParts: IndexParts | undefined;
  if (settings.outputs.has("docs")) {
    await makePages(pages, emitting, output);
    indexParts = index && withRows(index, indexRows(modules.flatMap(({ input }) => input.declared)));
    const text = indexParts && indexPage(indexParts, settings.name);
    if (text !== undefined && output.stale("docs/index.md", hashOf(text))) output.made("docs/index.md", text);
  }
  await emitting.done;
  return { ...output.result(), diagnostics: [], ...(indexParts && { indexParts }) };
}

/** The index with these rows in place of the rows of the same models; undefined when no row changed. */
function withRows(index: IndexParts, rows: readonly IndexRow[]): IndexParts | undefined {
  const byId = new Map(rows.map((row) => [row[0], row]));
  let changed = false;
  const updated = index.rows.map((row) => {
    const now = byId.get(row[0]);
    if (!now || now.every((cell, i) => cell === row[i])) return row;
    changed = true;
    return now;
  });
  return changed ? { ...index, rows: updated } : undefined;
}

interface Settings {
  name: string;
  format: boolean;
  outputs: ReadonlySet<OutputKind>;
  parts: ModuleParts;
  /** Goes into every key: what changes every file when it changes. */
  salt: string;
}

function settingsOf(options: EmitSettings): Settings {
  const outputs = new Set(options.emit);
  return {
    name: options.name,
    format: options.prettier,
    outputs,
    parts: moduleParts(outputs),
    salt: canonicalJson({ format: options.prettier, build: options.build }),
  };
}

/** The files a run makes, and the key of every file of the package, made or kept. */
class Output {
  readonly #files = new Map<string, string | undefined>();
  readonly #keys = new Map<string, string>();
  readonly #previous: Pick<ReadonlyMap<string, string>, "get">;
  readonly #write: ((path: string, content: string) => void) | undefined;

  constructor({ previous, write }: IncrementalEmit) {
    this.#previous = previous ?? new Map();
    this.keepsNothing = previous === undefined;
    this.#write = write;
  }

  /** Whether there are no files to keep (no keys of files in the output folder): every file is made. */
  readonly keepsNothing: boolean;

  /** Records a file's key; true when its content must be made. */
  stale(path: string, key: string): boolean {
    this.#keys.set(path, key);
    const changed = this.#previous.get(path) !== key;
    if (!changed) this.#files.set(path, undefined);
    return changed;
  }

  /** Records the key of each of a module's files; true when any must be made. */
  staleModule(module: string, key: string): boolean {
    return moduleFiles(module).map((path) => this.stale(path, key)).some(Boolean);
  }

  made(path: string, content: string): void {
    if (this.#write) this.#write(path, content);
    else this.#files.set(path, content);
  }

  /** Takes a module's files, where the thread that emitted it did not write them itself. */
  madeModule(emitted: EmittedModule | WrittenModule): void {
    if ("written" in emitted) return;
    for (const [path, content] of emittedFiles(emitted)) this.made(path, content);
  }

  result(): { files: Map<string, string | undefined>; keys: Map<string, string> } {
    return { files: sortedByKey(this.#files), keys: sortedByKey(this.#keys) };
  }
}

/** Modules whose text is known before the pool sees them. */
interface KnownModules {
  /** Already in their final layout: compiled, not formatted. */
  laidOut: ReadonlyArray<[string, string]>;
  /** Formatted like the model modules, then compiled. */
  templates: ReadonlyArray<[string, string]>;
}

/**
 * Keys every model module by its input and hands those whose files are
 * stale to the pool. Where no file can be kept, every module goes to the
 * pool at once and is keyed while the workers emit. The workers emit while
 * this thread goes on; `done` settles when they are through, and rejects
 * with the first failure.
 */
function startModules(
  inputs: readonly ModuleInput[],
  output: Output,
  settings: Settings,
  { pool, onProgress, folder }: IncrementalEmit,
  pages: readonly ModelPage[],
): StartedModules {
  const keys = new Map<string, string>();
  const keyOf = (input: ModuleInput): string => {
    const key = hashOf(canonicalJson(input), settings.salt);
    keys.set(input.module, key);
    return key;
  };
  const stale = output.keepsNothing ? inputs : inputs.filter((input) => output.staleModule(input.module, keyOf(input)));
  // Where the workers write the files, each writes the pages of the modules it emits too: their text is large.
  const pageOf = new Map(folder === undefined ? [] : pages.map((page) => [page.module, page]));
  const pagesByWorkers = new Set<string>();
  const toEmit = stale.map((input): ModuleWork => {
    const page = pageOf.get(input.module);
    if (page) pagesByWorkers.add(input.module);
    return { input, ...(page && { page: { packageName: settings.name, referrers: page.referrers } }) };
  });
  let emitted = 0;
  const done = pool.modules(
    toEmit,
    settings.format,
    (module) => {
      output.madeModule(module);
      onProgress?.(++emitted, toEmit.length);
    },
    folder,
  );
  // A failure is rethrown where `done` is awaited; until then it must not count as unhandled.
  done.catch(() => {});
  if (output.keepsNothing) for (const input of inputs) output.staleModule(input.module, keyOf(input));
  return { keys, done, pagesByWorkers };
}

/** Hands the modules whose text is known to the pool, those whose files are stale; the promise is as `startModules`' `done`. */
function startSources(known: KnownModules, output: Output, settings: Settings, pool: Workers): Promise<void> {
  const stale = (modules: ReadonlyArray<[string, string]>) => modules.filter(([module, text]) => output.staleModule(module, hashOf(text, settings.salt)));
  const take = (emitted: EmittedModule) => output.madeModule(emitted);
  const done = allDone([pool.sources(stale(known.laidOut), false, take), pool.sources(stale(known.templates), settings.format, take)]);
  done.catch(() => {});
  return done;
}

/** Settles when every promise has settled, and rejects then with the first failure, in their order. */
async function allDone(work: ReadonlyArray<Promise<void>>): Promise<void> {
  for (const outcome of await Promise.allSettled(work)) if (outcome.status === "rejected") throw outcome.reason;
}

interface StartedModules {
  /** Each module's key. */
  keys: ReadonlyMap<string, string>;
  /** Settles when every module is emitted; rejects with the first failure. */
  done: Promise<void>;
  /** The modules whose docs pages the workers write with their files. */
  pagesByWorkers: ReadonlySet<string>;
}

/** Renders the pages whose module or context changed, but those the workers write. */
async function makePages(pages: readonly ModelPage[], { keys, pagesByWorkers }: StartedModules, output: Output): Promise<void> {
  for (const [i, page] of pages.entries()) {
    // Thousands of pages in one go would keep this thread from handing the workers their next batches.
    if (i % 64 === 63) await new Promise<void>((resolve) => setImmediate(resolve));
    if (output.stale(page.path, hashOf(keys.get(page.module)!, page.context)) && !pagesByWorkers.has(page.module)) {
      output.made(page.path, page.render());
    }
  }
}

