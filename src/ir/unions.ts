/**
 * Unions as the IR keeps them: flat, without repeated members or members
 * another one contains, and `unknown` when any member is (a union with
 * anything is anything).
 */
import type { TypeNode } from "./types.js";

/**
 * `datesSettled`: the dates' representation is the one the run emits (after
 * withDateHandling), so a date that is a string is one of `string`'s values.
 * Before, it may yet become a `Date`.
 */
export function unionOf(members: TypeNode[], datesSettled = false): TypeNode {
  const flat = flattenUnion(members, datesSettled);
  return flat.length === 1 ? flat[0]! : { kind: "union", members: flat };
}

export function orNull(type: TypeNode): TypeNode {
  return unionOf([type, { kind: "null" }]);
}

/** Whether `null` is a value of the type. */
export function admitsNull(type: TypeNode): boolean {
  return type.kind === "null" || type.kind === "unknown" || (type.kind === "union" && type.members.some(admitsNull));
}

/**
 * Nested unions are flattened and repeated members dropped, keeping the
 * first; so is a member whose values all belong to another member
 * (`Union[int, float]` is a number). `unknown` takes in every other member
 * (`Nullable[Any]` is `unknown`).
 */
export function flattenUnion(members: TypeNode[], datesSettled = false): TypeNode[] {
  const out: TypeNode[] = [];
  const seen = new Set<string>();
  const add = (member: TypeNode): void => {
    if (member.kind === "union") {
      member.members.forEach(add);
      return;
    }
    const key = JSON.stringify(member, (k, v: unknown) => (k === "at" ? undefined : v));
    if (seen.has(key)) return;
    seen.add(key);
    out.push(member);
  };
  members.forEach(add);
  if (out.some((member) => member.kind === "unknown")) return [{ kind: "unknown" }];
  return out.filter((member) => !out.some((other) => other !== member && contains(other, member, datesSettled)));
}

/**
 * Whether every value of `inner` is a value of `outer`, for the pairs a union
 * can hold both of. Literals are kept beside their primitive: `"auto" | string`
 * tells a reader which strings are known.
 */
function contains(outer: TypeNode, inner: TypeNode, datesSettled: boolean): boolean {
  switch (inner.kind) {
    case "integer":
      return outer.kind === "number";
    case "date":
      if (datesSettled && inner.representation === "string" && outer.kind === "string") return true;
      // A date-or-date-time accepts every date-time.
      return outer.kind === "date" && outer.representation === inner.representation && inner.format === "date-time" && outer.format === "date-or-date-time";
    default:
      return false;
  }
}
