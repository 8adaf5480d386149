/**
 * Statements of a function body, laid out when they are printed, at the
 * writer's indentation: an `if` whose consequent, or whose test, does not
 * fit on its line, a `return` of a long check, and a long call. Chains of
 * `&&` and `||` come from the check tree (check-tree.ts), broken an operand
 * a line; calls and arrays (layout-expressions.ts) an argument a line.
 */
import { alwaysBroken, callOfCheck, expressionLines, printExpression, type ArrayExpression, type CallExpression, type ConditionalExpression } from "./layout-expressions.js";
import { printCheck, printOperands, type Check } from "./check-tree.js";
import { fits, INDENT } from "./layout.js";
import type { CodeBlockWriter, WriterFunction } from "./ts-morph.js";

/** A statement of a function body: code on one line, or a statement laid out when it is printed. */
export type BodyStatement = string | IfStatement | ReturnStatement | ExpressionStatement;

/** What an `if` or `else` does without braces: code on one line, ending in `;`, or a call. */
export type Clause = string | ExpressionStatement;

/** `if (test) then`, and what `else` does; a test given as text is code on one line. */
export interface IfStatement {
  kind: "if";
  test: Check | string;
  then: Clause;
  else?: Clause | IfStatement;
}

/** `return value;`, of a check. */
export interface ReturnStatement {
  kind: "return";
  value: Check;
}

/** A call as a statement, `call;`, or what `return` or `throw` gives: a call, an array or a conditional. */
export interface ExpressionStatement {
  kind: "expression";
  keyword: "" | "return" | "throw";
  expression: CallExpression | ArrayExpression | ConditionalExpression;
}

export function ifStatement(test: Check | string, then: Clause, otherwise?: Clause | IfStatement): IfStatement {
  return { kind: "if", test, then, ...(otherwise !== undefined && { else: otherwise }) };
}

export function returnStatement(value: Check): ReturnStatement {
  return { kind: "return", value };
}

export function expressionStatement(expression: ExpressionStatement["expression"], keyword: ExpressionStatement["keyword"] = ""): ExpressionStatement {
  return { kind: "expression", keyword, expression };
}

/** Writes the statements at the writer's indentation, each laid out for it. */
export function writeStatements(writer: CodeBlockWriter, statements: readonly BodyStatement[]): void {
  const level = writer.getIndentationLevel();
  for (const statement of statements) writer.writeLine(laidOut(statement, level));
}

/** The statements as a function structure takes them. */
export function bodyStatements(statements: readonly BodyStatement[]): WriterFunction[] {
  return statements.length === 0 ? [] : [(writer) => writeStatements(writer, statements)];
}

/**
 * A statement's text at `level`. Prettier keeps an `if` and its consequent
 * on one line where they fit, else moves the consequent to the next line,
 * one level in; each `else` starts a line of its own.
 */
function laidOut(statement: BodyStatement, level: number, keyword = ""): string {
  if (typeof statement === "string") return `${keyword}${statement}`;
  if (statement.kind === "return") return `${keyword}${returned(statement.value, level)}`;
  if (statement.kind === "expression") return `${keyword}${clauseLines(statement, level).join("\n")}`;
  const lines = [ifClause(keyword, statement.test, statement.then, level)];
  const otherwise = statement.else;
  if (otherwise === undefined) return lines.join("\n");
  lines.push(typeof otherwise === "string" || otherwise.kind === "expression" ? clause("else", otherwise, level) : laidOut(otherwise, level, "else "));
  return lines.join("\n");
}

/**
 * An `if` and its consequent. Where even `if (test)` does not fit, prettier
 * breaks a chain of `&&` or `||` an operand a line inside the brackets, and
 * the consequent goes on the line after them.
 */
function ifClause(keyword: string, test: Check | string, then: Clause, level: number): string {
  const head = `${keyword}if (${typeof test === "string" ? test : printCheck(test)})`;
  if (fits(head, level)) return clause(head, then, level);
  const chain = typeof test === "string" ? undefined : brokenChain(test, level, true);
  const consequent = clauseLines(then, level + 1);
  const lines = chain && [`${keyword}if (`, ...chain, ")", ...consequent.map((line) => `${INDENT}${line}`)];
  return lines?.every((line) => fits(line, level)) ? lines.join("\n") : `${head} ${clauseText(then)}`;
}

