/**
 * Reference docs for the generated package: a markdown page per spec file
 * (its models, their fields with TypeScript types, links between models) and
 * an index, rendered from the templates in templates/docs. All spec text is
 * escaped here, before it reaches a template.
 *
 * Pages come out in their final form, tables aligned, so they need no
 * formatter. A model page is rendered only when what it depends on changed.
 */
import { posix } from "node:path";
import { fileURLToPath } from "node:url";
import { Eta } from "eta";
import GithubSlugger from "github-slugger";
import { markdownTable } from "markdown-table";
import { util } from "prettier";
import type { Field, Model, TypeNode } from "../ir/types.js";
import { forEachReference } from "../ir/walk.js";
import { namedList } from "./index-modules.js";
import { contentHeading } from "./page-anchors.js";
import { typeWords } from "./type-words.js";
import { MAX_DIAGRAM_MODELS, mermaidDiagram, modelGraph, type ModelGraph } from "./docs-graph.js";
import { planView, type ModuleInput } from "./module-input.js";
import type { PackagePlan, PlannedModel, PlanView } from "./plan.js";

const eta = new Eta({
  views: fileURLToPath(new URL("../../templates/docs/", import.meta.url)),
  autoEscape: false,
  autoTrim: false,
  cache: true,
});

/** A model that refers to a page's model, as the page links it: its type name, module and anchor. */
export type Referrer = readonly [typeName: string, module: string, anchor: string];

/** A model's page: where it goes, what it shows besides its module's models, and its markdown, made when asked for. */
export interface ModelPage {
  path: string;
  /** The module whose models the page shows. */
  module: string;
  /** For each model of the module, the models that refer to it. */
  referrers: Referrer[][];
  /**
   * What the page shows that its module's input (module-input.ts) does not
   * hold: the package's name and the models that refer to the page's models.
   * With the module's input, it is all the page depends on.
   */
  context: string;
  render: () => string;
}

export interface DocsPages {
  models: ModelPage[];
  /** The index page: what it is made of (indexPage), and its markdown. Made when asked for, once the modules are under way. */
  index(): { parts: IndexParts; text: string };
}

/** A model's row in the docs index: its id, its folder, and its cells: a link to its page, its kind, its summary. */
export type IndexRow = [id: string, folder: string, link: string, kind: string, summary: string];

/**
 * The docs index: a row per model, in the plan's order, and the diagram of
 * the models if the package is small enough for one (MAX_DIAGRAM_MODELS);
 * in a larger package, a diagram of each folder that is small enough.
 */
export interface IndexParts {
  rows: IndexRow[];
  diagram?: string;
  /** In a package too large for one diagram: each folder small enough for one, and its diagram. */
  folderDiagrams?: Array<[folder: string, diagram: string]>;
}

export function docsPages(plan: PackagePlan, inputs: readonly ModuleInput[], packageName: string): DocsPages {
  const graph = modelGraph(plan);
  const referrer = (by: PlannedModel): Referrer => [by.typeName, by.module, by.pageAnchor ?? ""];
  const models = inputs.map((input) =>
    modelPage(
      input,
      input.declared.map((planned) => graph.usedBy(planned).map(referrer)),
      packageName,
    ),
  );
  const index = () => {
    const parts: IndexParts = { rows: indexRows(plan.models), ...diagrams(plan, graph) };
    return { parts, text: indexPage(parts, packageName) };
  };
  return { models, index };
}

/** The page of a module's models: a function of the module's input and the models that refer to them. */
export function modelPage(input: ModuleInput, referrers: Referrer[][], packageName: string): ModelPage {
  const path = pagePath(input.module);
  const view = planView(input);
  return {
    path,
    module: input.module,
    referrers,
    context: JSON.stringify([packageName, referrers]),
    render: () =>
      render("model.md.eta", {
        models: input.declared.map((planned, i) => ({
          ...modelView(planned, path, view, packageName),
          ...links(planned, referrers[i] ?? [], path, view),
        })),
      }),
  };
}

/** A page ends with one newline, whatever blank lines its last block left. */
function render(template: string, data: object): string {
  return `${eta.render(template, data).trimEnd()}\n`;
}

function pagePath(module: string): string {
  return `docs/${module}.md`;
}

