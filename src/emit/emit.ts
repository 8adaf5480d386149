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
import { withDateHandling } from "../ir/dates.js";
import { formatMarkdown, formatTypeScript } from "./format.js";
import { jsonSchemaFiles } from "./json-schema.js";
import { modelModule, RUNTIME_MODULE } from "./model-module.js";
import { DEFAULT_NAMING, DEFAULT_OUTPUTS, type DateHandling, type Naming, type OutputKind } from "./options.js";
import { indexModules, packageJson, tsconfigJson } from "./package-files.js";
import { planPackage } from "./plan.js";
import { VALIDATION_MODULE } from "./validators.js";

export interface EmitOptions {
  /** The generated package's name, as consumers import it. */
  packageName: string;
  /** The generator's version, recorded in the package. */
  generatorVersion: string;
  /** Format sources and docs with prettier (default: true). */
  format?: boolean;
  /** The parts of the package to write (default: types, guards, validators, docs). Types are always written. */
  outputs?: readonly OutputKind[];
  /** Prefixes of the generated functions' names (default: `is`, `validate`, `assert`). */
  naming?: Naming;
  /** How dates are represented (default: `as-written`, as each spec's dialect implies). */
  dates?: DateHandling;
  /** Stops emitting when aborted. */
  signal?: AbortSignal;
}

export interface EmitResult {
  /** Path inside the package, with `/` separators → file content. Sorted by path. */
  files: Map<string, string>;
  diagnostics: Diagnostic[];
}

const runtimeSource = readFileSync(new URL("../../templates/runtime.ts", import.meta.url), "utf8");
const validationSource = readFileSync(new URL("../../templates/validation.ts", import.meta.url), "utf8");

export async function emitPackage(resolved: ResolvedModels, options: EmitOptions): Promise<EmitResult> {
  const models = withDateHandling(resolved.models, options.dates ?? "as-written");
  const { plan, diagnostics } = planPackage({ ...resolved, models }, options.naming ?? DEFAULT_NAMING);
  // A model the plan had to leave out may still be referenced: its package would not compile.
  if (hasErrors(diagnostics)) return { files: new Map(), diagnostics };
  const shouldFormat = options.format ?? true;
  const outputs = new Set(options.outputs ?? DEFAULT_OUTPUTS);
  const parts = { guards: outputs.has("guards"), validators: outputs.has("validators") };

  const sources = new Map<string, string>();
  for (const [module, declared] of plan.modules) sources.set(module, modelModule(module, declared, plan, parts));
  for (const [module, text] of indexModules(plan, parts)) sources.set(module, text);
  sources.set(RUNTIME_MODULE, runtimeSource);
  if (parts.validators) sources.set(VALIDATION_MODULE, validationSource);

  const files = new Map<string, string>();
  for (const [module, raw] of sources) {
    options.signal?.throwIfAborted();
    const source = shouldFormat ? await formatTypeScript(raw) : raw;
    const { js, dts } = compileModule(`${module}.ts`, source);
    files.set(`src/${module}.ts`, source);
    files.set(`dist/${module}.js`, js);
    files.set(`dist/${module}.d.ts`, dts);
  }
  if (outputs.has("docs")) {
    for (const [page, raw] of docsPages(plan, options.packageName)) {
      files.set(page, shouldFormat ? await formatMarkdown(raw) : raw);
    }
  }
  if (outputs.has("json-schema")) {
    for (const [path, text] of jsonSchemaFiles(plan)) files.set(path, text);
  }
  files.set("package.json", packageJson(options.packageName, options.generatorVersion, outputs.has("json-schema")));
  files.set("tsconfig.json", tsconfigJson());

  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), diagnostics };
}
