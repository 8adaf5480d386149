/**
 * Defaults as OpenAPI Generator's Notes write them (`[default to …]`), in
 * the client's language and not always of the field's type: rust-server's
 * `[default to None]` on every field, the plain TypeScript client's
 * `[default to "-1"]` on a number, PHP's `[default to ""]` on a float. A
 * default the field cannot hold would give a JSON Schema that its own
 * default fails (which breaks validators that fill defaults in) and a
 * `@default` that misleads, so it is no default.
 */
import type { TypeNode } from "./types.js";

/** A default as the Notes write it (`false`, `10`, `"v1"`, `'v1'`) as a JSON value; undefined for one that is not (`const []`). */
export function defaultValueOf(written: string): unknown {
  if (/^'[^']*'$/u.test(written)) return written.slice(1, -1);
  try {
    return JSON.parse(written) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Whether a default may be one of the field's values. A default that is not
 * JSON (an enum constant's name, `ModeEnum_Completion`) cannot be checked and
 * is kept for the docs (the JSON Schema leaves it out); so is one of a model
 * the field refers to, whose values are known only once references resolve,
 * but for `null`, which a field that may be null says it may be.
 */
export function defaultFits(written: string, type: TypeNode): boolean {
  const value = defaultValueOf(written);
  return value === undefined || admits(type, value);
}

/** Whether `value` may be of `type`: false only where it surely cannot. */
function admits(type: TypeNode, value: unknown): boolean {
  switch (type.kind) {
    case "string":
    case "date":
      return typeof value === "string";
    case "number":
      return typeof value === "number";
    case "integer":
      return Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    case "literal":
      return value === type.value;
    case "array":
      return Array.isArray(value) && value.every((item) => admits(type.items, item));
    case "map":
      return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((item) => admits(type.values, item));
    case "union":
      return type.members.some((member) => admits(member, value));
    // A model's values are known once references resolve; but `null` is none of a model's, unless its field says
    // so (the Perl client's `[default to null]` on every field is no default).
    case "ref":
    case "binary":
    case "stream":
      return value !== null;
    case "unknown":
      return true;
  }
}
