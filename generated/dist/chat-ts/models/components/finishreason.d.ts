import * as v from "../../../runtime/validation.js";
/** The values of {@link FinishReason} known when this package was generated. */
export declare const finishReasonValues: readonly ["stop", "length", "tool_calls", "content_filter", "function_call"];
/**
 * The reason the model stopped generating tokens.
 * @example ```ts
 * let value: FinishReason = "stop";
 *
 * // Open enum: unrecognized values are captured as Unrecognized<string>
 * ```
 */
export type FinishReason = "stop" | "length" | "tool_calls" | "content_filter" | "function_call" | (string & {});
/** Whether `value` is a {@link FinishReason}. */
export declare function isFinishReason(value: unknown): value is FinishReason;
/**
 * Every way `value` differs from a {@link FinishReason}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateFinishReason(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link FinishReason}. */
export declare function assertFinishReason(value: unknown): asserts value is FinishReason;
/** {@link FinishReason} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const finishReasonSchema: v.StandardSchemaV1<unknown, FinishReason>;
