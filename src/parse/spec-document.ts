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
import { createRequire } from "node:module";
import GithubSlugger from "github-slugger";
import type { Heading, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../base/span.js";
import { detectDialect } from "./dialect.js";
import type { FieldRow, SpecDocument, SpecModel } from "./document.js";
import { hasFieldsHeader } from "./field-table.js";
import { deprecationNotice, readFields } from "./fields-section.js";
import { contentSpanOf, spanOf } from "./position.js";
import { readProperties } from "./properties-section.js";
import { readClassMethods } from "./class-methods-section.js";
import { readSchemasList } from "./schemas-list-section.js";
import { readModelTypeInfo } from "./model-type-info-section.js";
import { readUnion } from "./union-section.js";
import { openKindNamed, readValues, saysOpenEnum } from "./values-section.js";
import { readVariants } from "./variants-section.js";
import type { TypeExpr } from "./type-expression.js";
import { withoutQuoteEscapes } from "./escapes.js";

type SectionKind = "fields" | "properties" | "values" | "union" | "variants" | "class-methods" | "model-type-info" | "schemas-list";

const SECTION_TITLES = new Map<string, SectionKind>([
  ["fields", "fields"],
  ["properties", "properties"],
  ["values", "values"],
  ["enum", "values"],
  ["supported types", "union"],
  ["enum variants", "variants"],
  // OpenAPI Generator's Ruby client: a oneOf or anyOf model, by the class methods that list its members.
  ["class instance methods", "class-methods"],
  // OpenAPI Generator 6's python client.
  ["model type info", "model-type-info"],
  // The Java client: a oneOf or anyOf model, by a list of links to its members.
  ["oneof schemas", "schemas-list"],
  ["anyof schemas", "schemas-list"],
]);

/** The section titles Speakeasy writes; every other one, an inline enum's included, is OpenAPI Generator's. */
const SPEAKEASY_TITLES = new Set(["fields", "values", "supported types"]);

function isOpenApiGeneratorTitle(heading: Heading): boolean {
  const title = titleOf(heading).toLowerCase();
  return (SECTION_TITLES.has(title) && !SPEAKEASY_TITLES.has(title)) || INLINE_ENUM.test(title);
}

/** A title that names an operations module of a Python client: `openapi_client.apis.tags.pet_api.PetApi`. */
const API_MODULE = /^[\w.]+\.apis\.[\w.]+$/u;

/** `## Enum: StatusEnum`: a model and its values section in one heading. */
const INLINE_ENUM = /^enum:\s*(\S.*)$/iu;

const ITEMS_ENUM = /^(?:(?:Array|List|Set)\s*<\s*(\S+)\s*>|\[\s*(\S+)\s*\])$/u;

const titleOf = (heading: Heading): string => toString(heading).trim();

/**
 * C#'s older clients head an inline enum by its name alone (`## StatusEnum`)
 * above its `Name | Value` table: the name, as `## Enum: StatusEnum` gives it.
 */
function enumTableBelow(heading: Heading, next: RootContent | undefined): string | undefined {
  const title = titleOf(heading);
  if (!/^[\p{L}_][\p{L}\p{N}_]*Enum$/u.test(title) || next?.type !== "table") return undefined;
  const header = (next.children[0]?.children ?? []).map((cell) => toString(cell).trim().toLowerCase());
  return header.length === 2 && header[0] === "name" && header[1] === "value" ? title : undefined;
}

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
  // OpenAPI Generator 6's python client titles an operation page by its module (`client.apis.tags.pet_api.PetApi`),
  // and writes a Model Type Info section for each of its parameters' schemas.
  if (title !== -1 && API_MODULE.test(titleOf(nodes[title] as Heading))) return false;
  for (const [i, node] of nodes.entries()) {
    if (node.type === "heading" && sectionKind(nodes, i) !== undefined) return true;
    if (node.type === "table" && !nodes.slice(title + 1, i).some((before) => before.type === "heading") && hasFieldsHeader(node)) return true;
  }
  return false;
}

/**
 * The kind of model section the heading at `index` opens, if it opens one. A heading of a section's title
 * that heads deeper headings before any table, list or code of its own is something else: Speakeasy heads
 * an operation page's method by its name (`## fields`, with `### Parameters` under it).
 */
