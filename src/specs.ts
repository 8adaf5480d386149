/**
 * The first stages of the pipeline as API calls, for tools that want the
 * parsed documents or the linked models without a package: parse, then give
 * the documents their meaning and link their references.
 */
import type { Diagnostic } from "./diagnostics/diagnostic.js";
import { modelsFromSpec } from "./ir/from-spec.js";
import type { Model } from "./ir/types.js";
import { parseSpec } from "./parse/parse-spec.js";
import type { SpecDocument } from "./parse/spec-document.js";
import type { SpecFile } from "./read/specs-folder.js";
import { resolveModels, type ResolvedModels } from "./resolve/resolve.js";

/** Parses spec files into documents; also the first step of `generate`. */
export function parseSpecs(files: readonly SpecFile[]): { documents: SpecDocument[]; diagnostics: Diagnostic[] } {
  const documents: SpecDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { file, bytes } of files) {
    const result = parseSpec(file, bytes);
    diagnostics.push(...result.diagnostics);
    if (result.document) documents.push(result.document);
  }
  return { documents, diagnostics };
}

/**
 * Gives parsed documents their meaning and links their references.
 * `incomplete` names spec files whose models may be missing because they
 * could not be read: a link into one of them is not reported again.
 */
export function buildModels(
  documents: readonly SpecDocument[],
  options: { allowUnresolved?: boolean; incomplete?: ReadonlySet<string> } = {},
): { resolved: ResolvedModels; diagnostics: Diagnostic[] } {
  const models: Model[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const document of documents) {
    const result = modelsFromSpec(document);
    models.push(...result.models);
    diagnostics.push(...result.diagnostics);
  }
  const { resolved, diagnostics: resolveDiagnostics } = resolveModels(models, {
    allowUnresolved: options.allowUnresolved ?? false,
    ...(options.incomplete && { incomplete: options.incomplete }),
  });
  return { resolved, diagnostics: [...diagnostics, ...resolveDiagnostics] };
}


