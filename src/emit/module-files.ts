/**
 * The files of the package that hold a module: its source, its JavaScript
 * and its declarations. When the package is written whole, the thread that
 * emits a module writes them, and its docs page (pool/tasks.ts); otherwise
 * their text comes back to the emit stage (emit.ts).
 */
import type { Referrer } from "./docs.js";
import type { EmittedModule } from "./emit-module.js";
import type { ModuleInput } from "./module-input.js";

/** A module to emit, and where its thread writes the files, the docs page it makes with them. */
export interface ModuleWork {
  input: ModuleInput;
  page?: PageWork;
}

/** What a module's docs page shows besides the module's input (docs.ts, modelPage). */
export interface PageWork {
  packageName: string;
  referrers: Referrer[][];
}

export const moduleFiles = (module: string) => [`src/${module}.ts`, `dist/${module}.js`, `dist/${module}.d.ts`] as const;

/** Each file of an emitted module, with its content. */
export function emittedFiles({ module, source, js, dts }: EmittedModule): Array<[path: string, content: string]> {
  const [src, dist, declarations] = moduleFiles(module);
  return [
    [src, source],
    [dist, js],
    [declarations, dts],
  ];
}
