/**
 * Gives a SpecDocument its meaning: type names become IR types (by the
 * dialect's vocabulary, type-names.ts), wrappers and the Required column
 * become optional keys and nullable types. References stay unresolved here;
 * the resolve stage links them to models.
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
 * nullable when an example value sets it to null (the model's own, read
 * here; those of other models, read by the resolve stage).
 */
import { decodeLink, specStem } from "../base/spec-path.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { closest } from "../diagnostics/suggest.js";
import type { Dialect, FieldRow, SpecDocument, SpecModel, ValuesSection } from "../parse/document.js";
import { isExternal, parseTypeText, TypeSyntaxError, type TypeExpr } from "../parse/type-expression.js";
import { parseEnumValue } from "../parse/values-section.js";
import { isKeyOf } from "./example-key.js";
import { exampleKeys, nullPaths, nullPathsIn } from "./example-value.js";
import {
  ARRAYS,
  BINARY_GENERICS,
  BINARY_NAMES,
  BOXES,
  C_TYPEDEF,
  argumentFreeGeneric,
  FETCH_OBJECTS,
  genericName,
  GO_NULLABLE_PRIMITIVES,
  knownGenerics,
  knownTypeNames,
  LIBRARY_NAMESPACES,
  MAPS,
  namedType,
  NULLABLE_WRAPPERS,
  STREAMS,
} from "./type-names.js";
import type { EnumShape, ExamplePath, Field, Model, ObjectShape, RefType, Shape, Span, TypeNode } from "./types.js";
import { defaultFits } from "./default-value.js";
import { fieldKeys, type Client } from "./escaped-names.js";
import { flattenUnion, orNull, unionOf } from "./unions.js";
import { unlinked } from "./walk.js";

/** What reading one document's types needs: where to report, and how its names read. */
interface Context {
  file: string;
  dialect: Dialect;
  /** The OpenAPI Generator client whose page it is, where the page's types tell and it matters: C's booleans are `int`s, Objective-C escapes `id`. */
  client?: Client;
  diagnostics: Diagnostic[];
}

export function modelsFromSpec(document: SpecDocument): { models: Model[]; diagnostics: Diagnostic[] } {
  const context: Context = { file: document.file, dialect: document.dialect, diagnostics: [] };
  const client = document.dialect === "openapi-generator" ? clientOf(document.models) : undefined;
  if (client) context.client = client;
  const folder = document.file.includes("/") ? document.file.slice(0, document.file.lastIndexOf("/")) : "";
  const baseId = specStem(document.file);
  const models = document.models.map((spec): Model => {
    const nulls = document.dialect === "typescript" ? examplesNulls(spec) : [];
    const model: Model = {
      id: spec.anchor ? `${baseId}#${spec.anchor}` : baseId,
      name: spec.name,
      file: document.file,
      folder,
      description: spec.description,
      examples: spec.examples,
      shape: shapeOf(spec, nulls, context),
      at: spec.at,
    };
    if (spec.anchor) model.anchor = spec.anchor;
    if (spec.aliases) model.aliases = spec.aliases;
    if (spec.deprecated) model.deprecated = spec.deprecated;
    // Nulls the model's own fields do not hold are evidence about other models: the resolve stage follows them.
    const elsewhere = model.shape.kind === "object" ? nulls.filter((path) => path.length > 1) : nulls;
    if (elsewhere.length > 0) model.exampleNulls = elsewhere;
    return model;
  });
  return { models, diagnostics: context.diagnostics };
}

/**
 * Where the model's examples set a value to null: its example value, and the
 * Example column's cells of JSON (`{"value": null}`), each below its field.
 */
function examplesNulls(spec: SpecModel): ExamplePath[] {
  const paths = spec.examples[0] === undefined ? [] : nullPaths(spec.examples[0]);
  if (spec.section.kind === "fields") {
    for (const row of spec.section.fields) for (const text of row.examples) paths.push(...nullPathsIn(jsonOf(text), [row.name]));
  }
  return [...new Map(paths.map((path) => [JSON.stringify(path), path])).values()];
}

