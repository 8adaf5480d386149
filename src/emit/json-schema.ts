/**
 * JSON Schemas (draft 2020-12), one file per model under schemas/, mirroring
 * the module folders: `schemas/chat-ts/models/components/Choices.schema.json`.
 * Each schema's `$id` is its path inside schemas/, and references to other
 * models are `$ref`s relative to it, so the schemas work together wherever
 * they are loaded from: from disk, over HTTP, or added to one validator.
 *
 * A schema accepts what the model's guard accepts, as far as JSON can carry
 * it. Where it cannot (a `Date` object, binary content, an event stream) the
 * schema says so in a `$comment` and describes the wire form instead.
 */
import { posix } from "node:path";
import type { EnumShape, Field, Model, TypeNode } from "../ir/types.js";
import { withinNameLimit } from "./names.js";
import { parentFolder, type PackagePlan } from "./plan.js";
import { defaultValueOf } from "../ir/default-value.js";
import { openEnumKinds } from "../ir/enums.js";

export const SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

/** The lexical forms the guards accept for date strings (templates/runtime.ts). */
const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
const DATE_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}(:?\\d{2})?)?$";

type Schema = { [keyword: string]: unknown };

/** Schema file path (inside the package) → JSON text. */
export function jsonSchemaFiles(plan: PackagePlan): Map<string, string> {
  const ids = schemaIds(plan);
  const files = new Map<string, string>();
  for (const planned of plan.models) {
    const id = ids.get(planned.model.id)!;
    const refTo = (targetId: string): string => {
      const target = ids.get(targetId)!;
      return encodeURI(posix.relative(posix.dirname(id), target) || posix.basename(target));
    };
    const schema: Schema = {
      $schema: SCHEMA_DIALECT,
      $id: encodeURI(id),
      title: planned.typeName,
      ...(planned.model.description !== "" && { description: planned.model.description }),
      ...(planned.model.deprecated && { deprecated: true }),
      ...shapeSchema(planned.model, refTo),
    };
    files.set(`schemas/${id}`, JSON.stringify(schema, null, 2) + "\n");
  }
  return files;
}

/** Model id → its schema's path inside schemas/: the module's folder and the type name, kept unique. */
export function schemaIds(plan: PackagePlan): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const planned of plan.models) {
    const folder = parentFolder(planned.module);
    const base = `${folder === "" ? "" : `${folder}/`}${withinNameLimit(planned.typeName)}`;
    let id = `${base}.schema.json`;
    // Two spec folders that differ only in case share a module folder; their models keep apart by number.
    for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${base}-${n}.schema.json`;
    taken.add(id.toLowerCase());
    ids.set(planned.model.id, id);
  }
  return ids;
}

function shapeSchema(model: Model, refTo: (id: string) => string): Schema {
  const shape = model.shape;
  switch (shape.kind) {
    case "object": {
      // A null prototype, so that a field named `__proto__` is a property like any other.
      const properties: Schema = Object.create(null) as Schema;
      for (const field of shape.fields) properties[field.name] = { ...withDescription(typeSchema(field.type, refTo), field.description), ...annotations(field) };
      const required = shape.fields.filter((field) => !field.optional).map((field) => field.name);
      // Guards ignore keys a model does not list, so the schema allows them too, of the type the spec gives them.
      const others = shape.additionalProperties;
      return {
        type: "object",
        properties,
        ...(required.length > 0 && { required }),
        ...(others && others.kind !== "unknown" && { additionalProperties: typeSchema(others, refTo) }),
      };
    }
    case "enum":
      return enumSchema(shape);
    case "union":
      return anyOf(shape.members.map((member) => typeSchema(member, refTo)));
  }
}

function enumSchema(shape: EnumShape): Schema {
  const closed: Schema = shape.values.length === 0 ? { not: {} } : { enum: shape.values };
  if (!shape.open) return closed;
  const open: Schema[] = openEnumKinds(shape).map((kind) => ({ type: kind }));
  // The listed values stay in the schema, so editors can still suggest them.
  return anyOf([...(shape.values.length > 0 ? [closed] : []), ...open]);
}

export function typeSchema(type: TypeNode, refTo: (id: string) => string): Schema {
  switch (type.kind) {
    case "string":
    case "number":
    case "integer":
    case "boolean":
    case "null":
      return { type: type.kind };
    case "unknown":
      return {};
    case "literal":
      return { const: type.value };
    case "array":
      return type.items.kind === "unknown" ? { type: "array" } : { type: "array", items: typeSchema(type.items, refTo) };
    case "map":
      return type.values.kind === "unknown"
        ? { type: "object" }
        : { type: "object", additionalProperties: typeSchema(type.values, refTo) };
    case "union":
      return anyOf(type.members.map((member) => typeSchema(member, refTo)));
    case "ref":
      return { $ref: refTo(type.target!) };
    case "date":
      if (type.representation === "Date") {
        return {
          $comment: "A Date object in TypeScript, which JSON cannot carry: the schema describes its wire form, an ISO 8601 timestamp.",
          type: "string",
          format: "date-time",
        };
      }
      return type.format === "date-time"
        ? { type: "string", format: "date-time", pattern: DATE_TIME_PATTERN }
        : {
            anyOf: [
              { type: "string", format: "date", pattern: DATE_PATTERN },
              { type: "string", format: "date-time", pattern: DATE_TIME_PATTERN },
            ],
          };
    case "binary":
      return { $comment: "Binary content (bytes, a Blob or a stream), which JSON cannot carry: any value is accepted." };
    case "stream":
      return { $comment: "An event stream, which JSON cannot carry: any value is accepted." };
  }
}

/** `anyOf` with nested unions flattened; a single member stands alone. */
function anyOf(members: Schema[]): Schema {
  const flat = members.flatMap((member) => (Object.keys(member).length === 1 && Array.isArray(member["anyOf"]) ? (member["anyOf"] as Schema[]) : [member]));
  return flat.length === 1 ? flat[0]! : { anyOf: flat };
}

/** What the spec says of a field beyond its type: the server's default, and whether only the server sets it or it is on its way out. */
function annotations(field: Field): Schema {
  const fallback = field.default === undefined ? undefined : defaultValueOf(field.default);
  return {
    ...(fallback !== undefined && { default: fallback }),
    ...(field.readonly && { readOnly: true }),
    ...(field.deprecated && { deprecated: true }),
  };
}

function withDescription(schema: Schema, description: string): Schema {
  const text = description.trim();
  return text === "" ? schema : { description: text, ...schema };
}
