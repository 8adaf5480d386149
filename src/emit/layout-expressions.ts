/**
 * The expressions the validators are made of (`v.add(issues,
 * v.arrayOf(...))`, `[v.issue(...)]`, `(item, at) => ...`), kept as their
 * parts so that a long one is broken as prettier breaks it:
 * - a call or array an argument or element a line, each followed by a
 *   comma, and one among them broken the same way where it does not fit;
 * - where a call's last argument is an array or a function, the call kept
 *   on its line and that argument broken (prettier "hugs" it), where the
 *   line up to the argument's opening fits;
 * - a function's body, a call or a conditional, on the line after its `=>`;
 * - and a call of two functions, or of a call that takes one, always an
 *   argument a line.
 * A string is code that stays on one line: a name, a string literal,
 * `path + "/id"`. A string literal alone on its line may be wider than the
 * print width: prettier cannot break it either. What prettier would break
 * by rules not followed here (a function whose body is neither a call nor a
 * conditional, say) is left on its line, for prettier to break (format.ts).
 * A conditional is broken only where it is returned (layout-statements.ts).
 */
import { printCheck, type Check } from "./check-tree.js";
import { fits, INDENT, isLoneString } from "./layout.js";

export interface CallExpression {
  kind: "call";
  callee: string;
  arguments: readonly Expression[];
}

export interface ArrayExpression {
  kind: "array";
  elements: readonly Expression[];
}

/** `test ? consequent : alternate`, of a check. */
export interface ConditionalExpression {
  kind: "conditional";
  test: Check;
  consequent: Expression;
  alternate: Expression;
}

/** An arrow function: `signature => body`, the signature its parameters and return type. */
export interface ArrowFunction {
  kind: "arrow";
  signature: string;
  body: Expression;
}

export type Expression = string | CallExpression | ArrayExpression | ConditionalExpression | ArrowFunction;

/** `callee(...args)`; `callee` may start with `new `. */
export function callExpression(callee: string, args: readonly Expression[]): CallExpression {
  return { kind: "call", callee, arguments: args };
}

export function arrayExpression(elements: readonly Expression[]): ArrayExpression {
  return { kind: "array", elements };
}

export function conditionalExpression(test: Check, consequent: Expression, alternate: Expression): ConditionalExpression {
  return { kind: "conditional", test, consequent, alternate };
}

export function arrowFunction(signature: string, body: Expression): ArrowFunction {
  return { kind: "arrow", signature, body };
}

/**
 * A call of the check tree (`rt.isArrayOf(value.a, (item: unknown): item is
 * A => isA(item))`) as an expression, its predicates as functions, so that
 * it is broken as other calls are. Undefined for another check.
 */
export function callOfCheck(check: Check): CallExpression | undefined {
  if (check.kind !== "call") return undefined;
  return callExpression(
    check.callee,
    check.args.map((argument) =>
      typeof argument === "string"
        ? argument
        : arrowFunction(`(${argument.parameter}: unknown): ${argument.parameter} is ${argument.type}`, callOfCheck(argument.check) ?? printCheck(argument.check)),
    ),
  );
}

/** The expression on one line. */
export function printExpression(expression: Expression): string {
  if (typeof expression === "string") return expression;
  switch (expression.kind) {
    case "call":
      return `${expression.callee}(${expression.arguments.map(printExpression).join(", ")})`;
    case "array":
      return `[${expression.elements.map(printExpression).join(", ")}]`;
    case "conditional":
      return `${printCheck(expression.test)} ? ${printExpression(expression.consequent)} : ${printExpression(expression.alternate)}`;
    case "arrow":
      // prettier brackets a conditional body that stays on the arrow's line.
      return `${expression.signature} => ${isConditional(expression.body) ? `(${printExpression(expression.body)})` : printExpression(expression.body)}`;
  }
}

/**
 * The lines of `expression`, after `prefix` (`return `, say) and followed by
 * `suffix` (`;`, or the `,` after an argument), at `level` levels of
 * indentation, as prettier prints them: one line where it fits, else broken
 * as this module's comment says. Undefined where that is not prettier's
 * layout or a line of it does not fit either.
 */
export function expressionLines(expression: Expression, suffix: string, level: number, prefix = ""): string[] | undefined {
  const line = `${prefix}${printExpression(expression)}${suffix}`;
  if (fits(line, level) && !alwaysBroken(expression)) return [line];
  if (typeof expression === "string") return isLoneString(line) ? [line] : undefined;
  switch (expression.kind) {
    case "call":
      return callLines(expression, suffix, level, prefix);
    case "array":
      return brokenLines(`${prefix}[`, expression.elements, `]${suffix}`, level);
    case "arrow":
      return arrowLines(expression, suffix, level, prefix);
    default:
      return undefined;
  }
}

