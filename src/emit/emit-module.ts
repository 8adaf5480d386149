/**
 * One module from input to the package's three files for it: the source
 * (ts-morph prints it, in prettier's layout where it can; prettier formats
 * the rest), and the JavaScript and declarations compiled from that source.
 * This is the task a worker runs.
 */
import { performance } from "node:perf_hooks";
import { isMainThread } from "node:worker_threads";
import type { ModuleTimings } from "../base/timings.js";
import { compileModule } from "./compile.js";
import { formatModuleParts, formatTypeScriptModules, joinParts } from "./format.js";
import { modelModule } from "./model-module.js";
import type { ModuleInput } from "./module-input.js";

/** A module's docs page, which the thread that emits the module makes where it writes the module's files. */
export { modelPage } from "./docs.js";

export interface EmittedModule {
  module: string;
  source: string;
  js: string;
  dts: string;
  /** Where the module's time went, in the thread that emitted it. */
  timings: ModuleTimings;
}

/** A module whose files the thread that emitted it wrote to the package's folder itself (module-files.ts). */
export interface WrittenModule {
  module: string;
  /** How many files the thread wrote. */
  written: number;
  timings: ModuleTimings;
}

export async function emitModules(inputs: readonly ModuleInput[], format: boolean): Promise<EmittedModule[]> {
  const parts = inputs.map(modelModule);
  const start = performance.now();
  const sources = format ? await formatModuleParts(parts) : parts.map(joinParts);
  return compiled(
    inputs.map((input, i) => [input.module, sources[i]!]),
    (performance.now() - start) / inputs.length,
  );
}

/** Formats and compiles modules whose raw text is already known (index modules, the runtime). */
export async function compiledSources(sources: ReadonlyArray<readonly [string, string]>, format: boolean): Promise<EmittedModule[]> {
  const start = performance.now();
  const formatted = format ? await formatTypeScriptModules(sources.map(([, raw]) => raw)) : undefined;
  return compiled(
    formatted ? sources.map(([module], i) => [module, formatted[i]!]) : sources,
    (performance.now() - start) / sources.length,
  );
}

/** Each module with its source, compiled; `formatMs` is what formatting took a module. */
function compiled(sources: ReadonlyArray<readonly [string, string]>, formatMs: number): EmittedModule[] {
  return sources.map(([module, source]) => {
    const compileStart = performance.now();
    const compiledModule = compileModule(`${module}.ts`, source);
    const timings = { format: formatMs, compile: performance.now() - compileStart, write: 0, inWorker: !isMainThread };
    return { module, source, ...compiledModule, timings };
  });
}
