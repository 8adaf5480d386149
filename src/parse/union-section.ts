/**
 * A `## Supported Types` section: a union, one `### \`Type\`` heading per
 * member, each usually followed by an example of the member. Some Python
 * docs leave a heading empty; the example's annotation then names the
 * member (`loc: str = /* values here *\/`). Older Python docs head a member
 * with its schema's title in plain text, which need not be its type
 * (`### SourceE2eTestCloud` above `c: Union[shared.ContinuousFeed] = …`):
 * there too the annotation, where it reads as a type, names the member.
 */
import type { Code, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Point, Span } from "../base/span.js";
import type { UnionSection } from "./document.js";
import { spanOf } from "./position.js";
import { parseTypeText, TypeSyntaxError, type TypeExpr } from "./type-expression.js";
import { memberType, unionOf } from "./union-members.js";

export function readUnion(body: RootContent[], depth: number, file: string, at: Span, diagnostics: Diagnostic[]): UnionSection | undefined {
  const members: TypeExpr[] = [];
  for (const [index, node] of body.entries()) {
    if (node.type !== "heading" || node.depth !== depth + 1) continue;
    const code = node.children.find((child) => child.type === "inlineCode");
    const start = spanOf(node).start;
    let text = code?.type === "inlineCode" ? code.value : toString(node);
    // Point at the text: inside the backticks of `### \`X\``, after the `### ` of `### X`.
    const textStart = code?.position ? code.position.start.column + 1 : node.children[0]?.position?.start.column;
    let from = { line: start.line, column: textStart ?? start.column };
    const annotated = code === undefined ? annotationAfter(body, index, depth) : undefined;
    // A plain heading yields to an annotation that reads as a type; an empty one to any annotation.
    const annotatedType = annotated && text.trim() !== "" ? typeIn(annotated.text, annotated.from) : undefined;
    if (annotatedType) {
      members.push(annotatedType);
      continue;
    }
    if (annotated && text.trim() === "") ({ text, from } = annotated);
    members.push(memberType(text, from, "union member", file, diagnostics));
  }
  return unionOf(members, at, "the Supported Types section lists no types", file, diagnostics);
}

function typeIn(text: string, from: Point): TypeExpr | undefined {
  try {
    return parseTypeText(text, from);
  } catch (error) {
    if (!(error instanceof TypeSyntaxError)) throw error;
    return undefined;
  }
}

const MAX_ANNOTATION = 500;

/** `name: T = …`, `const name: T = …`: a declaration's annotation, and the column it starts at. */
const ANNOTATED = /^((?:(?:const|let|var)\s+)?[\p{L}_$][\p{L}\p{N}_$]*\s*:\s*)(.+?)\s*=/u;

/** The type annotated in the first line of the member's example, the code block under its heading. */
function annotationAfter(body: readonly RootContent[], heading: number, depth: number): { text: string; from: { line: number; column: number } } | undefined {
  for (const node of body.slice(heading + 1)) {
    if (node.type === "heading" && node.depth <= depth + 1) return undefined;
    if (node.type !== "code") continue;
    // A declaration's start is short; a line of any length is not searched for it.
    const match = ANNOTATED.exec((node as Code).value.split("\n", 1)[0]!.slice(0, MAX_ANNOTATION));
    // The block's first line of code is the line after its opening fence.
    return match ? { text: match[2]!, from: { line: spanOf(node).start.line + 1, column: match[1]!.length + 1 } } : undefined;
  }
  return undefined;
}
