/**
 * The runtime checks behind the generated guards, as TypeScript expressions.
 *
 * `check(type, subject)` is an expression that is true exactly when the value
 * of `subject` has `type`. `predicate(type)` is a function expression with
 * the same meaning, used for the elements of arrays and maps. Helpers come
 * from the package's runtime module, imported as `rt`; JavaScript globals are
 * never named, so a model called `Object` or `Array` cannot change a check.
 */
import type { TypeNode } from "../ir/types.js";
import type { ModuleScope } from "./scope.js";
import { typeText } from "./type-text.js";

export function check(type: TypeNode, subject: string, scope: ModuleScope): string {
  switch (type.kind) {
    case "string":
      return `typeof ${subject} === "string"`;
    case "boolean":
      return `typeof ${subject} === "boolean"`;
    case "number":
      return `rt.isNumber(${subject})`;
    case "integer":
      return `rt.isInteger(${subject})`;
    case "null":
      return `${subject} === null`;
    case "unknown":
      return "true";
    case "literal":
      return `${subject} === ${typeof type.value === "string" ? JSON.stringify(type.value) : String(type.value)}`;
    case "array":
      return type.items.kind === "unknown"
        ? `rt.isArray(${subject})`
        : `rt.isArrayOf(${subject}, ${predicate(type.items, scope)})`;
    case "map":
      return type.values.kind === "unknown"
        ? `rt.isRecord(${subject})`
        : `rt.isMapOf(${subject}, ${predicate(type.values, scope)})`;
    case "union": {
      const checks = equalitiesFirst(type.members).map((member) => check(member, subject, scope));
      // A member that accepts anything (a reference typed unknown by --allow-unresolved) decides the union.
      return checks.includes("true") ? "true" : checks.map(parenthesise).join(" || ");
    }
    case "ref":
      return `${scope.local(type.target!).guard}(${subject})`;
    case "date":
      if (type.representation === "Date") return `rt.isDate(${subject})`;
      return type.format === "date-time" ? `rt.isDateTimeString(${subject})` : `rt.isDateOrDateTimeString(${subject})`;
    case "binary":
      return `rt.isBinary(${subject})`;
    case "stream":
      return `rt.isAsyncIterable(${subject})`;
  }
}

/** A function expression `(item: unknown) => item is T` for `type`. */
export function predicate(type: TypeNode, scope: ModuleScope): string {
  switch (type.kind) {
    case "string":
      return "rt.isString";
    case "boolean":
      return "rt.isBoolean";
    case "number":
      return "rt.isNumber";
    case "integer":
      return "rt.isInteger";
    case "unknown":
      return "rt.isUnknown";
    case "ref":
      return scope.local(type.target!).guard;
    case "binary":
      return "rt.isBinary";
    default: {
      // The arrow's own type predicate keeps isArrayOf's element type precise.
      return `(item: unknown): item is ${typeText(type, scope)} => ${check(type, "item", scope)}`;
    }
  }
}

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

/** Negates a check so that it reads naturally in `if (...) return false`. */
export function negate(expression: string): string {
  const typeofCheck = /^typeof (.+) === ("[a-z]+")$/u.exec(expression);
  if (typeofCheck) return `typeof ${typeofCheck[1]} !== ${typeofCheck[2]}`;
  const equality = /^([\w.$[\]"]+) === (.+)$/u.exec(expression);
  if (equality && !expression.includes("||") && !expression.includes("&&")) return `${equality[1]} !== ${equality[2]}`;
  if (/^[\w.$]+\(.*\)$/u.test(expression) && balanced(expression)) return `!${expression}`;
  return `!(${expression})`;
}

function parenthesise(expression: string): string {
  return expression.includes("||") || expression.includes("&&") ? `(${expression})` : expression;
}

/** Whether the expression is one call: its opening parenthesis closes at the very end. */
function balanced(expression: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < expression.length; i++) {
    const ch = expression[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "(") depth++;
    else if (ch === ")") {
      depth--;
      if (depth === 0 && i !== expression.length - 1) return false;
    }
  }
  return depth === 0;
}
