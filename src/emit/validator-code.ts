/**
 * The runtime checks behind the generated validators, as TypeScript
 * expressions. `validation(type, subject, path)` is an expression of type
 * `v.Issue[]`: every way the value of `subject`, found at JSON pointer
 * `path`, differs from `type`; empty exactly when guard-code's
 * `check(type, subject)` is true.
 *
 * That equivalence is built in rather than re-derived: a type with no model
 * reference and no container inside ("a leaf") is validated by the guard's
 * own check expression, and only references, arrays, maps and unions that
 * hold them are walked, by helpers that mirror the guard helpers step by step.
 */
import type { TypeNode } from "../ir/types.js";
import { all, not, printCheck, type Check } from "./check-tree.js";
import { check } from "./guard-code.js";
import { PLAIN, typeWords } from "./type-words.js";
import type { PlanView } from "./plan.js";
import type { ModuleScope } from "./scope.js";
import { stringLiteral } from "./literal.js";
import { arrayExpression, arrowFunction, callExpression, conditionalExpression, type Expression } from "./layout-expressions.js";
import { expressionStatement, ifStatement, type ExpressionStatement, type IfStatement } from "./layout-statements.js";

export function validation(type: TypeNode, subject: string, path: string, scope: ModuleScope, plan: PlanView): Expression {
  if (isLeaf(type)) {
    const valid = check(type, subject, scope);
    if (valid.kind === "always") return "[]";
    return conditionalExpression(valid, "[]", arrayExpression([callExpression("v.issue", [path, expectedLiteral(type, plan), subject])]));
  }
  switch (type.kind) {
    case "ref":
      return callExpression(scope.local(type.target!).validate, [subject, path]);
    case "array":
      return callExpression("v.arrayOf", [subject, path, expectedLiteral(type, plan), validator(type.items, scope, plan)]);
    case "map":
      return callExpression("v.mapOf", [subject, path, expectedLiteral(type, plan), validator(type.values, scope, plan)]);
    case "union": {
      const members = type.members.map((member) => validator(member, scope, plan));
      return callExpression("v.anyOf", [subject, path, expectedLiteral(type, plan), arrayExpression(members)]);
    }
    default:
      throw new Error(`a ${type.kind} type is always a leaf`);
  }
}

/** A function expression `(item, at) => v.Issue[]` for `type`, used for elements, map values and union members. */
export function validator(type: TypeNode, scope: ModuleScope, plan: PlanView): Expression {
  if (type.kind === "ref") return scope.local(type.target!).validate;
  return arrowFunction("(item: unknown, at: string): v.Issue[]", validation(type, "item", "at", scope, plan));
}

/**
 * The statement that adds the issues of `subject` to the array `issues`, if
 * there are any to add. For a leaf it reads like the guard's line:
 * `if (<not valid>) issues.push(...)`. `condition` is an extra test that must
 * hold first (the key is present).
 */
export function addIssues(type: TypeNode, subject: string, path: string, scope: ModuleScope, plan: PlanView, condition?: Check): Array<ExpressionStatement | IfStatement> {
  if (isLeaf(type)) {
    const wrong = all([...(condition ? [condition] : []), not(check(type, subject, scope))]);
    if (wrong.kind === "never") return [];
    return [ifStatement(wrong, pushIssue(callExpression("v.issue", [path, expectedLiteral(type, plan), subject])))];
  }
  const add = expressionStatement(callExpression("v.add", ["issues", validation(type, subject, path, scope, plan)]));
  return [condition === undefined ? add : ifStatement(condition, add)];
}

/** `issues.push(issue);` */
export function pushIssue(issue: Expression): ExpressionStatement {
  return expressionStatement(callExpression("issues.push", [issue]));
}

/** Whether the guard checks `type` with one expression that reads no model and walks no container. */
export function isLeaf(type: TypeNode): boolean {
  switch (type.kind) {
    case "ref":
      return false;
    case "array":
      return type.items.kind === "unknown";
    case "map":
      return type.values.kind === "unknown";
    case "union":
      return type.members.every(isLeaf);
    default:
      return true;
  }
}

/** `expected` of an issue, as a string literal in the generated code. */
export function expectedLiteral(type: TypeNode, plan: PlanView): string {
  return stringLiteral(expectedText(type, plan));
}

/** What a type allows, in words a reader of an error message knows: TypeScript's, with integers and date strings told apart. */
export function expectedText(type: TypeNode, plan: PlanView): string {
  return typeWords(type, { ...PLAIN, ref: (ref) => plan.byId.get(ref.target!)?.typeName ?? ref.name });
}