/**
 * A call too long for its line. prettier hugs a last argument that is an
 * array, or a function whose body is a call or a conditional (the bodies
 * followed here), where the call's line fits up to the `[` or the `=>`: the
 * arguments before it stay on that line, then come the array's elements a
 * line each, or the function's body on a line of its own. Otherwise it
 * breaks every argument.
 */
function callLines(call: CallExpression, suffix: string, level: number, prefix: string): string[] | undefined {
  const everyArgumentALine = () => brokenLines(`${prefix}${call.callee}(`, call.arguments, `)${suffix}`, level);
  const before = call.arguments.slice(0, -1);
  const last = call.arguments.at(-1);
  const huggable = (isKind(last, "array") && last.elements.length > 0) || isKind(last, "arrow");
  if (!huggable || breaksEveryArgument(call)) return everyArgumentALine();
  // Which arguments prettier may hug also depends on those before the last: only these are followed here.
  if (before.some((argument) => typeof argument !== "string")) return undefined;
  const start = `${prefix}${call.callee}(${before.map((argument) => `${argument}, `).join("")}`;
  if (last.kind === "array") {
    return fits(`${start}[`, level) ? brokenLines(`${start}[`, last.elements, `])${suffix}`, level) : everyArgumentALine();
  }
  // Before a conditional body, prettier measures the line up to the space after the `=>`.
  const head = `${start}${last.signature} =>`;
  if (!fits(isConditional(last.body) ? `${head} ` : head, level)) return everyArgumentALine();
  const body = bodyLines(last.body, ",", level + 1);
  return body && [head, ...body.map((each) => `${INDENT}${each}`), `)${suffix}`];
}

/** `open`, each part on a line of its own one level in, followed by a comma, and `close`. */
function brokenLines(open: string, parts: readonly Expression[], close: string, level: number): string[] | undefined {
  if (parts.length === 0) return undefined;
  const lines = [open];
  for (const part of parts) {
    const partLines = expressionLines(part, ",", level + 1);
    if (partLines === undefined) return undefined;
    lines.push(...partLines.map((each) => `${INDENT}${each}`));
  }
  lines.push(close);
  return lines.every((each) => fits(each, level) || isLoneString(each)) ? lines : undefined;
}

/** A function too long for its line: its body on the next line, one level in. */
function arrowLines(arrow: ArrowFunction, suffix: string, level: number, prefix: string): string[] | undefined {
  const body = bodyLines(arrow.body, suffix, level + 1);
  return body && [`${prefix}${arrow.signature} =>`, ...body.map((each) => `${INDENT}${each}`)];
}

/**
 * A function's body on the lines after its `=>`, at `level`: a call broken
 * as calls are; a conditional on one line (prettier breaks a longer one its
 * own way). Undefined for another body, whose layout is not followed here,
 * or where a line does not fit.
 */
function bodyLines(body: Expression, suffix: string, level: number): string[] | undefined {
  if (typeof body === "string" || (body.kind !== "call" && body.kind !== "conditional")) return undefined;
  if (body.kind === "call") return expressionLines(body, suffix, level);
  const line = `${printExpression(body)}${suffix}`;
  return fits(line, level) && !alwaysBroken(body) ? [line] : undefined;
}

/**
 * Whether prettier breaks the expression even where it fits: it holds a
 * call that prettier breaks an argument a line (breaksEveryArgument), and
 * a broken call breaks whatever holds it.
 */
export function alwaysBroken(expression: Expression): boolean {
  if (typeof expression === "string") return false;
  switch (expression.kind) {
    case "call":
      return breaksEveryArgument(expression) || expression.arguments.some(alwaysBroken);
    case "array":
      return expression.elements.some(alwaysBroken);
    case "conditional":
      return alwaysBroken(expression.consequent) || alwaysBroken(expression.alternate);
    case "arrow":
      return alwaysBroken(expression.body);
  }
}

/** Whether prettier breaks a call an argument a line, however short: a call of two functions, or of a call that takes one. */
function breaksEveryArgument(call: CallExpression): boolean {
  const isArrow = (argument: Expression) => isKind(argument, "arrow");
  const isCallOfArrow = (argument: Expression) => isKind(argument, "call") && argument.arguments.some(isArrow);
  return call.arguments.length > 1 && (call.arguments.filter(isArrow).length > 1 || call.arguments.some(isCallOfArrow));
}

/** Whether the expression is of the given kind (a string is code of none). */
export function isKind<K extends Exclude<Expression, string>["kind"]>(expression: Expression | undefined, kind: K): expression is Extract<Expression, { kind: K }> {
  return typeof expression === "object" && expression.kind === kind;
}

function isConditional(expression: Expression): expression is ConditionalExpression {
  return isKind(expression, "conditional");
}
