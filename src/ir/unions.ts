/**
 * Unions as the IR keeps them: flat, without repeated members, and `unknown`
 * when any member is (a union with anything is anything).
 */
import type { TypeNode } from "./types.js";

export function unionOf(members: TypeNode[]): TypeNode {
  const flat = flattenUnion(members);
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
 * first. `unknown` takes in every other member (`Nullable[Any]` is `unknown`).
 */
export function flattenUnion(members: TypeNode[]): TypeNode[] {
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
  return out.some((member) => member.kind === "unknown") ? [{ kind: "unknown" }] : out;
}
