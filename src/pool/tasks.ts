/**
 * The work a run spreads over threads, as plain functions over plain data:
 * the same functions run in-process for small runs and in the worker pool
 * for large ones, so the output cannot depend on where they ran.
 *
 * Emitting needs ts-morph and prettier, which take most of a second to load;
 * they are loaded when a module is first emitted, so that a run which only
 * parses on this thread never pays for them.
 */
import type { EmittedModule } from "../emit/emit-module.js";
import type { ModuleInput } from "../emit/module-input.js";
import { specModels, type SpecModels } from "../ir/spec-models.js";
import type { SpecFile } from "../read/specs-folder.js";

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
    case "modules":
      return (await emitter()).emitModules(task.inputs, task.format);
    case "sources":
      return (await emitter()).compiledSources(task.sources, task.format);
  }
}