function sectionKind(nodes: readonly RootContent[], index: number): SectionKind | undefined {
  const heading = nodes[index] as Heading;
  const title = titleOf(heading).toLowerCase();
  const kind = SECTION_TITLES.get(title) ?? (INLINE_ENUM.test(title) ? "values" : undefined);
  if (kind === undefined || kind === "union" || kind === "class-methods") return kind;
  for (let i = index + 1; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === "heading") return node.depth > heading.depth ? undefined : kind;
    if (node.type === "table" || node.type === "list" || node.type === "code") return kind;
  }
  return kind;
}

export function readSpecDocument(tree: Root, source: string, file: string): { document: SpecDocument; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const models: SpecModel[] = [];
  const slugger = new GithubSlugger();
  const nodes = withFrontMatterTitle(tree.children, source);
  const openApiGenerator = nodes.some((node) => node.type === "heading" && isOpenApiGeneratorTitle(node));
  const documentOf = (): SpecDocument => ({
    file,
    dialect: detectDialect(nodes, models, openApiGenerator),
    models: openApiGenerator ? withNilSetters(withFieldsLinkedToTheirEnums(models), nodes) : models,
  });

  const titleIndex = nodes.findIndex((node) => node.type === "heading" && node.depth === 1);
  if (titleIndex === -1) {
    diagnostics.push(diagnostic(file, "missing-model-heading", "the spec has no `# ModelName` heading", spanOf(nodes[0] ?? tree)));
    return { document: documentOf(), diagnostics };
  }

  // Model headings: the title, any heading directly above a section heading, and inline enums.
  const claimed = new Set<number>();
  for (let i = titleIndex; i < nodes.length; i++) {
    const heading = nodes[i];
    if (heading?.type !== "heading") continue;
    const isTitle = i === titleIndex;
    // The name an inline enum is written with (`StatusEnum`), where the heading is one; typescript-axios heads
    // the enum of a list's items `## Enum: Array<ItemsEnum>`, Java `## Enum: List<ItemsEnum>` (`Set<…>`), the JavaScript client
    // `## Enum: [ItemsEnum]`.
    const headed = isTitle ? undefined : INLINE_ENUM.exec(titleOf(heading))?.[1]!.trim();
    const items = headed === undefined ? undefined : ITEMS_ENUM.exec(headed);
    const inlineEnum = headed !== undefined ? (items?.[1] ?? items?.[2] ?? headed) : openApiGenerator && !isTitle ? enumTableBelow(heading, nodes[i + 1]) : undefined;
    const sectionIndex = inlineEnum !== undefined ? i : findSection(nodes, i, isTitle);
    // A heading of the title's description (see findSection) heads no model of its own.
    if (claimed.has(sectionIndex)) continue;
    if (sectionIndex === -1) {
      if (isTitle) {
        const message = `model "${titleOf(heading)}" has no Fields, Values or Supported Types section`;
        diagnostics.push(diagnostic(file, "missing-section", message, contentSpanOf(heading)));
      }
      continue;
    }
    claimed.add(sectionIndex);
    const slug = slugger.slug(titleOf(heading));
    const kind = inlineEnum !== undefined ? "values" : sectionKind(nodes, sectionIndex)!;
    const section = readSection(kind, nodes, sectionIndex, source, file, diagnostics);
    if (!section) continue;
    const examples = readExamples(nodes, i + 1, heading.depth);
    // Newer Python docs say an enum is open only in its example: `# Open enum: unrecognized values are captured as …`.
    if (section.kind === "values" && examples.some(saysOpenEnum)) {
      section.open = true;
      const kind = examples.map(openKindNamed).find((named) => named !== undefined);
      if (kind && !section.openKind) section.openKind = kind;
    }
    const written = inlineEnum ?? (openApiGenerator ? unqualified(titleOf(heading)) : titleOf(heading));
    // OpenAPI Generator 6's python client writes a key's own schema under a heading of the key's name (`# media`).
    const inlineSchema = !isTitle && kind === "model-type-info";
    const described = inlineEnum !== undefined ? { description: "" } : readDescription(nodes.slice(i + 1, sectionIndex), titleOf(heading), source);
    // Speakeasy strikes a deprecated model's title through (`# ~~Pet~~`), and opens its description with a notice.
    const struck = heading.children.length === 1 && heading.children[0]!.type === "delete";
    const deprecated = described.notice !== undefined ? (described.notice === "" ? {} : { note: described.notice }) : struck ? {} : undefined;
    const model: SpecModel = {
      // An inline enum or schema is named for its model as well (`Pet` + `StatusEnum`, as Java's `Pet.StatusEnum`):
      // other models in the folder have enums and keys of the same name.
      // A file may hold several schemas of one name (`# items`, for two lists): they are named by their slugs.
      name: (inlineEnum !== undefined || inlineSchema) && models[0] ? `${models[0].name}${inlineSchema ? camelized(slug) : upperFirst(written)}` : written,
      description: described.description,
      ...(deprecated && { deprecated }),
      examples,
      section,
      at: contentSpanOf(heading),
    };
    if (!isTitle) {
      model.anchor = slug;
      // A list's enum is linked by its heading's whole name too (Java's `[**List<AccessEnum>**](#List<AccessEnum>)`).
      const whole = headed !== undefined && headed !== written ? [headed] : [];
      const aliases = [...(inlineEnum !== undefined || inlineSchema ? [written, ...whole] : []), ...htmlAnchorsAbove(nodes, i)];
      if (aliases.length > 0) model.aliases = aliases;
    }
    models.push(model);
  }
  return { document: documentOf(), diagnostics };
}