/** An Example cell's value where the cell is JSON text of an object, an array or null; undefined for other text. */
function jsonOf(text: string): unknown {
  const trimmed = text.trim();
  if (!/^[[{]/u.test(trimmed) && trimmed !== "null") return undefined;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return undefined;
  }
}

/** `nulls`: where the model's example value is null. */
function shapeOf(spec: SpecModel, nulls: readonly ExamplePath[], context: Context): Shape {
  const section = spec.section;
  switch (section.kind) {
    case "fields": {
      // Several of OpenAPI Generator's clients (Ruby, C#, the older typescript-axios) write an enum or a primitive
      // alias as a page whose Properties table is empty, as they write a free-form object: the page does not say
      // which, so the model admits any value.
      if (context.dialect === "openapi-generator" && section.fields.length === 0) return { kind: "union", members: [{ kind: "unknown" }] };
      const enumShape = enumValueRow(section.fields, context);
      if (enumShape) return enumShape;
      const nullKeys = nulls.flatMap((path) => (path.length === 1 ? [String(path[0])] : []));
      const shape: ObjectShape = { kind: "object", fields: [] };
      // Speakeasy writes a free-form object (`type: object` and nothing else) as a table with no rows: any keys, any values.
      if (section.fields.length === 0) shape.additionalProperties = { kind: "unknown" };
      const names = section.fields.map((row) => row.name);
      const keys = section.keysAsWritten ? names : fieldKeys(names, context.dialect, context.client);
      // A TypeScript example is a value of the SDK's type: a field it leaves out is optional there. One that sets a
      // key the table does not have (cribl's `Green` for `green`), where the model takes no other keys, is no such value.
      const example = context.dialect === "typescript" && spec.examples[0] !== undefined ? exampleKeys(spec.examples[0]) : undefined;
      const otherKeys = names.includes("additionalProperties");
      const shown = example && (otherKeys || [...example].every((key) => names.includes(key))) ? example : undefined;
      for (const [i, row] of section.fields.entries()) {
        const nullable = nullKeys.some((key) => isKeyOf(row.name, key));
        const field = fieldOf(row, nullable, keys[i]!, context);
        if (shown && !shown.has(row.name) && !isSdkObject(row.type, context)) field.optional = true;
        const extra = extraKeysValues(row, field, context);
        if (extra) shape.additionalProperties = extra;
        else shape.fields.push(field);
      }
      return shape;
    }
    case "values":
      // A section that lists no values (reported) says nothing of them: the model admits any value, where an enum
      // of none would admit nothing at all.
      if (section.values.length === 0) return { kind: "union", members: [{ kind: "unknown" }] };
      return enumShape(section);
    case "union": {
      const members: TypeNode[] = [];
      for (const member of section.members) {
        members.push(typeOf(member, context) ?? { kind: "unknown" });
      }
      return { kind: "union", members: flattenUnion(members) };
    }
  }
}

/** A Fetch API object written unlinked in Speakeasy's TypeScript docs (`*Request*`). */
function isFetchObject(expr: TypeExpr, context: Context): boolean {
  return context.dialect === "typescript" && expr.kind === "name" && expr.link === undefined && FETCH_OBJECTS.has(expr.name);
}

/**
 * A value only the SDK makes: a type of no meaning to mdspec whose docs are elsewhere (`[Response](https://…)`),
 * or a Fetch API object. Speakeasy's example of a model leaves such a field out because it cannot write one,
 * not because the field may be absent (apideck's HTTPMetadata example is `{}`); it writes a `[Date](https://…)`.
 */
function isSdkObject(expr: TypeExpr, context: Context): boolean {
  if (expr.kind !== "name" || namedType(expr.name, context.dialect)) return false;
  return (expr.link !== undefined && isExternal(expr.link)) || isFetchObject(expr, context);
}

/**
 * The older Python client of OpenAPI Generator (python-prior) writes an enum
 * model as a Properties table of one required row, `**value**`, whose Notes
 * list the values (`must be one of [...]`), beside at most the row of extra
 * keys. It writes an alias or a list model so too, but without the values;
 * those tables read as objects, because an object with one field `value`
 * (Kubernetes' V1Counter) is written the same way.
 */
function enumValueRow(rows: readonly FieldRow[], context: Context): EnumShape | undefined {
  if (context.dialect !== "openapi-generator") return undefined;
  const own = rows.filter((row) => row.name !== ANY_STRING_NAME);
  const row = own[0];
  if (own.length !== 1 || row!.name !== "value" || row!.required === false || row!.oneOf === undefined) return undefined;
  return { kind: "enum", values: row!.oneOf, open: false };
}

/**
 * The Rust client ends an enum field's description with its values,
 * `Type of connection (enum: local, remote)`, and types the field by a name
 * no page defines (`**TypeEnum**`) or by its base type. Read only for a
 * field of one unlinked name, a string's or one no dialect knows: values of
 * a list or a model are not the field's. Bare values are numbers where the
 * type is no string's and every one is a number.
 */
function valuesEndingDescription(description: string, type: TypeExpr): Array<string | number> | undefined {
  if (type.kind !== "name" || type.link !== undefined) return undefined;
  const named = namedType(type.name, "openapi-generator");
  if (named !== undefined && !["string", "integer", "number"].includes(named.kind)) return undefined;
  const listed = /\(enum: ([^()]+)\)$/u.exec(description.trim())?.[1];
  const values = (listed ?? "").split(",").map((value) => value.trim()).filter((value) => value !== "");
  if (values.length === 0) return undefined;
  const read = values.map((value) => parseEnumValue(value) ?? value);
  const numeric = named?.kind !== "string" && read.every((value) => typeof value === "number");
  return numeric ? read : values;
}

/** The C client's list type, of items its link names. */
const C_LIST = "list_t";

/**
 * The client whose page it is, where its title or its tables name a type as
 * only it does: C's typedefs (`# v1_pod_t`), `char \*` and `list_t \*`,
 * Objective-C's Foundation classes (`NSString*`).
 */
function clientOf(specs: readonly SpecModel[]): Client | undefined {
  const names = specs.flatMap((spec) => (spec.section.kind === "fields" ? spec.section.fields : [])).flatMap(({ type }) => (type.kind === "name" ? [type.name] : []));
  if (specs.some((spec) => C_TYPEDEF.test(spec.name))) return "c";
  if (names.some((name) => name === "char" || name === C_LIST || C_TYPEDEF.test(name))) return "c";
  if (names.some((name) => /^NS[A-Z][a-z]/u.test(name))) return "objective-c";
  return undefined;
}

/** OpenAPI Generator's Python clients' row for the keys a model admits beyond its fields. */
const ANY_STRING_NAME = "any string name";

/**
 * A row that stands for the keys a model admits beyond its fields, typing
 * their values: the SDK's type has an index signature there, not a key of
 * that name. TypeScript docs write it `additionalProperties | Record<string, X>`,
 * Speakeasy's Python docs `__pydantic_extra__ | Dict[str, X]` (older ones
 * `additional_properties`) and OpenAPI
 * Generator's Python clients `any string name | X`. In the other dialects a
 * field of such a name is a field like any other.
 */
function extraKeysValues(row: FieldRow, field: Field, context: Context): TypeNode | undefined {
  switch (context.dialect) {
    case "typescript":
      return field.name === "additionalProperties" ? mapValues(row.type, field.type) : undefined;
    case "python":
      // Older SDKs name it `additional_properties`, an optional map. (An API's own `additionalProperties` key, which
      // the SDK would name so too, is not told apart: such a key is rare outside JSON Schemas.)
      return field.name === "__pydantic_extra__" || (field.name === "additional_properties" && field.optional) ? mapValues(row.type, field.type) : undefined;
    case "openapi-generator":
      return field.name === ANY_STRING_NAME ? field.type : undefined;
  }
}

/**
 * The values of the map a row writes. A map whose value type is unknown or
 * unreadable, which a run with --allow-unresolved keeps as unknown, is still
 * a map: of unknown values.
 */
function mapValues(written: TypeExpr, type: TypeNode): TypeNode | undefined {
  if (type.kind === "map") return type.values;
  const writtenAsMap = written.kind === "unreadable" || written.kind === "index-signature" || (written.kind === "generic" && MAPS.has(written.name));
  return writtenAsMap && type.kind === "unknown" ? { kind: "unknown" } : undefined;
}

/** `nullInExample`: the model's example value sets the field to null, so null is one of its values. */
function fieldOf(row: FieldRow, nullInExample: boolean, key: string, context: Context): Field {
  let expr = row.type;
  // Without a Required column, Python's wrappers below still tell an optional key; TypeScript's types never do, so
  // such a table (Speakeasy's RetryConfig page) says nothing of it, and every key may be absent.
  let optional = row.required === false || (row.required === undefined && context.dialect === "typescript");
  let nullable = nullInExample || row.nullable === true;
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
      // Rust's `Option<X>`: serde reads null as None. (Fastly's docs, which write no `[optional]`, mark an optional key
      // with it alone: properties-section.ts.)
      case "Option":
        nullable = true;
        break;
      case "OptionalNullable":
        optional = true;
        nullable = true;
        break;
    }
    expr = expr.args[0]!;
  }
  // The values a table lists for the field are its type, whatever name the type is written with (Rust's `TypeEnum`,
  // which no page defines). A type no dialect knows is reported; the field stays, typed unknown, for a run that allows
  // that (--allow-unresolved).
  const listed = row.oneOf ?? (context.dialect === "openapi-generator" ? valuesEndingDescription(row.description, expr) : undefined);
  const inner = listed ? unionOf(listed.map((value) => ({ kind: "literal", value }))) : (typeOf(expr, context) ?? { kind: "unknown" });
  const type = nullable ? orNull(inner) : inner;
  const hasDefault = row.default !== undefined && defaultFits(row.default, type);
  return {
    name: key,
    type,
    optional,
    description: row.description,
    examples: row.examples,
    ...(hasDefault && { default: row.default }),
    ...(row.readonly && { readonly: true }),
    ...(row.deprecated && { deprecated: row.deprecated }),
    at: row.at,
  };
}

