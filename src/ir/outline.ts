/**
 * A model's outline: all that the rest of a package reads of it.
 *
 * - Its id, name, file, folder, anchor and aliases: other modules' names for it,
 *   their imports and links, and which references resolve to it.
 * - Its kind: the stubs other modules import (ModuleInput's referenced
 *   models are made from the outline, referenceModel), the docs index and
 *   the diagram.
 * - Its references as written, with the fields that hold them: what they
 *   resolve to, which models are recursive, the diagram and the "used by"
 *   lists of other pages.
 * - Its example paths: a null in a model's example marks a field of a model
 *   it holds, found by following the path through the containers around
 *   each reference (resolve/example-nulls.ts), so the references keep their
 *   containers.
 *
 * - The headings its description keeps: on a page of several models, they
 *   come before the next model's heading, whose anchor other pages link.
 *
 * The docs index also shows the first paragraph of each description; a run
 * that remakes a module remakes the index with it (emit.ts, emitModules).
 *
 * An edit run (run/edit-run.ts) remakes only an edited spec's own module
 * when the spec's outline is unchanged. Since what other modules are given
 * of a model is made from its outline, they cannot read something the
 * comparison missed.
 */
import type { ExamplePath, Model, Shape, TypeNode } from "./types.js";
import { referenceKey } from "./walk.js";
import { canonicalJson } from "../base/hash.js";
import { byCodeUnit } from "../base/compare.js";

export interface ModelOutline extends Pick<Model, "id" | "name" | "file" | "folder" | "anchor" | "aliases"> {
  kind: Shape["kind"];
  /** Each field (null for a union member or other keys) that holds references, with its type reduced to them (referenceSkeleton). */
  references: Array<[field: string | null, references: string]>;
  exampleNulls: ExamplePath[];
  headings?: string[];
}

export function outlineOf(model: Model): ModelOutline {
  const { id, name, file, folder, anchor, aliases } = model;
  const outline: ModelOutline = { id, name, file, folder, kind: model.shape.kind, references: references(model), exampleNulls: model.exampleNulls ?? [] };
  if (anchor !== undefined) outline.anchor = anchor;
  if (aliases !== undefined) outline.aliases = aliases;
  const headings = descriptionHeadings(model.description);
  if (headings.length > 0) outline.headings = headings;
  return outline;
}

/** The text of each ATX heading of a description (`### Status`), but in fenced code. */
export function descriptionHeadings(description: string): string[] {
  const headings: string[] = [];
  let fence: string | undefined;
  for (const line of description.split("\n")) {
    const marker = /^ {0,3}(`{3,}|~{3,})/u.exec(line)?.[1];
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === undefined ? marker : undefined;
      continue;
    }
    const heading = fence === undefined ? headingText(line) : undefined;
    if (heading !== undefined) headings.push(heading);
  }
  return headings;
}

/** An ATX heading line's text, without its closing `#`s; undefined for another line. Linear in the line, however it is made. */
function headingText(line: string): string | undefined {
  const opening = /^ {0,3}#{1,6}(?=[ \t]|$)/u.exec(line);
  if (!opening) return undefined;
  const text = line.slice(opening[0].length).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === "#") end--;
  if (end === 0) return "";
  return end < text.length && /[ \t]/u.test(text[end - 1]!) ? text.slice(0, end).trimEnd() : text;
}

/** A spec's models' outlines as one canonical string, by id: the order the plan gives a module's models, whatever the spec's. */
export function outlinesKey(models: readonly Model[]): string {
  const byId = [...models].sort((a, b) => byCodeUnit(a.id, b.id));
  return canonicalJson(byId.map(outlineOf));
}

const EMPTY_SHAPES: { [K in Shape["kind"]]: Extract<Shape, { kind: K }> } = {
  object: { kind: "object", fields: [] },
  enum: { kind: "enum", values: [], open: false },
  union: { kind: "union", members: [] },
};

const NOWHERE = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** The model as a module that refers to it sees it: the outline's names, place and kind, and no content. */
export function referenceModel(outline: ModelOutline): Model {
  const { id, name, file, folder, anchor, kind } = outline;
  // Built key by key, not spread: see linkedTo in walk.ts. A package makes one for each model another module refers to.
  const model: Model = { id, name, file, folder, description: "", examples: [], shape: EMPTY_SHAPES[kind], at: NOWHERE };
  if (anchor !== undefined) model.anchor = anchor;
  return model;
}

function references(model: Model): ModelOutline["references"] {
  const shape = model.shape;
  const found: ModelOutline["references"] = [];
  const add = (field: string | null, type: TypeNode) => {
    const reduced = referenceSkeleton(type);
    if (reduced !== undefined) found.push([field, reduced]);
  };
  if (shape.kind === "object") {
    for (const field of shape.fields) add(field.name, field.type);
    if (shape.additionalProperties) add(null, shape.additionalProperties);
  } else if (shape.kind === "union") for (const member of shape.members) add(null, member);
  return found;
}

/**
 * A type reduced to its references as written and the containers around
 * them; undefined where it holds none. Members without references are left
 * out: nullability is what examples add, and the outline of a model must not
 * change with it.
 */
function referenceSkeleton(type: TypeNode): string | undefined {
  const inner = (kind: string, of: TypeNode) => {
    const reduced = referenceSkeleton(of);
    return reduced === undefined ? undefined : `${kind}(${reduced})`;
  };
  switch (type.kind) {
    case "ref":
      return referenceKey(type);
    case "array":
      return inner("array", type.items);
    case "map":
      return inner("map", type.values);
    case "stream":
      return inner("stream", type.events);
    case "union": {
      const members = type.members.map(referenceSkeleton).filter((member) => member !== undefined);
      // A union with one member that holds references reads as that member, so `X | null` is `X`.
      if (members.length <= 1) return members[0];
      return `union(${members.join(",")})`;
    }
    default:
      return undefined;
  }
}
