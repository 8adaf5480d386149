/**
 * The whole pipeline as one call:
 * read specs → parse → IR → resolve → emit → write (or compare, for --check).
 * Stages hand each other plain data; only the first and last touch the disk.
 */
import { readFileSync } from "node:fs";
import { hasErrors, type Diagnostic } from "./diagnostics/diagnostic.js";
import { emitPackage } from "./emit/emit.js";
import { DEFAULT_NAMING, type DateHandling, type Naming, type OutputKind } from "./emit/options.js";
import { planPackage } from "./emit/plan.js";
import { modelsFromSpec } from "./ir/from-spec.js";
import type { Model } from "./ir/types.js";
import { parseSpec } from "./parse/parse-spec.js";
import type { SpecDocument } from "./parse/spec-document.js";
import { readSpecFiles, type SpecFile } from "./read/specs-folder.js";
import { resolveModels, type ResolvedModels } from "./resolve/resolve.js";
import { diffOutputFolder, writeOutputFolder } from "./write/output-folder.js";

export interface GenerateOptions {
  /** Folder of markdown specs. */
  specs: string;
  /** Folder the package is written to. */
  out: string;
  /** The package's name (default: the out folder's name). */
  packageName: string;
  /** Compare instead of writing. */
  check?: boolean;
  allowUnresolved?: boolean;
  /** Format output with prettier (default: true). */
  format?: boolean;
  /** The parts of the package to write (default: types, guards, validators, docs). */
  outputs?: readonly OutputKind[];
  /** Prefixes of the generated functions' names (default: `is`, `validate`, `assert`). */
  naming?: Naming;
  /** How dates are represented (default: `as-written`). */
  dates?: DateHandling;
  /**
   * Stops the run when aborted, up to the moment the output folder is
   * replaced; that step is never cut short, so the folder is either as it
   * was or complete.
   */
  signal?: AbortSignal;
}

export interface GenerateResult {
  diagnostics: Diagnostic[];
  /** Whether the run succeeded (no errors; with `check`, also no differences). */
  ok: boolean;
  /** Number of models in the package. */
  models: number;
  /** Files written (or, with `check`, the files that would change). */
  files: string[];
  /** With `check`: the files that differ from the output folder. */
  changed?: string[];
}

export const version: string = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
).version;

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

/** The options of `generate` that shape the package's content (not where it goes). */
export type BuildPackageOptions = Omit<GenerateOptions, "specs" | "out" | "check">;

export interface BuiltPackage {
  /** Every diagnostic, sorted by file and position. */
  diagnostics: Diagnostic[];
  /** The package's files (path inside it → content), or undefined when there are errors. */
  files: Map<string, string> | undefined;
  /** Number of models in the package. */
  models: number;
}

/**
 * Spec files in, the package's files out: every stage but the disk. Each
 * stage runs on what the one before could read, so one run reports every
 * error it can find; the package is emitted only when there are none.
 */
export async function buildPackage(specFiles: readonly SpecFile[], options: BuildPackageOptions): Promise<BuiltPackage> {
  const parsed = parseSpecs(specFiles);
  const built = buildModels(parsed.documents, {
    allowUnresolved: options.allowUnresolved ?? false,
    incomplete: filesWithErrors(parsed.diagnostics),
  });
  const naming = planPackage(built.resolved, options.naming ?? DEFAULT_NAMING).diagnostics;
  const diagnostics = sortDiagnostics([...parsed.diagnostics, ...built.diagnostics, ...naming]);
  if (hasErrors(diagnostics)) return { diagnostics, files: undefined, models: 0 };

  options.signal?.throwIfAborted();
  // Emit reports only the naming problems collected above, so its diagnostics are not added again.
  const emitted = await emitPackage(built.resolved, {
    packageName: options.packageName,
    generatorVersion: version,
    format: options.format ?? true,
    ...(options.outputs && { outputs: options.outputs }),
    ...(options.naming && { naming: options.naming }),
    ...(options.dates && { dates: options.dates }),
    ...(options.signal && { signal: options.signal }),
  });
  return { diagnostics, files: emitted.files, models: built.resolved.models.length };
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const { specs, out, check, ...build } = options;
  const { signal } = options;
  const built = await buildPackage(readSpecFiles(specs), build);
  const { diagnostics, files, models } = built;
  if (!files) return { diagnostics, ok: false, models: 0, files: [] };
  if (check) {
    const changed = diffOutputFolder(out, files);
    return { diagnostics, ok: changed.length === 0, models, files: changed, changed };
  }
  signal?.throwIfAborted();
  writeOutputFolder(out, files);
  return { diagnostics, ok: true, models, files: [...files.keys()] };
}

function filesWithErrors(diagnostics: readonly Diagnostic[]): Set<string> {
  return new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.file));
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => ("start" in d.at ? d.at.start : d.at);
  return [...diagnostics].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : key(a).line - key(b).line || key(a).column - key(b).column),
  );
}
