/**
 * A run after a few specs were edited. When the rest of the package reads
 * nothing of those specs that changed (their outlines, ir/outline.ts), it
 * is exactly as the last run left it: this run parses the edited specs,
 * lays out their modules again from the last run's plan (cache/plan-cache.ts)
 * and remakes those modules' files, without reading, resolving or planning
 * the other specs again. Where that cannot be shown, it declines, and the
 * run goes the whole way (generate.ts).
 *
 * generate.ts comes here only when the output folder is the package of the
 * run that recorded the plan, with the same settings and spec files. This
 * run declines when an edited spec has or had diagnostics, when its outline
 * changed, or when the package has JSON Schemas.
 */
import type { Timings } from "../base/timings.js";
import type { PlanCache } from "../cache/plan-cache.js";
import type { PlannedModule } from "../emit/emit.js";
import { moduleParts } from "../emit/options.js";
import { replanModule } from "../emit/replan.js";
import { outlinesKey } from "../ir/outline.js";
import type { GenerateResult, Progress, RunSettings } from "./options.js";
import type { WorkPool } from "../pool/pool.js";
import type { ListedSpec } from "../read/specs-folder.js";
import { MANIFEST_FILE, type StoredManifest } from "../write/manifest.js";
import { updateOutputFolder } from "../write/update-folder.js";

export interface EditRun {
  out: string;
  listed: readonly ListedSpec[];
  /** The indices of the specs whose bytes are not as the plan has them; the plan lists the same files in the same order. */
  edited: readonly number[];
  runKey: string;
  settingsKey: string;
  /** The output folder's manifest. */
  previous: StoredManifest;
  /** The plan of the package in the output folder, made with the same settings. */
  plans: PlanCache;
  pool: WorkPool;
  settings: RunSettings;
  timings: Timings;
  onProgress?: (progress: Progress) => void;
}

/** The run's result, or undefined where it declines. */
export async function editRun(run: EditRun): Promise<Omit<GenerateResult, "skipped"> | undefined> {
  const { previous, plans, settings, timings } = run;
  const edited = run.edited.map((at) => ({ spec: run.listed[at]!, at }));
  const records = edited.map(({ at }) => plans.record(at));
  if (records.some((record) => !record)) return undefined;
  // The rest of the package reads nothing of a spec that has a diagnostic, so none may have one.
  const editedFiles = new Set(edited.map(({ spec }) => spec.file));
  if (previous.warnings.some((warning) => editedFiles.has(warning.file))) return undefined;

  const outputs = settings.emit;
  // JSON Schemas are numbered across the package, so they are made for the whole package only.
  if (outputs.includes("json-schema")) return undefined;
  // The docs index shows every model's summary: an edit may change it.
  const index = outputs.includes("docs") ? plans.indexParts() : undefined;
  if (outputs.includes("docs") && !index) return undefined;

  const parsed = await timings.timeAsync("parse", edited.length, () =>
    run.pool.specs(
      edited.map(({ spec }) => spec),
      (done) => run.onProgress?.({ phase: "parse", done, total: edited.length }),
    ),
  );
  const replan = { naming: settings.naming, parts: moduleParts(outputs), dates: settings.dates };
  const modules: PlannedModule[] = [];
  for (const [i, { meaning: { models, diagnostics } }] of parsed.entries()) {
    const record = records[i]!;
    if (diagnostics.length > 0 || outlinesKey(models) !== record.outline) return undefined;
    if (!record.module) continue;
    const module = replanModule(record.module, models, replan);
    if (!module) return undefined;
    modules.push(module);
  }

  settings.signal?.throwIfAborted();
  const { emitModules } = await import("../emit/emit.js");
  const incremental = {
    pool: run.pool,
    previous: { get: (path: string) => previous.keyOf(path) },
    ...(run.onProgress && { onProgress: (done: number, total: number) => run.onProgress?.({ phase: "emit", done, total }) }),
  };
  const emitted = await timings.timeAsync("emit", modules.length, () => emitModules(modules, settings, incremental, index));
  await run.pool.close();

  const written = new Map([...emitted.files].filter((entry): entry is [string, string] => entry[1] !== undefined));
  // Made from the manifest as read: tens of thousands of other files' lines are kept as they are.
  written.set(MANIFEST_FILE, previous.withKeys(run.runKey, emitted.keys));
  settings.signal?.throwIfAborted();
  timings.time("write", written.size, () => updateOutputFolder(run.out, written, []));
  const hashes = new Map(edited.map(({ at, spec }) => [at, spec.hash]));
  plans.saveEdited({ runKey: run.runKey, settingsKey: run.settingsKey }, hashes, emitted.indexParts);
  return { diagnostics: previous.warnings, ok: true, models: previous.models, files: [...written.keys()] };
}
