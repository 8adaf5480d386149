import * as v from "../../runtime/validation.js";
/** The values of {@link Role}. */
export declare const roleValues: readonly ["system", "user", "assistant", "tool"];
/** The role of the author of this message. */
export type Role = "system" | "user" | "assistant" | "tool";
/** Whether `value` is a {@link Role}. */
export declare function isRole(value: unknown): value is Role;
/**
 * Every way `value` differs from a {@link Role}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateRole(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link Role}. */
export declare function assertRole(value: unknown): asserts value is Role;
/** {@link Role} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const roleSchema: v.StandardSchemaV1<unknown, Role>;
