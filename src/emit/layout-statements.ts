/**
 * Statements of a function body, laid out when they are printed, at the
 * writer's indentation: an `if` whose consequent, or whose test, does not
 * fit on its line, and a `return` of a long check. Chains of `&&` and `||`
 * come from the check tree (check-tree.ts), broken an operand a line.
 */
import { printCheck, printOperands, type Check } from "./check-tree.js";
import { fits, INDENT } from "./layout.js";
import type { CodeBlockWriter, WriterFunction } from "./ts-morph.js";

/** A statement of a function body: code on one line, or a statement laid out when it is printed. */
export type BodyStatement = string | IfStatement | ReturnStatement;

/** `if (test) then`, and what `else` does; `then` is code on one line, ending in `;`, as is a test given as text. */
export interface IfStatement {
  kind: "if";
  test: Check | string;
  then: string;
  else?: string | IfStatement;
}

/** `return value;`, of a check. */
export interface ReturnStatement {
  kind: "return";
  value: Check;
}

export function ifStatement(test: Check | string, then: string, otherwise?: string | IfStatement): IfStatement {
  return { kind: "if", test, then, ...(otherwise !== undefined && { else: otherwise }) };
}

export function returnStatement(value: Check): ReturnStatement {
  return { kind: "return", value };
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
  const lines = [ifClause(keyword, statement.test, statement.then, level)];
  const otherwise = statement.else;
  if (typeof otherwise === "string") lines.push(clause("else", otherwise, level));
  else if (otherwise !== undefined) lines.push(laidOut(otherwise, level, "else "));
  return lines.join("\n");
}

/**
 * An `if` and its consequent. Where even `if (test)` does not fit, prettier
 * breaks a chain of `&&` or `||` an operand a line inside the brackets, and
 * the consequent goes on the line after them.
 */
function ifClause(keyword: string, test: Check | string, then: string, level: number): string {
  const head = `${keyword}if (${typeof test === "string" ? test : printCheck(test)})`;
  if (fits(head, level)) return clause(head, then, level);
  const chain = typeof test === "string" ? undefined : brokenChain(test);
  const lines = chain && [`${keyword}if (`, ...chain, ")", `${INDENT}${then}`];
  return lines?.every((line) => fits(line, level)) ? lines.join("\n") : `${head} ${then}`;
}

function clause(head: string, then: string, level: number): string {
  const line = `${head} ${then}`;
  // Where neither way fits, prettier breaks the consequent itself: the line is left for it.
  if (fits(line, level) || !fits(then, level + 1)) return line;
  return `${head}\n${INDENT}${then}`;
}

/**
 * `return value;`. Where it does not fit, a chain of `&&` or `||` moves
 * into brackets, on a line of its own, or broken an operand a line where
 * even that line does not fit.
 */
function returned(value: Check, level: number): string {
  const text = printCheck(value);
  const line = `return ${text};`;
  const chain = brokenChain(value);
  if (fits(line, level) || chain === undefined) return line;
  const lines = ["return (", ...(fits(`${INDENT}${text}`, level) ? [`${INDENT}${text}`] : chain), ");"];
  return lines.every((each) => fits(each, level)) ? lines.join("\n") : line;
}

/** The lines of a chain of `&&` or `||` broken an operand a line, one level in; undefined for another check. */
function brokenChain(check: Check): string[] | undefined {
  const chain = printOperands(check);
  return chain?.operands.map((operand, i) => `${INDENT}${operand}${i < chain.operands.length - 1 ? ` ${chain.operator}` : ""}`);
}
