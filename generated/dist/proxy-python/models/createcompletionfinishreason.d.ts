import * as v from "../../runtime/validation.js";
/** The values of {@link CreateCompletionFinishReason}. */
export declare const createCompletionFinishReasonValues: readonly ["stop", "length", "content_filter"];
/** The reason the model stopped generating tokens. This will be `stop` if the model hit a natural stop point or a provided stop sequence, `length` if the maximum number of tokens specified in the request was reached, or `content_filter` if content was omitted due to a flag from our content filters. */
export type CreateCompletionFinishReason = "stop" | "length" | "content_filter";
/** Whether `value` is a {@link CreateCompletionFinishReason}. */
export declare function isCreateCompletionFinishReason(value: unknown): value is CreateCompletionFinishReason;
/**
 * Every way `value` differs from a {@link CreateCompletionFinishReason}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateCreateCompletionFinishReason(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link CreateCompletionFinishReason}. */
export declare function assertCreateCompletionFinishReason(value: unknown): asserts value is CreateCompletionFinishReason;
/** {@link CreateCompletionFinishReason} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const createCompletionFinishReasonSchema: v.StandardSchemaV1<unknown, CreateCompletionFinishReason>;
