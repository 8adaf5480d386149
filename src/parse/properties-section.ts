/**
 * A `## Properties` section, as OpenAPI Generator writes it for a model in
 * every client language:
 *
 *     Name | Type | Description | Notes
 *     ------------ | ------------- | ------------- | -------------
 *     **api_version** | **str** | APIVersion defines … | [optional]
 *     **containers** | [**List[V1Container]**](V1Container.md) | … |
 *
 * A field is required unless its Notes say `[optional]`, or its type is a
 * Go pointer (`Pointer to **int**`), which Go's docs write for a field that
 * is not required (and twilio's leave the Notes empty); the Notes also
 * carry `[readonly]`, `[default to …]` (`defaults to …` in the older Python
 * clients) and, in some generators, the values a field may take
 * (`must be one of ["a", "b", ]`). A table without a Notes
 * column (typescript-fetch writes only `Name | Type`) does not say which
 * fields are required, so every field may be absent, unless it has a
 * Required column (Xendit's templates), whose mark makes a field required.
 */
import type { RootContent } from "mdast";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../base/span.js";
import type { FieldRow, FieldsSection } from "./document.js";
import { columnOf, fieldsTableIn, readFieldRows, type Cell } from "./field-table.js";
import { readDescriptionCell, REQUIRED } from "./fields-section.js";
import { parseEnumValue, unescapeJson } from "./values-section.js";

export function readProperties(body: RootContent[], source: string, file: string, at: Span, diagnostics: Diagnostic[]): FieldsSection | undefined {
  const table = fieldsTableIn(body, source, { file, section: "Properties", at });
  if ("rule" in table) {
    diagnostics.push(table);
    return undefined;
  }
  const fields = readFieldRows(table, source, file, diagnostics, (cell) => {
    const notes = cell("notes");
    const read = notes === undefined ? { required: false } : readNotes(notes);
    // Some vendors' templates add a Required column, marked (`☑️`) for a required field and empty for another (Xendit's).
    const marked = cell("required");
    return {
      ...read,
      ...(marked !== undefined && !marked.missing && { required: REQUIRED.test(marked.text.toLowerCase()) && (notes === undefined || read.required) }),
      ...(/^Pointer to\b/u.test(cell("type")?.text ?? "") && { required: false }),
      description: decodeQuotes(readDescriptionCell(cell("description"))),
      examples: [],
    };
  });
  // Fastly's Rust docs write no `[optional]`: their optional keys are the `Option<X>`s. (OpenAPI Generator's own Rust
  // client writes `[optional]`, and `Option<X>` alone for a key that is required and may be null.)
  const notes = columnOf(table.header, "notes");
  const saysOptional = table.rows.some((row) => OPTIONAL_NOTE.test(row.cells[notes]?.text ?? ""));
  if (!saysOptional) for (const field of fields) if (field.type.kind === "generic" && field.type.name === "Option") field.required = false;
  return { kind: "fields", fields, at };
}

type Notes = Pick<FieldRow, "required" | "default" | "readonly" | "oneOf">;

const OPTIONAL_NOTE = /\[optional\]/iu;

/** `[optional] [readonly] [default to 'v1'] must be one of ["a", "b", ]` (or `[one of: "a", "b"]`), in any order. */
export function readNotes(cell: Cell): Notes {
  const text = cell.text;
  const notes: Notes = { required: !OPTIONAL_NOTE.test(text) };
  if (/\[readonly\]/iu.test(text)) notes.readonly = true;
  // `[default to 'v1']`; the older Python clients write `defaults to "x"` and `the server will use the default value of "x"`.
  const fallback = (
    /\[default to ((?:[^[\]]|\[[^\]]*\])*)\]/iu.exec(text) ??
    /\bdefaults? (?:to|value of) ("(?:[^"\\]|\\.)*"|'[^']*'|[^\s,]+)/iu.exec(text)
  )?.[1]?.trim();
  // typescript-axios writes `[default to undefined]` for every field without a default.
  if (fallback !== undefined && fallback !== "" && fallback !== "undefined") notes.default = LANGUAGE_CONSTANTS.get(fallback) ?? fallback;
  // Fastly's JavaScript client writes `[one of: "none", "eu"]`.
  const listing = /must be one of \[([^\]]*)\]|\[one of: ([^\]]*)\]/iu.exec(text);
  const listed = listing?.[1] ?? listing?.[2];
  if (listed !== undefined) {
    const values = [...listed.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(-?\d+(?:\.\d+)?)/gu)].map(([, double, single, number]) =>
      double !== undefined ? unescapeJson(double) : single !== undefined ? single : Number(number),
    );
    if (values.length > 0) notes.oneOf = values;
  }
  // The R client lists them bare: `[Enum: [archived, in progress, released]]`.
  const bare = /\[Enum: \[([^\]]*)\]\]/u.exec(text)?.[1];
  if (bare !== undefined && notes.oneOf === undefined) {
    const values = bare.split(",").flatMap((text) => parseEnumValue(text.trim()) ?? []);
    if (values.length > 0) notes.oneOf = values;
  }
  return notes;
}

/**
 * Defaults written in the client's language, as JSON writes them: Python's
 * (`[default to False]`, `defaults to True`, `None`), PowerShell's (`$false`)
 * and Julia's `nothing`.
 */
const LANGUAGE_CONSTANTS: ReadonlyMap<string, string> = new Map([
  ["True", "true"],
  ["False", "false"],
  ["None", "null"],
  ["$true", "true"],
  ["$false", "false"],
  ["$null", "null"],
  ["nothing", "null"],
]);

/**
 * OpenAPI Generator writes quotes in descriptions as HTML entities, and
 * sometimes escapes the ampersand for markdown (`\&quot;`), which would then
 * show as `&quot;`. Other entities (`&lt;`) stay as they are: markdown shows
 * them as the character, and decoded they could turn text into HTML.
 */
export function decodeQuotes(text: string): string {
  return text.replace(/\\?&(?:quot|#34|#x22);/giu, '"').replace(/\\?&(?:#39|#x27|apos);/giu, "'");
}
