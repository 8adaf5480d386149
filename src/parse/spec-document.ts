/**
 * Reads one spec file's markdown tree into a SpecDocument: finds the models
 * it declares and hands each one's section to the reader of its kind
 * (fields-section, properties-section, values-section, union-section).
 *
 * A model is a heading followed by a section heading one level deeper
 * (`Fields`, `Properties`, `Values`, `Enum`, `Supported Types`, `Enum Variants`). The file's
 * `# Title` is the main model; a file may declare more (`## BackoffStrategy`
 * + `### Fields`), which links reach by anchor (`#backoffstrategy`). OpenAPI
 * Generator declares an enum of one field under its model as `## Enum: Name`.
 */
import GithubSlugger from "github-slugger";
import type { Heading, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../base/span.js";
import { detectDialect } from "./dialect.js";
import type { SpecDocument, SpecModel } from "./document.js";
import { hasFieldsHeader } from "./field-table.js";
import { readFields } from "./fields-section.js";
import { contentSpanOf, spanOf } from "./position.js";
import { readProperties } from "./properties-section.js";
import { readUnion } from "./union-section.js";
import { readValues, saysOpenEnum } from "./values-section.js";
import { readVariants } from "./variants-section.js";

type SectionKind = "fields" | "properties" | "values" | "union" | "variants";

const SECTION_TITLES = new Map<string, SectionKind>([
  ["fields", "fields"],
  ["properties", "properties"],
  ["values", "values"],
  ["enum", "values"],
  ["supported types", "union"],
  ["enum variants", "variants"],
]);

/** `## Enum: StatusEnum`: a model and its values section in one heading. */
const INLINE_ENUM = /^enum:\s*(\S.*)$/iu;

const titleOf = (heading: Heading): string => toString(heading).trim();

/**
 * Whether a markdown file is a model spec, or tries to be one: it has a
 * model section heading, or a fields table (a Field or Name column and a
 * Type column) before its first heading below the title. Anything else is
 * some other page an SDK's docs hold (an operation page, an index, a README,
 * a changelog), whatever its `#` heading says: operation pages list
 * parameters in tables too, but under headings of their own (`### Parameters`).
 */
export function isModelSpec(tree: Root): boolean {
  const nodes = tree.children;
  const title = nodes.findIndex((node) => node.type === "heading" && node.depth === 1);
  for (const [i, node] of nodes.entries()) {
    if (node.type === "heading" && sectionKind(node) !== undefined) return true;
    if (node.type === "table" && !nodes.slice(title + 1, i).some((before) => before.type === "heading") && hasFieldsHeader(node)) return true;
  }
  return false;
}

function sectionKind(heading: Heading): SectionKind | undefined {
  const title = titleOf(heading).toLowerCase();
  return SECTION_TITLES.get(title) ?? (INLINE_ENUM.test(title) ? "values" : undefined);
}

export function readSpecDocument(tree: Root, source: string, file: string): { document: SpecDocument; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const models: SpecModel[] = [];
  const slugger = new GithubSlugger();
  const nodes = withFrontMatterTitle(tree.children);
  // `## Properties` and `## Enum` are OpenAPI Generator's section titles; Speakeasy writes `## Fields` and `## Values`.
  const openApiGenerator = nodes.some((node) => node.type === "heading" && /^(properties|enum(:.*| variants)?)$/isu.test(titleOf(node)));
  const documentOf = (): SpecDocument => ({ file, dialect: detectDialect(nodes, models, openApiGenerator), models });

  const titleIndex = nodes.findIndex((node) => node.type === "heading" && node.depth === 1);
  if (titleIndex === -1) {
    diagnostics.push(diagnostic(file, "missing-model-heading", "the spec has no `# ModelName` heading", spanOf(nodes[0] ?? tree)));
    return { document: documentOf(), diagnostics };
  }

  // Model headings: the title, any heading directly above a section heading, and inline enums.
  for (let i = titleIndex; i < nodes.length; i++) {
    const heading = nodes[i];
    if (heading?.type !== "heading") continue;
    const isTitle = i === titleIndex;
    const inlineEnum = isTitle ? null : INLINE_ENUM.exec(titleOf(heading));
    const sectionIndex = inlineEnum ? i : findSection(nodes, i);
    if (sectionIndex === -1) {
      if (isTitle) {
        const message = `model "${titleOf(heading)}" has no Fields, Values or Supported Types section`;
        diagnostics.push(diagnostic(file, "missing-section", message, contentSpanOf(heading)));
      }
      continue;
    }
    const slug = slugger.slug(titleOf(heading));
    const kind = sectionKind(nodes[sectionIndex] as Heading)!;
    const section = readSection(kind, nodes, sectionIndex, source, file, diagnostics);
    if (!section) continue;
    const examples = readExamples(nodes, i + 1, heading.depth);
    // Newer Python docs say an enum is open only in its example: `# Open enum: unrecognized values are captured as …`.
    if (section.kind === "values" && !section.open && examples.some(saysOpenEnum)) section.open = true;
    const written = inlineEnum ? inlineEnum[1]!.trim() : openApiGenerator ? unqualified(titleOf(heading)) : titleOf(heading);
    const model: SpecModel = {
      // An inline enum is named for its model as well (`Pet` + `StatusEnum`, as Java's `Pet.StatusEnum`):
      // other models in the folder have enums of the same name.
      name: inlineEnum && models[0] ? inlineEnumName(models[0].name, written) : written,
      description: inlineEnum ? "" : readDescription(nodes, i + 1, source),
      examples,
      section,
      at: contentSpanOf(heading),
    };
    if (!isTitle) {
      model.anchor = slug;
      const aliases = [...(inlineEnum ? [written] : []), ...htmlAnchorsAbove(nodes, i)];
      if (aliases.length > 0) model.aliases = aliases;
    }
    models.push(model);
  }
  if (openApiGenerator) linkFieldsToTheirEnums(models);
  return { document: documentOf(), diagnostics };
}

/**
 * An inline enum's name: its model's and its own (`Pet` + `StatusEnum`), where its own does not already start
 * with the model's (the TypeScript clients' `OrderStatusEnum`, `ConsumerConnection.state`).
 */
function inlineEnumName(model: string, written: string): string {
  const own = written.split(".").map(upperFirst).join("");
  return own.startsWith(model) ? own : `${model}${own}`;
}

/** The types a field of an inline enum is written with, where its table does not link the enum. */
const ENUM_BASE_TYPES = new Set(["String", "string", "str", "Number", "number", "Integer", "integer", "int"]);

/**
 * OpenAPI Generator's JavaScript and TypeScript clients write a field whose
 * values are an inline enum with the enum's base type (`**achStatus** |
 * **String**`), and list the enum below the table, named for the field
 * (`## Enum: AchStatusEnum`) or for the model and the field
 * (`## Enum: OrderStatusEnum`). Java links the field to it
 * (`[**StatusEnum**](#StatusEnum)`); so the field is read, so that its
 * values are checked.
 */
function linkFieldsToTheirEnums(models: SpecModel[]): void {
  const [main, ...rest] = models;
  if (main?.section.kind !== "fields") return;
  const enums = new Set(rest.filter((model) => model.section.kind === "values").flatMap((model) => model.aliases ?? []));
  for (const row of main.section.fields) {
    if (row.type.kind !== "name" || row.type.link !== undefined || !ENUM_BASE_TYPES.has(row.type.name)) continue;
    const field = upperFirst(row.name);
    const written = [`${field}Enum`, `${main.name}${field}Enum`, `${main.name}.${row.name}`].find((name) => enums.has(name));
    if (written !== undefined) row.type = { kind: "name", name: written, link: `#${written}`, at: row.type.at };
  }
}

/**
 * The nodes with the title a page's YAML front matter gives (`title: Pet`)
 * as its `# Title`, where the page has none: docs published with Jekyll
 * (Genesys Cloud's .NET SDK) title a model only there, and head its sections
 * `## Properties`. Markdown reads the front matter as a rule and a heading.
 */
function withFrontMatterTitle(nodes: RootContent[]): RootContent[] {
  const [rule, matter] = nodes;
  if (rule?.type !== "thematicBreak" || matter?.type !== "heading" || matter.depth !== 2) return nodes;
  if (nodes.some((node) => node.type === "heading" && node.depth === 1)) return nodes;
  const title = /^title:[ \t]*["']?([^"'\n]+?)["']?[ \t]*$/mu.exec(toString(matter))?.[1];
  if (title === undefined) return nodes;
  const heading: Heading = { type: "heading", depth: 1, children: [{ type: "text", value: title }], ...(matter.position && { position: matter.position }) };
  return [rule, heading, ...nodes.slice(2)];
}

/**
 * A model's name without the namespace some of OpenAPI Generator's clients
 * put in the title: Ruby's `Petstore::Pet`, C#'s `Org.OpenAPITools.Model.Pet`,
 * the newer typescript-axios's `.Pet`, PHP's `# Pet`. Links and other pages
 * name it `Pet`.
 */
function unqualified(written: string): string {
  // PHP's docs title a model `# # Pet`.
  const title = written.replace(/^#+\s+/u, "");
  return QUALIFIED.test(title) ? title.slice(Math.max(title.lastIndexOf("::") + 2, title.lastIndexOf(".") + 1)) : title;
}

const QUALIFIED = /^(?:[\p{L}_][\p{L}\p{N}_]*)?(?:(?:::|\.)[\p{L}_][\p{L}\p{N}_]*)+$/u;

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The names of the HTML anchors right above a heading (`<a name="StatusEnum"></a>`), which links may use to reach it. */
function htmlAnchorsAbove(nodes: readonly RootContent[], index: number): string[] {
  const above = nodes[index - 1];
  let html = "";
  if (above?.type === "html") html = above.value;
  // On a line of its own, `<a name="X"></a>` is a paragraph of inline HTML.
  else if (above?.type === "paragraph" && above.children.every((node) => node.type === "html")) html = above.children.map((node) => node.value).join("");
  return [...html.matchAll(/<a\s+(?:name|id)\s*=\s*"([^"]+)"\s*>\s*<\/a>/giu)].map((match) => match[1]!);
}

/** The index of the section heading that belongs to the heading at `index`, or -1. */
function findSection(nodes: RootContent[], index: number): number {
  const heading = nodes[index] as Heading;
  for (let i = index + 1; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== "heading") continue;
    if (node.depth <= heading.depth) return -1;
    if (node.depth === heading.depth + 1 && SECTION_TITLES.has(titleOf(node).toLowerCase())) return i;
  }
  return -1;
}

function readSection(
  kind: SectionKind,
  nodes: RootContent[],
  index: number,
  source: string,
  file: string,
  diagnostics: Diagnostic[],
): SpecModel["section"] | undefined {
  const heading = nodes[index] as Heading;
  const body: RootContent[] = [];
  for (let i = index + 1; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === "heading" && node.depth <= heading.depth) break;
    body.push(node);
  }
  const at: Span = spanOf(heading);
  switch (kind) {
    case "fields":
      return readFields(body, source, file, at, diagnostics);
    case "properties":
      return readProperties(body, source, file, at, diagnostics);
    case "values":
      return readValues(body, source, file, at, diagnostics);
    case "union":
      return readUnion(body, heading.depth, file, at, diagnostics);
    case "variants":
      return readVariants(body, source, file, at, diagnostics);
  }
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
      if (node.depth === depth + 1) inExample = titleOf(node).toLowerCase() === "example usage";
    } else if (inExample && node.type === "code") {
      examples.push(node.value);
    }
  }
  return examples;
}
