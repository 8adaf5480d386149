/**
 * The stages of the pipeline as API calls, for tools that want the parsed
 * documents or the linked models without a package: parse, then give the
 * documents their meaning and link their references, then emit.
 */
import { realpathSync } from "node:fs";
import { allowingUnresolved, type Diagnostic } from "../diagnostics/diagnostic.js";
import { emitPackageFiles, type EmitResult } from "../emit/emit.js";
import { emitSettings, type EmitOptions } from "../emit/options.js";
import { modelsFromSpec } from "../ir/from-spec.js";
import type { Model } from "../ir/types.js";
import { parseSpec } from "../parse/parse-spec.js";
import type { SpecDocument } from "../parse/document.js";
import { WorkPool } from "../pool/pool.js";
import type { SpecFile } from "../read/specs-folder.js";
import { resolveModels, type ResolvedModels } from "../resolve/resolve.js";

/**
 * Parses spec files into documents; also the first step of `generate`.
 * `pages` lists the files that are markdown but not model specs (operation
 * pages, indexes, READMEs), which have no document.
 */
export function parseSpecs(
  files: readonly SpecFile[],
  options: { allowUnresolved?: boolean } = {},
): { documents: SpecDocument[]; pages: string[]; diagnostics: Diagnostic[] } {
  const documents: SpecDocument[] = [];
  const pages: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { file, bytes } of files) {
    const result = parseSpec(file, bytes);
    diagnostics.push(...allowed(result.diagnostics, options.allowUnresolved));
    if (result.document) documents.push(result.document);
    if (result.notAModel) pages.push(file);
  }
  return { documents, pages, diagnostics };
}

export interface BuildModelsOptions {
  /**
   * The specs folder the documents were read from: links that climb out of
   * it and back in (`../models/x.md` from docs/models/) resolve only when it
   * is given.
   */
  root?: string;
  /** Files that are not model specs (from parseSpecs), so that a link to one is reported as such. */
  pages?: readonly string[];
  /** Type unresolved references, unknown type names and unreadable types as unknown, with a warning. */
  allowUnresolved?: boolean;
  /** Spec files whose models may be missing because they could not be read: a link into one is not reported again. */
  incomplete?: ReadonlySet<string>;
}

/** Gives parsed documents their meaning and links their references. */
export function buildModels(
  documents: readonly SpecDocument[],
  options: BuildModelsOptions = {},
): { resolved: ResolvedModels; diagnostics: Diagnostic[] } {
  const models: Model[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const document of documents) {
    const result = modelsFromSpec(document);
    models.push(...result.models);
    diagnostics.push(...allowed(result.diagnostics, options.allowUnresolved));
  }
  const { resolved, diagnostics: resolveDiagnostics } = resolveModels(models, {
    allowUnresolved: options.allowUnresolved ?? false,
    ...(options.root !== undefined && { root: realpathSync.native(options.root) }),
    ...(options.pages && { pages: new Set(options.pages) }),
    ...(options.incomplete && { incomplete: options.incomplete }),
  });
  return { resolved, diagnostics: [...diagnostics, ...resolveDiagnostics] };
}

/** The diagnostics as a run that allows what cannot be resolved or read (--allow-unresolved) reports them. */
function allowed(diagnostics: readonly Diagnostic[], allowUnresolved = false): readonly Diagnostic[] {
  return allowUnresolved ? diagnostics.map(allowingUnresolved) : diagnostics;
}

/** The package's files for linked models (from buildModels), in memory: nothing is written. */
export async function emitPackage(resolved: ResolvedModels, given: EmitOptions): Promise<EmitResult> {
  const settings = emitSettings(given);
  const pool = new WorkPool({ threads: 1, ...(settings.signal && { signal: settings.signal }) });
  try {
    const emitted = await emitPackageFiles(resolved, settings, { pool });
    return { files: emitted.files as Map<string, string>, diagnostics: emitted.diagnostics };
  } finally {
    await pool.close();
  }
}