/** The IR type of a type expression, or undefined (with a diagnostic) when it has none. */
function typeOf(expr: TypeExpr, context: Context): TypeNode | undefined {
  const fail = (message: string, at: Span = expr.at): undefined => {
    context.diagnostics.push(diagnostic(context.file, "unknown-type", message, at));
    return undefined;
  };
  const only = (name: string, args: TypeExpr[]): TypeNode | undefined => {
    if (args.length !== 1) return fail(`${name}[...] takes one type, not ${args.length}`);
    return typeOf(args[0]!, context);
  };
  const all = (exprs: TypeExpr[]): TypeNode[] | undefined => {
    const types = exprs.map((member) => typeOf(member, context));
    return types.some((type) => type === undefined) ? undefined : (types as TypeNode[]);
  };

  switch (expr.kind) {
    case "literal":
      return { kind: "literal", value: expr.value };
    case "array": {
      // Java's and C#'s byte arrays (`byte[]`, a `format: byte` field) are base64 text in JSON, the values
      // OpenAPI Generator's docs describe.
      if (context.dialect === "openapi-generator" && expr.items.kind === "name" && expr.items.name === "byte") return { kind: "string" };
      return arrayOf(expr.items, context);
    }
    case "index-signature": {
      const values = typeOf(expr.values, context);
      return values && { kind: "map", values };
    }
    case "unreadable":
      return { kind: "unknown" };
    case "untyped":
      return untyped("the docs write no type here (a link without text)", expr.at, context);
    case "union": {
      const members = all(expr.members);
      return members && unionOf(onePerLink(members));
    }
    case "name": {
      // The C client's list: `[**list_t**](X.md) \*` holds Xs; a `**list_t \***` the page does not link says nothing of
      // its items (the client writes a map so too).
      if (context.dialect === "openapi-generator" && expr.name === C_LIST) {
        const items = expr.link !== undefined && !isExternal(expr.link) ? referenceOf(expr) : undefined;
        // A list of free-form values links `object.md`, a page no spec is: where no spec is there, the name decides.
        const otherwise = items && namedType(linkStem(items.link!), context.dialect);
        return items ? { kind: "array", items: otherwise ? { ...items, otherwise } : items } : { kind: "unknown" };
      }
      // The C client's booleans are `int`s, as its integers are.
      if (context.client === "c" && expr.name === "int") return { kind: "union", members: [{ kind: "integer" }, { kind: "boolean" }] };
      const composed = context.dialect === "openapi-generator" ? composedLink(expr) : undefined;
      if (composed) {
        const members = composed.map((member) => {
          try {
            return typeOf(parseTypeText(member, expr.at.start), context);
          } catch (error) {
            if (!(error instanceof TypeSyntaxError)) throw error;
            return fail(`cannot read "${member}", a member of the composed type the link names: ${error.message}`);
          }
        });
        if (members.some((member) => member === undefined)) return undefined;
        const union = members.length === 0 ? untyped("the link names no member of the composed type", expr.at, context) : unionOf(members as TypeNode[]);
        return expr.name.startsWith("Nullable") ? orNull(union) : union;
      }
      const named = namedType(expr.name, context.dialect);
      // A name linked to its own spec (`[**File**](File.md)`) is that model, whatever else the name could mean;
      // what else it means is kept for when no spec defines it.
      if (linksToOwnSpec(expr)) {
        const ref = referenceOf(expr);
        return ref && named ? { ...ref, otherwise: named } : ref;
      }
      if (named) return named;
      // A type whose docs are elsewhere (`[Response](https://developer.mozilla.org/…)`) is one of the SDK's language or
      // its libraries, not a model of these docs: its values are the SDK's objects, which mdspec cannot check.
      if (expr.link !== undefined && isExternal(expr.link)) return { kind: "unknown" };
      if (context.dialect === "openapi-generator") {
        const nullable = goNullable(expr, context);
        if (nullable) return nullable;
      }
      const namespace = expr.name.includes(".") ? expr.name.slice(0, expr.name.indexOf(".")) : undefined;
      if (namespace !== undefined && LIBRARY_NAMESPACES.has(namespace)) {
        return fail(`unknown type "${expr.name}": of ${namespace}'s types, mdspec knows the binary ones (${binaryNamesIn(namespace)})`);
      }
      // The C client names a model by its typedef, and leaves that name unlinked where the model is an enum
      // (`**ord_status_t \\***`): lowercase, but a model's name all the same.
      const typedef = context.dialect === "openapi-generator" && expr.link === undefined && C_TYPEDEF.test(expr.name);
      const ref = typedef ? { kind: "ref" as const, name: expr.name, at: expr.at } : referenceOf(expr);
      if (!ref) return fail(withSuggestion(`unknown type "${expr.name}"`, expr.name, knownTypeNames(context.dialect)));
      if (isFetchObject(expr, context)) return { ...ref, otherwise: { kind: "unknown" } };
      // OpenAPI Generator's links are not always to the model's page (Go links `[**[]Tag**](array.md)`, and some
      // models by their schema's name, `Enum_TestEnumString.md`): where a link leads to no spec, the name decides.
      if (context.dialect === "openapi-generator" && ref.link !== undefined) return { ...ref, otherwise: unlinked(ref) };
      return ref;
    }
    case "generic": {
      const { args } = expr;
      const name = genericName(expr.name);
      // PHP's `array<string, X>` is a map; R's `array[X]` a list.
      if (name === "array" && args.length === 2) {
        const values = typeOf(args[1]!, context);
        return values && { kind: "map", values };
      }
      if (ARRAYS.has(name)) {
        if (args.length !== 1) return fail(`${name}[...] takes one type, not ${args.length}`);
        return arrayOf(args[0]!, context);
      }
      if (MAPS.has(name)) {
        // R's docs give a map its value type alone: `map(character)`.
        if (name === "map" && args.length === 1) {
          const values = typeOf(args[0]!, context);
          return values && { kind: "map", values };
        }
        if (args.length !== 2) return fail(`${name} takes a key type and a value type`);
        const values = typeOf(args[1]!, context);
        return values && { kind: "map", values };
      }
      if (NULLABLE_WRAPPERS.has(name)) {
        const inner = only(name, args);
        return inner && orNull(inner);
      }
      if (BOXES.has(name)) return only(name, args);
      const fixed = argumentFreeGeneric(name);
      if (fixed) return fixed;
      // SailPoint's templates write an inline enum as its values: `**Enum** [ "CLUSTER", "SOURCE" ]`.
      if (name === "Literal" || (name === "Enum" && context.dialect === "openapi-generator")) {
        const values: TypeNode[] = [];
        for (const arg of args) {
          const value = typeOf(arg, context);
          if (!value) return undefined;
          if (value.kind !== "literal" && value.kind !== "null") return fail(`${name}[...] takes literal values`, arg.at);
          values.push(value);
        }
        return unionOf(values);
      }
      if (name === "Union" && args.length === 0) {
        // The union's own spec, where the docs link it, lists its members.
        if (expr.link !== undefined && !isExternal(expr.link)) return { kind: "ref", name: "Union[]", link: expr.link, at: expr.at };
        return untyped("`Union[]` lists no members", expr.at, context);
      }
      if (name === "Union") {
        const members = all(args);
        return members && unionOf(onePerLink(members));
      }
      // `Uint8Array<ArrayBuffer>`: newer TypeScript gives byte arrays a type argument.
      if (BINARY_NAMES.has(name)) return { kind: "binary" };
      if (BINARY_GENERICS.has(name)) {
        const content = only(name, args);
        if (content === undefined) return undefined;
        if (content.kind !== "binary") {
          const written = name === "ReadableStream" ? "ReadableStream<Uint8Array>" : `${name}[bytes]`;
          return fail(`${name} of anything but bytes is not file content mdspec knows (write ${written})`);
        }
        return content;
      }
      if (STREAMS.has(name.slice(name.lastIndexOf(".") + 1))) {
        const events = only(name, name.endsWith("Generator") ? args.slice(0, 1) : args);
        return events && { kind: "stream", events };
      }
      return fail(withSuggestion(`unknown generic type "${name}"`, name, knownGenerics()));
    }
  }
}

