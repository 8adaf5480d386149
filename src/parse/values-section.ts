/**
 * A section that lists an enum's values. Generators write them as
 *
 * - a TypeScript union code block: `"a" | "b" | Unrecognized<string>`
 *   (Speakeasy's TypeScript docs; `Unrecognized` makes the enum open);
 * - a bullet list of values, `` - `"a"` `` (Speakeasy's Python docs; the note
 *   "open enum" makes it open), or of named values, `` * `A` (value: `'a'`) ``
 *   (OpenAPI Generator's `## Enum`);
 * - a table with a Value column, `| Name | Value |`;
 * - a line of them, `Allowed values: [a, b]` (OpenAPI Generator's Scala
 *   clients).
 *
 * An enum is open (a value it does not list is still one of it) where its
 * section or its example says so (saysOpenEnum), or where OpenAPI Generator
 * lists its stand-in for values it does not know, `UNKNOWN_DEFAULT_OPEN_API`
 * (the `enumUnknownDefaultCase` option), which is no value of the API's.
 */
import { decodeHTML } from "entities";
import type { Code, List, PhrasingContent, Root, RootContent, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Node, Parent } from "unist";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../base/span.js";
import type { OpenKind, ValuesSection } from "./document.js";
import { closingEmptyCell, readTable } from "./field-table.js";
import { markdown } from "./markdown.js";
import { contentSpanOf, spanOf } from "./position.js";
import { parseTypeText, TypeSyntaxError, type TypeExpr } from "./type-expression.js";

type Values = ValuesSection["values"];

