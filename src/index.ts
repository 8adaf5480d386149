/**
 * mdspec's programmatic API: the whole pipeline (`generate`), or its stages
 * one by one for tools that want the data in between (`readSpecFiles` →
 * `parseSpecs` → `buildModels` → `emit`).
 */
export { buildPackage, generate } from "./run/generate.js";
export { version } from "./run/options.js";
export { buildModels, emitPackage, emitPackage as emit, parseSpecs } from "./run/stages.js";
export type { BuildPackageOptions, BuiltPackage, GenerateOptions, GenerateResult } from "./run/options.js";
export type { EmitOptions, EmitResult } from "./emit/emit.js";
export { DATE_HANDLINGS, DEFAULT_NAMING, DEFAULT_OUTPUTS, OUTPUT_KINDS } from "./emit/options.js";
export type { DateHandling, Naming, OutputKind } from "./emit/options.js";
export { defineConfig } from "./config/config.js";
export type { MdspecConfig } from "./config/config.js";
export { readSpecFiles } from "./read/specs-folder.js";
export type { SpecFile } from "./read/specs-folder.js";
export type { ResolvedModels } from "./resolve/resolve.js";
export type { SpecDocument } from "./parse/document.js";
export type { Diagnostic, RuleId, Severity } from "./diagnostics/diagnostic.js";
export type * from "./ir/types.js";