/**
 * The members Go's docs name in the link of an inline oneOf or anyOf, a page
 * the generator never writes: `[**NullableOneOfTitleEnumBlankEnumNullEnum**](oneOf<TitleEnum,BlankEnum,NullEnum>.md)`
 * is one of those models (or null, for its `Nullable`), `anyOf<>.md` names none.
 */
function composedLink(expr: TypeExpr & { kind: "name" }): string[] | undefined {
  const path = expr.link === undefined ? undefined : decodeLink(expr.link.split("#")[0]!);
  const members = path === undefined ? undefined : /^(?:oneOf|anyOf)<(.*)>\.md$/u.exec(path.slice(path.lastIndexOf("/") + 1))?.[1];
  return members === undefined ? undefined : topLevelParts(members).map(modelNameOfSchema);
}

/**
 * A member named by its schema's name where that name is dotted
 * (`microsoft.graph.deviceGeoLocation`): the model the generator makes of it,
 * `MicrosoftGraphDeviceGeoLocation`. A dotted name the dialect knows
 * (`time.Time`) is that type.
 */
function modelNameOfSchema(member: string): string {
  if (!/^[\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)+$/u.test(member) || namedType(member, "openapi-generator")) return member;
  return member.split(".").map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}

/** A list's parts, split at the commas outside brackets: `Foo<A,B>,[]string` is `Foo<A,B>` and `[]string`. */
function topLevelParts(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= list.length; i++) {
    const char = list[i];
    if (char === undefined || (char === "," && depth === 0)) {
      const part = list.slice(start, i).trim();
      if (part !== "") parts.push(part);
      start = i + 1;
    } else if ("<[({".includes(char)) depth++;
    else if (">])}".includes(char)) depth--;
  }
  return parts;
}

