/**
 * V8's code cache for the large CommonJS bundles a run loads: ts-morph, and
 * the TypeScript compiler it bundles (9 MB), take a run after a one-spec edit
 * more time to compile than the run spends on its work. A cache made after a
 * run has used them holds the code of every function it ran, so the next
 * run starts with that code compiled.
 *
 * Node 22.1 and later keep such a cache for every module themselves
 * (`module.enableCompileCache`); there that is what is used. On older Node,
 * `requireBundle` loads the named bundles through `vm.Script` with the cache
 * and puts them in `require.cache`, where Node's own `require` finds them.
 * The cache is only ever a shortcut: anything amiss (no cache yet, a cache
 * V8 rejects, a layout this does not expect) loads the bundle as usual.
 *
 * The command line enables it for its process (it changes how modules load,
 * which is not the API's to decide for the program that calls it), and saves
 * it when a run is done.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { constants, Script } from "node:vm";
import { hashOf } from "./hash.js";

/** Where this thread keeps the cache; undefined until a run enables it. */
let cacheFolder: string | undefined;

/** Scripts compiled without a usable cache, to save, by the file their cache goes to. */
const toCache = new Map<string, { key: string; script: Script; bundle: string }>();

/** Node's own compile cache, where it has one (22.1 and later; flushing it, 22.10). */
const nodeCache = Module as { enableCompileCache?: (folder: string) => unknown; flushCompileCache?: () => void };

/** Keeps V8's compiled code of the bundles this thread loads from here on in `folder`. */
export function enableCodeCache(folder: string): void {
  cacheFolder = folder;
  nodeCache.enableCompileCache?.(folder);
}

/** The folder this thread keeps its code cache in, if it keeps one: a worker it starts keeps its own there. */
export function codeCacheFolder(): string | undefined {
  return cacheFolder;
}

/**
 * `require(specifier)` from the module at `from` (its `import.meta.url`),
 * with the package's main file and the `bundled` files it requires (named
 * as `require` resolves them from the main file) loaded through the cache.
 */
export function requireBundle(from: string, specifier: string, bundled: readonly string[] = []): unknown {
  const require = createRequire(from);
  // Node's own cache, where it has one, loads every module through it.
  if (cacheFolder !== undefined && !nodeCache.enableCompileCache) {
    try {
      const main = require.resolve(specifier);
      const fromMain = createRequire(main);
      for (const file of [...bundled.map((name) => fromMain.resolve(name)), main]) loadCached(require, file, cacheFolder);
    } catch {
      // A package laid out otherwise than expected is loaded as usual, below.
    }
  }
  return require(specifier);
}

/** Runs a CommonJS file as Node's loader would, from the cache where it has the file's code, and registers it. */
function loadCached(require: NodeJS.Require, file: string, folder: string): void {
  if (require.cache[file]) return;
  const stat = statSync(file);
  // The file as it is on this disk (a reinstall makes a new file) and the Node that compiles it.
  const key = hashOf(file, String(stat.size), String(stat.mtimeMs), String(stat.ctimeMs), String(stat.ino), process.version, process.arch);
  const bundle = basename(file);
  const store = join(folder, `${bundle}-${hashOf(file).slice(0, 12)}.v8`);
  const cached = readCache(store, key);
  const source = readFileSync(file, "utf8").replace(/^#!.*/u, "");
  // Node's module wrapper: the function Node's loader makes of a CommonJS file.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, {
    filename: file,
    ...(cached && { cachedData: cached }),
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (!cached || script.cachedDataRejected) toCache.set(store, { key, script, bundle });
  const module = new Module(file);
  module.filename = file;
  const requireHere = createRequire(file);
  module.paths = requireHere.resolve.paths("") ?? [];
  require.cache[file] = module;
  try {
    (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, requireHere, module, file, dirname(file));
    module.loaded = true;
  } catch (error) {
    delete require.cache[file];
    toCache.delete(store);
    throw error;
  }
}

/**
 * The cached code in `store` if it was made for `key`, by this user: V8
 * runs what a cache holds, so one that someone else could have written (in
 * a shared folder such as /tmp) is not used.
 */
function readCache(store: string, key: string): Buffer | undefined {
  try {
    const { uid, mode } = statSync(store);
    if (process.getuid && (uid !== process.getuid() || (mode & 0o022) !== 0)) return undefined;
    const bytes = readFileSync(store);
    const newline = bytes.indexOf(10);
    return newline > 0 && bytes.subarray(0, newline).toString("latin1") === key ? bytes.subarray(newline + 1) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Saves the code of the bundles loaded without a usable cache, as it is
 * now: every function the run called is compiled. Each file is written
 * whole or not at all, so a run that reads one finds the old or the new.
 */
export function saveCodeCache(): void {
  nodeCache.flushCompileCache?.();
  for (const [store, { key, script, bundle }] of toCache) {
    const temporary = `${store}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(store), { recursive: true });
      writeFileSync(temporary, Buffer.concat([Buffer.from(`${key}\n`, "latin1"), script.createCachedData()]), { mode: 0o644 });
      renameSync(temporary, store);
      removeOthers(store, bundle);
    } catch {
      rmSync(temporary, { force: true });
    }
  }
  toCache.clear();
}

/** Removes the caches of the bundle's copies at other paths: an install elsewhere (pnpm's folders carry the version) leaves them. */
function removeOthers(store: string, bundle: string): void {
  const folder = dirname(store);
  for (const other of readdirSync(folder)) {
    if (other !== basename(store) && other.startsWith(`${bundle}-`) && other.endsWith(".v8")) rmSync(join(folder, other), { force: true });
  }
}
