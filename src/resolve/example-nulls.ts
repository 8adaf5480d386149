/**
 * Nullability from examples, across models. TypeScript SDK docs write a
 * nullable field's type without `| null`: an example value that shows the
 * field as null is the only sign. A model's own example marks its own fields
 * (ir/from-spec.ts). It also shows the models its fields hold, as in a
 * parent's `metadata: { pageNumber: null }` where `metadata` links to its own
 * spec; this pass follows each such null along the resolved types (through
 * references, arrays, maps and the union members a path can enter) to the
 * field it belongs to, and makes that field nullable.
 *
 * Only a literal null counts: the paths come from example values read as
 * literals (parse/example-value.ts), never run.
 */
import type { ExamplePath, Field, Model, TypeNode } from "../ir/types.js";
import { admitsNull, orNull } from "../ir/unions.js";
import { isKeyOf } from "../ir/example-key.js";

/** The models, each with the fields other models' examples show as null made nullable (and listed in `shownNull`). */
export function nullsFromExamples(models: readonly Model[]): Model[] {
  const byId = new Map(models.map((model) => [model.id, model]));
  const shown = new Map<string, Set<string>>();

  const walk = (path: ExamplePath, at: number, type: TypeNode): void => {
    const segment = path[at]!;
    switch (type.kind) {
      case "ref": {
        const target = byId.get(type.target!);
        if (target) enterModel(path, at, target);
        break;
      }
      case "union":
        for (const member of type.members) walk(path, at, member);
        break;
      case "array":
        if (segment === 0 && at + 1 < path.length) walk(path, at + 1, type.items);
        break;
      case "map":
        if (segment !== 0 && at + 1 < path.length) walk(path, at + 1, type.values);
        break;
      default:
        break;
    }
  };

  const enterModel = (path: ExamplePath, at: number, model: Model): void => {
    const segment = path[at]!;
    const shape = model.shape;
    if (shape.kind === "union") {
      for (const member of shape.members) walk(path, at, member);
      return;
    }
    if (shape.kind !== "object" || segment === 0) return;
    if (at === path.length - 1) {
      // Kept by name, whether or not the model has the field: a later run that re-reads only this model applies it again.
      let names = shown.get(model.id);
      if (!names) shown.set(model.id, (names = new Set()));
      names.add(segment);
      return;
    }
    const field = shape.fields.find((candidate) => isKeyOf(candidate.name, String(segment)));
    if (field) walk(path, at + 1, field.type);
  };

  for (const model of models) for (const path of model.exampleNulls ?? []) enterModel(path, 0, model);
  return models.map((model) => {
    const names = shown.get(model.id);
    return names ? withShownNull(model, [...names].sort()) : model;
  });
}

/** The model with these fields made nullable, as examples of other models show them. */
export function withShownNull(model: Model, names: readonly string[]): Model {
  if (model.shape.kind !== "object" || names.length === 0) return model;
  const shown = (field: Field) => names.some((name) => isKeyOf(field.name, name));
  const fields = model.shape.fields.map((field): Field => (shown(field) && !admitsNull(field.type) ? { ...field, type: orNull(field.type) } : field));
  // Object.assign, not a spread: a spread adding `shownNull` would give each copy a hidden class of its own (ir/walk.ts, linkedTo).
  return Object.assign({}, model, { shape: { ...model.shape, fields }, shownNull: [...names] });
}
