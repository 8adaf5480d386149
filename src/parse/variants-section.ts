/**
 * An `## Enum Variants` section, as OpenAPI Generator's Rust client writes
 * an enum or a oneOf model: a table of the Rust enum's variants.
 *
 *     | Name | Value |            | Name | Description |
 *     |---- | -----|              |---- | -----|
 *     | Image | image |            | ResponseFormatText | … |
 *
 * With a Value column the model is an enum of those values; without one,
 * each variant holds a value of the type it is named for (a model, or one
 * of Rust's types, `String`), and the model is the union of them. A
 * discriminated oneOf has a Value column too, of the discriminator's values
 * (`| Cat | cat |`), and a heading for each variant after the section
 * (`## Cat`): it is the union of the models the variants are named for.
 */
import type { RootContent } from "mdast";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../base/span.js";
import type { UnionSection, ValuesSection } from "./document.js";
import { readTable } from "./field-table.js";
import type { TypeExpr } from "./type-expression.js";
import { memberType, unionOf } from "./union-members.js";
import { readValues } from "./values-section.js";

export function readVariants(
  body: RootContent[],
  source: string,
  file: string,
  at: Span,
  diagnostics: Diagnostic[],
  headingsAfter: ReadonlySet<string>,
): ValuesSection | UnionSection | undefined {
  const table = body.find((node) => node.type === "table");
  if (!table) {
    diagnostics.push(diagnostic(file, "empty-section", "the Enum Variants section has no table of variants", at));
    return undefined;
  }
  const { header, rows } = readTable(table, source);
  const column = Math.max(0, header.indexOf("name"));
  const discriminated = rows.length > 0 && rows.every((row) => headingsAfter.has(row.cells[column]?.text ?? ""));
  if (header.includes("value") && !discriminated) return readValues(body, source, file, at, diagnostics);
  const members: TypeExpr[] = [];
  for (const row of rows) {
    const cell = row.cells[column];
    if (!cell || cell.text === "") continue;
    members.push(memberType(cell.text, cell.at.start, "variant", file, diagnostics));
  }
  return unionOf(members, at, "the Enum Variants section lists no variants", file, diagnostics);
}
