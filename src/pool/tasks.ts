/**
 * The work a run spreads over threads, as plain functions over plain data:
 * the same functions run in-process for small runs and in the worker pool
 * for large ones, so the output cannot depend on where they ran.
 *
 * Emitting needs ts-morph and prettier, which take most of a second to load;
 * they are loaded when a module is first emitted, so that a run which only
 * parses on this thread never pays for them.
 */
import { performance } from "node:perf_hooks";
import { contentHash } from "../base/hash.js";
import { diagnostic } from "../diagnostics/diagnostic.js";
import type { EmittedModule, WrittenModule } from "../emit/emit-module.js";
import { emittedFiles, type ModuleWork } from "../emit/module-files.js";
import { specModels, type SpecModels } from "../ir/spec-models.js";
import { specFileOf, type SpecFile, type SpecSource } from "../read/specs-folder.js";
import { writeBelow } from "../write/output-folder.js";

export type Task =
  | { kind: "specs"; files: SpecSource[] }
  | { kind: "modules"; work: ModuleWork[]; format: boolean; writeTo?: string }
  | { kind: "sources"; sources: Array<[string, string]>; format: boolean };

export interface TaskResults {
  specs: ParsedSpec[];
  modules: Array<EmittedModule | WrittenModule>;
  sources: EmittedModule[];
}

/**
 * What a spec means, with the hash of the bytes it was made from: a spec
 * read again where it is parsed may have changed since its run listed it,
 * and its meaning is cached under what was parsed.
 */
export interface ParsedSpec {
  /** Undefined where the file could not be read: there is nothing to key its meaning by. */
  hash?: string;
  meaning: SpecModels;
}

/** Reads a spec where its bytes are not in hand, and parses it; a file that cannot be read is reported at the file. */
export function parsedSpec(source: SpecSource): ParsedSpec {
  let spec: SpecFile;
  try {
    spec = specFileOf(source);
  } catch (error) {
    const message = `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    const diagnostics = [diagnostic(source.file, "unreadable-file", message, { line: 1, column: 1 })];
    return { meaning: { file: source.file, models: [], diagnostics, incomplete: true } };
  }
  return { hash: contentHash(spec.bytes), meaning: specModels(spec) };
}

type Emitter = typeof import("../emit/emit-module.js");

const loadEmitter = (): Promise<Emitter> => import("../emit/emit-module.js");

/** Runs a task; `emitter` hands over the emitter where it is already loaded (a worker loads it as it starts). */
export async function runTask(task: Task, emitter: () => Promise<Emitter> = loadEmitter): Promise<TaskResults[Task["kind"]]> {
  switch (task.kind) {
    case "specs":
      return task.files.map(parsedSpec);
    case "modules": {
      const { emitModules, modelPage } = await emitter();
      const emitted = await emitModules(
        task.work.map(({ input }) => input),
        task.format,
      );
      const folder = task.writeTo;
      if (folder === undefined) return emitted;
      // Folders made for this task only: the next run may write to a new folder at the same path.
      const made = new Set<string>();
      return emitted.map((module, i) => {
        const { input, page } = task.work[i]!;
        const files = emittedFiles(module);
        if (page) {
          const docs = modelPage(input, page.referrers, page.packageName);
          files.push([docs.path, docs.render()]);
        }
        return written(module, files, folder, made);
      });
    }
    case "sources":
      return (await emitter()).compiledSources(task.sources, task.format);
  }
}

/**
 * Writes a module's files below `folder`, where the package is being
 * written: their text then never travels back to the thread that asked for
 * it, which on a large package kept that thread's heap growing.
 */
function written(module: EmittedModule, files: ReadonlyArray<[path: string, content: string]>, folder: string, made: Set<string>): WrittenModule {
  const start = performance.now();
  for (const [path, content] of files) writeBelow(folder, path, content, made);
  return { module: module.module, written: files.length, timings: { ...module.timings, write: performance.now() - start } };
}