function modelView(planned: PlannedModel, page: string, view: PlanView, packageName: string) {
  const { model } = planned;
  const shape = model.shape;
  const base = {
    name: inline(planned.typeName),
    description: block(model.description),
    deprecated: model.deprecated && (model.deprecated.note ? `Deprecated: ${cell(model.deprecated.note)}` : "Deprecated."),
    usage: usage(planned, packageName),
    kind: shape.kind,
    contentHeading: contentHeading(shape.kind),
  };
  switch (shape.kind) {
    case "object": {
      // The spec's Example column, where any field has an example.
      const examples = shape.fields.some((field) => field.examples.length > 0);
      return {
        ...base,
        hasFields: shape.fields.length > 0,
        // The spec's `additionalProperties` row, said after the table.
        otherKeys: shape.additionalProperties && docsType(shape.additionalProperties, page, view),
        table: table(
          ["Field", "Type", "Required", "Description", ...(examples ? ["Example"] : [])],
          shape.fields.map((field) => [
            // Shown in a code span inside a table cell, as written: its fence is longer than any run of backticks in it.
            codeCell(field.name),
            docsType(field.type, page, view),
            field.optional ? "no" : "yes",
            fieldNotes(field),
            ...(examples ? [field.examples.map(codeCell).join(", ")] : []),
          ]),
        ),
      };
    }
    case "enum":
      return { ...base, open: shape.open, values: shape.values.map((v) => JSON.stringify(v).replace(/`/gu, "\\u0060")) };
    case "union":
      return { ...base, members: shape.members.map((member) => docsType(member, page, view)) };
  }
}

/** The models a model refers to and those that refer to it, as links from its page; each model once. */
function links(planned: PlannedModel, referrers: readonly Referrer[], page: string, view: PlanView) {
  const link = (typeName: string, module: string, anchor: string | undefined) =>
    `[${inline(typeName)}](${linkTo(module, anchor, page)})`;
  const uses = new Map<string, string>();
  forEachReference(planned.model, (ref) => {
    const target = ref.target === undefined ? undefined : view.byId.get(ref.target);
    if (target && !uses.has(target.model.id)) uses.set(target.model.id, link(target.typeName, target.module, target.pageAnchor));
  });
  return { uses: [...uses.values()], usedBy: referrers.map(([typeName, module, anchor]) => link(typeName, module, anchor)) };
}

/** One diagram of the package, or, above MAX_DIAGRAM_MODELS models, one of each folder of at most that many. */
function diagrams(plan: PackagePlan, graph: ModelGraph): Pick<IndexParts, "diagram" | "folderDiagrams"> {
  if (plan.models.length === 0) return {};
  if (plan.models.length <= MAX_DIAGRAM_MODELS) return { diagram: mermaidDiagram(plan.models, graph.references) };
  const byFolder = new Map<string, PlannedModel[]>();
  for (const planned of plan.models) {
    const list = byFolder.get(planned.model.folder) ?? [];
    list.push(planned);
    byFolder.set(planned.model.folder, list);
  }
  const folderDiagrams: Array<[string, string]> = [];
  for (const [folder, models] of byFolder) {
    if (models.length > MAX_DIAGRAM_MODELS) continue;
    const references = graph.references.filter((r) => r.from.model.folder === folder && r.to.model.folder === folder);
    folderDiagrams.push([folder, mermaidDiagram(models, references)]);
  }
  return { folderDiagrams };
}

/** The index rows of planned models. */
export function indexRows(models: readonly PlannedModel[]): IndexRow[] {
  return models.map((planned) => [
    planned.model.id,
    planned.model.folder,
    `[${inline(planned.typeName)}](${linkTo(planned.module, planned.pageAnchor, "docs/index.md")})`,
    planned.model.shape.kind,
    cell(summary(planned.model)),
  ]);
}

/** The index page: the package, the diagram (or the folders' diagrams), and a table of models per folder. */
export function indexPage({ rows, diagram, folderDiagrams = [] }: IndexParts, packageName: string): string {
  const folders = new Map<string, string[][]>();
  for (const [, folder, ...cells] of rows) {
    const list = folders.get(folder) ?? [];
    list.push(cells);
    folders.set(folder, list);
  }
  const drawn = new Map(folderDiagrams);
  // Anchors as GitHub makes them from the page's headings, in order.
  const slugger = new GithubSlugger();
  for (const heading of [packageName, DIAGRAMS_HEADING]) slugger.slug(heading);
  const sections = [...folders].map(([folder, cells]) => {
    const title = folder === "" ? "Models" : folder;
    return {
      folder,
      title: inline(title),
      anchor: slugger.slug(title),
      count: cells.length,
      diagram: drawn.get(folder),
      table: table(["Model", "Kind", "Description"], cells),
    };
  });
  const link = (section: (typeof sections)[number]) => `[${section.title}](#${section.anchor})`;
  const tooLarge = sections.filter((section) => section.diagram === undefined);
  return render("index.md.eta", {
    packageName,
    count: rows.length,
    diagram,
    diagramsHeading: DIAGRAMS_HEADING,
    limit: MAX_DIAGRAM_MODELS,
    // In a package too large for one diagram: where each folder's diagram is, and which folders have none.
    split: diagram === undefined && rows.length > MAX_DIAGRAM_MODELS && {
      drawn: sections.filter((section) => section.diagram !== undefined).map(link),
      tooLarge: tooLarge.map((section) => `${link(section)} (${section.count})`),
    },
    folders: sections,
  });
}

const DIAGRAMS_HEADING = "How the models fit together";

/** A TypeScript type as markdown, with referenced models linked to their pages. */
function docsType(type: TypeNode, page: string, view: PlanView): string {
  return typeWords(type, {
    ref(ref) {
      const target = view.byId.get(ref.target!);
      return target ? `[${inline(target.typeName)}](${linkTo(target.module, target.pageAnchor, page)})` : inline(ref.name);
    },
    literal: inline,
    // Inside a table cell: a pipe would end the cell, and `<` open an HTML tag.
    or: " \\| ",
    generic: (name, args) => `${name}&lt;${args}&gt;`,
  });
}

/** How to import the model's guard, as a line of TypeScript. */
function usage(planned: PlannedModel, packageName: string): string {
  if (planned.atRoot) return namedList("import", [`type ${planned.typeName}`, planned.guardName], packageName);
  const [head] = planned.namespacePath;
  return `${namedList("import", [head!], packageName)} // ${[...planned.namespacePath, planned.guardName].join(".")}`;
}

function linkTo(module: string, anchor: string | undefined, fromPage: string): string {
  const path = posix.relative(posix.dirname(fromPage), pagePath(module));
  return encodeURI(path) + (anchor ? `#${anchor}` : "");
}

/** A GFM table with its columns aligned, as prettier lays tables out. */
function table(head: string[], rows: string[][]): string {
  return markdownTable([head, ...rows], { stringLength: util.getStringWidth });
}

/** A model's description in one line: its first paragraph. */
function summary(model: Model): string {
  const first = model.description.split(/\n\s*\n/u)[0] ?? "";
  return first.replace(/\s+/gu, " ").trim();
}

/** Spec text as inline markdown: HTML and markdown syntax are shown, not interpreted. */
function inline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|#&]/gu, (ch) => (ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : ch === "&" ? "&amp;" : `\\${ch}`))
    .replace(/\s*\n\s*/gu, " ");
}

/**
 * An example value as a code span inside a table cell: on one line, its
 * pipes escaped (GFM ends a cell at a pipe, even in a code span), fenced
 * with more backticks than it holds in a row, so that nothing in it is read
 * as markdown or HTML.
 */
function codeCell(text: string): string {
  const code = text.replace(/\s*\n\s*/gu, " ").trim().replace(/\|/gu, "\\|");
  const fence = "`".repeat(Math.max(0, ...[...code.matchAll(/`+/gu)].map((run) => run[0].length)) + 1);
  const pad = code.startsWith("`") || code.endsWith("`") ? " " : "";
  return `${fence}${pad}${code}${pad}${fence}`;
}

/**
 * A field's description cell, followed by what the server does with it (its
 * default, and whether only the server sets it) and whether it is on its way out.
 */
function fieldNotes(field: Field): string {
  return [
    cell(field.description),
    ...(field.default !== undefined ? [`Default: ${codeCell(field.default)}.`] : []),
    ...(field.readonly ? ["Read-only."] : []),
    ...(field.deprecated ? [field.deprecated.note ? `Deprecated: ${cell(field.deprecated.note)}` : "Deprecated."] : []),
  ]
    .filter((part) => part !== "")
    .join(" ");
}

/** A description inside a table cell: markdown kept, raw HTML shown as text, one line. */
function cell(text: string): string {
  return block(text).replace(/\|/gu, "\\|").replace(/\s*\n\s*/gu, " ");
}

/**
 * A description as a markdown block: markdown kept, raw HTML shown as text,
 * and links that would run code (`javascript:`, `vbscript:`, `data:`) made inert.
 */
function block(text: string): string {
  // As prettier writes the inert link: `[a](#)`, `[ref]: #`.
  return text.replace(/</gu, "&lt;").replace(UNSAFE_LINK, (_match, lead: string) => (lead === "](" ? "](#" : `${lead.trimEnd()} #`));
}

/** The destination of an inline link `](…)` or a link definition `[x]: …` that starts with a scheme that runs code. */
const UNSAFE_LINK = /(\]\(|^\s*\[[^\]\n]*\]:\s*)\s*(?:j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t|v\s*b\s*s\s*c\s*r\s*i\s*p\s*t|d\s*a\s*t\s*a)\s*:[^\s()]*(?:\([^\s()]*\)[^\s()]*)*(?:\s+(?=\)))?/gimu;
