import * as v from "../../../runtime/validation.js";
/** The values of {@link ObjectT}. */
export declare const objectTValues: readonly ["chat.completion"];
/**
 * The object type, which is always `chat.completion`.
 * @example ```ts
 * let value: ObjectT = "chat.completion";
 * ```
 */
export type ObjectT = "chat.completion";
/** Whether `value` is an {@link ObjectT}. */
export declare function isObjectT(value: unknown): value is ObjectT;
/**
 * Every way `value` differs from an {@link ObjectT}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateObjectT(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from an {@link ObjectT}. */
export declare function assertObjectT(value: unknown): asserts value is ObjectT;
/** {@link ObjectT} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const objectTSchema: v.StandardSchemaV1<unknown, ObjectT>;
