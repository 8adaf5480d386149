import * as v from "../../runtime/validation.js";
/** The values of {@link PostV2ProxyCompletionsFinishReason} known when this package was generated. */
export declare const postV2ProxyCompletionsFinishReasonValues: readonly ["stop", "length", "content_filter", "tool_calls", "function_call"];
/** The reason the model stopped generating tokens. */
export type PostV2ProxyCompletionsFinishReason = "stop" | "length" | "content_filter" | "tool_calls" | "function_call" | (string & {});
/** Whether `value` is a {@link PostV2ProxyCompletionsFinishReason}. */
export declare function isPostV2ProxyCompletionsFinishReason(value: unknown): value is PostV2ProxyCompletionsFinishReason;
/**
 * Every way `value` differs from a {@link PostV2ProxyCompletionsFinishReason}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validatePostV2ProxyCompletionsFinishReason(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link PostV2ProxyCompletionsFinishReason}. */
export declare function assertPostV2ProxyCompletionsFinishReason(value: unknown): asserts value is PostV2ProxyCompletionsFinishReason;
/** {@link PostV2ProxyCompletionsFinishReason} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const postV2ProxyCompletionsFinishReasonSchema: v.StandardSchemaV1<unknown, PostV2ProxyCompletionsFinishReason>;
