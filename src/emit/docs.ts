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
import { markdownTable } from "markdown-table";
import stringWidth from "string-width";
import type { Model, TypeNode } from "../ir/types.js";
import { forEachReference } from "../resolve/resolve.js";
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
  /** The index page's markdown. */
  index: string;
  /** What the index page is made of (indexPage). */
  indexParts: IndexParts;
}

/** A model's row in the docs index: its id, its folder, and its cells: a link to its page, its kind, its summary. */
export type IndexRow = [id: string, folder: string, link: string, kind: string, summary: string];

/** The docs index: a row per model, in the plan's order, and the diagram of the models, if the package is small enough for one. */
export interface IndexParts {
  rows: IndexRow[];
  diagram?: string;
}

export function docsPages(plan: PackagePlan, inputs: readonly ModuleInput[], packageName: string): DocsPages {
  const graph = modelGraph(plan);
  const referrer = (by: PlannedModel): Referrer => [by.typeName, by.module, by.model.anchor ?? ""];
  const models = inputs.map((input) =>
    modelPage(
      input,
      input.declared.map((planned) => graph.usedBy(planned).map(referrer)),
      packageName,
    ),
  );
  const graphDiagram = diagram(plan, graph);
  const indexParts: IndexParts = { rows: indexRows(plan.models), ...(graphDiagram !== undefined && { diagram: graphDiagram }) };
  return { models, index: indexPage(indexParts, packageName), indexParts };
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
    usage: usage(planned, packageName),
    kind: shape.kind,
  };
  switch (shape.kind) {
    case "object":
      return {
        ...base,
        hasFields: shape.fields.length > 0,
        table: table(
          ["Field", "Type", "Required", "Description"],
          shape.fields.map((field) => [
            // Shown in a code span inside a table cell: a backtick would end the span, a pipe the cell.
            `\`${field.name.replace(/`/gu, "'").replace(/\|/gu, "\\|")}\``,
            docsType(field.type, page, view),
            field.optional ? "no" : "yes",
            cell(field.description),
          ]),
        ),
      };
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
    if (target && !uses.has(target.model.id)) uses.set(target.model.id, link(target.typeName, target.module, target.model.anchor));
  });
  return { uses: [...uses.values()], usedBy: referrers.map(([typeName, module, anchor]) => link(typeName, module, anchor)) };
}

function diagram(plan: PackagePlan, graph: ModelGraph): string | undefined {
  if (plan.models.length === 0 || plan.models.length > MAX_DIAGRAM_MODELS) return undefined;
  return mermaidDiagram(plan, graph);
}

/** The index rows of planned models. */
export function indexRows(models: readonly PlannedModel[]): IndexRow[] {
  return models.map((planned) => [
    planned.model.id,
    planned.model.folder,
    `[${inline(planned.typeName)}](${linkTo(planned.module, planned.model.anchor, "docs/index.md")})`,
    planned.model.shape.kind,
    cell(summary(planned.model)),
  ]);
}

/** The index page: the package, the diagram, and a table of models per folder. */
export function indexPage({ rows, diagram }: IndexParts, packageName: string): string {
  const folders = new Map<string, string[][]>();
  for (const [, folder, ...cells] of rows) {
    const list = folders.get(folder) ?? [];
    list.push(cells);
    folders.set(folder, list);
  }
  return render("index.md.eta", {
    packageName,
    count: rows.length,
    diagram,
    folders: [...folders].map(([folder, cells]) => ({
      title: folder === "" ? "Models" : inline(folder),
      table: table(["Model", "Kind", "Description"], cells),
    })),
  });
}

/** A TypeScript type as markdown, with referenced models linked to their pages. */
function docsType(type: TypeNode, page: string, view: PlanView): string {
  const text = (t: TypeNode): string => {
    switch (t.kind) {
      case "integer":
        return "number";
      case "literal":
        return inline(JSON.stringify(t.value));
      case "array":
        return t.items.kind === "union" ? `(${text(t.items)})[]` : `${text(t.items)}[]`;
      case "map":
        return `Record&lt;string, ${text(t.values)}&gt;`;
      case "union":
        return t.members.map(text).join(" \\| ");
      case "ref": {
        const target = view.byId.get(t.target!);
        return target ? `[${inline(target.typeName)}](${linkTo(target.module, target.model.anchor, page)})` : inline(t.name);
      }
      case "date":
        return t.representation === "Date" ? "Date" : `string (${t.format === "date-time" ? "date-time" : "date or date-time"})`;
      case "binary":
        return "Uint8Array \\| Blob \\| ReadableStream";
      case "stream":
        return `AsyncIterable&lt;${text(t.events)}&gt;`;
      default:
        return t.kind;
    }
  };
  return text(type);
}

/** How to import the model's guard, as a line of TypeScript. */
function usage(planned: PlannedModel, packageName: string): string {
  const from = JSON.stringify(packageName);
  if (planned.atRoot) return `import { type ${planned.typeName}, ${planned.guardName} } from ${from};`;
  const [head] = planned.namespacePath;
  return `import { ${head} } from ${from}; // ${[...planned.namespacePath, planned.guardName].join(".")}`;
}

function linkTo(module: string, anchor: string | undefined, fromPage: string): string {
  const path = posix.relative(posix.dirname(fromPage), pagePath(module));
  return encodeURI(path) + (anchor ? `#${anchor}` : "");
}

/** A GFM table with its columns aligned, as prettier lays tables out. */
function table(head: string[], rows: string[][]): string {
  return markdownTable([head, ...rows], { stringLength: stringWidth });
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

/** A description inside a table cell: markdown kept, raw HTML shown as text, one line. */
function cell(text: string): string {
  return block(text).replace(/\|/gu, "\\|").replace(/\s*\n\s*/gu, " ");
}

/**
 * A description as a markdown block: markdown kept, raw HTML shown as text,
 * and links that would run code (`javascript:`, `vbscript:`, `data:`) made inert.
 */
function block(text: string): string {
  return text.replace(/</gu, "&lt;").replace(UNSAFE_LINK, (_match, lead: string) => `${lead}#`);
}

/** The destination of an inline link `](…)` or a link definition `[x]: …` that starts with a scheme that runs code. */
const UNSAFE_LINK = /(\]\(\s*|^\s*\[[^\]\n]*\]:\s*)(?:j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t|v\s*b\s*s\s*c\s*r\s*i\s*p\s*t|d\s*a\s*t\s*a)\s*:[^\s()]*(?:\([^\s()]*\)[^\s()]*)*/gimu;
