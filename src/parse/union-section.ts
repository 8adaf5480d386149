/**
 * A `## Supported Types` section: a union, one `### \`Type\`` heading per
 * member, each usually followed by an example of the member.
 */
import type { RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../base/span.js";
import type { UnionSection } from "./document.js";
import { spanOf } from "./position.js";
import { parseTypeText, TypeSyntaxError, type TypeExpr } from "./type-expression.js";

export function readUnion(body: RootContent[], depth: number, file: string, at: Span, diagnostics: Diagnostic[]): UnionSection | undefined {
  const members: TypeExpr[] = [];
  for (const node of body) {
    if (node.type !== "heading" || node.depth !== depth + 1) continue;
    const code = node.children.find((child) => child.type === "inlineCode");
    const start = spanOf(node).start;
    const text = code?.type === "inlineCode" ? code.value : toString(node);
    // Point inside the backticks of `### \`X\``.
    const column = code?.position ? code.position.start.column + 1 : start.column;
    try {
      members.push(parseTypeText(text, { line: start.line, column }));
    } catch (error) {
      if (!(error instanceof TypeSyntaxError)) throw error;
      diagnostics.push(diagnostic(file, "unparsable-type", `cannot read union member "${text}": ${error.message}`, error.at));
    }
  }
  if (members.length === 0) {
    diagnostics.push(diagnostic(file, "empty-section", "the Supported Types section lists no types", at));
    return undefined;
  }
  return { kind: "union", members, at };
}
