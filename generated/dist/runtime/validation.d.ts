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
export declare const MISSING = "nothing (the key is missing)";
/** The error the generated `assertX` functions throw: a TypeError that lists every issue. */
export declare class ValidationError extends TypeError {
	readonly issues: readonly Issue[];
	constructor(typeName: string, issues: readonly Issue[]);
}
export declare function issue(path: string, expected: string, value: unknown): Issue;
export declare function missing(path: string, expected: string): Issue;
/** A value whose reading threw: a getter or proxy trap. The guard rejects it too. */
export declare function unreadable(path: string, expected: string): Issue;
/** `path` extended by one key or index, escaped as RFC 6901 asks (`~` → `~0`, `/` → `~1`). */
export declare function pointer(path: string, key: string | number): string;
/** Appends `more` to `issues` one by one: spreading a long list into push() can overflow the stack. */
export declare function add(issues: Issue[], more: readonly Issue[]): void;
/** An array whose every element passes `item`; walks it as rt.isArrayOf does. */
export declare function arrayOf(value: unknown, path: string, expected: string, item: Validator): Issue[];
/** An object whose every own enumerable value passes `item`; walks it as rt.isMapOf does. */
export declare function mapOf(value: unknown, path: string, expected: string, item: Validator): Issue[];
/** The keys of `record` that `known` does not list, each of whose values must pass `item`; walks it as rt.othersAre does. */
export declare function others(record: rt.Fields, path: string, known: readonly string[], item: Validator): Issue[];
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
export declare function anyOf(value: unknown, path: string, expected: string, members: readonly Validator[]): Issue[];
/** What a value is, for `received`: its kind, and for primitives the value itself (strings shortened). */
export declare function describe(value: unknown): string;
/**
 * The Standard Schema interface (https://standardschema.dev), version 1, as
 * its authors ask libraries to carry it: the generated package depends on
 * nothing. Any library that takes a Standard Schema (tRPC, Hono, TanStack
 * Form, react-hook-form's resolvers…) takes a model's `xSchema`.
 */
export interface StandardSchemaV1<
	Input = unknown,
	Output = Input
> {
	readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}
export declare namespace StandardSchemaV1 {
	interface Props<
		Input = unknown,
		Output = Input
	> {
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
	interface Types<
		Input = unknown,
		Output = Input
	> {
		readonly input: Input;
		readonly output: Output;
	}
	type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["input"];
	type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["output"];
}
/**
 * A model's validator as a Standard Schema: synchronous, the value handed
 * back as it came when valid, else each issue with a message and its path
 * as keys and array indices.
 */
export declare function standardSchema<T>(validate: (value: unknown) => Issue[]): StandardSchemaV1<unknown, T>;
/** A JSON pointer as path segments: `/choices/0/index` → `["choices", 0, "index"]`. */
export declare function pathOf(pointer: string): Array<string | number>;
