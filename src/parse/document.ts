/**
 * What the parse stage makes of one spec file: the models it declares, each
 * with its description, examples and one section, every piece carrying its
 * source position. Syntax only: what a type name or a Required mark means is
 * the IR's business.
 */
import type { Span } from "../base/span.js";
import type { TypeExpr } from "./type-expression.js";

/**
 * The docs generator a file was written by, which says how its type names
 * read: Speakeasy's Python SDK docs (`*str*`, `Optional[...]`), its
 * TypeScript SDK docs (`*string*`, `X[]`), or OpenAPI Generator's model
 * docs (`## Properties`, `**str**`, `[optional]`), in whichever language.
 */
export type Dialect = "python" | "typescript" | "openapi-generator";

export interface SpecDocument {
  /** The spec file, relative to the specs root, with `/` separators. */
  file: string;
  dialect: Dialect;
  models: SpecModel[];
}

export interface SpecModel {
  name: string;
  /** Set for a model declared below the file's title: the slug links use to reach it. */
  anchor?: string;
  /** Other anchors that lead to it: the name an inline enum is written with (`#StatusEnum`), an HTML anchor above its heading. */
  aliases?: string[];
  description: string;
  /** Set where the docs deprecate the model: a struck-through title, or a notice opening its description (with its text). */
  deprecated?: { note?: string };
  /** Source of the code blocks under `## Example Usage`. */
  examples: string[];
  section: FieldsSection | ValuesSection | UnionSection;
  at: Span;
}

export interface FieldRow {
  name: string;
  type: TypeExpr;
  /** From the Required column (or the Notes column's `[optional]`); undefined when the table does not say. */
  required: boolean | undefined;
  description: string;
  examples: string[];
  /** The value the server uses when the field is left out, as written (`[default to 'v1']`). */
  default?: string;
  /** Set by the server, never by a client (`[readonly]`). */
  readonly?: boolean;
  /**
   * Kept for old clients, to be removed: Speakeasy strikes the name through (`~~\`org_id\`~~`), and opens the
   * description with a notice, its `note`.
   */
  deprecated?: { note?: string };
  /** The values the field may take, where the table lists them (`must be one of ["a", "b"]`). */
  oneOf?: Array<string | number>;
  /** Set where the page says the field may be null outside its type (Go's `SetXNil` method). */
  nullable?: true;
  at: Span;
}

export interface FieldsSection {
  kind: "fields";
  fields: FieldRow[];
  /** Set where the names are the JSON keys as written, never a language's escape of one (`_self` is `_self`). */
  keysAsWritten?: true;
  at: Span;
}

export interface ValuesSection {
  kind: "values";
  /** Each value, and where it is a number written bare, its text (`941`). */
  values: Array<{ value: string | number; at: Span; text?: string }>;
  open: boolean;
  /** What the values an open enum does not list are, where the spec names it: `Unrecognized<string>`, `UnrecognizedInt`. */
  openKind?: OpenKind;
  at: Span;
}

export type OpenKind = "string" | "number" | "integer";

export interface UnionSection {
  kind: "union";
  members: TypeExpr[];
  at: Span;
}