/** Whether an `## Example Usage` block says the enum is open: `# Open enum: unrecognized values are captured as …`. */
export function saysOpenEnum(code: string): boolean {
  // Blanks, not `\s`: a `\s*` after `^` could run over every line that follows, at every line.
  return /^[ \t]*(?:#|\/\/)[ \t]*open enum\b/imu.test(code);
}

/**
 * What the values an open enum does not list are, where the text names the
 * SDK's type of them: TypeScript's `Unrecognized<string>`, Python's
 * `UnrecognizedStr`, `UnrecognizedInt` or `UnrecognizedFloat`.
 */
export function openKindNamed(text: string): OpenKind | undefined {
  const named = /\bUnrecognized(?:<(string|number)>|(Str|Int|Float)\b)/u.exec(text);
  if (!named) return undefined;
  return named[1] === "string" || named[2] === "Str" ? "string" : named[2] === "Int" ? "integer" : "number";
}

export function readValues(body: RootContent[], source: string, file: string, at: Span, diagnostics: Diagnostic[]): ValuesSection {
  const prose = body
    .filter((node) => node.type === "paragraph")
    .map((node) => toString(node))
    .join(" ");
  let open = /open enum/iu.test(prose);
  let openKind = openKindNamed(prose);
  const values: Values = [];

  for (const node of body) {
    if (node.type === "code") {
      const lists = listsInIndentedCode(node, source);
      for (const list of lists) open = readValuesList(list, node.value, file, values, diagnostics) || open;
      if (lists.length === 0) open = readValuesCode(node, file, values, diagnostics) || open;
      openKind ??= openKindNamed(node.value);
    } else if (node.type === "list") open = readValuesList(node, source, file, values, diagnostics) || open;
    else if (node.type === "table") {
      const table = readValuesTable(node, source, file, values, diagnostics);
      open ||= table.open;
      openKind ??= table.openKind;
    } else if (node.type === "paragraph") readAllowedValues(toString(node), spanOf(node), values);
  }
  if (values.length === 0 && !open) {
    diagnostics.push(diagnostic(file, "empty-section", "the Values section lists no values, so the model admits any value", at));
  }
  return { kind: "values", values, open, ...(open && openKind && { openKind }), at };
}

/** A TypeScript union block: `"a" | "b" | Unrecognized<string>`. Returns whether the enum is open. */
function readValuesCode(node: Code, file: string, values: Values, diagnostics: Diagnostic[]): boolean {
  // An empty block lists nothing; its content line may not even exist (an unclosed fence on the last line).
  if (node.value.trim() === "") return false;
  const start = spanOf(node).start;
  // The code starts on the line after the opening fence.
  let expr: TypeExpr;
  try {
    expr = parseTypeText(node.value, { line: start.line + 1, column: 1 });
  } catch (error) {
    if (!(error instanceof TypeSyntaxError)) throw error;
    diagnostics.push(diagnostic(file, "invalid-enum-value", `cannot read the enum values: ${error.message}`, error.at));
    return false;
  }
  let open = false;
  for (const member of expr.kind === "union" ? expr.members : [expr]) {
    if (member.kind === "literal" && typeof member.value !== "boolean") values.push({ value: member.value, at: member.at });
    else if (member.kind === "generic" && member.name === "Unrecognized") open = true;
    else diagnostics.push(diagnostic(file, "invalid-enum-value", "an enum member must be a string or number literal", member.at));
  }
  return open;
}

/**
 * Kotlin's docs indent the `## Enum` list four spaces, which markdown reads
 * as a code block. Where each line of such a block is a list item, the block
 * is read as the list it was meant to be: its lines and columns are those in
 * the file, its offsets those in the block's text.
 */
function listsInIndentedCode(node: Code, source: string): List[] {
  if (node.lang || !node.value.split("\n").every((line) => line.trim() === "" || /^[*+-][ \t]/u.test(line))) return [];
  // A fence opens within three spaces of the margin; only its first characters are needed to tell.
  const start = node.position?.start.offset ?? 0;
  if (/^[ \t]{0,3}(?:`{3}|~{3})/u.test(source.slice(start, start + 6))) return [];
  const tree: Root = markdown.parse(node.value);
  shift(tree, spanOf(node).start.line - 1);
  return tree.children.filter((child) => child.type === "list");
}

/** How far markdown indents a code block: its content starts this many columns in. */
const INDENTED_CODE = 4;

/**
 * Moves the positions of a tree parsed on its own to where its text sits in
 * the file: `lines` down, and in by the block's indent (a section's blocks
 * start at the left margin).
 */
function shift(node: Node, lines: number): void {
  if (node.position) {
    for (const point of [node.position.start, node.position.end]) {
      point.column += INDENTED_CODE;
      point.line += lines;
    }
  }
  for (const child of (node as Partial<Parent>).children ?? []) shift(child, lines);
}

/** Speakeasy's TypeScript type of the values an open enum does not list. */
const UNRECOGNIZED = /^Unrecognized<(?:string|number)>$/u;

/** OpenAPI Generator's name for the value it reads a value it does not know as. */
const UNKNOWN_VALUE_CASE = "UNKNOWN_DEFAULT_OPEN_API";

/**
 * A vendor's own stand-in for values the SDK does not know, which its templates write bare where every value
 * is quoted: Xendit's `XenditEnumDefaultFallback` (value: `UNKNOWN_ENUM_VALUE`). The SDK reads any value it
 * does not list as that member, so the enum is open, and the stand-in is none of its values.
 */
function isVendorStandIn(name: string, value: string): boolean {
  const bare = value.trim().replace(/^`|`$/gu, "");
  return /^[A-Za-z_]\w*$/u.test(bare) && /unknown|fallback|unrecognized/iu.test(`${name} ${bare}`);
}

/**
 * A bullet list of `` `"value"` `` items, or of `` `NAME` (value: `'value'`) `` items, whose offsets index `source`.
 * Returns whether the enum is open.
 */
function readValuesList(node: List, source: string, file: string, values: Values, diagnostics: Diagnostic[]): boolean {
  let open = false;
  // A vendor's stand-in is bare among quoted values; where every value is bare, an `UNKNOWN` is a value.
  const quoted = node.children.some((item) => /\(value: `?["']/u.test(toString(item)));
  for (const item of node.children) {
    const at = contentSpanOf(item);
    const text = toString(item).trim();
    // Read from the source, a named value may hold a backtick (`"foo`bar"`), which would end its code span.
    const named = NAMED_VALUE.exec(itemText(item, source)) ?? /^(\S+) \(value: (.*)\)$/su.exec(text);
    // Kotlin writes the stand-in in lowercase.
    if (named?.[1]!.toUpperCase() === UNKNOWN_VALUE_CASE || (quoted && named && isVendorStandIn(named[1]!, named[2]!))) {
      open = true;
      continue;
    }
    // OpenAPI Generator writes a named value's quotes as HTML entities in older clients (`&quot;a&quot;`), inside
    // code, where markdown leaves them be.
    const value = parseEnumValue(named ? decodeHTML(named[2]!.trim()) : text, named?.[1]);
    if (value === undefined) {
      diagnostics.push(diagnostic(file, "invalid-enum-value", `cannot read enum value ${JSON.stringify(text)}`, at));
    } else values.push({ value, at });
  }
  return open;
}

/** An item `` `NAME` (value: `'value'`) `` as written, its marker left out. */
const NAMED_VALUE = /^`([^`\s]+)` \(value: `(.*)`\)$/su;

function itemText(item: Node, source: string): string {
  const start = item.position?.start.offset;
  const end = item.position?.end.offset;
  return start === undefined || end === undefined ? "" : source.slice(start, end).replace(/^[*+-][ \t]+/u, "").trim();
}

/**
 * A `| Name | Value |` table, read from its Value column (or its first).
 * Returns whether the enum is open, and the kind of the values it does not
 * list, where its row for them names it (`Unrecognized<string>`).
 */
function readValuesTable(node: Table, source: string, file: string, values: Values, diagnostics: Diagnostic[]): { open: boolean; openKind?: OpenKind } {
  const { header, rows: all } = readTable(node, source);
  const column = header.indexOf("value") === -1 ? 0 : header.indexOf("value");
  const nameColumn = header.indexOf("name");
  // OpenAPI Generator's row for values it does not know, and Speakeasy's (`| - | \`Unrecognized<string>\` |`), make
  // the enum open; neither is a value.
  const rows = all.filter(
    (row) => (nameColumn === -1 || row.cells[nameColumn]?.text !== UNKNOWN_VALUE_CASE) && !UNRECOGNIZED.test(row.cells[column]?.text ?? ""),
  );
  const unlisted = all.find((row) => UNRECOGNIZED.test(row.cells[column]?.text ?? ""));
  const openKind = unlisted && openKindNamed(unlisted.cells[column]!.text);
  const openness = { open: rows.length < all.length, ...(openKind && { openKind }) };
  // Kotlin's docs list every value in one row: `status | available, pending, sold`.
  const only = rows.length === 1 ? rows[0]!.cells[column] : undefined;
  const listed = only && !/^["']/u.test(only.text) ? only.text.split(",").map((text) => text.trim()).filter((text) => text !== "") : [];
  if (only && listed.length > 1) {
    for (const text of listed) values.push({ value: parseEnumValue(text) ?? text, at: only.at });
    return openness;
  }
  // twilio's Go docs give each value in the Notes, `(value: "pending")`, beside its constant's name.
  const notesColumn = header.indexOf("value") === -1 ? header.indexOf("notes") : -1;
  const read: Array<{ value: string | number; at: Span; text: string }> = [];
  for (const row of rows) {
    const noted = notesColumn === -1 ? undefined : /^\(value: ("(?:[^"\\]|\\.)*"|'[^']*'|[^)]*)\)/u.exec(row.cells[notesColumn]?.text ?? "")?.[1];
    const name = nameColumn === -1 ? undefined : row.cells[nameColumn]?.text;
    // A row without outer pipes ends its empty Value cell with a pipe GFM does not count as a cell.
    const cell = noted === undefined ? (row.cells[column] ?? (row.endsInEmptyCell ? closingEmptyCell(row) : undefined)) : { ...row.cells[notesColumn]!, text: noted.trim() };
    if (!cell) continue;
    // A value is written as it is, unescaped: markdown's emphasis in it (`__all__`) is the value's own characters.
    const text = noted === undefined && isFormatted(cell.nodes) ? decodeHTML(cell.source) : cell.text;
    // A named member whose Value cell is empty is the empty string: Speakeasy's `UNKNOWN = ""`. A second is a value lost.
    const value = text === "" && name && !read.some((earlier) => earlier.value === "") ? "" : parseEnumValue(text, name);
    if (value === undefined) {
      diagnostics.push(diagnostic(file, "invalid-enum-value", `cannot read enum value ${JSON.stringify(text)}`, cell.at));
    } else read.push({ value, at: cell.at, text });
  }
  // Python's tables write every value bare: where one is text (`128x128`), the enum is of strings, `1024` among them.
  const bareText = read.some(({ value, text }) => typeof value === "string" && text !== "" && !/^["']/u.test(text));
  for (const { value, at, text } of read) {
    const typed = bareText && typeof value === "number" && NUMBER.test(text) ? text : value;
    // A number written bare may be a string enum's value: the SDK's type of the values it does not list may say so.
    values.push({ value: typed, at, ...(typeof typed === "number" && !/^["']/u.test(text) && { text }) });
  }
  return openness;
}

/** Whether inline nodes hold emphasis, strong or struck-through text. */
function isFormatted(nodes: readonly PhrasingContent[]): boolean {
  return nodes.some((node) => node.type === "emphasis" || node.type === "strong" || node.type === "delete" || ("children" in node && isFormatted(node.children as PhrasingContent[])));
}

const NUMBER = /^-?\d+(\.\d+)?$/u;

/**
 * `Allowed values: [available, pending, sold]`: the values, bare or quoted.
 * Bare values are numbers only where every one is (`[1, 2]`): a string
 * enum's `01` is the text `01`.
 */
function readAllowedValues(text: string, at: Span, values: Values): void {
  const listed = /^Allowed values:[ \t]*\[(.*)\]$/u.exec(text.trim())?.[1];
  if (listed === undefined) return;
  const items = [...listed.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|([^,\s][^,]*)/gu)].map(([, double, single, bare]) =>
    double !== undefined ? { text: unescapeJson(double) } : single !== undefined ? { text: single } : { bare: bare!.trim() },
  );
  const numeric = items.every((item) => item.bare !== undefined && NUMBER.test(item.bare));
  for (const item of items) values.push({ value: item.text ?? (numeric ? Number(item.bare) : item.bare!), at });
}

/** The text of a JSON string's content, as written between its quotes (`a\\"b`); as it stands where it is no JSON. */
export function unescapeJson(text: string): string {
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return text;
  }
}

/**
 * `"text"` (JSON), `'text'`, a number, or a bare word. Older Java clients
 * write them as Java: `String.valueOf("text")`, `new BigDecimal(7)`, and a
 * number with its type's suffix, `1L`, `1.1d`, `10.0f`. A suffix is read
 * only where the value's `name` is the one OpenAPI Generator makes of a
 * number (`NUMBER_1_DOT_1`): other clients write strings bare, and `7d`
 * may be a string.
 */
export function parseEnumValue(text: string, name?: string): string | number | undefined {
  if (text === "") return undefined;
  const java = /^(?:(String|Integer|Long|Short|Byte|Float|Double|BigDecimal)\.valueOf|new BigDecimal)\((.+)\)$/u.exec(text);
  if (java) {
    const value = parseEnumValue(java[2]!.trim());
    // A number type's value is a number, though written as text (`new BigDecimal("1.5")`).
    return java[1] !== "String" && typeof value === "string" && NUMBER.test(value) ? Number(value) : value;
  }
  const suffixed = name !== undefined && /^NUMBER_/u.test(name) ? /^(-?\d+(?:\.\d+)?)[lLdDfF]$/u.exec(text)?.[1] : undefined;
  if (suffixed !== undefined) return Number(suffixed);
  if (text.startsWith('"')) {
    try {
      const value: unknown = JSON.parse(text);
      return typeof value === "string" ? value : undefined;
    } catch {
      return undefined;
    }
  }
  if (text.startsWith("'") && text.endsWith("'") && text.length >= 2) return text.slice(1, -1);
  // A number is never written with a leading zero: `01` is text.
  if (NUMBER.test(text) && !/^-?0\d/u.test(text)) {
    const number = Number(text);
    return Number.isFinite(number) ? number : undefined;
  }
  return text;
}
