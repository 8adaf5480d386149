/**
 * Reads one spec file's markdown tree into a SpecDocument: the models it
 * declares, each with its description and one section (fields, values or
 * supported types), every piece carrying its source position.
 *
 * A model is a heading followed by a `Fields`, `Values` or `Supported Types`
 * heading one level deeper. The file's `# Title` is the main model; a file
 * may declare more (`## BackoffStrategy` + `### Fields`), which links reach
 * by anchor (`#backoffstrategy`).
 */
import GithubSlugger from "github-slugger";
import type { Code, Heading, List, Root, RootContent, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../ir/types.js";
import { nullPaths, type NullPath } from "./example-value.js";
import { readTable, type Cell } from "./field-table.js";
import { contentSpanOf, spanOf } from "./position.js";
import { parseTypeCell, parseTypeText, TypeSyntaxError, type TypeExpr } from "./type-expression.js";

export type Dialect = "python" | "typescript";

export interface SpecDocument {
  /** The spec file, relative to the specs root, with `/` separators. */
  file: string;
  dialect: Dialect;
  models: SpecModel[];
}

export interface SpecModel {
  name: string;
  /** Set for a model declared below the file's title: the slug links use to reach it. */
  anchor?: string;
  description: string;
  /** Source of the code blocks under `## Example Usage`. */
  examples: string[];
  /** Where the first example's value is null: how TypeScript docs show that a field is nullable. */
  exampleNulls: NullPath[];
  section: FieldsSection | ValuesSection | UnionSection;
  at: Span;
}

export interface FieldRow {
  name: string;
  type: TypeExpr;
  /** From the Required column; undefined when the table has none. */
  required: boolean | undefined;
  description: string;
  examples: string[];
  at: Span;
}

export interface FieldsSection {
  kind: "fields";
  fields: FieldRow[];
  at: Span;
}

export interface ValuesSection {
  kind: "values";
  values: Array<{ value: string | number; at: Span }>;
  open: boolean;
  at: Span;
}

export interface UnionSection {
  kind: "union";
  members: TypeExpr[];
  at: Span;
}

const SECTION_TITLES = new Map<string, "fields" | "values" | "union">([
  ["fields", "fields"],
  ["values", "values"],
  ["supported types", "union"],
]);

/** Headings of model sections that mdspec reads, or that a model spec of another generator has. */
const MODEL_SECTION_TITLES = new Set([...SECTION_TITLES.keys(), "properties"]);

/** Column names of a fields table: the field's name, and its type. */
const NAME_COLUMNS = ["field", "name", "property"];
const TYPE_COLUMN = "type";

/**
 * Whether a markdown file is a model spec, or tries to be one: it has a
 * model section heading (Fields, Values, Supported Types, Properties), or a
 * fields table (a Field or Name column and a Type column) before its first
 * heading below the title. Anything else is some other page an SDK's docs
 * hold (an operation page, an index, a README, a changelog), whatever its
 * `#` heading says: operation pages list parameters in tables too, but under
 * headings of their own (`### Parameters`).
 */
export function isModelSpec(tree: Root): boolean {
  const nodes = tree.children;
  const title = nodes.findIndex((node) => node.type === "heading" && node.depth === 1);
  for (const [i, node] of nodes.entries()) {
    if (node.type === "heading" && MODEL_SECTION_TITLES.has(toString(node).trim().toLowerCase())) return true;
    if (node.type === "table" && !nodes.slice(title + 1, i).some((before) => before.type === "heading") && isFieldsHeader(node)) return true;
  }
  return false;
}

function isFieldsHeader(table: Table): boolean {
  const header = (table.children[0]?.children ?? []).map((cell) => toString(cell).trim().toLowerCase());
  return header.some((name) => NAME_COLUMNS.includes(name)) && header.includes(TYPE_COLUMN);
}

export function readSpecDocument(
  tree: Root,
  source: string,
  file: string,
): { document: SpecDocument; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const models: SpecModel[] = [];
  const slugger = new GithubSlugger();
  const nodes = tree.children;

  const titleIndex = nodes.findIndex((node) => node.type === "heading" && node.depth === 1);
  if (titleIndex === -1) {
    diagnostics.push(diagnostic(file, "missing-model-heading", "the spec has no `# ModelName` heading", spanOf(nodes[0] ?? tree)));
    return { document: { file, dialect: detectDialect(nodes, []), models }, diagnostics };
  }

  // Candidate model headings: the title, and any heading directly above a section heading.
  for (let i = titleIndex; i < nodes.length; i++) {
    const heading = nodes[i];
    if (heading?.type !== "heading") continue;
    const isTitle = i === titleIndex;
    const sectionIndex = findSection(nodes, i);
    if (sectionIndex === -1) {
      if (isTitle) {
        diagnostics.push(
          diagnostic(
            file,
            "missing-section",
            `model "${toString(heading).trim()}" has no Fields, Values or Supported Types section`,
            contentSpanOf(heading),
          ),
        );
      }
      continue;
    }
    const name = toString(heading).trim();
    const slug = slugger.slug(name);
    const section = readSection(nodes, sectionIndex, source, file, diagnostics);
    if (!section) continue;
    const examples = readExamples(nodes, i + 1, heading.depth);
    const model: SpecModel = {
      name,
      description: readDescription(nodes, i + 1, source),
      examples,
      exampleNulls: examples[0] === undefined ? [] : nullPaths(examples[0]),
      section,
      at: contentSpanOf(heading),
    };
    if (!isTitle) model.anchor = slug;
    models.push(model);
  }

  const typeNames = models.flatMap((m) => (m.section.kind === "fields" ? m.section.fields.map((f) => f.type) : []));
  return { document: { file, dialect: detectDialect(nodes, typeNames), models }, diagnostics };
}

/** The index of the section heading that belongs to the heading at `index`, or -1. */
function findSection(nodes: RootContent[], index: number): number {
  const heading = nodes[index] as Heading;
  for (let i = index + 1; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== "heading") continue;
    if (node.depth <= heading.depth) return -1;
    if (node.depth === heading.depth + 1 && SECTION_TITLES.has(toString(node).trim().toLowerCase())) return i;
  }
  return -1;
}

