/**
 * Reads a GFM table of fields (Field | Type | Required | Description [| Example])
 * into rows, keeping each cell's inline nodes and source text.
 *
 * Hand-edited tables sometimes let a description run over several lines:
 *
 *     | `a` | *string* | :heavy_minus_sign: | First line.
 *     Second line.
 *     |
 *
 * GFM reads the continuation lines as rows of their own. A row whose source
 * line does not end in a pipe is still open, so the lines after it that do
 * not start a new row belong to its last cell.
 */
import type { PhrasingContent, RootContent, Table, TableCell } from "mdast";
import type { Node } from "unist";
import { toString } from "mdast-util-to-string";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../base/span.js";
import type { FieldRow } from "./document.js";
import { contentSpanOf, spanOf } from "./position.js";
import { parseTypeCell, TypeSyntaxError, type TypeExpr } from "./type-expression.js";

/** Header names of the column that names a field; every generator writes one of them. */
export const NAME_COLUMNS = ["field", "name", "property"];
export const TYPE_COLUMN = "type";

/** The index of the first column called one of `names`, or -1. */
export function columnOf(header: readonly string[], ...names: string[]): number {
  return header.findIndex((h) => names.includes(h));
}

/** Whether a table's header has a column that names fields and one that types them. */
export function hasFieldsHeader(table: Table): boolean {
  const header = (table.children[0]?.children ?? []).map((cell) => toString(cell).trim().toLowerCase());
  return columnOf(header, ...NAME_COLUMNS) !== -1 && header.includes(TYPE_COLUMN);
}

/**
 * The fields table of a section: among its tables (a legend or a list of
 * limits may stand around it), the one with a name and a type column. Or,
 * when there is none, the diagnostic that says what is missing.
 */
export function fieldsTableIn(
  body: readonly RootContent[],
  source: string,
  { file, section, at }: { file: string; section: string; at: Span },
): TableRows | Diagnostic {
  const tables = body.filter((node): node is Table => node.type === "table").map((table) => readTable(table, source));
  const table = tables.find(({ header }) => columnOf(header, ...NAME_COLUMNS) !== -1 && columnOf(header, TYPE_COLUMN) !== -1);
  if (table) return table;
  const first = tables[0];
  if (!first) return malformedTableIn(body, source, file) ?? diagnostic(file, "missing-section", `the ${section} section has no table`, at);
  const missing = [columnOf(first.header, ...NAME_COLUMNS) === -1 && "Field", columnOf(first.header, TYPE_COLUMN) === -1 && "Type"];
  const found = first.header.map((h) => JSON.stringify(h)).join(", ");
  const message = `the fields table has no ${missing.filter((name) => name !== false).join(" or ")} column (its columns are ${found})`;
  return diagnostic(file, "missing-column", message, first.headerAt);
}

export interface Cell {
  /** The cell's inline nodes, for reading types. */
  nodes: PhrasingContent[];
  /** The cell's markdown source, trimmed, with `\|` unescaped; continuation lines joined with newlines. */
  source: string;
  /** The cell's plain text (code spans and emphasis unwrapped). */
  text: string;
  /** The cell's content, without its pipes and padding (the whole cell when it is empty). */
  at: Span;
  /** Set for a cell a short row leaves out, read as empty (the row is reported as short). */
  missing?: true;
  /** Where the cell's source starts and ends, pipes included, where remark gives it. */
  offsets?: { start: number; end: number };
}

export interface TableRows {
  /** Column names, lower-cased and trimmed. */
  header: string[];
  /** The header row's content, for diagnostics about missing columns. */
  headerAt: Span;
  rows: Array<{
    cells: Cell[];
    at: Span;
    /**
     * Whether the row ends with a pipe though the table has no outer pipes:
     * then GFM takes that pipe for a closing one, and the row's last cell,
     * written empty, is left out of `cells`.
     */
    endsInEmptyCell: boolean;
  }>;
  at: Span;
}

