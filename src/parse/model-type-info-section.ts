/**
 * A `## Model Type Info` section, as the `python` client of OpenAPI
 * Generator 6.0 to 6.6 (once python-experimental) writes every model. Types
 * are the Python values a field takes, listed (`None, str,`); a table gives
 * the model's own, and under it:
 *
 *     ### Dictionary Keys
 *     Key | Input Type | Accessed Type | Description | Notes
 *     **created_at** | str, datetime,  | str,  |  | [optional] value must conform to RFC-3339 date-time
 *     **[board_owner](#board_owner)** | dict, frozendict.frozendict,  | frozendict.frozendict,  |  | [optional]
 *     **any_string_name** | dict, frozendict.frozendict, str, … | … | any string name can be used … | [optional]
 *
 *     ### Composed Schemas (allOf/anyOf/oneOf/not)
 *     #### oneOf
 *     Class Name | Input Type | Accessed Type | Description | Notes
 *     [UrlType](UrlType.md) | [**UrlType**](UrlType.md) | … |  |
 *
 * A key linked to an anchor (`[board_owner](#board_owner)`) is typed by the
 * schema the file gives under that heading (`# board_owner`, a model of the
 * file). The section reads as the Properties table these clients write
 * otherwise: keys (`any_string_name` the keys beyond them), a oneOf's or
 * anyOf's members as a union, an allOf of one class as that class, and a
 * model of a primitive type as that type, or its values (`must be one of`).
 */