/** The blocks between a heading and the next heading, as markdown source. */
function readDescription(nodes: RootContent[], from: number, source: string): string {
  const parts: string[] = [];
  for (let i = from; i < nodes.length && nodes[i]!.type !== "heading"; i++) {
    const node = nodes[i]!;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) parts.push(source.slice(start, end));
  }
  return parts.join("\n\n").trim();
}

/**
 * The code blocks under the model's own `Example Usage` heading, one level
 * below the model heading. Deeper headings do not switch: a `### Example Usage`
 * under a second model (`## Sub`) belongs to that model, not to the title.
 */
function readExamples(nodes: RootContent[], from: number, depth: number): string[] {
  const examples: string[] = [];
  let inExample = false;
  for (let i = from; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === "heading") {
      if (node.depth <= depth) break;
      if (node.depth === depth + 1) inExample = toString(node).trim().toLowerCase() === "example usage";
    } else if (inExample && node.type === "code") {
      examples.push(node.value);
    }
  }
  return examples;
}

function readSection(
  nodes: RootContent[],
  index: number,
  source: string,
  file: string,
  diagnostics: Diagnostic[],
): SpecModel["section"] | undefined {
  const heading = nodes[index] as Heading;
  const kind = SECTION_TITLES.get(toString(heading).trim().toLowerCase())!;
  const body: RootContent[] = [];
  for (let i = index + 1; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === "heading" && node.depth <= heading.depth) break;
    body.push(node);
  }
  const at = spanOf(heading);
  switch (kind) {
    case "fields":
      return readFields(body, source, file, at, diagnostics);
    case "values":
      return readValues(body, source, file, at, diagnostics);
    case "union":
      return readUnion(body, heading.depth, file, at, diagnostics);
  }
}

