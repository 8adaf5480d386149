/**
 * A `## oneOf schemas` or `## anyOf schemas` section, as OpenAPI Generator's
 * Java client writes a oneOf or anyOf model: a list of links to its
 * members' pages, or, for a member of one of Java's own types, to a page
 * the generator never writes (`* [Double](Double.md)`, which is read as
 * that type where no spec is there).
 *
 *     ## oneOf schemas
 *     * [PaymentMethodBankTransfer](PaymentMethodBankTransfer.md)
 *     * [PaymentMethodCash](PaymentMethodCash.md)
 *
 *     NOTE: this class is nullable.
 *
 * The model is the union of the members, and of null where the section
 * says the class is nullable.
 */
import type { List, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../base/span.js";
import type { UnionSection } from "./document.js";
import { spanOf } from "./position.js";
import { parseTypeCell, parseTypeText, TypeSyntaxError, type TypeExpr } from "./type-expression.js";
import { unionOf } from "./union-members.js";

const NULLABLE_NOTE = /^NOTE: this class is nullable\.?$/iu;

export function readSchemasList(body: RootContent[], source: string, file: string, at: Span, diagnostics: Diagnostic[]): UnionSection | undefined {
  const members: TypeExpr[] = [];
  const list = body.find((node): node is List => node.type === "list");
  for (const item of list?.children ?? []) {
    const [paragraph] = item.children;
    if (paragraph?.type !== "paragraph") continue;
    // A member whose name has a space (`[Map<String, Integer>](Map<String, Integer>.md)`) is no link to markdown:
    // its text between the brackets is the type.
    const unlinked = /^\[(.+)\]\(.*\)$/su.exec(toString(paragraph).trim());
    try {
      members.push(unlinked ? parseTypeText(unlinked[1]!, spanOf(paragraph).start) : parseTypeCell(paragraph.children, source, spanOf(paragraph)));
    } catch (error) {
      if (!(error instanceof TypeSyntaxError)) throw error;
      diagnostics.push(diagnostic(file, "unparsable-type", `cannot read member "${toString(paragraph)}": ${error.message}`, error.at));
      members.push({ kind: "unreadable", at: error.at });
    }
  }
  if (members.length > 0 && body.some((node) => node.type === "paragraph" && NULLABLE_NOTE.test(toString(node).trim()))) {
    members.push({ kind: "name", name: "null", at });
  }
  return unionOf(members, at, "the section lists no members (`* [Member](Member.md)`)", file, diagnostics);
}
