/**
 * mdspec's programmatic API: the whole pipeline (`generate`), or its stages
 * one by one for tools that want the data in between.
 */
export { buildModels, buildPackage, generate, parseSpecs, version } from "./generate.js";
export type { BuildPackageOptions, BuiltPackage, GenerateOptions, GenerateResult } from "./generate.js";
export { emitPackage } from "./emit/emit.js";
export type { EmitOptions, EmitResult } from "./emit/emit.js";
export { readSpecFiles } from "./read/specs-folder.js";
export type { SpecFile } from "./read/specs-folder.js";
export type { ResolvedModels } from "./resolve/resolve.js";
export type { SpecDocument } from "./parse/spec-document.js";
export type { Diagnostic, RuleId, Severity } from "./diagnostics/diagnostic.js";
export type * from "./ir/types.js";
