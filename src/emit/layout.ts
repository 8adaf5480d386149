/**
 * Prettier's layout for what the emitter writes that may not fit on a line:
 * an `if` whose consequent moves to the next line, a function whose
 * parameters go one a line. ts-morph prints everything else as prettier
 * would, each statement and member on a line of its own. A statement this
 * module cannot lay out within the print width is left on one line, and the
 * part that holds it is formatted by prettier (format.ts).
 */
import { util } from "prettier";
import { printCheck, printOperands, type Check } from "./check-tree.js";
import { PRETTIER_OPTIONS } from "./prettier-options.js";
import {
  printStructure,
  StructureKind,
  type CodeBlockWriter,
  type FunctionDeclarationStructure,
  type JSDocStructure,
  type OptionalKind,
  type TypeAliasDeclarationStructure,
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

/** A statement of a function body: code on one line, or a statement laid out when it is printed. */
export type BodyStatement = string | IfStatement | ReturnStatement;

/** `if (test) then`, and what `else` does; `then` is code on one line, ending in `;`, as is a test given as text. */
export interface IfStatement {
  kind: "if";
  test: Check | string;
  then: string;
  else?: BodyStatement;
}

/** `return value;`, of a check. */
export interface ReturnStatement {
  kind: "return";
  value: Check;
}

export function ifStatement(test: Check | string, then: string, otherwise?: BodyStatement): IfStatement {
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

/** A type alias of a union, its members kept beside the type's text: prettier breaks a long one a member a line. */
export interface UnionAlias extends TypeAliasDeclarationStructure {
  unionMembers: readonly string[];
}

export function unionAlias(alias: Omit<TypeAliasDeclarationStructure, "type">, members: readonly string[]): UnionAlias {
  return { ...alias, type: members.join(" | "), unionMembers: members };
}

/**
 * A type alias as prettier prints it: on one line where it fits, else a
 * union on the next line, or a member a line where that does not fit either. A union with an object type among its members is
 * left to prettier, which may hug it, and so is one whose member is itself
 * a union, which prettier reads as one union.
 */
export function printTypeAlias(alias: TypeAliasDeclarationStructure | UnionAlias): string {
  const members = "unionMembers" in alias ? alias.unionMembers : [];
  const start = `${alias.isExported ? "export " : ""}type ${alias.name} =`;
  const union = `${members.join(" | ")};`;
  const lines = fits(`${INDENT}${union}`, 0)
    ? [start, `${INDENT}${union}`]
    : [start, ...members.map((member, i) => `${INDENT}| ${member}${i === members.length - 1 ? ";" : ""}`)];
  if (members.length < 2 || members.some((member) => member.startsWith("{") || isUnion(member)) || fits(`${start} ${union}`, 0) || !lines.every((line) => fits(line, 0))) {
    return printStructure(alias, PRINT_OPTIONS);
  }
  return [...(alias.docs ?? []).map(printDoc), lines.join("\n")].join("\n");
}

/** Whether a type's text is a union at its top level: a `|` outside any bracket. */
function isUnion(type: string): boolean {
  let depth = 0;
  for (const char of type) {
    if ("([{<".includes(char)) depth++;
    else if (")]}>".includes(char)) depth--;
    else if (char === "|" && depth === 0) return true;
  }
  return false;
}

/** A constant array of literals, its elements kept beside the initializer's text: prettier breaks a long one an element a line. */
export interface ArrayConstant extends VariableStatementStructure {
  arrayElements: readonly string[];
}

/** `const name = [elements] as const;` */
export function constArray(statement: Omit<VariableStatementStructure, "declarations" | "kind">, name: string, elements: readonly string[]): ArrayConstant {
  return {
    ...statement,
    kind: StructureKind.VariableStatement,
    declarations: [{ name, initializer: `[${elements.join(", ")}] as const` }],
    arrayElements: elements,
  };
}

/**
 * A constant of a generic type (`v.StandardSchemaV1<unknown, Pet>`), its
 * type's name and arguments kept beside the type's text: prettier breaks a
 * long one an argument a line.
 */
export interface GenericConstant extends VariableStatementStructure {
  genericType: { name: string; arguments: readonly string[] };
}

/**
 * A top-level variable statement as prettier prints it: on one line where it
 * fits; else, for a call of one name (`v.standardSchema(validatePet)`),
 * broken after the `=`, or where even the `=` does not fit, with the
 * arguments of a generic type a line each.
 */
export function printVariable(statement: VariableStatementStructure | GenericConstant | ArrayConstant): string {
  if ("arrayElements" in statement) return printArrayConstant(statement);
  const [declaration, ...more] = statement.declarations;
  const { type, initializer } = declaration ?? {};
  if (more.length > 0 || typeof initializer !== "string" || !CALL_OF_A_NAME.test(initializer) || (type !== undefined && typeof type !== "string")) {
    return printStructure(statement, PRINT_OPTIONS);
  }
  const declared = `${statement.isExported ? "export " : ""}${statement.declarationKind ?? "let"} ${declaration!.name}`;
  const start = `${declared}${type === undefined ? "" : `: ${type}`} =`;
  const generic = "genericType" in statement ? statement.genericType : undefined;
  const brokenType = generic && [
    `${declared}: ${generic.name}<`,
    // Type arguments take no trailing comma.
    ...generic.arguments.map((argument, i) => `${INDENT}${argument}${i < generic.arguments.length - 1 ? "," : ""}`),
    `> = ${initializer};`,
  ];
  const lines = fits(start, 0) ? [start, `${INDENT}${initializer};`] : brokenType;
  if (fits(`${start} ${initializer};`, 0) || !lines?.every((line) => fits(line, 0))) return printStructure(statement, PRINT_OPTIONS);
  return [...(statement.docs ?? []).map(printDoc), lines.join("\n")].join("\n");
}

/**
 * An array of string literals, where it does not fit, an element a line.
 * prettier fills the lines of an array of numbers instead: that is left to it.
 */
function printArrayConstant(statement: ArrayConstant): string {
  const { name } = statement.declarations[0]!;
  const elements = statement.arrayElements;
  const start = `${statement.isExported ? "export " : ""}${statement.declarationKind ?? "let"} ${name} = [`;
  const lines = [start, ...elements.map((element) => `${INDENT}${element},`), "] as const;"];
  const stringsOnly = elements.every((element) => element.startsWith('"') || element.startsWith("'"));
  if (!stringsOnly || fits(`${start}${elements.join(", ")}] as const;`, 0) || !lines.every((line) => fits(line, 0))) {
    return printStructure(statement, PRINT_OPTIONS);
  }
  return [...(statement.docs ?? []).map(printDoc), lines.join("\n")].join("\n");
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
