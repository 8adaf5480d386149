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
import { MAX_DIAGRAM_MODELS, mermaidDiagram, modelGraph, type ModelGraph } from "./docs-graph.js";
import type { PackagePlan, PlannedModel } from "./plan.js";

const eta = new Eta({
  views: fileURLToPath(new URL("../../templates/docs/", import.meta.url)),
  autoEscape: false,
  autoTrim: false,
  cache: true,
});

/** A model's page: where it goes, what it shows besides its module's models, and its markdown, made when asked for. */
export interface ModelPage {
  path: string;
  /** The module whose models the page shows. */
  module: string;
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
}

export function docsPages(plan: PackagePlan, packageName: string): DocsPages {
  const graph = modelGraph(plan);
  const models = [...plan.modules].map(([module, declared]): ModelPage => {
    const path = pagePath(module);
    const referrers = declared.map((planned) => graph.usedBy(planned).map((by) => [by.typeName, by.module, by.model.anchor ?? ""]));
    return {
      path,
      module,
      context: JSON.stringify([packageName, referrers]),
      render: () =>
        render("model.md.eta", {
          models: declared.map((planned) => ({ ...modelView(planned, path, plan, packageName), ...links(planned, path, graph) })),
        }),
    };
  });
  const index = render("index.md.eta", { ...indexView(plan, packageName), diagram: diagram(plan, graph) });
  return { models, index };
}

/** A page ends with one newline, whatever blank lines its last block left. */
function render(template: string, data: object): string {
  return `${eta.render(template, data).trimEnd()}\n`;
}

function pagePath(module: string): string {
  return `docs/${module}.md`;
}

function modelView(planned: PlannedModel, page: string, plan: PackagePlan, packageName: string) {
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
            docsType(field.type, page, plan),
            field.optional ? "no" : "yes",
            cell(field.description),
          ]),
        ),
      };
    case "enum":
      return { ...base, open: shape.open, values: shape.values.map((v) => JSON.stringify(v).replace(/`/gu, "\\u0060")) };
    case "union":
      return { ...base, members: shape.members.map((member) => docsType(member, page, plan)) };
  }
}

/** The models a model refers to and those that refer to it, as links from its page. */
function links(planned: PlannedModel, page: string, graph: ModelGraph) {
  const link = (target: PlannedModel) => `[${inline(target.typeName)}](${linkTo(target, page)})`;
  return { uses: graph.uses(planned).map(link), usedBy: graph.usedBy(planned).map(link) };
}

function diagram(plan: PackagePlan, graph: ModelGraph): string | undefined {
  if (plan.models.length === 0 || plan.models.length > MAX_DIAGRAM_MODELS) return undefined;
  return mermaidDiagram(plan, graph);
}

function indexView(plan: PackagePlan, packageName: string) {
  const folders = new Map<string, PlannedModel[]>();
  for (const planned of plan.models) {
    const list = folders.get(planned.model.folder) ?? [];
    list.push(planned);
    folders.set(planned.model.folder, list);
  }
  return {
    packageName,
    count: plan.models.length,
    folders: [...folders].map(([folder, models]) => ({
      title: folder === "" ? "Models" : inline(folder),
      table: table(
        ["Model", "Kind", "Description"],
        models.map((planned) => [
          `[${inline(planned.typeName)}](${linkTo(planned, "docs/index.md")})`,
          planned.model.shape.kind,
          cell(summary(planned.model)),
        ]),
      ),
    })),
  };
}

/** A TypeScript type as markdown, with referenced models linked to their pages. */
function docsType(type: TypeNode, page: string, plan: PackagePlan): string {
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
        const target = plan.byId.get(t.target!);
        return target ? `[${inline(target.typeName)}](${linkTo(target, page)})` : inline(t.name);
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

function linkTo(target: PlannedModel, fromPage: string): string {
  const path = posix.relative(posix.dirname(fromPage), pagePath(target.module));
  const anchor = target.model.anchor ? `#${target.model.anchor}` : "";
  return encodeURI(path) + anchor;
}

/** A GFM table with its columns aligned, as prettier lays tables out. */
function table(head: string[], rows: string[][]): string {
  return markdownTable([head, ...rows], { stringLength: stringWidth });
}

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