export function readTable(table: Table, source: string): TableRows {
  const [headRow, ...bodyRows] = table.children;
  const header = (headRow?.children ?? []).map((cell) => toString(cell).trim().toLowerCase());
  const headLine = headRow ? lineOf(source, headRow).trim() : "";
  const hasOuterPipes = headLine.startsWith("|");
  // A header that closes with a pipe (`Name | Type |`) says its rows close with one too, not that they end in an empty cell.
  const closesRows = endsWithPipe(headLine);
  const rows: TableRows["rows"] = [];
  let open: TableRows["rows"][number] | undefined;

  for (const row of bodyRows) {
    const line = lineOf(source, row);
    const cells = row.children.map((cell) => readCell(cell, source));
    const trimmed = line.trim();
    // kramdown's attribute list for the table (`{: class="table table-striped"}`), which GFM reads as a row.
    if (/^\{:[^{}]*\}$/u.test(trimmed)) continue;
    if (open && (!trimmed.startsWith("|") || trimmed === "|")) {
      // A continuation of the open row: its first cell extends the open row's last cell.
      const [first, ...rest] = cells;
      const last = open.cells[open.cells.length - 1];
      if (first && last && first.source !== "") open.cells[open.cells.length - 1] = joinedCells([last, first], "\n");
      open.cells.push(...rest);
      open.at = { start: open.at.start, end: spanOf(row, open.at).end };
      if (endsWithPipe(trimmed)) open = undefined;
      continue;
    }
    // A row that opens with a pipe closes with one, whatever the header does.
    const entry = { cells, at: spanOf(row, spanOf(table)), endsInEmptyCell: !hasOuterPipes && !closesRows && !trimmed.startsWith("|") && endsWithPipe(trimmed) };
    rows.push(entry);
    open = hasOuterPipes && !endsWithPipe(trimmed) ? entry : undefined;
  }
  const headerAt = headRow ? contentSpanOf(headRow, spanOf(table)) : spanOf(table);
  return { header, headerAt, rows, at: spanOf(table) };
}

/**
 * Cells read as one, `separator` between them: a row continued on the next
 * line (`\n`), or a type a pipe cut (` | `). The separator's node has no
 * place in the source; the type reader reads across it from the source.
 */
function joinedCells(parts: readonly Cell[], separator: string): Cell {
  return {
    nodes: parts.flatMap((part, i) => (i === 0 ? part.nodes : [{ type: "text", value: separator } as const, ...part.nodes])),
    source: parts.map((part) => part.source).join(separator),
    text: parts.map((part) => part.text).join(separator),
    at: { start: parts[0]!.at.start, end: parts[parts.length - 1]!.at.end },
  };
}

function readCell(cell: TableCell, source: string): Cell {
  const at = contentSpanOf(cell);
  const start = cell.position?.start.offset;
  const end = cell.position?.end.offset;
  return {
    nodes: cell.children,
    source: start !== undefined && end !== undefined ? cellSource(source.slice(start, end)) : toString(cell).trim(),
    text: toString(cell).trim(),
    at,
    ...(start !== undefined && end !== undefined && { offsets: { start, end } }),
  };
}

/** A cell's markdown as `Cell.source` gives it, from its source with its pipes. */
function cellSource(raw: string): string {
  // remark's cell position includes the cell's leading pipe, and the last cell's trailing one.
  let content = raw.trim();
  if (content.startsWith("|")) content = content.slice(1);
  if (endsWithPipe(content)) content = content.slice(0, -1);
  return content.trim().replace(/\\\|/gu, "|");
}

function endsWithPipe(text: string): boolean {
  return text.endsWith("|") && !text.endsWith("\\|");
}

/** The whole source line a row starts on. */
function lineOf(source: string, node: Node): string {
  const offset = node.position?.start.offset ?? 0;
  const lineStart = source.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = source.indexOf("\n", offset);
  return source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd);
}

/**
 * A paragraph that was meant as a table: its first line has pipes and its
 * second is a divider row, but the two have different numbers of cells, so
 * GFM does not read them as a table. Where one is found, a diagnostic that
 * says so, at the divider row.
 */
function malformedTableIn(body: readonly RootContent[], source: string, file: string): Diagnostic | undefined {
  for (const node of body) {
    if (node.type !== "paragraph" || node.position?.start.offset === undefined || node.position.end.offset === undefined) continue;
    const [header, divider] = source.slice(node.position.start.offset, node.position.end.offset).split("\n");
    if (header === undefined || divider === undefined || !header.includes("|") || !DIVIDER.test(divider)) continue;
    const [headerCells, dividerCells] = [cellCount(header), cellCount(divider)];
    if (headerCells === dividerCells) continue;
    const line = node.position.start.line + 1;
    const message = `the table's header row has ${headerCells} cells but its divider row has ${dividerCells}, so markdown reads it as text, not as a table`;
    return diagnostic(file, "malformed-table", message, { start: { line, column: 1 }, end: { line, column: divider.length + 1 } });
  }
  return undefined;
}

/** A GFM table's divider row: `| --- | :-: |`, with or without the outer pipes. */
const DIVIDER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/u;

/** The cells of a table row's source line: split at pipes that are not escaped, outer pipes left out. */
function cellCount(line: string): number {
  const cells = line.trim().split(/(?<!\\)\|/u);
  if (cells[0]?.trim() === "") cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]!.trim() === "") cells.pop();
  return cells.length;
}

/** The mark Dropbox Sign's templates put after a required field's name: `` `name`<sup>*_required_</sup> ``. */
const REQUIRED_MARK = /\s*<sup>\W*required\W*<\/sup>\s*$/iu;

