/**
 * JSDoc from spec text. Descriptions are markdown and untrusted: nothing in
 * them may end the comment (`*\/`) or start a tag the text did not mean.
 */
import type { Node, VariableDeclaration } from "oxc-parser";
import { exampleProgram, walkedOr } from "../ir/example-value.js";
import type { Field, Model } from "../ir/types.js";
import { hiddenShown } from "../base/hidden-text.js";
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
  const parsed = exampleProgram(code);
  if (!parsed || parsed.errors.length > 0) return undefined;
  const { program } = parsed;
  let kept = "";
  let from = 0;
  const declarations: VariableDeclaration[] = [];
  const imported = new Set<string>();
  for (const statement of program.body) {
    // Values only: `let value: X = …;`. A statement that does something is no example of a type.
    if (statement.type === "VariableDeclaration") {
      declarations.push(statement);
      continue;
    }
    if (statement.type !== "ImportDeclaration") return undefined;
    for (const specifier of statement.specifiers) imported.add(specifier.local.name);
    kept += code.slice(from, statement.start);
    from = statement.end;
  }
  if (declarations.length === 0) return undefined;
  const declarators = declarations.flatMap((statement) => statement.declarations);
  const names = walkedOr(() => declarators.map((declarator) => ({ bound: namesIn(declarator.id), used: namesIn(declarator.init) })), undefined);
  if (!names) return undefined;
  const declared = new Set(names.flatMap(({ bound }) => bound));
  // What the SDK's imports brought, or what neither the block nor JavaScript declares, this package does not have.
  const theSdks = (name: string) => imported.has(name) || (!declared.has(name) && !(name in globalThis));
  if (names.some(({ used }) => used.some(theSdks))) return undefined;
  kept += code.slice(from);
  return kept.replace(/^\s*\n/u, "").trimEnd();
}

/** The names a tree holds as references or bindings, leaving out types and the names that are neither: a property's key, a member's name. */
function namesIn(root: Node | null | undefined): string[] {
  const names: string[] = [];
  const visit = (node: Node | null | undefined): void => {
    if (!node || typeof node.type !== "string") return;
    if (node.type === "Identifier") names.push(node.name);
    for (const [key, child] of Object.entries(node)) {
      if (key === "typeAnnotation" || key === "typeArguments" || key === "typeParameters" || key === "returnType") continue;
      if ((key === "key" || key === "property") && !(node as { computed?: boolean }).computed) continue;
      if (Array.isArray(child)) for (const item of child) visit(item as Node);
      else if (child && typeof child === "object") visit(child as Node);
    }
  };
  visit(root);
  return names;
}

/** A line only Python writes: an import (`from x import y`, `import x`), a `#` comment, a `def` or `class` header. */
const PYTHON_LINE = /^[ \t]*(?:from[ \t]+[\w.]+[ \t]+import[ \t]|import[ \t]+[\w.]+(?:[ \t]+as[ \t]+\w+)?[ \t]*$|#|(?:def|class)[ \t][^\n]*:[ \t]*$)/mu;

/**
 * Makes text safe inside a block comment and free of accidental tags, and
 * shows the characters that would hide in it (base/hidden-text.ts). A
 * `/*` is escaped too: the code writer would otherwise take it for the start
 * of a comment of its own and close it early.
 */
export function escapeComment(text: string): string {
  return hiddenShown(text.replace(/\r\n?|[\u2028\u2029]/gu, "\n"))
    .replace(/\*\//gu, "*\\/")
    .replace(/\/\*/gu, "/\\*")
    // `[ \t]`, not `\s`: a run of blank lines must not be rescanned from every line start.
    .replace(/^([ \t]*)@/gmu, "$1\\@");
}

/** Text safe on one line of a line comment: anything but printable ASCII is escaped. */
export function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/gu, (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`);
}