/** The types a field of an inline enum is written with, where its table does not link the enum. */
const ENUM_BASE_TYPES = new Set(["String", "string", "Number", "number", "Integer", "integer"]);

/**
 * The name an inline enum's heading gives it, by each client's convention, from its model's name and its
 * field's; `qualified` where that name has the model's in it already.
 */
const ENUM_NAMINGS: ReadonlyArray<{ name: (model: string, field: string) => string; qualified: boolean }> = [
  // JavaScript: `AchStatusEnum` for `achStatus`, `EnumStringEnum` for `enum_string`.
  { name: (_model, field) => `${camelized(field)}Enum`, qualified: false },
  // The plain TypeScript client and typescript-axios: `OrderStatusEnum` for Order's `status`.
  { name: (model, field) => `${model}${camelized(field)}Enum`, qualified: true },
  // Clients that keep a snake_case name as written: `Enum_stringEnum`.
  { name: (_model, field) => `${upperFirst(field)}Enum`, qualified: false },
  { name: (model, field) => `${model}${upperFirst(field)}Enum`, qualified: true },
  { name: (model, field) => `${model}.${field}`, qualified: true },
  // typescript-axios, in newer versions: `TrailOrder.PriceType` for `priceType`.
  { name: (model, field) => `${model}.${camelized(field)}`, qualified: true },
];

/** A field's name as the generator camelizes it into a type's: `enum_string` is `EnumString`. */
function camelized(field: string): string {
  return field.split(/[_\-\s]+/u).filter((part) => part !== "").map(upperFirst).join("");
}

/**
 * OpenAPI Generator's JavaScript and TypeScript clients write a field whose
 * values are an inline enum with the enum's base type (`**achStatus** |
 * **String**`), and list the enum below the table under a name its field
 * gives it. Java links the field to it (`[**StatusEnum**](#StatusEnum)`); so
 * the field is read, so that its values are checked. A page follows one
 * naming: the one that names the most of its enums. An enum a row links
 * already, or that another field took, is no other field's.
 */
function withFieldsLinkedToTheirEnums(models: SpecModel[]): SpecModel[] {
  const [main, ...rest] = models;
  if (main?.section.kind !== "fields") return models;
  const written = new Set(rest.flatMap((model) => (model.section.kind === "values" ? (model.aliases ?? []) : [])));
  // Older Java clients, and C#'s, type a field by its enum's name without a link (`**StatusEnum**`).
  const rows = main.section.fields.map((row) => ({ ...row, type: linkedWhereNamed(row.type, written) }));
  const linked = new Set(rows.flatMap((row) => anchorsIn(row.type)));
  const enums = new Set([...written].filter((alias) => !linked.has(alias.toLowerCase())));
  const candidates = new Set(rows.filter((row) => enumBase(row.type) !== undefined));
  const named = (naming: (typeof ENUM_NAMINGS)[number]) => [...candidates].filter((row) => enums.has(naming.name(main.name, row.name))).length;
  const naming = ENUM_NAMINGS.reduce((best, next) => (named(next) > named(best) ? next : best));
  if (named(naming) === 0) return [{ ...main, section: { ...main.section, fields: rows } }, ...rest];
  const taken = new Set<string>();
  const fields = rows.map((row): FieldRow => {
    const name = naming.name(main.name, row.name);
    if (!candidates.has(row) || !enums.has(name) || taken.has(name)) return row;
    taken.add(name);
    return { ...row, type: linkedToEnum(row.type, name) };
  });
  return [{ ...main, section: { ...main.section, fields } }, ...qualifiedNames(naming.qualified ? taken : new Set(), rest)];
}

