/**
 * Top-level declarations as prettier prints them where ts-morph's one line
 * would not fit: a function's parameters a line each, a union a member a
 * line, an array of strings an element a line, a constant broken after its
 * `=` or between its type's arguments, imports a name a line. A declaration
 * that needs its parts (a union's members, say) keeps them beside the text
 * ts-morph prints.
 */
import { allFit, declarationText, fits, INDENT, PRINT_OPTIONS } from "./layout.js";
import { PRETTIER_OPTIONS } from "./prettier-options.js";
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
 * the docs and the body either way. Only plain parameters and a plain
 * signature are laid out here; anything else is left to prettier.
 */
export function printFunction(fn: FunctionDeclarationStructure): string {
  const plain = (fn.parameters ?? []).every((p) => !p.isRestParameter && !p.hasQuestionToken && p.decorators === undefined && p.scope === undefined);
  const unusual = fn.typeParameters?.length || fn.isAsync || fn.isGenerator || fn.isDefaultExport || fn.hasDeclareKeyword || !plain;
  const parameters = (fn.parameters ?? []).map(
    (p) => `${p.name}${p.type === undefined ? "" : `: ${String(p.type)}`}${p.initializer === undefined ? "" : ` = ${String(p.initializer)}`}`,
  );
  const start = `${exportKeyword(fn)}function ${fn.name}(`;
  const end = `)${fn.returnType === undefined ? "" : `: ${String(fn.returnType)}`}`;
  const broken = [start, ...parameters.map((parameter) => `${INDENT}${parameter},`), `${end} {`];
  if (unusual || parameters.length === 0 || fits(`${start}${parameters.join(", ")}${end} {`, 0) || !allFit(broken)) {
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
 * either. Left to prettier: a union of one member beside `null` and `void`
 * only, which prettier may hug, and one whose member is itself a union,
 * which prettier reads as one union.
 */
export function printTypeAlias(alias: TypeAliasDeclarationStructure | UnionAlias): string {
  const members = "unionMembers" in alias ? alias.unionMembers : [];
  const start = `${exportKeyword(alias)}type ${alias.name} =`;
  const union = `${members.join(" | ")};`;
  const lines = fits(`${INDENT}${union}`, 0)
    ? [start, `${INDENT}${union}`]
    : [start, ...members.map((member, i) => `${INDENT}| ${member}${i === members.length - 1 ? ";" : ""}`)];
  // prettier hugs an object type or a type's name beside `null` and `void`: any one member is left to it, which is safe.
  const besideNullOnly = members.filter((member) => member !== "null" && member !== "void").length === 1;
  const leftToPrettier = members.length < 2 || besideNullOnly || members.some(isUnion);
  if (leftToPrettier || fits(`${start} ${union}`, 0) || !allFit(lines)) return printStructure(alias, PRINT_OPTIONS);
  return declarationText(alias.docs, lines);
}

/** Whether a type's text is a union at its top level: a `|` outside any bracket or string. */
function isUnion(type: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < type.length; i++) {
    const char = type[i]!;
    if (quote !== undefined) {
      if (char === "\\") i++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || char === "`") quote = char;
    else if ("([{<".includes(char)) depth++;
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
 * fits; else, for a call of a name with at most one argument
 * (`v.standardSchema(validatePet)`), broken after the `=`, or where even the
 * `=` does not fit, with the arguments of a generic type a line each.
 * prettier breaks after the `=` only where the argument is short (a quarter
 * of the print width) or the call's opening bracket does not fit on the
 * first line either; otherwise it breaks inside the brackets, which is left
 * to it.
 */
export function printVariable(statement: VariableStatementStructure | GenericConstant | ArrayConstant): string {
  if ("arrayElements" in statement) return printArrayConstant(statement);
  const [declaration, ...more] = statement.declarations;
  const { type, initializer } = declaration ?? {};
  const call = typeof initializer === "string" ? CALL_OF_A_NAME.exec(initializer) : null;
  if (more.length > 0 || call === null || (type !== undefined && typeof type !== "string")) {
    return printStructure(statement, PRINT_OPTIONS);
  }
  const [, callee, argument] = call as unknown as [string, string, string];
  const declared = `${declarationHead(statement)} ${declaration!.name}`;
  const start = `${declared}${type === undefined ? "" : `: ${type}`} =`;
  const generic = "genericType" in statement ? statement.genericType : undefined;
  const brokenType = generic && [
    `${declared}: ${generic.name}<`,
    // Type arguments take no trailing comma.
    ...generic.arguments.map((argument, i) => `${INDENT}${argument}${i < generic.arguments.length - 1 ? "," : ""}`),
    `> = ${initializer};`,
  ];
  const shortArgument = argument.length <= PRETTIER_OPTIONS.printWidth / 4;
  const breaksAfterOperator = shortArgument || !fits(`${start} ${callee}(`, 0);
  const lines = !fits(start, 0) ? brokenType : breaksAfterOperator ? [start, `${INDENT}${initializer};`] : undefined;
  if (fits(`${start} ${initializer};`, 0) || !lines || !allFit(lines)) return printStructure(statement, PRINT_OPTIONS);
  return declarationText(statement.docs, lines);
}

/**
 * An array of string literals, where it does not fit, an element a line.
 * prettier fills the lines of an array of numbers instead, and moves an
 * empty one to the next line: those are left to it.
 */
function printArrayConstant(statement: ArrayConstant): string {
  const { name } = statement.declarations[0]!;
  const elements = statement.arrayElements;
  const start = `${declarationHead(statement)} ${name} = [`;
  const lines = [start, ...elements.map((element) => `${INDENT}${element},`), "] as const;"];
  const stringsOnly = elements.every((element) => element.startsWith('"') || element.startsWith("'"));
  // An empty array is not broken: prettier moves it after the `=`.
  if (elements.length === 0 || !stringsOnly || fits(`${start}${elements.join(", ")}] as const;`, 0) || !allFit(lines)) {
    return printStructure(statement, PRINT_OPTIONS);
  }
  return declarationText(statement.docs, lines);
}

/** A call of a dotted name with at most one argument, a name or number: its callee and argument. */
const CALL_OF_A_NAME = /^([\w$.]+)\(([\w$]*)\)$/u;

/** `export ` for an exported declaration. */
function exportKeyword(declaration: { isExported?: boolean }): string {
  return declaration.isExported ? "export " : "";
}

/** `export const`, say: how a variable statement starts. */
function declarationHead(statement: VariableStatementStructure): string {
  return `${exportKeyword(statement)}${statement.declarationKind ?? "let"}`;
}

/**
 * `import { names } from "specifier";` as prettier prints it: on one line
 * where it fits, else one name a line. A single name stays on its line.
 */
export function importDeclaration(names: readonly string[], specifier: string): string {
  const line = `import { ${names.join(", ")} } from "${specifier}";`;
  if (names.length === 1 || fits(line, 0)) return line;
  return `import {\n${names.map((name) => `${INDENT}${name},\n`).join("")}} from "${specifier}";`;
}
