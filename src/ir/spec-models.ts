/**
 * One spec file, read through the parse and IR stages: the unit of work the
 * pool's workers do and the spec cache keeps.
 */
import { contentHash } from "../base/hash.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { parseSpec } from "../parse/parse-spec.js";
import { specFileOf, type SpecFile, type SpecSource } from "../read/specs-folder.js";
import { modelsFromSpec } from "./from-spec.js";
import type { Model } from "./types.js";

/** What one spec file means: its models, and what is wrong with it. */
export interface SpecModels {
  file: string;
  models: Model[];
  diagnostics: Diagnostic[];
  /** Whether parsing failed, so the file's models may be missing. */
  incomplete: boolean;
  /** Set for markdown that is not a model spec (an operation page, an index): skipped. */
  notAModel?: true;
}

export function specModels({ file, bytes }: SpecFile): SpecModels {
  const parsed = parseSpec(file, bytes);
  const incomplete = parsed.diagnostics.some((d) => d.severity === "error");
  if (parsed.notAModel) return { file, models: [], diagnostics: [], incomplete: false, notAModel: true };
  if (!parsed.document) return { file, models: [], diagnostics: parsed.diagnostics, incomplete };
  const meaning = modelsFromSpec(parsed.document);
  return { file, models: meaning.models, diagnostics: [...parsed.diagnostics, ...meaning.diagnostics], incomplete };
}

/**
 * What a spec means, with the hash of the bytes it was made from: a spec
 * read again where it is parsed may have changed since its run listed it,
 * and its meaning is cached under what was parsed.
 */
export interface ParsedSpec {
  /** Undefined where the file could not be read: there is nothing to key its meaning by. */
  hash?: string;
  meaning: SpecModels;
}

export function parsedSpec(source: SpecSource): ParsedSpec {
  let spec: SpecFile;
  try {
    spec = specFileOf(source);
  } catch (error) {
    const message = `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    const diagnostics = [diagnostic(source.file, "unreadable-file", message, { line: 1, column: 1 })];
    return { meaning: { file: source.file, models: [], diagnostics, incomplete: true } };
  }
  return { hash: contentHash(spec.bytes), meaning: specModels(spec) };
}