/**
 * An array of what `items` writes. Swagger Codegen writes `Array<null>`
 * where it lost the items' type (an allOf or a oneOf): no array holds
 * nothing but nulls, so those items may be anything.
 */
function arrayOf(items: TypeExpr, context: Context): TypeNode | undefined {
  const type = typeOf(items, context);
  if (type?.kind !== "null") return type && { kind: "array", items: type };
  return { kind: "array", items: untyped("an array of `null` says nothing of its items", items.at, context) };
}

/** What a type the docs leave out is: unknown, with a warning. */
function untyped(why: string, at: Span, context: Context): TypeNode {
  context.diagnostics.push(diagnostic(context.file, "untyped", `${why}; it is typed as unknown and takes any value`, at));
  return { kind: "unknown" };
}

/**
 * Members less those that repeat an earlier one's link. Python docs link a
 * union field to the union's own spec, its members' names in the link text
 * (`[Union[shared.A, shared.B]](cfg.md)`): each member then leads to that
 * one model, which is the field's type once.
 */
function onePerLink(members: TypeNode[]): TypeNode[] {
  const links = new Set<string>();
  return members.filter((member) => {
    // A reference that falls back on its name where the link leads nowhere may be another model than its neighbour.
    if (member.kind !== "ref" || member.link === undefined || member.otherwise !== undefined) return true;
    if (links.has(member.link)) return false;
    links.add(member.link);
    return true;
  });
}