import type { Heading, PhrasingContent, RootContent, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../base/span.js";
import type { FieldsSection, UnionSection, ValuesSection } from "./document.js";
import { readFieldRows, readTable, type Cell, type TableRows } from "./field-table.js";
import { readDescriptionCell } from "./fields-section.js";
import { decodeQuotes, readNotes } from "./properties-section.js";
import { parseTypeCell, parseTypeText, TypeSyntaxError, type TypeExpr } from "./type-expression.js";

export function readModelTypeInfo(
  body: RootContent[],
  source: string,
  file: string,
  at: Span,
  diagnostics: Diagnostic[],
): FieldsSection | UnionSection | ValuesSection | undefined {
  const own = tableAfter(body, -1, source);
  const ownCell = own?.rows[0]?.cells[own.header.indexOf("input type")];
  const listed = (ownCell?.text ?? "").split(",").map((name) => name.trim());
  const keys = tableUnder(body, "dictionary keys", source);
  const composed = (name: string) => tableUnder(body, name, source)?.rows.map((row) => row.cells[0]!).filter((cell) => cell.text !== "") ?? [];
  const members = [...composed("oneof"), ...composed("anyof")];
  const allOf = composed("allof");

  const orNull = (types: TypeExpr[]): TypeExpr[] => (listed.includes("None") ? [...types, { kind: "name", name: "none_type", at }] : types);

  // The keys say what a value holds where there are any; a model's own None, and a schema it is composed with
  // beside them, are not read then (its value is the object the keys describe).
  if (keys && keys.rows.length > 0) return { kind: "fields", fields: readKeys(keys, source, file, diagnostics), keysAsWritten: true, at };
  if (members.length > 0 || allOf.length === 1) return { kind: "union", members: orNull((members.length > 0 ? members : allOf).flatMap((cell) => typeOf(cell, source))), at };
  const type = pythonType(listed);
  if (!ownCell || type === "dict") return { kind: "fields", fields: [], keysAsWritten: true, at };
  const items = tableUnder(body, "tuple items", source)?.rows[0];
  if (type === "list" || type === "list, none_type") {
    const item = items ? itemType(items.cells, items.cells.length > 1 ? 1 : 0, source) : typeText("Any", at);
    return { kind: "union", members: orNull([{ kind: "generic", name: "List", args: [item], at: ownCell.at }]), at };
  }
  const notes = own!.rows[0]!.cells[own!.header.indexOf("notes")];
  const values = notes && readNotes(notes).oneOf;
  if (values) return { kind: "values", values: values.map((value) => ({ value, at: notes.at })), open: false, at };
  return { kind: "union", members: [typeText(type, ownCell.at)], at };
}

/** A type written in the names of OpenAPI Generator's other Python clients (pythonType), placed at `at`. */
function typeText(text: string, at: Span): TypeExpr {
  return parseTypeText(text, at.start);
}

/** A Tuple Items row's type: the class its first cell links, or the Python values its Input Type lists. */
function itemType(cells: readonly Cell[], input: number, source: string): TypeExpr {
  const linked = cells.find((cell) => findLink(cell.nodes));
  if (linked) return typeOf(linked, source)[0]!;
  const cell = cells[input]!;
  return typeText(pythonType(cell.text.split(",").map((name) => name.trim())), cell.at);
}

/** The first table after `body[index]`, before the next heading. */
function tableAfter(body: readonly RootContent[], index: number, source: string): TableRows | undefined {
  for (const node of body.slice(index + 1)) {
    if (node.type === "heading") return undefined;
    if (node.type === "table") return readTable(node as Table, source);
  }
  return undefined;
}

/** The table under the first heading whose title, lower-cased, starts with `title`. */
function tableUnder(body: readonly RootContent[], title: string, source: string): TableRows | undefined {
  const index = body.findIndex((node) => node.type === "heading" && toString(node as Heading).trim().toLowerCase().startsWith(title));
  return index === -1 ? undefined : tableAfter(body, index, source);
}

/** The keys as rows of a Properties table: the Key column names them, the Input Type column types them. */
function readKeys(table: TableRows, source: string, file: string, diagnostics: Diagnostic[]) {
  const [key, input] = [table.header.indexOf("key"), table.header.indexOf("input type")];
  const rows = table.rows.map((row) => {
    const cells = [...row.cells];
    const keyCell = cells[key];
    const inputCell = cells[input];
    if (keyCell && inputCell) {
      // A key linked to the schema the file gives it: its type is that link, or null where None is listed.
      const link = findLink(keyCell.nodes);
      const listed = inputCell.text.split(",").map((name) => name.trim());
      const nodes: PhrasingContent[] = link
        ? [link, ...(listed.includes("None") ? [{ type: "text" as const, value: ", none_type" }] : [])]
        : findLink(inputCell.nodes)
          ? inputCell.nodes
          : [{ type: "text", value: pythonType(listed) }];
      cells[input] = { ...inputCell, nodes };
      if (keyCell.text === "any_string_name") cells[key] = { ...keyCell, text: "any string name" };
    }
    return { ...row, cells };
  });
  const header = table.header.map((name) => (name === "key" ? "name" : name === "input type" ? "type" : name));
  return readFieldRows({ ...table, header, rows }, source, file, diagnostics, (cell) => {
    const notes = cell("notes");
    return {
      ...(notes === undefined ? { required: false } : readNotes(notes)),
      description: decodeQuotes(readDescriptionCell(cell("description"))),
      examples: [],
    };
  });
}

function findLink(nodes: readonly PhrasingContent[]): PhrasingContent | undefined {
  for (const node of nodes) {
    if (node.type === "link") return node;
    if ("children" in node) {
      const inner = findLink(node.children as PhrasingContent[]);
      if (inner) return inner;
    }
  }
  return undefined;
}

function typeOf(cell: Cell, source: string): TypeExpr[] {
  try {
    return [parseTypeCell(cell.nodes, source, cell.at)];
  } catch (error) {
    if (!(error instanceof TypeSyntaxError)) throw error;
    return [{ kind: "unreadable", at: error.at }];
  }
}

/**
 * The type a list of Python values makes, in the names OpenAPI Generator's
 * other Python clients write: `str, datetime` is a timestamp, `decimal.Decimal,
 * int` an integer, `None, str` a string or null; a list of every kind is any value.
 */
function pythonType(listed: readonly string[]): string {
  const has = new Set(listed.filter((name) => name !== ""));
  const kinds: string[] = [];
  if (has.has("dict")) kinds.push("dict");
  if (has.has("list")) kinds.push("list");
  if (has.has("str")) kinds.push(has.has("datetime") ? "datetime" : has.has("date") ? "date" : "str");
  if (has.has("float")) kinds.push("float");
  else if (has.has("int")) kinds.push("int");
  else if (has.has("decimal.Decimal")) kinds.push("float");
  if (has.has("bool")) kinds.push("bool");
  if (has.has("bytes")) kinds.push("file");
  if (kinds.length === 0 && !has.has("None")) return "Any";
  if (kinds.length > 4) return "Any";
  return [...kinds, ...(has.has("None") ? ["none_type"] : [])].join(", ");
}