/**
 * The inline enums a client named for their model and field (`PositionStatusEnum` on `Position`) keep that
 * name, written as one word (`TrailOrder.PriceType` is `TrailOrderPriceType`), rather than take the model's
 * name again, where no other model of the page has it.
 */
function qualifiedNames(written: ReadonlySet<string>, models: SpecModel[]): SpecModel[] {
  const names = new Set(models.map((model) => model.name));
  return models.map((model) => {
    const alias = model.section.kind === "values" ? model.aliases?.find((name) => written.has(name)) : undefined;
    const name = alias?.replaceAll(".", "");
    if (name === undefined || names.has(name)) return model;
    names.add(name);
    return { ...model, name };
  });
}

/**
 * The Go client documents a `SetXNil` method (`### SetMetadataAdminNil`, "sets the value for MetadataAdmin to
 * be an explicit nil") for each field that may be null whose type has no `NullableX` of its own (a map, a list,
 * any value): the first model's rows of those fields may be null.
 */
function withNilSetters(models: SpecModel[], nodes: readonly RootContent[]): SpecModel[] {
  const [main, ...rest] = models;
  if (main?.section.kind !== "fields") return models;
  const nilable = new Set<string>();
  for (const node of nodes) {
    const name = node.type === "heading" && node.depth === 3 ? NIL_SETTER.exec(titleOf(node))?.[1] : undefined;
    if (name !== undefined) nilable.add(name);
  }
  if (nilable.size === 0) return models;
  const fields = main.section.fields.map((row) => (nilable.has(row.name) ? { ...row, nullable: true as const } : row));
  return [{ ...main, section: { ...main.section, fields } }, ...rest];
}

const NIL_SETTER = /^Set(\p{Lu}[\p{L}\p{N}_]*)Nil$/u;

/** The unlinked base type of an inline enum a field is typed by, or of the items of its list (`Array<string>`). */
function enumBase(type: TypeExpr): TypeExpr | undefined {
  if (type.kind === "name") return type.link === undefined && ENUM_BASE_TYPES.has(type.name) ? type : undefined;
  if (type.kind === "array") return enumBase(type.items);
  if (type.kind === "generic" && type.link === undefined && LISTS.has(type.name) && type.args.length === 1) return enumBase(type.args[0]!);
  return undefined;
}

/** The type with its enum base type (see enumBase) linked to the enum of that name. */
function linkedToEnum(type: TypeExpr, name: string): TypeExpr {
  if (type.kind === "array") return { ...type, items: linkedToEnum(type.items, name) };
  if (type.kind === "generic") return { ...type, args: [linkedToEnum(type.args[0]!, name)] };
  return { kind: "name", name, link: `#${name}`, at: type.at };
}

/** The generics the clients write a list with: JavaScript's and TypeScript's, and Java's (a `Set` of unique items). */
const LISTS = new Set(["Array", "List", "Set"]);

/** The type with each unlinked name of one of `enums` linked to its anchor (`#StatusEnum`). */
function linkedWhereNamed(type: TypeExpr, enums: ReadonlySet<string>): TypeExpr {
  switch (type.kind) {
    case "name":
      return type.link === undefined && enums.has(type.name) ? { ...type, link: `#${type.name}` } : type;
    case "generic":
      return { ...type, args: type.args.map((arg) => linkedWhereNamed(arg, enums)) };
    case "array":
      return { ...type, items: linkedWhereNamed(type.items, enums) };
    default:
      return type;
  }
}

/** The anchors a type links to (`#StatusEnum`), lowercased as links find them. */
function anchorsIn(type: TypeExpr): string[] {
  switch (type.kind) {
    case "name":
      return type.link?.startsWith("#") ? [type.link.slice(1).toLowerCase()] : [];
    case "generic":
      return type.args.flatMap(anchorsIn);
    case "array":
      return anchorsIn(type.items);
    case "union":
      return type.members.flatMap(anchorsIn);
    case "index-signature":
      return anchorsIn(type.values);
    default:
      return [];
  }
}

/**
 * The nodes with the title a page's YAML front matter gives (`title: Pet`)
 * as its `# Title`, where the page has none: docs published with Jekyll
 * (Genesys Cloud's .NET SDK) title a model only there, and head its sections
 * `## Properties`. Markdown reads the front matter as a rule and a heading.
 */