/** What a section reads of a row besides its name and type, from the row's cells by column name. */
export type RowDetails = (cell: (...names: string[]) => Cell | undefined, name: string) => Omit<FieldRow, "name" | "type" | "at">;

/**
 * The fields of a table: each row's name and type, read the same way for
 * every generator's tables, and what else its columns say, read by `details`.
 * A row without a name or a type, a name given twice, or a type that cannot
 * be read is reported and left out.
 */
export function readFieldRows(table: TableRows, source: string, file: string, diagnostics: Diagnostic[], details: RowDetails): FieldRow[] {
  const nameColumn = columnOf(table.header, ...NAME_COLUMNS);
  const typeColumn = columnOf(table.header, TYPE_COLUMN);
  const fields: FieldRow[] = [];
  const seen = new Map<string, Span>();
  // Where some rows' names carry a required mark, the table says which fields are required by it alone.
  const marked = table.rows.some((row) => REQUIRED_MARK.test(row.cells[nameColumn]?.text ?? ""));
  for (const row of table.rows) {
    const nameCell = row.cells[nameColumn];
    const typeCell = row.cells[typeColumn];
    if (!nameCell || nameCell.text === "") {
      diagnostics.push(diagnostic(file, "empty-cell", "the row has no field name", nameCell?.at ?? row.at));
      continue;
    }
    if (!typeCell || typeCell.text === "") {
      diagnostics.push(diagnostic(file, "empty-cell", `field "${nameCell.text}" has no type`, typeCell?.at ?? row.at));
      continue;
    }
    const name = nameCell.text.replace(REQUIRED_MARK, "");
    const earlier = seen.get(name);
    if (earlier) {
      diagnostics.push(diagnostic(file, "duplicate-field", `field "${name}" is already defined at line ${earlier.start.line}`, nameCell.at));
      continue;
    }
    seen.set(name, nameCell.at);
    // The empty cell a row without outer pipes ends in, which GFM does not count, is the last column's: OpenAPI
    // Generator's Notes of a required field (`**kind** | **string** | file | image. |`).
    let cells = row.endsInEmptyCell ? [...row.cells, closingEmptyCell(row)] : row.cells;
    let type = readType(typeCell, source);
    // A type that fails to read, or that opens a code span the cell does not close (`` `"a" | "b"` ``), was cut by a pipe.
    if (type instanceof TypeSyntaxError || (cells.length > table.header.length && opensCodeSpan(typeCell.source))) {
      const rejoined = typeCutByPipe(cells, table.header.length, typeColumn, source);
      if (rejoined) {
        ({ type, cells } = rejoined);
        diagnostics.push(splitCell(file, "Type", name, cells[typeColumn]!));
      }
    }
    if (type instanceof TypeSyntaxError) {
      // The field stays, for a run that allows what it cannot read; a count of its cells would say no more.
      diagnostics.push(diagnostic(file, "unparsable-type", `cannot read the type of field "${name}": ${type.message}`, type.at));
      // A row longer than its header was most likely cut by the type's own pipes: the columns after the type keep
      // their cells, so that its Required and Description are read from them.
      if (cells.length > table.header.length) cells = textCutByPipe(cells, table.header.length, typeColumn, source);
      type = { kind: "unreadable", at: cells[typeColumn]!.at };
    } else if (cells.length < table.header.length) {
      const missing = table.header.slice(cells.length).map((name) => JSON.stringify(name)).join(", ");
      const message = `the row of field "${name}" has ${cells.length} cells where the header has ${table.header.length}: ${missing} read as empty`;
      diagnostics.push(diagnostic(file, "short-row", message, row.at));
    } else if (!row.endsInEmptyCell && cells.length > table.header.length && cells.slice(table.header.length).every((extra) => extra.text === "")) {
      // Empty cells past the header, between outer pipes (Xendit's rows end in one more), which GFM drops: no pipe
      // cut a cell. (A row without outer pipes ends in the last column's empty cell, above.)
      cells = cells.slice(0, table.header.length);
    } else if (cells.length > table.header.length) {
      const description = columnOf(table.header, "description");
      const notes = columnOf(table.header, "notes");
      // OpenAPI Generator's Notes, the last column, open with a bracket (`[optional] [Pattern: ^(a|b)$]`): where the
      // cell in their place does, the pipe cut them, and the description keeps its cell.
      const cut = notes === table.header.length - 1 && notes > typeColumn && cells[notes]!.text.startsWith("[") ? notes : description;
      if (cut > typeColumn) {
        cells = textCutByPipe(cells, table.header.length, cut, source);
        diagnostics.push(splitCell(file, cut === notes ? "Notes" : "Description", name, cells[cut]!));
      } else {
        const extra = cells.slice(table.header.length);
        const lost = abbreviated(extra.map((part) => part.source).join(" | "));
        const message = `the row of field "${name}" has ${cells.length} cells where the header has ${table.header.length}: a \`|\` ends a cell, so ${JSON.stringify(lost)} is left out`;
        diagnostics.push(diagnostic(file, "long-row", message, { start: extra[0]!.at.start, end: extra[extra.length - 1]!.at.end }));
      }
    }
    const cell = (...names: string[]) => {
      const column = columnOf(table.header, ...names);
      return column === -1 ? undefined : (cells[column] ?? emptyCell(row.at));
    };
    const read = details(cell, name);
    if (marked) read.required = REQUIRED_MARK.test(nameCell.text);
    // A deprecation the other cells tell (with what they say of it) or the struck-through name alone.
    const deprecated = read.deprecated ?? (struckThrough(nameCell) ? {} : undefined);
    fields.push({ name, type, ...read, ...(deprecated && { deprecated }), at: row.at });
  }
  return fields;
}

