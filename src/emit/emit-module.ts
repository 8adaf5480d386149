/**
 * One module from input to the package's three files for it: the source
 * (ts-morph prints it, prettier formats it), and the JavaScript and
 * declarations compiled from that source. This is the task a worker runs.
 */
import { compileModule } from "./compile.js";
import { formatTypeScript } from "./format.js";
import { modelModule } from "./model-module.js";
import type { ModuleInput } from "./module-input.js";

export interface EmittedModule {
  module: string;
  source: string;
  js: string;
  dts: string;
}

export async function emitModule(input: ModuleInput, format: boolean): Promise<EmittedModule> {
  return compiledSource(input.module, modelModule(input), format);
}

/** Formats and compiles a module whose raw text is already known (index modules, the runtime). */
export async function compiledSource(module: string, raw: string, format: boolean): Promise<EmittedModule> {
  const source = format ? await formatTypeScript(raw) : raw;
  return { module, source, ...compileModule(`${module}.ts`, source) };
}
