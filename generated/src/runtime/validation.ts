/**
 * Helpers behind the generated validators (`validateX`, `assertX`). A
 * validator reports a problem exactly where the model's guard would return
 * false: each helper here walks a value the way the guard helper of the same
 * shape in ../runtime.ts does, in the same order, and stops where it stops.
 * Like the guards, nothing here reads inherited properties, and describing a
 * value never throws.
 */
import * as rt from "../runtime.js";

/** One way a value differs from its type. */
export interface Issue {
  /** Where, as a JSON pointer (RFC 6901) into the validated value: `/choices/0/index`; `""` is the value itself. */
  path: string;
  /** What the type allows there. */
  expected: string;
  /** What the value holds there. */
  received: string;
}

/** Checks `value`, which sits at `path`, and returns every issue found; none when the value has the type. */
export type Validator = (value: unknown, path: string) => Issue[];

/** What `received` says of a required key that is not there. */
export const MISSING = "nothing (the key is missing)";

/** The error the generated `assertX` functions throw: a TypeError that lists every issue. */
export class ValidationError extends TypeError {
  readonly issues: readonly Issue[];

  constructor(typeName: string, issues: readonly Issue[]) {
    super(message(typeName, issues));
    this.name = "ValidationError";
    this.issues = issues;
  }
}

/** Messages list this many issues; the error's `issues` has them all. */
const LISTED = 20;

function message(typeName: string, issues: readonly Issue[]): string {
  const lines = issues
    .slice(0, LISTED)
    .map(
      (i) =>
        `  ${i.path === "" ? "(root)" : i.path}: expected ${i.expected}, received ${i.received}`,
    );
  if (issues.length > LISTED) lines.push(`  … and ${issues.length - LISTED} more`);
  const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  return `value is not of type ${typeName} (${count}):\n${lines.join("\n")}`;
}

export function issue(path: string, expected: string, value: unknown): Issue {
  return { path, expected, received: describe(value) };
}

export function missing(path: string, expected: string): Issue {
  return { path, expected, received: MISSING };
}

/** A value whose reading threw: a getter or proxy trap. The guard rejects it too. */
export function unreadable(path: string, expected: string): Issue {
  return { path, expected, received: "a value that throws when read" };
}

