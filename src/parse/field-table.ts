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
import type { PhrasingContent, Table, TableCell } from "mdast";
import type { Node } from "unist";
import { toString } from "mdast-util-to-string";
import type { Span } from "../ir/types.js";
import { contentSpanOf, spanOf } from "./position.js";

export interface Cell {
  /** The cell's inline nodes, for reading types. */
  nodes: PhrasingContent[];
  /** The cell's markdown source, trimmed, with `\|` unescaped; continuation lines joined with newlines. */
  source: string;
  /** The cell's plain text (code spans and emphasis unwrapped). */
  text: string;
  /** The cell's content, without its pipes and padding (the whole cell when it is empty). */
  at: Span;
}

export interface TableRows {
  /** Column names, lower-cased and trimmed. */
  header: string[];
  /** The header row's content, for diagnostics about missing columns. */
  headerAt: Span;
  rows: Array<{ cells: Cell[]; at: Span }>;
  at: Span;
}

export function readTable(table: Table, source: string): TableRows {
  const [headRow, ...bodyRows] = table.children;
  const header = (headRow?.children ?? []).map((cell) => toString(cell).trim().toLowerCase());
  const hasOuterPipes = headRow ? lineOf(source, headRow).trimStart().startsWith("|") : false;
  const rows: TableRows["rows"] = [];
  let open: TableRows["rows"][number] | undefined;

  for (const row of bodyRows) {
    const line = lineOf(source, row);
    const cells = row.children.map((cell) => readCell(cell, source));
    const trimmed = line.trim();
    if (open && (!trimmed.startsWith("|") || trimmed === "|")) {
      // A continuation of the open row: its first cell extends the open row's last cell.
      const [first, ...rest] = cells;
      const last = open.cells[open.cells.length - 1];
      if (first && last && first.source !== "") {
        last.source = `${last.source}\n${first.source}`;
        last.text = `${last.text}\n${first.text}`;
        last.nodes = [...last.nodes, { type: "text", value: "\n" }, ...first.nodes];
        last.at = { start: last.at.start, end: first.at.end };
      }
      open.cells.push(...rest);
      open.at = { start: open.at.start, end: spanOf(row, open.at).end };
      if (endsWithPipe(trimmed)) open = undefined;
      continue;
    }
    const entry = { cells, at: spanOf(row, spanOf(table)) };
    rows.push(entry);
    open = hasOuterPipes && !endsWithPipe(trimmed) ? entry : undefined;
  }
  const headerAt = headRow ? contentSpanOf(headRow, spanOf(table)) : spanOf(table);
  return { header, headerAt, rows, at: spanOf(table) };
}

function readCell(cell: TableCell, source: string): Cell {
  const at = contentSpanOf(cell);
  const start = cell.position?.start.offset;
  const end = cell.position?.end.offset;
  let raw = start !== undefined && end !== undefined ? source.slice(start, end) : toString(cell);
  // remark's cell position includes the cell's leading pipe, and the last cell's trailing one.
  raw = raw.trim();
  if (raw.startsWith("|")) raw = raw.slice(1);
  if (endsWithPipe(raw)) raw = raw.slice(0, -1);
  return {
    nodes: cell.children,
    source: raw.trim().replace(/\\\|/gu, "|"),
    text: toString(cell).trim(),
    at,
  };
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
