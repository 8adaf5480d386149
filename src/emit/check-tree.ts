/**
 * Checks as a small tree, and the one printer of it. Guards and validators
 * build their tests as trees (guard-code.ts) and print them here, so that
 * negation and brackets follow from the tree's structure: `not` of a typeof
 * test prints `!==`, `not` of a call prints `!f(x)`, and an `||` inside an
 * `&&` is bracketed, whatever the operands' text. Nothing printed is ever
 * read back.
 *
 * Subjects (`value`, `value.a`, `value["a-b"]`) and callees (`rt.isNumber`,
 * `isUser`) are member expressions built by the emitter: they bind tighter
 * than any operator here, so they are printed as they are.
 */

export type Check =
  /** Holds for every value. */
  | { kind: "always" }
  /** Holds for no value. */
  | { kind: "never" }
  /** `typeof subject === "string"`. */
  | { kind: "typeof"; subject: string; type: "string" | "boolean" }
  /** `subject === literal`; `literal` is JavaScript source: a string literal, a number, true, false or null. */
  | { kind: "equals"; subject: string; literal: string }
  /** A call that answers yes or no: `rt.isNumber(value.a)`, `rt.isArrayOf(value.a, rt.isString)`. */
  | { kind: "call"; callee: string; args: Argument[] }
  | { kind: "not"; check: Check }
  | { kind: "all"; checks: Check[] }
  | { kind: "any"; checks: Check[] };

/** An argument of a call: a subject, or a predicate for the elements of a container. */
export type Argument = string | Predicate;

/** A function expression `(item: unknown): item is T => <check of item>`; `T` is TypeScript source. */
export interface Predicate {
  kind: "predicate";
  parameter: string;
  type: string;
  check: Check;
}

export const always: Check = { kind: "always" };
export const never: Check = { kind: "never" };

export function call(callee: string, ...args: Argument[]): Check {
  return { kind: "call", callee, args };
}

/** The negation; double negations and constants fold away. */
export function not(check: Check): Check {
  switch (check.kind) {
    case "always":
      return never;
    case "never":
      return always;
    case "not":
      return check.check;
    default:
      return { kind: "not", check };
  }
}

/** Holds when every check does. Nested conjunctions are flattened, `always` dropped, and `never` decides. */
export function all(checks: readonly Check[]): Check {
  const flat = checks.flatMap((check) => (check.kind === "all" ? check.checks : [check])).filter((check) => check.kind !== "always");
  if (flat.some((check) => check.kind === "never")) return never;
  return flat.length === 0 ? always : flat.length === 1 ? flat[0]! : { kind: "all", checks: flat };
}

/** Holds when one of the checks does. Nested disjunctions are flattened, `never` dropped, and `always` decides. */
export function any(checks: readonly Check[]): Check {
  const flat = checks.flatMap((check) => (check.kind === "any" ? check.checks : [check])).filter((check) => check.kind !== "never");
  if (flat.some((check) => check.kind === "always")) return always;
  return flat.length === 0 ? never : flat.length === 1 ? flat[0]! : { kind: "any", checks: flat };
}

/**
 * Binding strength, weakest first: what an operand must exceed to stand
 * without brackets. `&&` inside `||` is bracketed too, as prettier prints
 * mixed logical operators.
 */
const Binding = { Or: 1, And: 2, Equality: 3, Unary: 4 } as const;
type Binding = (typeof Binding)[keyof typeof Binding];

/** The check as a TypeScript expression. */
export function printCheck(check: Check): string {
  return print(check, 0);
}

/** The check printed where it must bind at least as tightly as `context`. */
function print(check: Check, context: number): string {
  const [text, binding] = printed(check);
  return binding > context ? text : `(${text})`;
}

function printed(check: Check): [text: string, binding: Binding] {
  switch (check.kind) {
    case "always":
      return ["true", Binding.Unary];
    case "never":
      return ["false", Binding.Unary];
    case "typeof":
      return [`typeof ${check.subject} === "${check.type}"`, Binding.Equality];
    case "equals":
      return [`${check.subject} === ${check.literal}`, Binding.Equality];
    case "call":
      return [`${check.callee}(${check.args.map(printArgument).join(", ")})`, Binding.Unary];
    case "not":
      return printedNot(check.check);
    case "all":
    case "any": {
      const { operator, operands } = printOperands(check)!;
      return [operands.join(` ${operator} `), check.kind === "all" ? Binding.And : Binding.Or];
    }
  }
}

/**
 * A conjunction or disjunction as its operator and its operands, each
 * printed as it stands in the whole: what a long one is broken into, an
 * operand a line (layout-statements.ts). Undefined for any other check.
 */
export function printOperands(check: Check): { operator: "&&" | "||"; operands: string[] } | undefined {
  // A `||` operand of `&&` is bracketed, as is an `&&` operand of `||`: And does not exceed And.
  if (check.kind === "all") return { operator: "&&", operands: check.checks.map((operand) => print(operand, Binding.Or)) };
  if (check.kind === "any") return { operator: "||", operands: check.checks.map((operand) => print(operand, Binding.And)) };
  return undefined;
}

function printedNot(check: Check): [text: string, binding: Binding] {
  switch (check.kind) {
    case "typeof":
      return [`typeof ${check.subject} !== "${check.type}"`, Binding.Equality];
    case "equals":
      return [`${check.subject} !== ${check.literal}`, Binding.Equality];
    default:
      return [`!${print(check, Binding.Unary - 1)}`, Binding.Unary];
  }
}

function printArgument(argument: Argument): string {
  if (typeof argument === "string") return argument;
  return `(${argument.parameter}: unknown): ${argument.parameter} is ${argument.type} => ${printCheck(argument.check)}`;
}
