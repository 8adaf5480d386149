/**
 * A `## Class instance methods` section, as OpenAPI Generator's Ruby client
 * writes a oneOf or anyOf model: no table, but the class methods that list
 * its members, each with an example of what it returns.
 *
 *     ### `openapi_one_of`
 *     ```ruby
 *     IntersightClient::AdapterUnitRelationship.openapi_one_of
 *     # =>
 *     # [
 *     #   :'AdapterUnit',
 *     #   :'MoMoRef',
 *     #   :'Null'
 *     # ]
 *     ```
 *
 * The model is the union of the members the list names (`Null` is null).
 */
import type { Heading, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Point, Span } from "../base/span.js";
import type { UnionSection } from "./document.js";
import { spanOf } from "./position.js";
import type { TypeExpr } from "./type-expression.js";
import { memberType, unionOf } from "./union-members.js";

const LISTING_METHODS = new Set(["openapi_one_of", "openapi_any_of"]);

/** `#   :'AdapterUnit',` or `#   :"Array<String>"`: one member in the example's comment. */
const MEMBER = /^#\s*:(['"])([^'"]+)\1,?\s*$/u;

export function readClassMethods(body: RootContent[], file: string, at: Span, diagnostics: Diagnostic[]): UnionSection | undefined {
  const method = body.findIndex((node) => node.type === "heading" && LISTING_METHODS.has(toString(node).trim()));
  const depth = method === -1 ? 0 : (body[method] as Heading).depth;
  // The method's example, under its own `#### Example` heading, before the next method's heading.
  const example = method === -1 ? undefined : body.slice(method + 1).find((node) => node.type === "code" || (node.type === "heading" && node.depth <= depth));
  const members: TypeExpr[] = [];
  if (example?.type === "code") {
    const firstLine = spanOf(example).start.line + 1;
    example.value.split("\n").forEach((line, i) => {
      const member = MEMBER.exec(line.trim());
      if (!member) return;
      const name = member[2]!;
      const from: Point = { line: firstLine + i, column: line.indexOf(name) + 1 };
      members.push(memberType(name === "Null" ? "null" : name, from, "member", file, diagnostics));
    });
  }
  return unionOf(members, at, "the Class instance methods section lists no members (`openapi_one_of` or `openapi_any_of`)", file, diagnostics);
}
