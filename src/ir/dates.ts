/**
 * Date handling: one representation for every date of a run, chosen by the
 * user, in place of the one each spec's dialect implies. A pure IR → IR
 * step, run before emit.
 */
import type { Model, TypeNode } from "./types.js";
import { mapLeaves } from "./walk.js";

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
  const represent = (type: TypeNode): TypeNode =>
    type.kind === "date" && handling !== "as-written" ? { ...type, representation: handling } : type;
  // With dates settled, union members may repeat or contain one another (`Union[date, str]` with string dates).
  return models.map((model) => mapLeaves(model, represent, true));
}
