/**
 * What it takes for a value to have an IR type, as a check tree
 * (check-tree.ts). Guards print these checks; validators print them for the
 * types they do not walk, and walk the rest with helpers that decide the
 * same way. Helpers come from the package's runtime module (named through
 * the scope, which so knows the module needs it); JavaScript globals are
 * never named, so a model called `Object` or `Array` cannot change a check.
 */
import type { TypeNode } from "../ir/types.js";
import { always, any, call, type Argument, type Check } from "./check-tree.js";
import type { ModuleScope } from "./scope.js";
import { typeText } from "./type-text.js";
import { valueLiteral } from "./literal.js";

/** Holds exactly when the value of `subject` has `type`. */
export function check(type: TypeNode, subject: string, scope: ModuleScope): Check {
  switch (type.kind) {
    case "string":
    case "boolean":
      return { kind: "typeof", subject, type: type.kind };
    case "number":
      return call(scope.runtime("isNumber"), subject);
    case "integer":
      return call(scope.runtime("isInteger"), subject);
    case "null":
      return { kind: "equals", subject, literal: "null" };
    case "unknown":
      return always;
    case "literal":
      return { kind: "equals", subject, literal: valueLiteral(type.value) };
    case "array":
      return type.items.kind === "unknown" ? call(scope.runtime("isArray"), subject) : call(scope.runtime("isArrayOf"), subject, predicate(type.items, scope));
    case "map":
      return type.values.kind === "unknown" ? call(scope.runtime("isRecord"), subject) : call(scope.runtime("isMapOf"), subject, predicate(type.values, scope));
    case "union": {
      const literals = type.members.filter((member) => member.kind === "literal");
      // Many values are looked up in a list: a chain of thousands of `===` is too deep for prettier to print.
      if (literals.length > LISTED_LITERALS) {
        const listed = call(`([${literals.map((literal) => valueLiteral(literal.value)).join(", ")}] as readonly unknown[]).includes`, subject);
        const others = type.members.filter((member) => member.kind !== "literal");
        return any([listed, ...equalitiesFirst(others).map((member) => check(member, subject, scope))]);
      }
      // A member that accepts anything (a reference typed unknown by --allow-unresolved) decides the union.
      return any(equalitiesFirst(type.members).map((member) => check(member, subject, scope)));
    }
    case "ref":
      return call(scope.local(type.target!).guard, subject);
    case "date":
      if (type.representation === "Date") return call(scope.runtime("isDate"), subject);
      return call(scope.runtime(type.format === "date-time" ? "isDateTimeString" : "isDateOrDateTimeString"), subject);
    case "binary":
      return call(scope.runtime("isBinary"), subject);
    case "stream":
      return call(scope.runtime("isAsyncIterable"), subject);
  }
}

/** Past this many literal members, a union's values are looked up in a list rather than compared one by one. */
const LISTED_LITERALS = 64;

/** A guard for the elements of arrays and maps: a helper or model guard by name, or an arrow function. */
export function predicate(type: TypeNode, scope: ModuleScope): Argument {
  const named = NAMED_PREDICATES[type.kind];
  if (named !== undefined) return scope.runtime(named);
  if (type.kind === "ref") return scope.local(type.target!).guard;
  // The arrow's own type predicate keeps isArrayOf's element type precise.
  return { kind: "predicate", parameter: "item", type: typeText(type, scope), check: check(type, "item", scope) };
}

/** The runtime's guards of the types that have one. */
const NAMED_PREDICATES: Partial<Record<TypeNode["kind"], string>> = {
  string: "isString",
  boolean: "isBoolean",
  number: "isNumber",
  integer: "isInteger",
  unknown: "isUnknown",
  binary: "isBinary",
};

/**
 * Union members with the comparisons (`=== "a"`, `=== null`) first. Each
 * check in an `||` chain narrows the subject's type for the next; after a
 * guard whose type admits anything, TypeScript would reject a comparison as
 * one that can never be true.
 */
function equalitiesFirst(members: readonly TypeNode[]): TypeNode[] {
  const isEquality = (member: TypeNode) => member.kind === "literal" || member.kind === "null";
  return [...members.filter(isEquality), ...members.filter((member) => !isEquality(member))];
}

