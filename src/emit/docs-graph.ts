/**
 * How models refer to each other, for the docs: each model's referrers
 * (used by), and the Mermaid class diagrams that the docs index shows
 * (GitHub renders them): of every model, or of each folder's. Spec text reaches the
 * diagram only as sanitised identifiers and labels, so nothing in a spec can
 * end the diagram's code block or change its meaning.
 */
import { forEachReference } from "../ir/walk.js";
import type { PackagePlan, PlannedModel } from "./plan.js";

/** A reference from one model to another: through a field (its name), or as a member of a union model. */
export interface Reference {
  from: PlannedModel;
  to: PlannedModel;
  /** The field that holds the reference; none for a union model's members. */
  field?: string;
}

export interface ModelGraph {
  references: Reference[];
  usedBy(planned: PlannedModel): PlannedModel[];
}

/** Diagrams of more models than this are too dense to read; the index then draws one per folder of at most this many. */
export const MAX_DIAGRAM_MODELS = 150;

export function modelGraph(plan: PackagePlan): ModelGraph {
  const references: Reference[] = [];
  const seen = new Set<string>();
  for (const from of plan.models) {
    forEachReference(from.model, (ref, field) => {
      const to = ref.target === undefined ? undefined : plan.byId.get(ref.target);
      if (!to) return;
      const key = `${from.model.id}\u0000${to.model.id}\u0000${field ?? ""}`;
      if (seen.has(key)) return;
      seen.add(key);
      references.push({ from, to, ...(field !== undefined && { field }) });
    });
  }

  // Each model's referrers, by id, in the order the references were found; each model once.
  const usedBy = new Map<string, Map<string, PlannedModel>>();
  for (const { from, to } of references) {
    let list = usedBy.get(to.model.id);
    if (!list) usedBy.set(to.model.id, (list = new Map()));
    if (!list.has(from.model.id)) list.set(from.model.id, from);
  }
  return { references, usedBy: (planned) => [...(usedBy.get(planned.model.id)?.values() ?? [])] };
}

/**
 * The Mermaid `classDiagram` of some models (the package's, or a folder's)
 * and the references between them, without the code fence.
 */
export function mermaidDiagram(models: readonly PlannedModel[], references: readonly Reference[]): string {
  const ids = diagramIds(models);
  const lines = ["classDiagram"];
  for (const planned of models) {
    const id = ids.get(planned.model.id)!;
    const label = planned.typeName === id ? "" : `["${safeLabel(planned.typeName)}"]`;
    const kind = planned.model.shape.kind;
    const annotation = kind === "enum" ? "<<enumeration>>" : kind === "union" ? "<<union>>" : "";
    lines.push(`  class ${id}${label}`);
    if (annotation !== "") lines.push(`  ${annotation} ${id}`);
  }
  for (const reference of references) {
    const from = ids.get(reference.from.model.id);
    const to = ids.get(reference.to.model.id);
    // A reference out of the models shown is left out: its other end is not drawn.
    if (from === undefined || to === undefined) continue;
    // A union model "is one of" its members; a field "has" the models it holds.
    if (reference.field === undefined) lines.push(`  ${from} ..> ${to} : one of`);
    else lines.push(`  ${from} --> ${to} : ${safeLabel(reference.field) || "field"}`);
  }
  return lines.join("\n");
}

/**
 * A Mermaid identifier per model: its type name when that is plain ASCII and
 * unique in the package, else the name with its folders' names before it.
 */
function diagramIds(models: readonly PlannedModel[]): Map<string, string> {
  const plain = (text: string) => text.replace(/[^A-Za-z0-9_]/gu, "_");
  const count = new Map<string, number>();
  for (const planned of models) count.set(plain(planned.typeName), (count.get(plain(planned.typeName)) ?? 0) + 1);
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const planned of models) {
    const name = plain(planned.typeName);
    let id = count.get(name) === 1 ? name : plain(`${planned.module}_${planned.typeName}`);
    if (!/^[A-Za-z_]/u.test(id)) id = `_${id}`;
    for (let n = 2; taken.has(id); n++) id = `${plain(planned.typeName)}_${n}`;
    taken.add(id);
    ids.set(planned.model.id, id);
  }
  return ids;
}

/** Text Mermaid shows as is: letters, digits and a few marks; at most 40 characters. */
function safeLabel(text: string): string {
  return text.replace(/[^\p{L}\p{N}_ .-]/gu, "_").slice(0, 40).trim();
}
