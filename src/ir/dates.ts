/**
 * Date handling: one representation for every date of a run, chosen by the
 * user, in place of the one each spec's dialect implies. A pure IR → IR
 * step, run before emit.
 */
import type { Model, TypeNode } from "./types.js";
import { unionOf } from "./unions.js";

/**
 * How dates are represented in the generated types, guards and schemas.
 * `as-written` follows each spec's dialect (Python `date`/`datetime` are ISO
 * strings, a TypeScript `Date` is a `Date` object); `string` makes every date
 * an ISO 8601 string (values straight off the wire); `Date` makes every date
 * a `Date` object (values after an SDK has revived them).
 */
export const DATE_HANDLINGS = ["as-written", "string", "Date"] as const;
export type DateHandling = (typeof DATE_HANDLINGS)[number];

export function withDateHandling(models: readonly Model[], handling: DateHandling): Model[] {
  const retype = (type: TypeNode): TypeNode => {
    switch (type.kind) {
      case "date":
        return handling === "as-written" ? type : { ...type, representation: handling };
      case "array":
        return { ...type, items: retype(type.items) };
      case "map":
        return { ...type, values: retype(type.values) };
      case "union":
        // With dates settled, members may repeat or contain one another (`Union[date, str]` with string dates).
        return unionOf(type.members.map(retype), true);
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
