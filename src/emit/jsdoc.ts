/**
 * JSDoc from spec text. Descriptions are markdown and untrusted: nothing in
 * them may end the comment (`*\/`) or start a tag the text did not mean.
 */
import { parseSync, type Node } from "oxc-parser";
import type { Field, Model } from "../ir/types.js";
import { StructureKind, type JSDocStructure, type OptionalKind } from "./ts-morph.js";

type Tag = { tagName: string; text?: string };

export function jsDoc(description: string, examples: readonly string[], more: readonly Tag[] = []): OptionalKind<JSDocStructure>[] {
  const text = escapeComment(description.trim());
  const tags = [
    ...examples.map((example) => ({ tagName: "example", text: escapeComment(example) })),
    ...more.map((tag) => ({ ...tag, ...(tag.text !== undefined && { text: escapeComment(tag.text) }) })),
  ];
  if (text === "" && tags.length === 0) return [];
  return [{ kind: StructureKind.JSDoc, description: text, tags }];
}

/**
 * A property's JSDoc: its description and examples, the server's default,
 * whether only the server sets it, and whether it is on its way out.
 */
export function fieldJsDoc(field: Field): OptionalKind<JSDocStructure>[] {
  const tags: Tag[] = [
    ...(field.default !== undefined ? [{ tagName: "default", text: field.default }] : []),
    ...(field.readonly ? [{ tagName: "readonly" }] : []),
    ...deprecatedTag(field.deprecated),
  ];
  return jsDoc(field.description, field.examples, tags);
}

/**
 * A model's JSDoc: its description, and those of its examples that are
 * TypeScript. Nothing for a model that has neither: a comment that only
 * repeats the name tells an editor's reader nothing.
 */
export function modelJsDoc(model: Model): OptionalKind<JSDocStructure>[] {
  const examples = model.examples.flatMap((code) => {
    const example = typeScriptExample(code);
    return example === undefined ? [] : ["```ts\n" + example + "\n```"];
  });
  return jsDoc(model.description, examples, deprecatedTag(model.deprecated));
}

/** `@deprecated`, with what the docs say of it, for a field or model they deprecate. */
function deprecatedTag(deprecated: { note?: string } | undefined): Tag[] {
  return deprecated ? [{ tagName: "deprecated", ...(deprecated.note && { text: deprecated.note }) }] : [];
}

/**
 * An `## Example Usage` block as an `@example` of this package: TypeScript
 * that declares values, since editors show `@example` as TypeScript and a
 * Python block (`from sdk.models import X`) means nothing here; and without
 * its imports, which name the SDK the docs were written for, not this
 * package. What is left is the value (`let value: X = { … };`), a value of
 * this package's type. Undefined for a block in another language, one that
 * does more than declare values, one that declares none (`// No examples
 * available for this model`), or one whose values use what only the SDK
 * has: its enum objects (`AnswerValue.ShortText`), its helpers.
 */
export function typeScriptExample(code: string): string | undefined {
  if (PYTHON_LINE.test(code)) return undefined;
  const { program, errors } = parseSync("example.ts", code, { lang: "ts", sourceType: "module" });
  if (errors.length > 0) return undefined;
  let kept = "";
  let from = 0;
  const declarations: Node[] = [];
  for (const statement of program.body) {
    // Values only: `let value: X = …;`. A statement that does something is no example of a type.
    if (statement.type === "VariableDeclaration") {
      declarations.push(statement);
      continue;
    }
    if (statement.type !== "ImportDeclaration") return undefined;
    kept += code.slice(from, statement.start);
    from = statement.end;
  }
  if (declarations.length === 0) return undefined;
  const declared = new Set(declarations.flatMap((statement) => (statement.type === "VariableDeclaration" ? statement.declarations : [])).flatMap(bindingNames));
  if (declarations.some((statement) => usesNameOutside(statement, declared))) return undefined;
  kept += code.slice(from);
  return kept.replace(/^\s*\n/u, "").trimEnd();
}

/** JavaScript's own names a value may use: `new Date(…)`, `BigInt(…)`, `new Uint8Array(…)`. */
const GLOBALS = new Set(["Date", "BigInt", "Number", "String", "Boolean", "Array", "Object", "JSON", "Math", "Uint8Array", "ArrayBuffer", "Blob", "File", "URL", "undefined", "NaN", "Infinity"]);

/** The names a declarator binds (`value`, and those a pattern destructures). */
function bindingNames(declarator: Node): string[] {
  const names: string[] = [];
  visitValues((declarator as { id?: Node }).id, (node) => {
    if (node.type === "Identifier") names.push(node.name);
  });
  return names;
}

/** Whether a declaration's values use a name neither it nor JavaScript declares: one the SDK's imports brought. */
function usesNameOutside(statement: Node, declared: ReadonlySet<string>): boolean {
  let outside = false;
  for (const declarator of statement.type === "VariableDeclaration" ? statement.declarations : []) {
    visitValues(declarator.init ?? undefined, (node) => {
      if (node.type === "Identifier" && !declared.has(node.name) && !GLOBALS.has(node.name)) outside = true;
    });
  }
  return outside;
}

/**
 * Calls `visit` on each node of a value's tree, leaving out types and the
 * names that are no references: a property's key, a member's name.
 */
function visitValues(node: Node | undefined, visit: (node: Node) => void): void {
  if (!node || typeof node.type !== "string") return;
  visit(node);
  for (const [key, child] of Object.entries(node)) {
    if (key === "typeAnnotation" || key === "typeArguments" || key === "typeParameters" || key === "returnType") continue;
    if ((key === "key" || key === "property") && !(node as { computed?: boolean }).computed) continue;
    if (Array.isArray(child)) for (const item of child) visitValues(item as Node, visit);
    else if (child && typeof child === "object") visitValues(child as Node, visit);
  }
}

/** A line only Python writes: an import (`from x import y`, `import x`), a `#` comment, a `def` or `class` header. */
const PYTHON_LINE = /^[ \t]*(?:from[ \t]+[\w.]+[ \t]+import[ \t]|import[ \t]+[\w.]+(?:[ \t]+as[ \t]+\w+)?[ \t]*$|#|(?:def|class)[ \t][^\n]*:[ \t]*$)/mu;

/**
 * Makes text safe inside a block comment and free of accidental tags. A
 * `/*` is escaped too: the code writer would otherwise take it for the start
 * of a comment of its own and close it early.
 */
export function escapeComment(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/gu, "\n")
    .replace(/\*\//gu, "*\\/")
    .replace(/\/\*/gu, "/\\*")
    // `[ \t]`, not `\s`: a run of blank lines must not be rescanned from every line start.
    .replace(/^([ \t]*)@/gmu, "$1\\@");
}

/** Text safe on one line of a line comment: anything but printable ASCII is escaped. */
export function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/gu, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}
