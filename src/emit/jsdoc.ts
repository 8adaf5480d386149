/**
 * JSDoc from spec text. Descriptions are markdown and untrusted: nothing in
 * them may end the comment (`*\/`) or start a tag the text did not mean.
 */
import { StructureKind, type JSDocStructure, type OptionalKind } from "./ts-morph.js";

export function jsDoc(description: string, examples: readonly string[]): OptionalKind<JSDocStructure>[] {
  const text = escapeComment(description.trim());
  const tags = examples.map((example) => ({ tagName: "example", text: escapeComment(example) }));
  if (text === "" && tags.length === 0) return [];
  return [{ kind: StructureKind.JSDoc, description: text, tags }];
}

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