function readFields(
  body: RootContent[],
  source: string,
  file: string,
  at: Span,
  diagnostics: Diagnostic[],
): FieldsSection | undefined {
  const tables = body.filter((node): node is Table => node.type === "table").map((table) => readTable(table, source));
  if (tables.length === 0) {
    diagnostics.push(diagnostic(file, "missing-section", "the Fields section has no table", at));
    return undefined;
  }
  const columnOf = (header: string[], ...names: string[]): number => header.findIndex((h) => names.includes(h));
  const NAME = NAME_COLUMNS;
  // Other tables may stand around the fields table (a legend, a list of limits): it is the one with a name and a type column.
  const table = tables.find(({ header }) => columnOf(header, ...NAME) !== -1 && columnOf(header, TYPE_COLUMN) !== -1);
  if (!table) {
    const first = tables[0]!;
    const missing = [columnOf(first.header, ...NAME) === -1 && "Field", columnOf(first.header, TYPE_COLUMN) === -1 && "Type"].filter(
      (name) => name !== false,
    );
    const found = first.header.map((h) => JSON.stringify(h)).join(", ");
    diagnostics.push(
      diagnostic(file, "missing-column", `the fields table has no ${missing.join(" or ")} column (its columns are ${found})`, first.headerAt),
    );
    return undefined;
  }
  const { header, rows } = table;
  const column = (...names: string[]): number => columnOf(header, ...names);
  const nameColumn = column(...NAME);
  const typeColumn = column("type");
  const requiredColumn = column("required");
  const descriptionColumn = column("description");
  const exampleColumn = column("example", "examples");

  const fields: FieldRow[] = [];
  const seen = new Map<string, Span>();
  for (const row of rows) {
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
    const name = nameCell.text;
    const earlier = seen.get(name);
    if (earlier) {
      diagnostics.push(
        diagnostic(file, "duplicate-field", `field "${name}" is already defined at line ${earlier.start.line}`, nameCell.at),
      );
      continue;
    }
    seen.set(name, nameCell.at);
    let type: TypeExpr;
    try {
      type = parseTypeCell(typeCell.nodes, source, typeCell.at);
    } catch (error) {
      if (!(error instanceof TypeSyntaxError)) throw error;
      diagnostics.push(
        diagnostic(file, "unparsable-type", `cannot read the type of field "${name}": ${error.message}`, error.at),
      );
      continue;
    }
    fields.push({
      name,
      type,
      required: requiredColumn === -1 ? undefined : readRequired(row.cells[requiredColumn]),
      description: readDescriptionCell(row.cells[descriptionColumn]),
      examples: readExampleCell(row.cells[exampleColumn]),
      at: row.at,
    });
  }
  return { kind: "fields", fields, at };
}

function readRequired(cell: Cell | undefined): boolean {
  const text = (cell?.text ?? "").toLowerCase();
  return /heavy_check_mark|✔|✓|✅|^yes$|^true$|^required$/u.test(text);
}

