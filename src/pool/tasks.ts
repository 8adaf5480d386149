/**
 * The work a run spreads over threads, as plain functions over plain data:
 * the same functions run in-process for small runs and in the worker pool
 * for large ones, so the output cannot depend on where they ran.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { compiledSource, emitModule, type EmittedModule } from "../emit/emit-module.js";
import { formatMarkdown } from "../emit/format.js";
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
}

export function specModels({ file, bytes }: SpecFile): SpecModels {
  const parsed = parseSpec(file, bytes);
  const incomplete = parsed.diagnostics.some((d) => d.severity === "error");
  if (!parsed.document) return { file, models: [], diagnostics: parsed.diagnostics, incomplete };
  const meaning = modelsFromSpec(parsed.document);
  return { file, models: meaning.models, diagnostics: [...parsed.diagnostics, ...meaning.diagnostics], incomplete };
}

export type Task =
  | { kind: "specs"; files: SpecFile[] }
  | { kind: "modules"; inputs: ModuleInput[]; format: boolean }
  | { kind: "sources"; sources: Array<[string, string]>; format: boolean }
  | { kind: "pages"; pages: Array<[string, string]> };

export interface TaskResults {
  specs: SpecModels[];
  modules: EmittedModule[];
  sources: EmittedModule[];
  pages: Array<[string, string]>;
}

export async function runTask(task: Task): Promise<TaskResults[Task["kind"]]> {
  switch (task.kind) {
    case "specs":
      return task.files.map(specModels);
    case "modules": {
      const emitted: EmittedModule[] = [];
      for (const input of task.inputs) emitted.push(await emitModule(input, task.format));
      return emitted;
    }
    case "sources": {
      const emitted: EmittedModule[] = [];
      for (const [module, raw] of task.sources) emitted.push(await compiledSource(module, raw, task.format));
      return emitted;
    }
    case "pages": {
      const formatted: Array<[string, string]> = [];
      for (const [path, raw] of task.pages) formatted.push([path, await formatMarkdown(raw)]);
      return formatted;
    }
  }
}
