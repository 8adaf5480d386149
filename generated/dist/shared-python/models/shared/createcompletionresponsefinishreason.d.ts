import * as v from "../../../runtime/validation.js";
/** The values of {@link CreateCompletionResponseFinishReason}. */
export declare const createCompletionResponseFinishReasonValues: readonly ["stop", "length", "content_filter"];
export type CreateCompletionResponseFinishReason = "stop" | "length" | "content_filter";
/** Whether `value` is a {@link CreateCompletionResponseFinishReason}. */
export declare function isCreateCompletionResponseFinishReason(value: unknown): value is CreateCompletionResponseFinishReason;
/**
 * Every way `value` differs from a {@link CreateCompletionResponseFinishReason}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateCreateCompletionResponseFinishReason(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link CreateCompletionResponseFinishReason}. */
export declare function assertCreateCompletionResponseFinishReason(value: unknown): asserts value is CreateCompletionResponseFinishReason;
/** {@link CreateCompletionResponseFinishReason} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const createCompletionResponseFinishReasonSchema: v.StandardSchemaV1<unknown, CreateCompletionResponseFinishReason>;
