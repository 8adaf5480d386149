/**
 * What the sections that list a union's members share, whichever way a
 * generator lists them (headings, a table of variants, a class method's
 * example): each member is read from its text, and a section that lists
 * none makes no model.
 */
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Point, Span } from "../base/span.js";
import type { UnionSection } from "./document.js";
import { parseTypeText, TypeSyntaxError, type TypeExpr } from "./type-expression.js";

/** The type a member's text writes; one that cannot be read is reported, and kept as unreadable. */
export function memberType(text: string, from: Point, what: string, file: string, diagnostics: Diagnostic[]): TypeExpr {
  try {
    return parseTypeText(text, from);
  } catch (error) {
    if (!(error instanceof TypeSyntaxError)) throw error;
    diagnostics.push(diagnostic(file, "unparsable-type", `cannot read ${what} "${text}": ${error.message}`, error.at));
    return { kind: "unreadable", at: error.at };
  }
}

/** The union of the members, or, where there are none, no model and an `empty-section` warning saying `empty`. */
export function unionOf(members: TypeExpr[], at: Span, empty: string, file: string, diagnostics: Diagnostic[]): UnionSection | undefined {
  if (members.length > 0) return { kind: "union", members, at };
  diagnostics.push(diagnostic(file, "empty-section", empty, at));
  return undefined;
}
