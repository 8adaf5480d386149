/**
 * The work a run spreads over threads, as plain functions over plain data:
 * the same functions run in-process for small runs and in the worker pool
 * for large ones, so the output cannot depend on where they ran.
 *
 * Emitting needs ts-morph and prettier, which take most of a second to load;
 * they are loaded when a module is first emitted, so that a run which only
 * parses on this thread never pays for them.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { EmittedModule } from "../emit/emit-module.js";
import type { ModuleInput } from "../emit/module-input.js";
import { modelsFromSpec } from "../ir/from-spec.js";
import type { Model } from "../ir/types.js";
import { parseSpec } from "../parse/parse-spec.js";
import type { SpecFile } from "../read/specs-folder.js";

/** What one spec file means: its models, and what is wrong with it. */
export interface SpecModels {
  file: string;
  models: Model[];
  diagnostics: Diagnostic[];
  /** Whether parsing failed, so the file's models may be missing. */
  incomplete: boolean;
  /** Set for markdown that is not a model spec (an operation page, an index): skipped. */
  notAModel?: true;
}

export function specModels({ file, bytes }: SpecFile): SpecModels {
  const parsed = parseSpec(file, bytes);
  const incomplete = parsed.diagnostics.some((d) => d.severity === "error");
  if (parsed.notAModel) return { file, models: [], diagnostics: [], incomplete: false, notAModel: true };
  if (!parsed.document) return { file, models: [], diagnostics: parsed.diagnostics, incomplete };
  const meaning = modelsFromSpec(parsed.document);
  return { file, models: meaning.models, diagnostics: [...parsed.diagnostics, ...meaning.diagnostics], incomplete };
}

export type Task =
  | { kind: "specs"; files: SpecFile[] }
  | { kind: "modules"; inputs: ModuleInput[]; format: boolean }
  | { kind: "sources"; sources: Array<[string, string]>; format: boolean };

export interface TaskResults {
  specs: SpecModels[];
  modules: EmittedModule[];
  sources: EmittedModule[];
}

type Emitter = typeof import("../emit/emit-module.js");

const loadEmitter = (): Promise<Emitter> => import("../emit/emit-module.js");

/** Runs a task; `emitter` hands over the emitter where it is already loaded (a worker loads it as it starts). */
export async function runTask(task: Task, emitter: () => Promise<Emitter> = loadEmitter): Promise<TaskResults[Task["kind"]]> {
  switch (task.kind) {
    case "specs":
      return task.files.map(specModels);
    case "modules": {
      const { emitModule } = await emitter();
      const emitted: EmittedModule[] = [];
      for (const input of task.inputs) emitted.push(await emitModule(input, task.format));
      return emitted;
    }
    case "sources": {
      const { compiledSource } = await emitter();
      const emitted: EmittedModule[] = [];
      for (const [module, raw] of task.sources) emitted.push(await compiledSource(module, raw, task.format));
      return emitted;
    }
  }
}