function splitCell(file: string, column: string, field: string, cell: Cell): Diagnostic {
  return diagnostic(file, "split-cell", `the ${column} cell of field "${field}" holds a \`|\`, which ends a table cell; it is read as one cell`, cell.at);
}

/**
 * A description that mentions a `|` (`shell instructions ('|', etc)`),
 * Notes that quote a pattern, or a type that cannot be read, are cut there,
 * and the columns after them shift. The row's cells with that cell
 * (`column`) given back the cells the pipes cut from it, as written (the
 * text may quote a regular expression), so that the columns after it keep
 * their cells.
 */
function textCutByPipe(cells: readonly Cell[], columns: number, column: number, source: string): Cell[] {
  const end = column + cells.length - columns + 1;
  const parts = cells.slice(column, end);
  const joined = joinedCells(parts, " | ");
  const [first, last] = [parts[0]!.offsets, parts[parts.length - 1]!.offsets];
  if (first && last) joined.source = cellSource(source.slice(first.start, last.end));
  return [...cells.slice(0, column), joined, ...cells.slice(end)];
}

function abbreviated(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The type a cell holds, or the error that says why it holds none. */
function readType(cell: Cell, source: string): TypeExpr | TypeSyntaxError {
  try {
    return parseTypeCell(cell.nodes, source, cell.at);
  } catch (error) {
    if (error instanceof TypeSyntaxError) return error;
    throw error;
  }
}

/** Whether markdown source ends inside a code span: a run of backticks that no run of the same length closes. */
function opensCodeSpan(source: string): boolean {
  const runs = (source.match(/`+/gu) ?? []).map((run) => run.length);
  while (runs.length > 0) {
    const opening = runs.shift()!;
    const closing = runs.indexOf(opening);
    if (closing === -1) return true;
    runs.splice(0, closing + 1);
  }
  return false;
}

const MAX_PIPES_IN_TYPE = 8;

/**
 * A type that a `|` cut in two, as typescript-axios writes a nullable item
 * (`**Array&lt;object | null&gt;**`): GFM ends the cell at the pipe, so the
 * row has more cells than the header. The row's cells with the Type cell
 * joined to as few of the cells after it as make a type; undefined when no
 * such join reads as one.
 */
function typeCutByPipe(cells: readonly Cell[], columns: number, typeColumn: number, source: string): { type: TypeExpr; cells: Cell[] } | undefined {
  // A generator's type holds a few pipes at most; a row of thousands of cells is not tried thousands of times.
  for (let extra = 1; extra <= Math.min(cells.length - columns, MAX_PIPES_IN_TYPE); extra++) {
    const joined = joinedCells(cells.slice(typeColumn, typeColumn + extra + 1), " | ");
    try {
      const type = parseTypeCell(joined.nodes, source, joined.at);
      return { type, cells: [...cells.slice(0, typeColumn), joined, ...cells.slice(typeColumn + extra + 1)] };
    } catch (error) {
      if (!(error instanceof TypeSyntaxError)) throw error;
    }
  }
  return undefined;
}

/** Whether the whole of a cell is struck through (`~~\`name\`~~`), as Speakeasy marks a deprecated field. */
function struckThrough(cell: Cell): boolean {
  const content = cell.nodes.filter((node) => !(node.type === "text" && node.value.trim() === ""));
  return content.length === 1 && content[0]!.type === "delete";
}

/** The empty cell a row without outer pipes ends with a pipe, which GFM does not count (`endsInEmptyCell`). */
export function closingEmptyCell(row: { at: Span }): Cell {
  return { nodes: [], source: "", text: "", at: { start: row.at.end, end: row.at.end } };
}

/** A cell a short row leaves out, read as empty. */
function emptyCell(at: Span): Cell {
  return { nodes: [], source: "", text: "", at, missing: true };
}
