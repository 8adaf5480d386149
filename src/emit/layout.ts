/**
 * Prettier's layout for what the emitter writes that may not fit on a line:
 * an `if` whose consequent moves to the next line, a function whose
 * parameters go one a line. ts-morph prints everything else as prettier
 * would, each statement and member on a line of its own. A statement this
 * module cannot lay out within the print width is left on one line, and the
 * part that holds it is formatted by prettier (format.ts).
 */
import { util } from "prettier";
import { PRETTIER_OPTIONS } from "./prettier-options.js";
import {
  printStructure,
  StructureKind,
  type CodeBlockWriter,
  type FunctionDeclarationStructure,
  type JSDocStructure,
  type OptionalKind,
  type VariableStatementStructure,
  type WriterFunction,
} from "./ts-morph.js";

/** ts-morph's settings: two spaces a level, as prettier indents. */
export const PRINT_OPTIONS = { indentNumberOfSpaces: 2 } as const;

const INDENT = " ".repeat(PRINT_OPTIONS.indentNumberOfSpaces);

/** Whether `line`, at `level` levels of indentation, fits the print width. */
export function fits(line: string, level: number): boolean {
  return level * INDENT.length + util.getStringWidth(line) <= PRETTIER_OPTIONS.printWidth;
}

/** A statement of a function body: code on one line, or an `if` laid out when it is printed. */
export type BodyStatement = string | IfStatement;

/** `if (test) then`, and what `else` does; `test` and `then` are code on one line, `then` ending in `;`. */
export interface IfStatement {
  kind: "if";
  test: string;
  then: string;
  else?: BodyStatement;
}

export function ifStatement(test: string, then: string, otherwise?: BodyStatement): IfStatement {
  return { kind: "if", test, then, ...(otherwise !== undefined && { else: otherwise }) };
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
  const lines = [clause(`${keyword}if (${statement.test})`, statement.then, level)];
  const otherwise = statement.else;
  if (typeof otherwise === "string") lines.push(clause("else", otherwise, level));
  else if (otherwise !== undefined) lines.push(laidOut(otherwise, level, "else "));
  return lines.join("\n");
}

function clause(head: string, then: string, level: number): string {
  const line = `${head} ${then}`;
  // Where neither way fits, prettier breaks the test or the consequent itself: the line is left for it.
  if (fits(line, level) || !fits(head, level) || !fits(then, level + 1)) return line;
  return `${head}\n${INDENT}${then}`;
}

/**
 * A top-level function as prettier prints it: ts-morph's one-line signature
 * where it fits, else each parameter on a line of its own. ts-morph prints
 * the docs and the body either way.
 */
export function printFunction(fn: FunctionDeclarationStructure): string {
  const parameters = (fn.parameters ?? []).map(
    (p) => `${p.name}${p.type === undefined ? "" : `: ${String(p.type)}`}${p.initializer === undefined ? "" : ` = ${String(p.initializer)}`}`,
  );
  const start = `${fn.isExported ? "export " : ""}function ${fn.name}(`;
  const end = `)${fn.returnType === undefined ? "" : `: ${String(fn.returnType)}`}`;
  const broken = [start, ...parameters.map((parameter) => `${INDENT}${parameter},`), `${end} {`];
  if (fits(`${start}${parameters.join(", ")}${end} {`, 0) || !broken.every((line) => fits(line, 0))) {
    return printStructure(fn, PRINT_OPTIONS);
  }
  const docs = (fn.docs ?? []).map(printDoc);
  const declaration: WriterFunction = (writer) =>
    writer.write(broken.slice(0, -1).join("\n") + `\n${end}`).block(() => {
      for (const statement of fn.statements as ReadonlyArray<string | WriterFunction>) {
        if (typeof statement === "string") writer.writeLine(statement);
        else statement(writer);
      }
    });
  return [...docs, printStructure({ kind: StructureKind.SourceFile, statements: [declaration] }, PRINT_OPTIONS).trimEnd()].join("\n");
}

function printDoc(doc: string | OptionalKind<JSDocStructure>): string {
  return printStructure(typeof doc === "string" ? { kind: StructureKind.JSDoc, description: doc } : { ...doc, kind: StructureKind.JSDoc }, PRINT_OPTIONS);
}

/**
 * A top-level variable statement as prettier prints it: on one line where it
 * fits, else, for a call of one name (`v.standardSchema(validatePet)`),
 * broken after the `=`.
 */
export function printVariable(statement: VariableStatementStructure): string {
  const [declaration, ...more] = statement.declarations;
  const { type, initializer } = declaration ?? {};
  if (more.length > 0 || typeof initializer !== "string" || !CALL_OF_A_NAME.test(initializer) || (type !== undefined && typeof type !== "string")) {
    return printStructure(statement, PRINT_OPTIONS);
  }
  const start = `${statement.isExported ? "export " : ""}${statement.declarationKind ?? "let"} ${declaration!.name}${type === undefined ? "" : `: ${type}`} =`;
  const broken = [start, `${INDENT}${initializer};`];
  if (fits(`${start} ${initializer};`, 0) || !broken.every((line) => fits(line, 0))) return printStructure(statement, PRINT_OPTIONS);
  return [...(statement.docs ?? []).map(printDoc), broken.join("\n")].join("\n");
}

const CALL_OF_A_NAME = /^[\w$.]+\([\w$]*\)$/u;

/**
 * `import { names } from "specifier";` as prettier prints it: on one line
 * where it fits, else one name a line. A single name stays on its line.
 */
export function importDeclaration(names: readonly string[], specifier: string): string {
  const line = `import { ${names.join(", ")} } from "${specifier}";`;
  if (names.length === 1 || fits(line, 0)) return line;
  return `import {\n${names.map((name) => `${INDENT}${name},\n`).join("")}} from "${specifier}";`;
}
