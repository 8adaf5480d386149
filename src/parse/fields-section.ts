/**
 * A `## Fields` section, as Speakeasy's SDK docs write it: a table
 * `Field | Type | Required | Description [| Example]`, in either dialect.
 */
import type { RootContent } from "mdast";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../ir/types.js";
import type { FieldsSection } from "./document.js";
import { fieldsTableIn, readFieldRows, type Cell } from "./field-table.js";

export function readFields(body: RootContent[], source: string, file: string, at: Span, diagnostics: Diagnostic[]): FieldsSection | undefined {
  const table = fieldsTableIn(body, source, { file, section: "Fields", at });
  if ("rule" in table) {
    diagnostics.push(table);
    return undefined;
  }
  const fields = readFieldRows(table, source, file, diagnostics, (cell) => {
    const required = cell("required");
    return {
      required: required === undefined ? undefined : readRequired(required),
      description: readDescriptionCell(cell("description")),
      examples: readExampleCell(cell("example", "examples")),
    };
  });
  return { kind: "fields", fields, at };
}

function readRequired(cell: Cell): boolean {
  return /heavy_check_mark|✔|✓|✅|^yes$|^true$|^required$/u.test(cell.text.toLowerCase());
}

/** `N/A` is what generators write for "no description". */
export function readDescriptionCell(cell: Cell | undefined): string {
  const text = (cell?.source ?? "").replace(/<br\s*\/?>/giu, "\n").trim();
  return text === "N/A" ? "" : text;
}

/**
 * An Example cell holds one value, or several as `**Example 1:** a<br/>**Example 2:** b`.
 * A value may run over several lines, written with `<br/>`: `{<br/>"type": "text"<br/>}`.
 */
function readExampleCell(cell: Cell | undefined): string[] {
  if (!cell || cell.source === "") return [];
  return cell.source
    .split(/\*\*Example \d+:\*\*/giu)
    .map((part) => unwrapCode(part.replace(/<br\s*\/?>/giu, "\n").trim()))
    .filter((part) => part !== "");
}

function unwrapCode(text: string): string {
  const match = /^(`+)(.*)\1$/su.exec(text);
  return match ? match[2]!.trim() : text;
}
