/**
 * The emit stage: resolved models in, the generated package's files out
 * (path inside the package → content). Sources go to src/, what Node and
 * TypeScript load to dist/, reference docs to docs/.
 */
import { readFileSync } from "node:fs";
import { hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { ResolvedModels } from "../resolve/resolve.js";
import { compileModule } from "./compile.js";
import { docsPages } from "./docs.js";
import { formatMarkdown, formatTypeScript } from "./format.js";
import { modelModule, RUNTIME_MODULE } from "./model-module.js";
import { indexModules, packageJson, tsconfigJson } from "./package-files.js";
import { planPackage } from "./plan.js";

export interface EmitOptions {
  /** The generated package's name, as consumers import it. */
  packageName: string;
  /** The generator's version, recorded in the package. */
  generatorVersion: string;
  /** Format sources and docs with prettier (default: true). */
  format?: boolean;
  /** Stops emitting when aborted. */
  signal?: AbortSignal;
}

export interface EmitResult {
  /** Path inside the package, with `/` separators → file content. Sorted by path. */
  files: Map<string, string>;
  diagnostics: Diagnostic[];
}

const runtimeSource = readFileSync(new URL("../../templates/runtime.ts", import.meta.url), "utf8");

export async function emitPackage(resolved: ResolvedModels, options: EmitOptions): Promise<EmitResult> {
  const { plan, diagnostics } = planPackage(resolved);
  // A model the plan had to leave out may still be referenced: its package would not compile.
  if (hasErrors(diagnostics)) return { files: new Map(), diagnostics };
  const shouldFormat = options.format ?? true;

  const sources = new Map<string, string>();
  for (const [module, declared] of plan.modules) sources.set(module, modelModule(module, declared, plan));
  for (const [module, text] of indexModules(plan)) sources.set(module, text);
  sources.set(RUNTIME_MODULE, runtimeSource);

  const files = new Map<string, string>();
  for (const [module, raw] of sources) {
    options.signal?.throwIfAborted();
    const source = shouldFormat ? await formatTypeScript(raw) : raw;
    const { js, dts } = compileModule(`${module}.ts`, source);
    files.set(`src/${module}.ts`, source);
    files.set(`dist/${module}.js`, js);
    files.set(`dist/${module}.d.ts`, dts);
  }
  for (const [page, raw] of docsPages(plan, options.packageName)) {
    files.set(page, shouldFormat ? await formatMarkdown(raw) : raw);
  }
  files.set("package.json", packageJson(options.packageName, options.generatorVersion));
  files.set("tsconfig.json", tsconfigJson());

  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), diagnostics };
}
