/**
 * The intermediate representation: what a set of specs means, independent of
 * markdown and of the code that is emitted from it. Every value here is plain
 * data (JSON-serialisable), so stages can run in workers and be cached.
 */

import type { Span } from "../base/span.js";
import type { OpenKind } from "../parse/document.js";

export type { OpenKind };

export type { Point, Span } from "../base/span.js";

/** A type as the generated code sees it. */
export type TypeNode =
  | PrimitiveType
  | LiteralType
  | ArrayType
  | MapType
  | UnionType
  | RefType
  | DateType
  | BinaryType
  | StreamType;

export interface PrimitiveType {
  kind: "string" | "number" | "integer" | "boolean" | "null" | "unknown";
}

export interface LiteralType {
  kind: "literal";
  value: string | number | boolean;
}

export interface ArrayType {
  kind: "array";
  items: TypeNode;
}

/** An object with string keys and values of one type (`Dict[str, X]`, `Record<string, X>`). */
export interface MapType {
  kind: "map";
  values: TypeNode;
}

export interface UnionType {
  kind: "union";
  members: TypeNode[];
}

/**
 * A reference to another model. `target` is the referenced model's id; it is
 * set by the resolve stage, which also guarantees that every reference it
 * returns has one.
 */
export interface RefType {
  kind: "ref";
  /** The name as written, without its namespace prefix (`CompletionUsage`). */
  name: string;
  /** The namespace prefix as written (`models`, `components`, `shared`), if any. */
  namespace?: string;
  /** The link target as written in the spec, relative to the spec file, if any. */
  link?: string;
  /**
   * What the reference means where its link leads to no spec: the
   * dialect's type of that name (older Java clients link their date type,
   * `[**DateTime**](DateTime.md)`, as if it were a model), or the model of
   * that name (OpenAPI Generator's Go docs link `[**[]Tag**](array.md)`).
   */
  otherwise?: TypeNode;
  at: Span;
  target?: string;
}

/**
 * A calendar date or a timestamp. TypeScript SDKs hand these out as `Date`
 * objects; Python SDKs' JSON carries ISO 8601 strings. Python docs link date
 * and timestamp fields alike to Python's date docs (`[date](…)`), so there
 * `date` means either; only `datetime` says "a timestamp".
 */
export interface DateType {
  kind: "date";
  /** For strings: a timestamp, or a calendar date or a timestamp. (`Date` objects are both.) */
  format: "date-or-date-time" | "date-time";
  representation: "Date" | "string";
}

/** File contents: bytes, a Blob/File, or a stream of bytes. */
export interface BinaryType {
  kind: "binary";
}

/** A server-sent event stream whose events have the given type. */
export interface StreamType {
  kind: "stream";
  events: TypeNode;
}

export interface Field {
  /** The property name, exactly as the wire carries it. */
  name: string;
  type: TypeNode;
  /** The key may be absent. (Whether it may be null is part of `type`.) */
  optional: boolean;
  description: string;
  examples: string[];
  /** The value the server uses when the key is left out, as the spec writes it. */
  default?: string;
  /** Set by the server, never by a client. */
  readonly?: boolean;
  /** Kept for old clients, to be removed; `note` says what the docs say of it. */
  deprecated?: { note?: string };
  at: Span;
}

export interface ObjectShape {
  kind: "object";
  fields: Field[];
  /**
   * The type of the values of keys the fields do not list, where the spec
   * gives one (TypeScript docs write a row `additionalProperties |
   * Record<string, X>`). Without it, other keys are allowed and unchecked.
   */
  additionalProperties?: TypeNode;
}

export interface EnumShape {
  kind: "enum";
  values: Array<string | number>;
  /** Open enums also accept values they do not list, of the same primitive kind. */
  open: boolean;
  /** What the values an open enum does not list are, where the spec says: `Unrecognized<string>`, `UnrecognizedInt`. */
  openKind?: OpenKind;
}

/** A model that is one of several types (`## Supported Types`). */
export interface UnionShape {
  kind: "union";
  members: TypeNode[];
}

export type Shape = ObjectShape | EnumShape | UnionShape;

/** A place in an example value: object keys, and `0` for any element of an array. */
export type ExamplePath = Array<string | 0>;

export interface Model {
  /** Unique within a run: the spec path relative to the specs root, without `.md`, plus `#anchor` for a model that is a section of another model's file. */
  id: string;
  /** The model name from its heading, as written. */
  name: string;
  /** The spec file, relative to the specs root, with `/` separators. */
  file: string;
  /** The folder of the spec file, relative to the specs root (`""` at the root). */
  folder: string;
  /** The heading's anchor, for a model that is a section of a file (`#backoffstrategy`). */
  anchor?: string;
  /** Other anchors that lead to it (`#StatusEnum`, for the inline enum `PetStatusEnum`). */
  aliases?: string[];
  description: string;
  /** Set where the docs deprecate the model, with what they say of it. */
  deprecated?: { note?: string };
  examples: string[];
  shape: Shape;
  at: Span;
  /**
   * TypeScript docs: where the model's example shows null below its own
   * fields (`metadata.pageNumber`), which is evidence about the models those
   * fields hold. The resolve stage follows each path to the field it names.
   */
  exampleNulls?: ExamplePath[];
  /**
   * Fields that examples of other models show as null (`pageNumber`, from a
   * parent's example): set by the resolve stage, which makes them nullable.
   */
  shownNull?: string[];
}
