import * as v from "../../../runtime/validation.js";
import { type CompletionTokensDetails } from "./completiontokensdetails.js";
import { type PromptTokensDetails } from "./prompttokensdetails.js";
/**
 * Usage statistics for the completion request.
 * @example ```ts
 * let value: CompletionUsage = {
 *   completionTokens: 12,
 *   promptTokens: 9,
 *   totalTokens: 21,
 *   completionTokensDetails: {
 *     reasoningTokens: 0,
 *   },
 *   promptTokensDetails: {
 *     cachedTokens: 0,
 *   },
 * };
 * ```
 */
export interface CompletionUsage {
	/**
	 * Number of tokens in the generated completion.
	 * @example 12
	 */
	completionTokens: number;
	/**
	 * Number of tokens in the prompt.
	 * @example 9
	 */
	promptTokens: number;
	/**
	 * Total number of tokens used in the request (prompt + completion).
	 * @example 21
	 */
	totalTokens: number;
	/** Breakdown of tokens used in a completion. */
	completionTokensDetails?: CompletionTokensDetails;
	/** Breakdown of tokens used in the prompt. */
	promptTokensDetails?: PromptTokensDetails;
}
/** Whether `value` is a {@link CompletionUsage}. */
export declare function isCompletionUsage(value: unknown): value is CompletionUsage;
/**
 * Every way `value` differs from a {@link CompletionUsage}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateCompletionUsage(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link CompletionUsage}. */
export declare function assertCompletionUsage(value: unknown): asserts value is CompletionUsage;
/** {@link CompletionUsage} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const completionUsageSchema: v.StandardSchemaV1<unknown, CompletionUsage>;
