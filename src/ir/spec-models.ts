/**
 * One spec file, read through the parse and IR stages: the unit of work the
 * pool's workers do and the spec cache keeps.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { parseSpec } from "../parse/parse-spec.js";
import type { SpecFile } from "../read/specs-folder.js";
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
