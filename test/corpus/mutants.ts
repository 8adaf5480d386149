/**
 * Broken copies of a valid example value, which a correct guard must reject:
 * for each required key the example sets, one copy without the key and one
 * with a value of a kind the key's type does not accept. A value that is not
 * an object (an enum's or a union's) gets one copy of a wrong kind instead.
 */
import type { Model, Shape, TypeNode } from "../../src/ir/types.js";

type ValueKind = "string" | "number" | "boolean" | "null" | "array" | "object" | "date" | "binary" | "stream";

const EVERY_KIND: readonly ValueKind[] = ["string", "number", "boolean", "null", "array", "object", "date", "binary", "stream"];

/** Stand-ins of each plain kind, in the order they are tried. */
const WRONG_VALUES: ReadonlyArray<{ kind: ValueKind; value: () => unknown }> = [
  { kind: "number", value: () => 12.5 },
  { kind: "string", value: () => "a value of the wrong kind" },
  { kind: "boolean", value: () => true },
  { kind: "array", value: () => [] },
  { kind: "object", value: () => ({}) },
];

export interface Mutant {
  /** What was changed, e.g. `without "id"`. */
  change: string;
  value: unknown;
}

export type ModelsById = ReadonlyMap<string, Model>;

export function mutantsOf(model: Model, value: unknown, models: ModelsById): Mutant[] {
  const shape = model.shape;
  if (shape.kind === "object") {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
    const record = value as Record<string, unknown>;
    const found: Mutant[] = [];
    for (const field of shape.fields) {
      if (field.optional || !Object.hasOwn(record, field.name)) continue;
      const { [field.name]: _dropped, ...rest } = record;
      found.push({ change: `without ${JSON.stringify(field.name)}`, value: rest });
      const wrong = wrongKindFor(acceptedKinds(field.type, models));
      if (wrong) found.push({ change: `${JSON.stringify(field.name)} set to ${wrong.kind}`, value: { ...record, [field.name]: wrong.value() } });
    }
    return found;
  }
  const wrong = wrongKindFor(shapeKinds(shape, models, new Set([model.id])));
  return wrong ? [{ change: `the value replaced by a ${wrong.kind}`, value: wrong.value() }] : [];
}

function wrongKindFor(accepted: ReadonlySet<ValueKind>): (typeof WRONG_VALUES)[number] | undefined {
  return WRONG_VALUES.find((candidate) => !accepted.has(candidate.kind));
}

/** The kinds of value a type accepts; every kind for `unknown`. */
export function acceptedKinds(type: TypeNode, models: ModelsById, visiting: Set<string> = new Set()): Set<ValueKind> {
  switch (type.kind) {
    case "string":
    case "number":
    case "boolean":
    case "null":
      return new Set([type.kind]);
    case "integer":
      return new Set(["number"]);
    case "unknown":
      return new Set(EVERY_KIND);
    case "literal":
      return new Set([typeof type.value as "string" | "number" | "boolean"]);
    case "array":
      return new Set(["array"]);
    case "map":
      return new Set(["object"]);
    case "date":
      return new Set([type.representation === "Date" ? "date" : "string"]);
    case "binary":
    case "stream":
      return new Set([type.kind]);
    case "union":
      return new Set(type.members.flatMap((member) => [...acceptedKinds(member, models, visiting)]));
    case "ref": {
      const target = type.target === undefined ? undefined : models.get(type.target);
      // A model reached again through itself adds nothing new.
      if (!target || visiting.has(target.id)) return target ? new Set() : new Set(EVERY_KIND);
      visiting.add(target.id);
      const kinds = shapeKinds(target.shape, models, visiting);
      visiting.delete(target.id);
      return kinds;
    }
  }
}

function shapeKinds(shape: Shape, models: ModelsById, visiting: Set<string>): Set<ValueKind> {
  switch (shape.kind) {
    case "object":
      return new Set(["object"]);
    case "enum": {
      const kinds = new Set(shape.values.map((v) => typeof v as "string" | "number"));
      if (shape.open && kinds.size === 0) kinds.add("string");
      return kinds;
    }
    case "union":
      return new Set(shape.members.flatMap((member) => [...acceptedKinds(member, models, visiting)]));
  }
}
