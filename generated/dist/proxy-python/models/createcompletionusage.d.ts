import * as v from "../../runtime/validation.js";
import { type CreateCompletionCompletionTokensDetails } from "./createcompletioncompletiontokensdetails.js";
import { type CreateCompletionPromptTokensDetails } from "./createcompletionprompttokensdetails.js";
/** Usage statistics for the completion request. */
export interface CreateCompletionUsage {
	/** Number of tokens in the generated completion. */
	completion_tokens?: number;
	/** Number of tokens in the prompt. */
	prompt_tokens?: number;
	/** Total number of tokens used in the request (prompt + completion). */
	total_tokens?: number;
	/** Breakdown of tokens used in the prompt. */
	prompt_tokens_details?: CreateCompletionPromptTokensDetails | null;
	/** Breakdown of tokens used in a completion. */
	completion_tokens_details?: CreateCompletionCompletionTokensDetails | null;
}
/** Whether `value` is a {@link CreateCompletionUsage}. */
export declare function isCreateCompletionUsage(value: unknown): value is CreateCompletionUsage;
/**
 * Every way `value` differs from a {@link CreateCompletionUsage}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateCreateCompletionUsage(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link CreateCompletionUsage}. */
export declare function assertCreateCompletionUsage(value: unknown): asserts value is CreateCompletionUsage;
/** {@link CreateCompletionUsage} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const createCompletionUsageSchema: v.StandardSchemaV1<unknown, CreateCompletionUsage>;
