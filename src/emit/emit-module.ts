/**
 * One module from input to the package's three files for it: the source
 * (ts-morph prints it, prettier formats it), and the JavaScript and
 * declarations compiled from that source. This is the task a worker runs.
 */
import { compileModule } from "./compile.js";
import { formatTypeScriptModules } from "./format.js";
import { modelModule } from "./model-module.js";
import type { ModuleInput } from "./module-input.js";

export interface EmittedModule {
  module: string;
  source: string;
  js: string;
  dts: string;
}

export function emitModules(inputs: readonly ModuleInput[], format: boolean): Promise<EmittedModule[]> {
  return compiledSources(
    inputs.map((input) => [input.module, modelModule(input)]),
    format,
  );
}

/** Formats and compiles modules whose raw text is already known (index modules, the runtime). */
export async function compiledSources(sources: ReadonlyArray<readonly [string, string]>, format: boolean): Promise<EmittedModule[]> {
  const raws = sources.map(([, raw]) => raw);
  const formatted = format ? await formatTypeScriptModules(raws) : raws;
  return sources.map(([module], i) => ({ module, source: formatted[i]!, ...compileModule(`${module}.ts`, formatted[i]!) }));
}
