/**
 * Planning one module again, without the rest of the package. A run that
 * planned the whole package records each module's plan (recordModule); a
 * later run in which only a few specs changed, and nothing the rest of the
 * package reads of them (their outline, ir/outline.ts), lays out those specs' modules
 * again from their records and their new models (replanModule). Everything
 * else the package holds is as that earlier run left it.
 */
import { withDateHandling } from "../ir/dates.js";
import { withExampleDates } from "../ir/example-value.js";
import type { Model } from "../ir/types.js";
import { withShownNull } from "../resolve/example-nulls.js";
import { relinkModel, targetsByReference } from "../ir/walk.js";
import type { Referrer } from "./docs.js";
import type { PlannedModule } from "./emit.js";
import type { ModuleParts } from "./options.js";
import type { DateHandling, Naming } from "./options.js";
import type { PlannedModel } from "./plan.js";

/**
 * A module's plan without its models' content: each declared model is its
 * id, what each of its references as written resolved to, and the fields
 * other models' examples show as null.
 */
export interface ModuleRecord {
  module: string;
  declared: Array<Omit<PlannedModel, "model"> & { model: string; targets: Record<string, string>; shownNull: string[] }>;
  referenced: PlannedModel[];
  referrers: Referrer[][];
}

export function recordModule({ input, referrers }: PlannedModule): ModuleRecord {
  return {
    module: input.module,
    declared: input.declared.map((planned) => ({
      ...planned,
      model: planned.model.id,
      targets: targetsByReference(planned.model),
      shownNull: planned.model.shownNull ?? [],
    })),
    referenced: input.referenced,
    referrers,
  };
}

export interface ReplanOptions {
  naming: Naming;
  parts: ModuleParts;
  dates: DateHandling;
}

/**
 * The module again, declaring `models` (a spec's models as parsed) in place
 * of the recorded ones. Undefined when they are not the same models, with
 * the same references, as the record's.
 */
export function replanModule(record: ModuleRecord, models: readonly Model[], options: ReplanOptions): PlannedModule | undefined {
  const byId = new Map(models.map((model) => [model.id, model]));
  if (byId.size !== record.declared.length) return undefined;
  const declared: PlannedModel[] = [];
  for (const { model: id, targets, shownNull, ...planned } of record.declared) {
    const parsed = byId.get(id);
    const linked = parsed && relinkModel(parsed, targets);
    if (!linked) return undefined;
    const [model] = withExampleDates(withDateHandling([withShownNull(linked, shownNull)], options.dates), options.dates);
    declared.push({ model: model!, ...planned });
  }
  const input = { module: record.module, declared, referenced: record.referenced, naming: options.naming, parts: options.parts };
  return { input, referrers: record.referrers };
}