/** `path` extended by one key or index, escaped as RFC 6901 asks (`~` → `~0`, `/` → `~1`). */
export function pointer(path: string, key: string | number): string {
  return `${path}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

/** Appends `more` to `issues` one by one: spreading a long list into push() can overflow the stack. */
export function add(issues: Issue[], more: readonly Issue[]): void {
  for (let i = 0; i < more.length; i++) issues.push(more[i]!);
}

/** An array whose every element passes `item`; walks it as rt.isArrayOf does. */
export function arrayOf(value: unknown, path: string, expected: string, item: Validator): Issue[] {
  if (!Array.isArray(value)) return [issue(path, expected, value)];
  const issues: Issue[] = [];
  const length = value.length;
  for (let i = 0; i < length; i++) add(issues, item(value[i], pointer(path, i)));
  return issues;
}

/** An object whose every own enumerable value passes `item`; walks it as rt.isMapOf does. */
export function mapOf(value: unknown, path: string, expected: string, item: Validator): Issue[] {
  if (!rt.isRecord(value)) return [issue(path, expected, value)];
  const issues: Issue[] = [];
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) add(issues, item(value[keys[i]!], pointer(path, keys[i]!)));
  return issues;
}

/** The keys of `record` that `known` does not list, each of whose values must pass `item`; walks it as rt.othersAre does. */
export function others(
  record: rt.Fields,
  path: string,
  known: readonly string[],
  item: Validator,
): Issue[] {
  const issues: Issue[] = [];
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (!known.includes(key))
      add(issues, item((record as Record<string, unknown>)[key], pointer(path, key)));
  }
  return issues;
}

/**
 * A value that passes one of `members`, tried in order as the guard's `||`
 * does. When none does, the issues say what the value lacks, not only where:
 *
 * - a member whose string literal field the value has with another value
 *   (`role: "user"` against `role: "system"`) is not the one it means;
 * - of the others that got past the value's outer shape (all their issues
 *   lie deeper), the one with fewest issues reports them, if it alone has
 *   that few: a `Usage | null` that is an object with a bad field reports
 *   that field, and a user message with bad content reports the content;
 * - when every member rules itself out by the same literal field, that
 *   field is the issue, with every literal the members allow;
 * - otherwise the union reports the value as a whole.
 */
export function anyOf(
  value: unknown,
  path: string,
  expected: string,
  members: readonly Validator[],
): Issue[] {
  let best: Issue[] | undefined;
  let tied = false;
  const literalKeys: Issue[] = [];
  for (const member of members) {
    const found = member(value, path);
    if (found.length === 0) return [];
    if (found.some((i) => i.path === path)) continue;
    const literal = found.find((i) => isLiteralMismatch(i, path));
    if (literal !== undefined) {
      literalKeys.push(literal);
      continue;
    }
    if (best === undefined || found.length < best.length) [best, tied] = [found, false];
    else if (found.length === best.length) tied = true;
  }
  if (best !== undefined) return tied ? [issue(path, expected, value)] : best;
  const [first] = literalKeys;
  if (
    first !== undefined &&
    literalKeys.length === members.length &&
    literalKeys.every((i) => i.path === first.path)
  ) {
    return [{ ...first, expected: [...new Set(literalKeys.map((i) => i.expected))].join(" | ") }];
  }
  return [issue(path, expected, value)];
}

/** A key of the value at `path` that is there, but not the string literal a member requires. */
function isLiteralMismatch(found: Issue, path: string): boolean {
  return (
    found.received !== MISSING &&
    found.path.startsWith(`${path}/`) &&
    !found.path.slice(path.length + 1).includes("/") &&
    /^"(?:[^"\\]|\\.)*"$/.test(found.expected)
  );
}

/** What a value is, for `received`: its kind, and for primitives the value itself (strings shortened). */
export function describe(value: unknown): string {
  try {
    if (value === null) return "null";
    switch (typeof value) {
      case "undefined":
        return "undefined";
      case "string":
        return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
      case "number":
        return `number ${String(value)}`;
      case "bigint":
        return `bigint ${String(value)}n`;
      case "boolean":
        return `boolean ${String(value)}`;
      case "symbol":
        return "symbol";
      case "function":
        return "function";
      default:
        if (Array.isArray(value))
          return `array (${value.length === 1 ? "1 item" : `${value.length} items`})`;
        if (value instanceof Date) return rt.isDate(value) ? "Date" : "invalid Date";
        if (value instanceof Uint8Array) return "Uint8Array";
        return "object";
    }
  } catch {
    return "a value that throws when read";
  }
}

/**
 * The Standard Schema interface (https://standardschema.dev), version 1, as
 * its authors ask libraries to carry it: the generated package depends on
 * nothing. Any library that takes a Standard Schema (tRPC, Hono, TanStack
 * Form, react-hook-form's resolvers…) takes a model's `xSchema`.
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}

export declare namespace StandardSchemaV1 {
  interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  type Result<Output> = SuccessResult<Output> | FailureResult;
  interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }
  interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  interface PathSegment {
    readonly key: PropertyKey;
  }
  interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
  type InferInput<Schema extends StandardSchemaV1> = NonNullable<
    Schema["~standard"]["types"]
  >["input"];
  type InferOutput<Schema extends StandardSchemaV1> = NonNullable<
    Schema["~standard"]["types"]
  >["output"];
}

/**
 * A model's validator as a Standard Schema: synchronous, the value handed
 * back as it came when valid, else each issue with a message and its path
 * as keys and array indices.
 */
export function standardSchema<T>(
  validate: (value: unknown) => Issue[],
): StandardSchemaV1<unknown, T> {
  return {
    "~standard": {
      version: 1,
      vendor: "mdspec",
      validate(value) {
        const issues = validate(value);
        if (issues.length === 0) return { value: value as T };
        return {
          issues: issues.map((found) => ({
            message: `expected ${found.expected}, received ${found.received}`,
            path: pathOf(found.path),
          })),
        };
      },
    },
  };
}

/** A JSON pointer as path segments: `/choices/0/index` → `["choices", 0, "index"]`. */
export function pathOf(pointer: string): Array<string | number> {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((key) => (/^(?:0|[1-9]\d*)$/.test(key) ? Number(key) : key));
}