function withSuggestion(message: string, word: string, known: readonly string[]): string {
  const meant = closest(word, known);
  return meant === undefined ? message : `${message}; did you mean "${meant}"?`;
}

function binaryNamesIn(namespace: string): string {
  return [...BINARY_NAMES].filter((known) => known.startsWith(`${namespace}.`)).join(", ");
}

/**
 * Go's `NullableX`, or undefined for another name: X or null, where X is the
 * model the name links (`[**NullableOuterEnum**](OuterEnum.md)`) or a Go
 * primitive (`NullableString`).
 */
function goNullable(expr: TypeExpr & { kind: "name" }, context: Context): TypeNode | undefined {
  const inner = /^Nullable(\p{Lu}[\p{L}\p{N}_]*)$/u.exec(expr.name)?.[1];
  if (inner === undefined) return undefined;
  if (expr.link !== undefined) {
    // Go links the model's page (`[**NullableX**](X.md)`); a link of the name as written is to a model of that name.
    if (linksToOwnSpec(expr)) return undefined;
    const ref = referenceOf({ ...expr, name: inner });
    if (!ref) return undefined;
    // Where the link leads elsewhere (SailPoint's page slugs, `(source-cluster)`), the name decides if no spec is there.
    return orNull(linksToOwnSpec({ ...expr, name: inner }) ? ref : { ...ref, otherwise: unlinked(ref) });
  }
  const primitive = Object.hasOwn(GO_NULLABLE_PRIMITIVES, inner) ? namedType(GO_NULLABLE_PRIMITIVES[inner]!, context.dialect) : undefined;
  return primitive && orNull(primitive);
}

