import * as v from "../../../runtime/validation.js";
/**
 * Breakdown of tokens used in the prompt.
 * @example ```ts
 * let value: PromptTokensDetails = {
 *   audioTokens: 0,
 *   cachedTokens: 0,
 * };
 * ```
 */
export interface PromptTokensDetails {
	/** Audio input tokens present in the prompt. */
	audioTokens?: number;
	/** Cached tokens present in the prompt. */
	cachedTokens?: number;
}
/** Whether `value` is a {@link PromptTokensDetails}. */
export declare function isPromptTokensDetails(value: unknown): value is PromptTokensDetails;
/**
 * Every way `value` differs from a {@link PromptTokensDetails}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validatePromptTokensDetails(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link PromptTokensDetails}. */
export declare function assertPromptTokensDetails(value: unknown): asserts value is PromptTokensDetails;
/** {@link PromptTokensDetails} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const promptTokensDetailsSchema: v.StandardSchemaV1<unknown, PromptTokensDetails>;