function clause(head: string, then: Clause, level: number): string {
  const line = `${head} ${clauseText(then)}`;
  if (fits(line, level) && (typeof then === "string" || !alwaysBroken(then.expression))) return line;
  // Where the consequent cannot be laid out on the lines after, prettier breaks it its own way: the line is left for it.
  const consequent = clauseLines(then, level + 1);
  if (!consequent.every((each) => fits(each, level + 1))) return line;
  return [head, ...consequent.map((each) => `${INDENT}${each}`)].join("\n");
}

/** A clause on one line. */
function clauseText(clause: Clause): string {
  return typeof clause === "string" ? clause : `${keywordText(clause)}${printExpression(clause.expression)};`;
}

/** A clause's lines at `level`: a call or array broken a part a line where it does not fit; otherwise one line, fitting or not. */
function clauseLines(clause: Clause, level: number): string[] {
  if (typeof clause === "string") return [clause];
  const { expression } = clause;
  const lines = expression.kind === "conditional" ? conditionalLines(expression, keywordText(clause), level) : expressionLines(expression, ";", level, keywordText(clause));
  return lines ?? [clauseText(clause)];
}

/**
 * `test ? consequent : alternate;` after `prefix`, where it does not fit on
 * a line: the test stays after the prefix, and `?` and `:` start the lines
 * after it, one level in. Undefined where a line of that does not fit.
 */
function conditionalLines(conditional: ConditionalExpression, prefix: string, level: number): string[] | undefined {
  // A conditional with a part prettier must break is not followed here.
  if (alwaysBroken(conditional)) return undefined;
  const line = `${prefix}${printExpression(conditional)};`;
  if (fits(line, level)) return [line];
  const lines = [
    `${prefix}${printCheck(conditional.test)}`,
    `${INDENT}? ${printExpression(conditional.consequent)}`,
    `${INDENT}: ${printExpression(conditional.alternate)};`,
  ];
  return lines.every((each) => fits(each, level)) ? lines : undefined;
}

function keywordText(statement: ExpressionStatement): string {
  return statement.keyword === "" ? "" : `${statement.keyword} `;
}

/**
 * `return value;`. Where it does not fit, a chain of `&&` or `||` moves
 * into brackets, on a line of its own, or broken an operand a line where
 * even that line does not fit.
 */
function returned(value: Check, level: number): string {
  const text = printCheck(value);
  const line = `return ${text};`;
  const chain = brokenChain(value, level, false);
  if (fits(line, level) || chain === undefined) return line;
  const lines = ["return (", ...(fits(`${INDENT}${text}`, level) ? [`${INDENT}${text}`] : chain), ");"];
  return lines.every((each) => fits(each, level)) ? lines.join("\n") : line;
}

/**
 * The lines of a chain of `&&` or `||` at `level`, broken an operand a line,
 * one level in; undefined for another check. An operand that does not fit
 * its line is broken too: a negated chain inside its `!(` and `)`, an
 * operand a line; a call as calls are (layout-expressions.ts). Outside an
 * `if`'s test (after `return (` or `!(`), prettier may keep the next
 * operand on a broken operand's last line: such a chain is left to it.
 */
function brokenChain(check: Check, level: number, inIfTest: boolean): string[] | undefined {
  const chain = printOperands(check);
  if (chain === undefined || (check.kind !== "all" && check.kind !== "any")) return undefined;
  const operands = check.checks.map((operand, i) => {
    const after = i < check.checks.length - 1 ? ` ${chain.operator}` : "";
    const line = `${INDENT}${chain.operands[i]}${after}`;
    if (fits(line, level)) return [line];
    const negated = operand.kind === "not" ? operand.check : undefined;
    const inner = negated && brokenChain(negated, level + 1, false);
    if (negated && inner) {
      // Where the chain would fit on one line inside the brackets, prettier's choice depends on more than this follows.
      if (fits(`${INDENT}${INDENT}${printCheck(negated)}`, level)) return [line];
      return [`${INDENT}!(`, ...inner.map((each) => `${INDENT}${each}`), `${INDENT})${after}`];
    }
    const called = callOfCheck(negated ?? operand);
    const lines = called && expressionLines(called, after, level + 1, negated ? "!" : "");
    return lines ? lines.map((each) => `${INDENT}${each}`) : [line];
  });
  if (!inIfTest && operands.some((lines) => lines.length > 1)) return undefined;
  return operands.flat();
}
