/**
 * Date handling: one representation for every date of a run, chosen by the
 * user, in place of the one each spec's dialect implies (see
 * emit/options.ts, DateHandling). A pure IR → IR step, run before emit.
 */
import type { DateHandling } from "../emit/options.js";
import type { Model, TypeNode } from "./types.js";

export function withDateHandling(models: readonly Model[], handling: DateHandling): Model[] {
  if (handling === "as-written") return [...models];
  const representation = handling;
  const retype = (type: TypeNode): TypeNode => {
    switch (type.kind) {
      case "date":
        return { ...type, representation };
      case "array":
        return { ...type, items: retype(type.items) };
      case "map":
        return { ...type, values: retype(type.values) };
      case "union":
        return { ...type, members: type.members.map(retype) };
      case "stream":
        return { ...type, events: retype(type.events) };
      default:
        return type;
    }
  };
  return models.map((model) => {
    const shape = model.shape;
    if (shape.kind === "object") return { ...model, shape: { ...shape, fields: shape.fields.map((f) => ({ ...f, type: retype(f.type) })) } };
    if (shape.kind === "union") return { ...model, shape: { ...shape, members: shape.members.map(retype) } };
    return model;
  });
}
