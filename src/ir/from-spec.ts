/**
 * Gives a SpecDocument its meaning: type names become IR types, wrappers and
 * the Required column become optional keys and nullable types. References
 * stay unresolved here; the resolve stage links them to models.
 *
 * The wrappers mean:
 * - Required ✓: the key must be present; ➖: it may be absent.
 * - `Optional[X]` with ➖ (or no Required column): may be absent, not null.
 * - `Optional[X]` with ✓ (older SDKs): present, but may be null.
 * - `Nullable[X]`: may be null; present or not by the Required column.
 * - `OptionalNullable[X]`: may be absent or null.
 * Inside a container every wrapper just means "or null".
 *
 * TypeScript docs write no wrappers and never `| null`: there a field is
 * nullable when the model's example value sets it to null.
 */
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { FieldRow, SpecDocument, SpecModel } from "../parse/spec-document.js";
import type { TypeExpr } from "../parse/type-expression.js";
import type { Field, Model, Shape, Span, TypeNode } from "./types.js";

const PRIMITIVES: Record<string, TypeNode> = {
  str: { kind: "string" },
  string: { kind: "string" },
  int: { kind: "integer" },
  integer: { kind: "integer" },
  float: { kind: "number" },
  number: { kind: "number" },
  decimal: { kind: "number" },
  Decimal: { kind: "number" },
  bool: { kind: "boolean" },
  boolean: { kind: "boolean" },
  Any: { kind: "unknown" },
  any: { kind: "unknown" },
  unknown: { kind: "unknown" },
  object: { kind: "unknown" },
  None: { kind: "null" },
  null: { kind: "null" },
  true: { kind: "literal", value: true },
  True: { kind: "literal", value: true },
  false: { kind: "literal", value: false },
  False: { kind: "literal", value: false },
  // JavaScript SDKs hand out Date objects; Python SDKs' JSON carries ISO 8601 text.
  Date: { kind: "date", format: "date-time", representation: "Date" },
  date: { kind: "date", format: "date-or-date-time", representation: "string" },
  datetime: { kind: "date", format: "date-time", representation: "string" },
};

/**
 * File contents as SDKs type them: Python's bytes and binary streams, and
 * JavaScript's byte arrays, Blobs and Files. Python docs write one such
 * field as a union of several (`Union[bytes, IO[bytes], io.IOBase]`).
 */
const BINARY_NAMES = new Set([
  "bytes",
  "bytearray",
  "memoryview",
  "io.IOBase",
  "io.RawIOBase",
  "io.BufferedIOBase",
  "io.BufferedReader",
  "io.BufferedRandom",
  "io.BytesIO",
  "io.FileIO",
  "typing.BinaryIO",
  "BinaryIO",
  "File",
  "Blob",
  "Uint8Array",
  "ArrayBuffer",
  "Buffer",
]);

/** Generic streams that are binary when their argument is bytes: `IO[bytes]`, `ReadableStream<Uint8Array>`. */
const BINARY_GENERICS = new Set(["IO", "typing.IO", "ReadableStream"]);

/** Namespaces of the languages' own libraries: a name in one is never a model. */
const LIBRARY_NAMESPACES = new Set(["io", "typing"]);

const ARRAYS = new Set(["List", "list", "Sequence", "Array", "Set", "set", "Tuple", "tuple"]);
const MAPS = new Set(["Dict", "dict", "Record", "Mapping", "Map"]);
const NULLABLE_WRAPPERS = new Set(["Optional", "Nullable", "OptionalNullable"]);
const STREAMS = new Set(["EventStream", "EventStreamAsync", "AsyncIterable", "AsyncGenerator", "AsyncIterator"]);

