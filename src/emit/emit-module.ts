/**
 * One module from input to the package's three files for it: the source
 * (ts-morph prints it, prettier formats it), and the JavaScript and
 * declarations compiled from that source. This is the task a worker runs.
 */
import { performance } from "node:perf_hooks";
import type { ModuleTimings } from "../base/timings.js";
import { compileModule } from "./compile.js";
import { formatTypeScriptModules } from "./format.js";
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

export function emitModules(inputs: readonly ModuleInput[], format: boolean): Promise<EmittedModule[]> {
  return compiledSources(
    inputs.map((input): [string, string] => [input.module, modelModule(input)]),
    format,
  );
}

/** Formats and compiles modules whose raw text is already known (index modules, the runtime). */
export async function compiledSources(sources: ReadonlyArray<readonly [string, string]>, format: boolean): Promise<EmittedModule[]> {
  const raws = sources.map(([, raw]) => raw);
  const start = performance.now();
  const formatted = format ? await formatTypeScriptModules(raws) : raws;
  const formatMs = (performance.now() - start) / sources.length;
  return sources.map(([module], i) => {
    const compileStart = performance.now();
    const compiled = compileModule(`${module}.ts`, formatted[i]!);
    const timings = { format: formatMs, compile: performance.now() - compileStart, write: 0 };
    return { module, source: formatted[i]!, ...compiled, timings };
  });
}
