/**
 * Planning one module again, without the rest of the package. A run that
 * planned the whole package records each module's plan (recordModule); a
 * later run in which only a few specs changed, and nothing the rest of the
 * package reads of them (their outline), lays out those specs' modules
 * again from their records and their new models (replanModule). Everything
 * else the package holds is as that earlier run left it.
 */
import { withDateHandling } from "../ir/dates.js";
import type { Model, TypeNode } from "../ir/types.js";
import { withShownNull } from "../resolve/example-nulls.js";
import { referenceKey, relinkModel, targetsByReference } from "../ir/walk.js";
import type { Referrer } from "./docs.js";
import type { PlannedModule } from "./emit.js";
import type { ModuleParts } from "./options.js";
import type { DateHandling, Naming } from "./options.js";
import type { PlannedModel } from "./plan.js";

/**
 * What the package's other files read of a spec's models, as one string.
 * They read a model's id, name, file, folder and anchor (its names, module,
 * links to it, and which references resolve to it), its kind (the stubs
 * other modules import, the docs index, the diagram), and its references as
 * written (what they resolve to, which models are recursive), with the
 * fields that hold them (the diagram, the "used by" lists of other pages).
 * The docs index also shows the first paragraph of each description; a run
 * that remakes a module remakes the index with it (emit.ts, emitModules).
 *
 * Examples reach across models too (resolve/example-nulls.ts): a null in a
 * model's example marks a field of a model it holds, found by following the
 * example's path through the containers around each reference. So the
 * outline has those paths, and each reference with the containers around it.
 */
export function outline(models: readonly Model[]): string {
  // By id, the order the plan gives a module's models, whatever the order in the spec.
  const byId = [...models].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return JSON.stringify(
    byId.map((model) => [
      model.id,
      model.name,
      model.file,
      model.folder,
      model.anchor ?? null,
      model.shape.kind,
      references(model),
      model.exampleNulls ?? [],
    ]),
  );
}

/** Each field (or union member) that holds references, with its type reduced to them and the containers around them. */
function references(model: Model): Array<[field: string | null, references: string]> {
  const shape = model.shape;
  const found: ReturnType<typeof references> = [];
  const add = (field: string | null, type: TypeNode) => {
    const reduced = referenceSkeleton(type);
    if (reduced !== undefined) found.push([field, reduced]);
  };
  if (shape.kind === "object") {
    for (const field of shape.fields) add(field.name, field.type);
    if (shape.additionalProperties) add(null, shape.additionalProperties);
  }
  else if (shape.kind === "union") for (const member of shape.members) add(null, member);
  return found;
}

/**
 * A type reduced to its references as written and the containers around
 * them; undefined where it holds none. Null members are left out: nullability
 * is what examples add, and the outline of a model must not change with it.
 */
function referenceSkeleton(type: TypeNode): string | undefined {
  const inner = (kind: string, of: TypeNode) => {
    const reduced = referenceSkeleton(of);
    return reduced === undefined ? undefined : `${kind}(${reduced})`;
  };
  switch (type.kind) {
    case "ref":
      return referenceKey(type);
    case "array":
      return inner("array", type.items);
    case "map":
      return inner("map", type.values);
    case "stream":
      return inner("stream", type.events);
    case "union": {
      const members = type.members.map(referenceSkeleton).filter((member) => member !== undefined);
      return members.length === 0 ? undefined : `union(${members.join(",")})`;
    }
    default:
      return undefined;
  }
}

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
    const [model] = withDateHandling([withShownNull(linked, shownNull)], options.dates);
    // `model` first, as the plan makes it: a module's key is a hash of its input's JSON.
    declared.push({ model: model!, ...planned });
  }
  const input = { module: record.module, declared, referenced: record.referenced, naming: options.naming, parts: options.parts };
  return { input, referrers: record.referrers };
}