export function modelsFromSpec(document: SpecDocument): { models: Model[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const folder = document.file.includes("/") ? document.file.slice(0, document.file.lastIndexOf("/")) : "";
  const baseId = document.file.replace(/\.md$/iu, "");
  const models = document.models.map((spec): Model => {
    const model: Model = {
      id: spec.anchor ? `${baseId}#${spec.anchor}` : baseId,
      name: spec.name,
      file: document.file,
      folder,
      description: spec.description,
      examples: spec.examples,
      shape: shapeOf(spec, document, diagnostics),
      at: spec.at,
    };
    if (spec.anchor) model.anchor = spec.anchor;
    // Nulls the model's own fields do not hold are evidence about other models: the resolve stage follows them.
    const ownFields = model.shape.kind === "object";
    const elsewhere = document.dialect === "typescript" ? spec.exampleNulls.filter((path) => !ownFields || path.length > 1) : [];
    if (elsewhere.length > 0) model.exampleNulls = elsewhere;
    return model;
  });
  return { models, diagnostics };
}

function shapeOf(spec: SpecModel, { file, dialect }: SpecDocument, diagnostics: Diagnostic[]): Shape {
  const section = spec.section;
  switch (section.kind) {
    case "fields": {
      const nullInExample = new Set(dialect === "typescript" ? spec.exampleNulls.flatMap((path) => (path.length === 1 ? path : [])) : []);
      return {
        kind: "object",
        fields: section.fields.flatMap((row) => {
          const field = fieldOf(row, nullInExample.has(row.name), file, diagnostics);
          return field ? [field] : [];
        }),
      };
    }
    case "values":
      return { kind: "enum", values: section.values.map((v) => v.value), open: section.open };
    case "union": {
      const members: TypeNode[] = [];
      for (const member of section.members) {
        const type = typeOf(member, file, diagnostics);
        if (type) members.push(type);
      }
      return { kind: "union", members: flattenUnion(members) };
    }
  }
}

/** `nullInExample`: the model's example value sets the field to null, so null is one of its values. */
function fieldOf(row: FieldRow, nullInExample: boolean, file: string, diagnostics: Diagnostic[]): Field | undefined {
  let expr = row.type;
  let optional = row.required === false;
  let nullable = nullInExample;
  if (expr.kind === "generic" && NULLABLE_WRAPPERS.has(expr.name) && expr.args.length === 1) {
    switch (expr.name) {
      case "Optional":
        // Older SDKs mark a present-but-nullable key as Optional with a ✓.
        if (row.required === true) nullable = true;
        else optional = true;
        break;
      case "Nullable":
        nullable = true;
        break;
      case "OptionalNullable":
        optional = true;
        nullable = true;
        break;
    }
    expr = expr.args[0]!;
  }
  const inner = typeOf(expr, file, diagnostics);
  if (!inner) return undefined;
  return {
    name: row.name,
    type: nullable ? orNull(inner) : inner,
    optional,
    description: row.description,
    examples: row.examples,
    at: row.at,
  };
}

/** The IR type of a type expression, or undefined (with a diagnostic) when it has none. */
export function typeOf(expr: TypeExpr, file: string, diagnostics: Diagnostic[]): TypeNode | undefined {
  const fail = (message: string, at: Span = expr.at): undefined => {
    diagnostics.push(diagnostic(file, "unknown-type", message, at));
    return undefined;
  };
  const only = (name: string, args: TypeExpr[]): TypeNode | undefined => {
    if (args.length !== 1) return fail(`${name}[...] takes one type, not ${args.length}`);
    return typeOf(args[0]!, file, diagnostics);
  };

  switch (expr.kind) {
    case "literal":
      return { kind: "literal", value: expr.value };
    case "array": {
      const items = typeOf(expr.items, file, diagnostics);
      return items && { kind: "array", items };
    }
    case "index-signature": {
      const values = typeOf(expr.values, file, diagnostics);
      return values && { kind: "map", values };
    }
    case "union": {
      const members = expr.members.map((m) => typeOf(m, file, diagnostics));
      if (members.some((m) => m === undefined)) return undefined;
      return unionOf(members as TypeNode[]);
    }
    case "name": {
      // Own keys only: a name like `constructor` must not find Object.prototype's members.
      const primitive = Object.hasOwn(PRIMITIVES, expr.name) ? PRIMITIVES[expr.name] : undefined;
      if (primitive) return { ...primitive };
      if (BINARY_NAMES.has(expr.name)) return { kind: "binary" };
      if (LIBRARY_NAMESPACES.has(expr.name.slice(0, expr.name.indexOf(".")))) {
        return fail(`unknown type "${expr.name}": of ${expr.name.slice(0, expr.name.indexOf("."))}'s types, mdspec knows the binary ones (${binaryNamesIn(expr.name)})`);
      }
      return referenceOf(expr) ?? fail(`unknown type "${expr.name}"`);
    }
    case "generic": {
      const { name, args } = expr;
      if (ARRAYS.has(name)) {
        const items = only(name, args);
        return items && { kind: "array", items };
      }
      if (MAPS.has(name)) {
        if (args.length !== 2) return fail(`${name} takes a key type and a value type`);
        const values = typeOf(args[1]!, file, diagnostics);
        return values && { kind: "map", values };
      }
      if (NULLABLE_WRAPPERS.has(name)) {
        const inner = only(name, args);
        return inner && orNull(inner);
      }
      if (name === "Literal") {
        const values: TypeNode[] = [];
        for (const arg of args) {
          const value = typeOf(arg, file, diagnostics);
          if (!value) return undefined;
          if (value.kind !== "literal" && value.kind !== "null") return fail("Literal[...] takes literal values", arg.at);
          values.push(value);
        }
        return unionOf(values);
      }
      if (name === "Union") {
        const members = args.map((a) => typeOf(a, file, diagnostics));
        if (members.some((m) => m === undefined)) return undefined;
        return unionOf(members as TypeNode[]);
      }
      // `Uint8Array<ArrayBuffer>`: newer TypeScript gives byte arrays a type argument.
      if (BINARY_NAMES.has(name)) return { kind: "binary" };
      if (BINARY_GENERICS.has(name)) {
        const content = only(name, args);
        if (content === undefined) return undefined;
        if (content.kind !== "binary") return fail(`${name} of anything but bytes is not file content mdspec knows (write ${name === "ReadableStream" ? "ReadableStream<Uint8Array>" : `${name}[bytes]`})`);
        return content;
      }
      if (STREAMS.has(name.slice(name.lastIndexOf(".") + 1))) {
        const events = only(name, args);
        return events && { kind: "stream", events };
      }
      return fail(`unknown generic type "${name}"`);
    }
  }
}

function binaryNamesIn(name: string): string {
  const namespace = name.slice(0, name.indexOf(".") + 1);
  return [...BINARY_NAMES].filter((known) => known.startsWith(namespace)).join(", ");
}

/**
 * A name that is not a primitive names a model when it is linked, has a
 * namespace prefix (`models.X`), or is capitalised like a model name.
 */
function referenceOf(expr: TypeExpr & { kind: "name" }): TypeNode | undefined {
  const dot = expr.name.lastIndexOf(".");
  const name = expr.name.slice(dot + 1);
  const namespace = dot === -1 ? undefined : expr.name.slice(0, dot);
  const external = expr.link !== undefined && /^[a-z][a-z0-9+.-]*:/iu.test(expr.link);
  const linked = expr.link !== undefined && !external;
  if (!linked && namespace === undefined && !/^\p{Lu}/u.test(name)) return undefined;
  if (name === "") return undefined;
  return {
    kind: "ref",
    name,
    ...(namespace !== undefined && { namespace }),
    ...(linked && { link: expr.link }),
    at: expr.at,
  };
}

export function orNull(type: TypeNode): TypeNode {
  return unionOf([type, { kind: "null" }]);
}

function unionOf(members: TypeNode[]): TypeNode {
  const flat = flattenUnion(members);
  return flat.length === 1 ? flat[0]! : { kind: "union", members: flat };
}

/**
 * Nested unions are flattened and repeated members dropped, keeping the
 * first. `unknown` takes in every other member (`Nullable[Any]` is `unknown`).
 */
function flattenUnion(members: TypeNode[]): TypeNode[] {
  const out: TypeNode[] = [];
  const seen = new Set<string>();
  const add = (member: TypeNode): void => {
    if (member.kind === "union") {
      member.members.forEach(add);
      return;
    }
    const key = JSON.stringify(member, (k, v: unknown) => (k === "at" ? undefined : v));
    if (seen.has(key)) return;
    seen.add(key);
    out.push(member);
  };
  members.forEach(add);
  return out.some((member) => member.kind === "unknown") ? [{ kind: "unknown" }] : out;
}
