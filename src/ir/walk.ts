/**
 * Walking and rebuilding a model's types: the one place that knows which
 * type nodes hold other types, for every stage that visits or replaces them.
 */
import type { Model, RefType, TypeNode, UnionType } from "./types.js";
import { unionOf } from "./unions.js";

/** Calls `visit` on every type node in a model, outermost first. */
export function forEachType(model: Model, visit: (type: TypeNode) => void): void {
  const shape = model.shape;
  if (shape.kind === "object") {
    shape.fields.forEach((f) => walkType(f.type, visit));
    if (shape.additionalProperties) walkType(shape.additionalProperties, visit);
  } else if (shape.kind === "union") shape.members.forEach((member) => walkType(member, visit));
}

/**
 * Calls `visit` on every reference in a model, in the order forEachType
 * meets them, with the name of the field that holds it (none for the
 * members of a union model and the values of other keys).
 */
export function forEachReference(model: Model, visit: (ref: RefType, field?: string) => void): void {
  const inType = (type: TypeNode, field?: string) =>
    walkType(type, (t) => {
      if (t.kind === "ref") visit(t, field);
    });
  const shape = model.shape;
  if (shape.kind === "object") {
    for (const field of shape.fields) inType(field.type, field.name);
    if (shape.additionalProperties) inType(shape.additionalProperties);
  } else if (shape.kind === "union") for (const member of shape.members) inType(member);
}

/** The targets of a resolved model's references, in the order forEachType meets them. */
export function referenceTargets(model: Model): string[] {
  const targets: string[] = [];
  forEachReference(model, (ref) => {
    if (ref.target !== undefined) targets.push(ref.target);
  });
  return targets;
}

/**
 * A reference as written: its name, namespace and link. Within one model,
 * references written alike resolve alike (resolution reads nothing else but
 * the model's own file).
 */
export function referenceKey(ref: RefType): string {
  return JSON.stringify([ref.name, ref.namespace ?? null, ref.link ?? null]);
}

/** What each reference of a resolved model, as written (referenceKey), resolves to. */
export function targetsByReference(model: Model): Record<string, string> {
  const targets: Record<string, string> = {};
  forEachReference(model, (ref) => {
    if (ref.target !== undefined) targets[referenceKey(ref)] = ref.target;
  });
  return targets;
}

function walkType(type: TypeNode, visit: (type: TypeNode) => void): void {
  visit(type);
  switch (type.kind) {
    case "array":
      walkType(type.items, visit);
      break;
    case "map":
      walkType(type.values, visit);
      break;
    case "union":
      type.members.forEach((member) => walkType(member, visit));
      break;
    case "stream":
      walkType(type.events, visit);
      break;
    default:
      break;
  }
}

/**
 * A copy of the model with every type that holds no other type (a leaf:
 * a primitive, a reference, a date…) replaced by `leaf(type)`, in the order
 * forEachType meets them. Unions are formed again as the IR forms them
 * (unionOf, with `datesSettled`), so a member that became `unknown` makes
 * the union `unknown`; a union model whose member did is `unknown` too.
 */
export function mapLeaves(model: Model, leaf: (type: TypeNode) => TypeNode, datesSettled = false): Model {
  // What is unchanged is shared, not copied: a run holds every model, and date handling maps them all again.
  const map = (type: TypeNode): TypeNode => {
    switch (type.kind) {
      case "array": {
        const items = map(type.items);
        return items === type.items ? type : { ...type, items };
      }
      case "map": {
        const values = map(type.values);
        return values === type.values ? type : { ...type, values };
      }
      case "union": {
        const union = unionOf(type.members.map(map), datesSettled);
        return sameMembers(union, type) ? type : union;
      }
      case "stream": {
        const events = map(type.events);
        return events === type.events ? type : { ...type, events };
      }
      default:
        return leaf(type);
    }
  };
  const shape = model.shape;
  if (shape.kind === "object") {
    const fields = shape.fields.map((f) => {
      const type = map(f.type);
      return type === f.type ? f : { ...f, type };
    });
    const others = shape.additionalProperties && map(shape.additionalProperties);
    if (others === shape.additionalProperties && fields.every((field, i) => field === shape.fields[i])) return model;
    return { ...model, shape: { ...shape, fields, ...(others && { additionalProperties: others }) } };
  }
  if (shape.kind === "union") {
    const mapped = shape.members.map(map);
    const members = mapped.some((m) => m.kind === "unknown") ? [{ kind: "unknown" } as const] : mapped;
    if (members.length === shape.members.length && members.every((member, i) => member === shape.members[i])) return model;
    return { ...model, shape: { ...shape, members } };
  }
  return model;
}

/** Whether a union formed again holds the very members it held. */
function sameMembers(union: TypeNode, before: UnionType): boolean {
  return union.kind === "union" && union.members.length === before.members.length && union.members.every((member, i) => member === before.members[i]);
}

/**
 * The reference, linked to the model with id `target`. Copied with
 * Object.assign: on Node 20 (V8 11), `{ ...ref, target }`, a spread followed
 * by a key its source lacks, gives every copy a hidden class of its own,
 * and on a large folder those took more of the heap than the references.
 */
export function linkedTo(ref: RefType, target: string): RefType {
  return Object.assign({}, ref, { target });
}

/** The reference without its link, found by its name alone. */
export function unlinked({ link: _link, ...ref }: RefType): RefType {
  return ref;
}

/**
 * A model's references linked as resolveModels would link them, given what
 * each reference as written resolved to (targetsByReference) when the models
 * they name were as they are now. Undefined when a reference is not among
 * them.
 */
export function relinkModel(model: Model, targets: Readonly<Record<string, string>>): Model | undefined {
  let missing = false;
  const relinked = mapLeaves(model, (type) => {
    if (type.kind !== "ref") return type;
    const key = referenceKey(type);
    if (!Object.hasOwn(targets, key)) {
      missing = true;
      return type;
    }
    return linkedTo(type, targets[key]!);
  });
  return missing ? undefined : relinked;
}