/** `N/A` is what generators write for "no description". */
function readDescriptionCell(cell: Cell | undefined): string {
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

function readValues(
  body: RootContent[],
  source: string,
  file: string,
  at: Span,
  diagnostics: Diagnostic[],
): ValuesSection | undefined {
  const prose = body
    .filter((node) => node.type === "paragraph")
    .map((node) => toString(node))
    .join(" ");
  let open = /open enum/iu.test(prose);
  const values: ValuesSection["values"] = [];

  for (const node of body) {
    if (node.type === "code") open = readValuesCode(node, file, values, diagnostics) || open;
    else if (node.type === "list") readValuesList(node, file, values, diagnostics);
    else if (node.type === "table") readValuesTable(node, source, file, values, diagnostics);
  }
  if (values.length === 0 && !open) {
    diagnostics.push(diagnostic(file, "empty-section", "the Values section lists no values", at));
  }
  return { kind: "values", values, open, at };
}

/** A TypeScript union block: `"a" | "b" | Unrecognized<string>`. Returns whether the enum is open. */
function readValuesCode(node: Code, file: string, values: ValuesSection["values"], diagnostics: Diagnostic[]): boolean {
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

/** A bullet list of `` `"value"` `` items. */
function readValuesList(node: List, file: string, values: ValuesSection["values"], diagnostics: Diagnostic[]): void {
  for (const item of node.children) {
    const at = contentSpanOf(item);
    const value = parseEnumValue(toString(item).trim());
    if (value === undefined) {
      diagnostics.push(diagnostic(file, "invalid-enum-value", `cannot read enum value ${JSON.stringify(toString(item).trim())}`, at));
    } else values.push({ value, at });
  }
}

/** The older `| Name | Value |` table. */
function readValuesTable(
  node: Table,
  source: string,
  file: string,
  values: ValuesSection["values"],
  diagnostics: Diagnostic[],
): void {
  const { header, rows } = readTable(node, source);
  const column = header.indexOf("value") === -1 ? 0 : header.indexOf("value");
  for (const row of rows) {
    const cell = row.cells[column];
    if (!cell) continue;
    const value = parseEnumValue(cell.text);
    if (value === undefined) {
      diagnostics.push(diagnostic(file, "invalid-enum-value", `cannot read enum value ${JSON.stringify(cell.text)}`, cell.at));
    } else values.push({ value, at: cell.at });
  }
}

/** `"text"` (JSON), `'text'`, a number, or a bare word. */
function parseEnumValue(text: string): string | number | undefined {
  if (text === "") return undefined;
  if (text.startsWith('"')) {
    try {
      const value: unknown = JSON.parse(text);
      return typeof value === "string" ? value : undefined;
    } catch {
      return undefined;
    }
  }
  if (text.startsWith("'") && text.endsWith("'") && text.length >= 2) return text.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/u.test(text)) {
    const number = Number(text);
    return Number.isFinite(number) ? number : undefined;
  }
  return text;
}

function readUnion(
  body: RootContent[],
  depth: number,
  file: string,
  at: Span,
  diagnostics: Diagnostic[],
): UnionSection | undefined {
  const members: TypeExpr[] = [];
  for (const node of body) {
    if (node.type !== "heading" || node.depth !== depth + 1) continue;
    const code = node.children.find((child) => child.type === "inlineCode");
    const start = spanOf(node).start;
    const text = code?.type === "inlineCode" ? code.value : toString(node);
    // Point inside the backticks of `### \`X\``.
    const column = code?.position ? code.position.start.column + 1 : start.column;
    try {
      members.push(parseTypeText(text, { line: start.line, column }));
    } catch (error) {
      if (!(error instanceof TypeSyntaxError)) throw error;
      diagnostics.push(diagnostic(file, "unparsable-type", `cannot read union member "${text}": ${error.message}`, error.at));
    }
  }
  if (members.length === 0) {
    diagnostics.push(diagnostic(file, "empty-section", "the Supported Types section lists no types", at));
    return undefined;
  }
  return { kind: "union", members, at };
}

const PYTHON_WORDS = new Set(["str", "int", "float", "bool", "List", "Dict", "Optional", "Nullable", "OptionalNullable", "Literal", "Any", "datetime"]);
const TYPESCRIPT_WORDS = new Set(["string", "number", "boolean", "any", "Record", "Date", "Array"]);

/**
 * Which SDK dialect a file is written in: by its code fences if it has any,
 * else by the type names its fields use.
 */
function detectDialect(nodes: RootContent[], types: TypeExpr[]): Dialect {
  for (const node of nodes) {
    if (node.type !== "code") continue;
    if (node.lang === "python") return "python";
    if (node.lang === "typescript" || node.lang === "ts") return "typescript";
  }
  let python = 0;
  let typescript = 0;
  const visit = (expr: TypeExpr): void => {
    if (expr.kind === "name" || expr.kind === "generic") {
      if (PYTHON_WORDS.has(expr.name)) python++;
      if (TYPESCRIPT_WORDS.has(expr.name)) typescript++;
      if (expr.kind === "generic") expr.args.forEach(visit);
    } else if (expr.kind === "array") {
      typescript++;
      visit(expr.items);
    } else if (expr.kind === "union") expr.members.forEach(visit);
    else if (expr.kind === "index-signature") visit(expr.values);
  };
  types.forEach(visit);
  return typescript > python ? "typescript" : "python";
}