/** A local link whose file is named like the name: `[**File**](File.md)`, `[components.Date](../../models/components/date.md)`. */
function linksToOwnSpec(expr: TypeExpr & { kind: "name" }): boolean {
  if (expr.link === undefined || isExternal(expr.link)) return false;
  const stem = linkStem(expr.link);
  const name = expr.name.slice(expr.name.lastIndexOf(".") + 1);
  return stem !== "" && stem.toLowerCase() === name.toLowerCase();
}

/** The name of the file a link leads to, without its folder, extension or anchor: `object` of `../object.md#x`. */
function linkStem(link: string): string {
  const path = link.split("#")[0]!;
  return specStem(path.slice(path.lastIndexOf("/") + 1));
}

/**
 * A name that is not a primitive names a model when it is linked, has a
 * namespace prefix (`models.X`), or is capitalised like a model name.
 */
function referenceOf(expr: TypeExpr & { kind: "name" }): RefType | undefined {
  const dot = expr.name.lastIndexOf(".");
  const name = expr.name.slice(dot + 1);
  const namespace = dot === -1 ? undefined : expr.name.slice(0, dot);
  const linked = expr.link !== undefined && !isExternal(expr.link);
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

/**
 * An enum from its Values section. Where the spec says an open enum's other
 * values are strings (`Unrecognized<string>`), so are the values it writes
 * bare (`941`); a code block's literals are as typed.
 */
function enumShape(section: ValuesSection): EnumShape {
  const { openKind } = section;
  const values = section.values.map(({ value, text }) => (openKind === "string" && typeof value === "number" && text !== undefined ? text : value));
  return { kind: "enum", values, open: section.open, ...(openKind !== undefined && { openKind }) };
}
