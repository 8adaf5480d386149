/**
 * Top-level declarations as prettier prints them where ts-morph's one line
 * would not fit: a function's parameters a line each, a union a member a
 * line, an array of strings an element a line, a constant broken after its
 * `=` or between its type's arguments, imports a name a line. A declaration
 * that needs its parts (a union's members, say) keeps them beside the text
 * ts-morph prints.
 */
import { allFit, declarationText, fits, INDENT, PRINT_OPTIONS } from "./layout.js";
import {
  printStructure,
  StructureKind,
  type FunctionDeclarationStructure,
  type TypeAliasDeclarationStructure,
  type VariableStatementStructure,
  type WriterFunction,
} from "./ts-morph.js";

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
  if (fits(`${start}${parameters.join(", ")}${end} {`, 0) || !allFit(broken)) {
    return printStructure(fn, PRINT_OPTIONS);
  }
  const declaration: WriterFunction = (writer) =>
    writer.write(broken.slice(0, -1).join("\n") + `\n${end}`).block(() => {
      for (const statement of fn.statements as ReadonlyArray<string | WriterFunction>) {
        if (typeof statement === "string") writer.writeLine(statement);
        else statement(writer);
      }
    });
  return declarationText(fn.docs, [printStructure({ kind: StructureKind.SourceFile, statements: [declaration] }, PRINT_OPTIONS).trimEnd()]);
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
 * union on the next line, or a member a line where that does not fit
 * either. A union with an object type among its members is left to
 * prettier, which may hug it, and so is one whose member is itself a union,
 * which prettier reads as one union.
 */
export function printTypeAlias(alias: TypeAliasDeclarationStructure | UnionAlias): string {
  const members = "unionMembers" in alias ? alias.unionMembers : [];
  const start = `${alias.isExported ? "export " : ""}type ${alias.name} =`;
  const union = `${members.join(" | ")};`;
  const lines = fits(`${INDENT}${union}`, 0)
    ? [start, `${INDENT}${union}`]
    : [start, ...members.map((member, i) => `${INDENT}| ${member}${i === members.length - 1 ? ";" : ""}`)];
  const leftToPrettier = members.length < 2 || members.some((member) => member.startsWith("{") || isUnion(member));
  if (leftToPrettier || fits(`${start} ${union}`, 0) || !allFit(lines)) return printStructure(alias, PRINT_OPTIONS);
  return declarationText(alias.docs, lines);
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
  if (fits(`${start} ${initializer};`, 0) || !lines || !allFit(lines)) return printStructure(statement, PRINT_OPTIONS);
  return declarationText(statement.docs, lines);
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
  if (!stringsOnly || fits(`${start}${elements.join(", ")}] as const;`, 0) || !allFit(lines)) {
    return printStructure(statement, PRINT_OPTIONS);
  }
  return declarationText(statement.docs, lines);
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
