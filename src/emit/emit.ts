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
import { hashOf } from "../cache/hash.js";
import { hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import { withDateHandling } from "../ir/dates.js";
import { WorkPool } from "../pool/pool.js";
import type { ResolvedModels } from "../resolve/resolve.js";
import { docsPages } from "./docs.js";
import type { EmittedModule } from "./emit-module.js";
import { jsonSchemaFiles } from "./json-schema.js";
import { moduleInputs, type ModuleInput } from "./module-input.js";
import { DEFAULT_NAMING, DEFAULT_OUTPUTS, type DateHandling, type Naming, type OutputKind } from "./options.js";
import { indexModules, packageJson, tsconfigJson } from "./package-files.js";
import { planPackage } from "./plan.js";
import { RUNTIME_MODULE, VALIDATION_MODULE } from "./support-modules.js";

export interface EmitOptions {
  /** The generated package's name, as consumers import it. */
  packageName: string;
  /** The generator's version, recorded in the package. */
  generatorVersion: string;
  /** Format the TypeScript sources with prettier (default: true). The docs are written in their final form. */
  format?: boolean;
  /** The parts of the package to write (default: types, guards, validators, docs). Types are always written. */
  outputs?: readonly OutputKind[];
  /** Prefixes of the generated functions' names (default: `is`, `validate`, `assert`). */
  naming?: Naming;
  /** How dates are represented (default: `as-written`, as each spec's dialect implies). */
  dates?: DateHandling;
  /** Stops emitting when aborted. */
  signal?: AbortSignal;
}

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
}

const runtimeSource = readFileSync(new URL("../../templates/runtime.ts", import.meta.url), "utf8");
const validationSource = readFileSync(new URL("../../templates/validation.ts", import.meta.url), "utf8");

export async function emitPackage(resolved: ResolvedModels, options: EmitOptions): Promise<EmitResult> {
  const pool = new WorkPool({ threads: 1, ...(options.signal && { signal: options.signal }) });
  const emitted = await emitPackageFiles(resolved, options, { pool });
  return { files: emitted.files as Map<string, string>, diagnostics: emitted.diagnostics };
}

export interface IncrementalEmit {
  pool: WorkPool;
  /** The keys of the files already in the output folder. */
  previous?: ReadonlyMap<string, string>;
  /** Told how many of the modules to emit are done. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Takes each file as it is made; the result then lists only the files
   * kept as they are. A large package is so never held in memory whole.
   */
  write?: (path: string, content: string) => void;
}

export async function emitPackageFiles(
  resolved: ResolvedModels,
  options: EmitOptions,
  { pool, previous = new Map(), onProgress, write }: IncrementalEmit,
): Promise<EmittedFiles> {
  const models = withDateHandling(resolved.models, options.dates ?? "as-written");
  const { plan, diagnostics } = planPackage({ ...resolved, models }, options.naming ?? DEFAULT_NAMING);
  // A model the plan had to leave out may still be referenced: its package would not compile.
  if (hasErrors(diagnostics)) return { files: new Map(), keys: new Map(), diagnostics };
  const format = options.format ?? true;
  const outputs = new Set(options.outputs ?? DEFAULT_OUTPUTS);
  const parts = { guards: outputs.has("guards"), validators: outputs.has("validators") };
  const salt = JSON.stringify({ format, version: options.generatorVersion });

  const files = new Map<string, string | undefined>();
  const keys = new Map<string, string>();
  /** Records a file's key; true when its content must be made. */
  const stale = (path: string, key: string): boolean => {
    keys.set(path, key);
    const changed = previous.get(path) !== key;
    if (!changed) files.set(path, undefined);
    return changed;
  };
  const made = (path: string, content: string) => (write ? write(path, content) : files.set(path, content));
  const moduleFiles = (module: string) => [`src/${module}.ts`, `dist/${module}.js`, `dist/${module}.d.ts`];
  let emittedModules = 0;
  const setModule = ({ module, source, js, dts }: EmittedModule) => {
    const [src, dist, declarations] = moduleFiles(module) as [string, string, string];
    made(src, source);
    made(dist, js);
    made(declarations, dts);
  };

  const toEmit: ModuleInput[] = [];
  const moduleKeys = new Map<string, string>();
  for (const input of moduleInputs(plan, parts)) {
    const key = hashOf(JSON.stringify(input), salt);
    moduleKeys.set(input.module, key);
    if (moduleFiles(input.module).map((path) => stale(path, key)).some(Boolean)) toEmit.push(input);
  }
  const written: Array<[string, string]> = [...indexModules(plan, parts)];
  written.push([RUNTIME_MODULE, runtimeSource]);
  if (parts.validators) written.push([VALIDATION_MODULE, validationSource]);
  const rawModules: Array<[string, string]> = [];
  for (const [module, raw] of written) {
    const key = hashOf(raw, salt);
    if (moduleFiles(module).map((path) => stale(path, key)).some(Boolean)) rawModules.push([module, raw]);
  }
  options.signal?.throwIfAborted();
  // The workers emit the modules while this thread renders the rest.
  // Settled, never rejected: whatever fails here, nothing is left unhandled; the first failure is thrown below.
  const emitting = Promise.allSettled([
    pool.modules(toEmit, format, (emitted) => {
      setModule(emitted);
      onProgress?.(++emittedModules, toEmit.length);
    }),
    pool.sources(rawModules, format, setModule),
  ]);

  const plain = new Map<string, string>();
  if (outputs.has("docs")) {
    const docs = docsPages(plan, options.packageName);
    for (const [i, page] of docs.models.entries()) {
      // Thousands of pages in one go would keep this thread from handing the workers their next batches.
      if (i % 64 === 63) await new Promise<void>((resolve) => setImmediate(resolve));
      if (stale(page.path, hashOf(moduleKeys.get(page.module)!, page.context))) made(page.path, page.render());
    }
    plain.set("docs/index.md", docs.index);
  }
  if (outputs.has("json-schema")) for (const [path, text] of jsonSchemaFiles(plan)) plain.set(path, text);
  plain.set("package.json", packageJson(options.packageName, options.generatorVersion, outputs.has("json-schema")));
  plain.set("tsconfig.json", tsconfigJson());
  for (const [path, text] of plain) if (stale(path, hashOf(text))) made(path, text);

  for (const outcome of await emitting) if (outcome.status === "rejected") throw outcome.reason;

  const byPath = <T>(map: Map<string, T>) => new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { files: byPath(files), keys: byPath(keys), diagnostics };
}
