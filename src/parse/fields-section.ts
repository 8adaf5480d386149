/**
 * A `## Fields` section, as Speakeasy's SDK docs write it: a table
 * `Field | Type | Required | Description [| Example]`, in either dialect.
 */
import type { RootContent } from "mdast";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../base/span.js";
import { isMdx } from "../base/spec-path.js";
import type { FieldsSection } from "./document.js";
import { withoutEscapes, withoutQuoteEscapes } from "./escapes.js";
import { fieldsTableIn, readFieldRows, type Cell } from "./field-table.js";

export function readFields(body: RootContent[], source: string, file: string, at: Span, diagnostics: Diagnostic[]): FieldsSection | undefined {
  const table = fieldsTableIn(body, source, { file, section: "Fields", at });
  if ("rule" in table) {
    diagnostics.push(table);
    return undefined;
  }
  const fields = readFieldRows(table, source, file, diagnostics, (cell, name) => {
    const required = cell("required");
    const { description, notice } = withoutNotice(readDescriptionCell(cell("description")));
    return {
      required: required === undefined ? undefined : readRequired(required, name, file, diagnostics),
      description,
      examples: readExampleCell(cell("example", "examples"), isMdx(file)),
      ...(notice !== undefined && { deprecated: notice === "" ? {} : { note: notice } }),
    };
  });
  return { kind: "fields", fields, at };
}

/** A Required cell that says yes, in lower case. */
export const REQUIRED = /heavy_check_mark|✔|✓|✅|☑|^yes$|^y$|^true$|^required$/u;
const NOT_REQUIRED = /heavy_minus_sign|➖|heavy_multiplication_x|✗|✘|❌|^:x:$|^[-–—]$|^no$|^n$|^false$|^optional$/u;

/** Whether a Required cell says yes; a cell that is empty or says neither is read as no, with a warning. */
function readRequired(cell: Cell, field: string, file: string, diagnostics: Diagnostic[]): boolean {
  const text = cell.text.toLowerCase();
  if (REQUIRED.test(text)) return true;
  if (NOT_REQUIRED.test(text) || cell.missing) return false;
  const message =
    text === ""
      ? `the Required cell of field "${field}" is empty; the field is read as optional`
      : `cannot tell from ${JSON.stringify(cell.text)} whether field "${field}" is required; the field is read as optional`;
  diagnostics.push(diagnostic(file, "unclear-required", message, cell.at));
  return false;
}

/** `N/A` is what generators write for "no description". */
export function readDescriptionCell(cell: Cell | undefined): string {
  // The blanks around a break pad the table's source; in the text they would end and start its lines.
  const text = (cell?.source ?? "").replace(/[ \t]*<br\s*\/?>[ \t]*/giu, "\n").trim();
  return text === "N/A" ? "" : withoutQuoteEscapes(text);
}

/**
 * Speakeasy opens a deprecated field's description with a notice,
 * `:warning: **DEPRECATED**: This will be removed …`, which its docs write
 * with spaces markdown does not read (`: warning: ** DEPRECATED **:`). It
 * says the field is deprecated, and how, rather than what the field is.
 */
const DEPRECATION_NOTICE = /^:\s?warning:\s?\*\*\s?DEPRECATED\s?\*\*:?[ \t]*([^\n]*)\n*/u;

/** The text of Speakeasy's deprecation notice, where `text` is one (`:warning: **DEPRECATED**: Use x.`); else undefined. */
export function deprecationNotice(text: string): string | undefined {
  return DEPRECATION_NOTICE.exec(text)?.[1]!.trim();
}

function withoutNotice(description: string): { description: string; notice?: string } {
  const notice = DEPRECATION_NOTICE.exec(description);
  return notice ? { description: description.slice(notice[0].length), notice: notice[1]!.trim() } : { description };
}

/**
 * An Example cell holds one value, or several as `**Example 1:** a<br/>**Example 2:** b`.
 * A value may run over several lines, written with `<br/>`: `{<br/>"type": "text"<br/>}`.
 * `[object Object]` is what a generator writes where it failed to print an object: no example.
 * `mdx`: the cell is MDX, which escapes the braces and angle brackets it would read as code
 * (`\{<br/>"a": 1<br/>}`), outside code spans; they are the characters they escape.
 */
function readExampleCell(cell: Cell | undefined, mdx: boolean): string[] {
  if (!cell || cell.source === "") return [];
  return (mdx ? withoutEscapes(cell.source, "{}<>") : cell.source)
    .split(/\*\*Example \d+:\*\*/giu)
    .map((part) => unwrapCode(part.replace(/<br\s*\/?>/giu, "\n").trim()))
    .filter((part) => part !== "" && !/^\[object Object\](?:,\s*\[object Object\])*$/u.test(part));
}

function unwrapCode(text: string): string {
  const match = /^(`+)(.*)\1$/su.exec(text);
  return match ? match[2]!.trim() : text;
}
