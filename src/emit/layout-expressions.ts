/**
 * The calls and arrays the validators are made of (`v.add(issues,
 * v.arrayOf(...))`, `[v.issue(...)]`), kept as their parts so that a long
 * one is broken as prettier breaks it: an argument or element a line, each
 * followed by a comma, and a call or array among them broken the same way
 * where it does not fit its own line.
 *
 * Other code is a string that stays on one line (a name, a string literal,
 * `path + "/id"`), or `verbatim` where prettier has rules of its own for
 * breaking it: a function, which it may hug as a last argument, an array of
 * names, a conditional. A call or array is broken here only when none of its
 * parts is verbatim; otherwise its line is left for prettier (format.ts).
 */
import { printCheck, type Check } from "./check-tree.js";
import { fits, INDENT } from "./layout.js";

export interface CallExpression {
  kind: "call";
  callee: string;
  arguments: readonly Expression[];
}

/** An array of calls. */
export interface ArrayExpression {
  kind: "array";
  elements: readonly CallExpression[];
}

/** `test ? consequent : alternate`, of a check. */
export interface ConditionalExpression {
  kind: "conditional";
  test: Check;
  consequent: Expression;
  alternate: Expression;
}

/** Code printed as it is, on one line. */
export interface Verbatim {
  kind: "verbatim";
  text: string;
}

export type Expression = string | CallExpression | ArrayExpression | ConditionalExpression | Verbatim;

/** `callee(...args)`; `callee` may start with `new `. */
export function callExpression(callee: string, args: readonly Expression[]): CallExpression {
  return { kind: "call", callee, arguments: args };
}

export function arrayExpression(elements: readonly CallExpression[]): ArrayExpression {
  return { kind: "array", elements };
}

export function conditionalExpression(test: Check, consequent: Expression, alternate: Expression): ConditionalExpression {
  return { kind: "conditional", test, consequent, alternate };
}

export function verbatim(text: string): Verbatim {
  return { kind: "verbatim", text };
}

/** The expression on one line. */
export function printExpression(expression: Expression): string {
  if (typeof expression === "string") return expression;
  switch (expression.kind) {
    case "verbatim":
      return expression.text;
    case "call":
      return `${expression.callee}(${expression.arguments.map(printExpression).join(", ")})`;
    case "array":
      return `[${expression.elements.map(printExpression).join(", ")}]`;
    case "conditional":
      return `${printCheck(expression.test)} ? ${printExpression(expression.consequent)} : ${printExpression(expression.alternate)}`;
  }
}

/**
 * The lines of `expression`, after `prefix` (`return `, say) and followed by
 * `suffix` (`;`, or the `,` after an argument), at `level` levels of
 * indentation, as prettier prints them: one line where it fits, else the
 * opening bracket, an argument or element a line, one level in, and the
 * closing bracket on a line of its own. Undefined where that is not
 * prettier's layout or a line of it does not fit either.
 */
export function expressionLines(expression: Expression, suffix: string, level: number, prefix = ""): string[] | undefined {
  const line = `${prefix}${printExpression(expression)}${suffix}`;
  if (fits(line, level)) return [line];
  if (typeof expression === "string" || expression.kind === "verbatim" || expression.kind === "conditional") return undefined;
  const [open, parts, close] =
    expression.kind === "call" ? [`${expression.callee}(`, expression.arguments, ")"] : (["[", expression.elements, "]"] as const);
  if (parts.length === 0 || parts.some((part) => typeof part !== "string" && part.kind === "verbatim")) return undefined;
  const lines = [`${prefix}${open}`];
  for (const part of parts) {
    const partLines = expressionLines(part, ",", level + 1);
    if (partLines === undefined) return undefined;
    lines.push(...partLines.map((each) => `${INDENT}${each}`));
  }
  lines.push(`${close}${suffix}`);
  return lines.every((each) => fits(each, level)) ? lines : undefined;
}
