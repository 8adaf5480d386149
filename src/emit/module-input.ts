/**
 * The unit of code emission: one module and exactly what its text depends
 * on. A module's code reads the models it declares in full, but of a model it
 * refers to only the names it is exported under and where it lives. Keeping
 * that out of the input makes an input small enough to send to a worker, and
 * a hash of it a sound cache key: an edit to a model's description or fields
 * re-emits its own module, not every module that refers to it.
 */
import { outlineOf, referenceModel } from "../ir/outline.js";
import { forEachType } from "../ir/walk.js";
import type { ModuleParts } from "./options.js";
import type { Naming } from "./options.js";
import type { PackagePlan, PlannedModel, PlanView } from "./plan.js";

export interface ModuleInput {
  /** Module path inside the package's source folder, without extension. */
  module: string;
  /** The models the module declares, in spec order. */
  declared: PlannedModel[];
  /** The models it refers to, reduced to their names and places. */
  referenced: PlannedModel[];
  naming: Naming;
  parts: ModuleParts;
}

export function moduleInputs(plan: PackagePlan, parts: ModuleParts): ModuleInput[] {
  const inputs: ModuleInput[] = [];
  // One stub a referenced model, however many modules refer to it.
  const stubs = new Map<string, PlannedModel>();
  const stubOf = (planned: PlannedModel) => {
    let stub = stubs.get(planned.model.id);
    if (!stub) stubs.set(planned.model.id, (stub = asReference(planned)));
    return stub;
  };
  for (const [module, declared] of plan.modules) {
    const own = new Set(declared.map((planned) => planned.model.id));
    const referenced = new Map<string, PlannedModel>();
    for (const planned of declared) {
      forEachType(planned.model, (type) => {
        if (type.kind !== "ref" || type.target === undefined || own.has(type.target)) return;
        const target = plan.byId.get(type.target);
        if (target && !referenced.has(target.model.id)) referenced.set(target.model.id, stubOf(target));
      });
    }
    inputs.push({ module, declared, referenced: [...referenced.values()], naming: plan.naming, parts });
  }
  return inputs;
}

/** The plan as the module's code sees it. */
export function planView(input: ModuleInput): PlanView {
  const byId = new Map<string, PlannedModel>();
  for (const planned of [...input.declared, ...input.referenced]) byId.set(planned.model.id, planned);
  return { naming: input.naming, byId };
}

/** A model this module refers to, as its code sees it: made from the model's outline. */
function asReference(planned: PlannedModel): PlannedModel {
  return { ...planned, model: referenceModel(outlineOf(planned.model)) };
}
