import * as v from "../../runtime/validation.js";
/** The Unix timestamp (in seconds) of when the chat completion was created. */
export type Created = string | number;
/** Whether `value` is a {@link Created}. */
export declare function isCreated(value: unknown): value is Created;
/**
 * Every way `value` differs from a {@link Created}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateCreated(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link Created}. */
export declare function assertCreated(value: unknown): asserts value is Created;
/** {@link Created} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const createdSchema: v.StandardSchemaV1<unknown, Created>;
