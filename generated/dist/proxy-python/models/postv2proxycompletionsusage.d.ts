import * as v from "../../runtime/validation.js";
/** Usage statistics for the completion request. */
export interface PostV2ProxyCompletionsUsage {
	/** Number of tokens in the generated completion. */
	completion_tokens?: number;
	/** Number of tokens in the prompt. */
	prompt_tokens?: number;
	/** Total number of tokens used in the request (prompt + completion). */
	total_tokens?: number;
}
/** Whether `value` is a {@link PostV2ProxyCompletionsUsage}. */
export declare function isPostV2ProxyCompletionsUsage(value: unknown): value is PostV2ProxyCompletionsUsage;
/**
 * Every way `value` differs from a {@link PostV2ProxyCompletionsUsage}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validatePostV2ProxyCompletionsUsage(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link PostV2ProxyCompletionsUsage}. */
export declare function assertPostV2ProxyCompletionsUsage(value: unknown): asserts value is PostV2ProxyCompletionsUsage;
/** {@link PostV2ProxyCompletionsUsage} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const postV2ProxyCompletionsUsageSchema: v.StandardSchemaV1<unknown, PostV2ProxyCompletionsUsage>;