function withFrontMatterTitle(nodes: RootContent[], source: string): RootContent[] {
  const [rule, matter] = nodes;
  if (rule?.type !== "thematicBreak" || matter?.type !== "heading" || matter.depth !== 2) return nodes;
  if (nodes.some((node) => node.type === "heading" && node.depth === 1)) return nodes;
  const start = rule.position?.end.offset;
  const end = matter.position?.end.offset;
  if (start === undefined || end === undefined) return nodes;
  // The heading's source is the front matter and the rule under it, which closes it.
  const title = frontMatterTitle(source.slice(start, end).replace(/\n[ \t]*-{3,}[ \t]*$/u, ""));
  if (title === undefined) return nodes;
  const heading: Heading = { type: "heading", depth: 1, children: [{ type: "text", value: title }], ...(matter.position && { position: matter.position }) };
  return [rule, heading, ...nodes.slice(2)];
}

/** The front matter's top-level `title`, where it is YAML that gives one as text. */
function frontMatterTitle(yaml: string): string | undefined {
  try {
    // Loaded here: few pages have front matter.
    const { parse } = createRequire(import.meta.url)("yaml") as typeof import("yaml");
    const matter: unknown = parse(yaml);
    const title = typeof matter === "object" && matter !== null ? (matter as Record<string, unknown>)["title"] : undefined;
    return typeof title === "string" && title.trim() !== "" ? title.trim() : undefined;
  } catch {
    return undefined;
  }
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

/**
 * The index of the section heading that belongs to the heading at `index`, or -1. A title's description may
 * hold headings as deep as the title (OpenAPI Generator copies a schema's description, `# Ory's OAuth 2.0 Device
 * Authorization API`, under `# DeviceAuthorization`): one with a space in it is prose, which no model's name is.
 */
function findSection(nodes: RootContent[], index: number, isTitle: boolean): number {
  const heading = nodes[index] as Heading;
  for (let i = index + 1; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== "heading") continue;
    if (node.depth <= heading.depth && !(isTitle && /\s/u.test(titleOf(node)))) return -1;
    if (node.depth === heading.depth + 1 && SECTION_TITLES.has(titleOf(node).toLowerCase()) && sectionKind(nodes, i) !== undefined) return i;
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
    case "model-type-info":
      return readModelTypeInfo(body, source, file, at, diagnostics);
    case "class-methods":
      return readClassMethods(body, file, at, diagnostics);
    case "schemas-list":
      return readSchemasList(body, source, file, at, diagnostics);
    case "variants": {
      // The Rust client writes a discriminated oneOf's variants each under a heading of its own, after the section.
      const later = nodes.slice(index + 1 + body.length).filter((node): node is Heading => node.type === "heading" && node.depth === heading.depth);
      return readVariants(body, source, file, at, diagnostics, new Set(later.map(titleOf)));
    }
  }
}

/**
 * A model's description: the blocks between its heading and its section, as
 * markdown source; and the text of the deprecation notice among them
 * (`> :warning: **DEPRECATED**: Use x.`), which is not part of it.
 */
function readDescription(between: readonly RootContent[], title: string, source: string): { description: string; notice?: string } {
  const parts: string[] = [];
  let notice: string | undefined;
  let inExample = false;
  for (const node of between) {
    if (node.type === "heading") {
      // The example is read as the model's example (readExamples); a heading that repeats the title (as Genesys
      // Cloud's docs write one, namespaced or not) says nothing more. Other headings are the description's own:
      // Speakeasy copies a schema's description as written, headings and all.
      inExample = EXAMPLE_HEADINGS.has(titleOf(node).toLowerCase());
      if (inExample || unqualified(titleOf(node)) === unqualified(title)) continue;
    }
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (inExample || start === undefined || end === undefined) continue;
    const text = source.slice(start, end);
    const noted = node.type === "blockquote" && notice === undefined ? deprecationNotice(text.replace(/^>[ \t]?/gmu, "")) : undefined;
    if (noted !== undefined) {
      notice = noted;
      continue;
    }
    // Code keeps its backslashes.
    parts.push(node.type === "code" || node.type === "html" ? text : withoutQuoteEscapes(text));
  }
  return { description: parts.join("\n\n").trim(), ...(notice !== undefined && { notice }) };
}

const EXAMPLE_HEADINGS = new Set(["example usage", "example", "examples"]);

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
