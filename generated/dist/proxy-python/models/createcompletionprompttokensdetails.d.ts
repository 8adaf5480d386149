import * as v from "../../runtime/validation.js";
/** Breakdown of tokens used in the prompt. */
export interface CreateCompletionPromptTokensDetails {
	/** Cached tokens present in the prompt. */
	cached_tokens?: number | null;
	/** Audio input tokens present in the prompt. */
	audio_tokens?: number | null;
}
/** Whether `value` is a {@link CreateCompletionPromptTokensDetails}. */
export declare function isCreateCompletionPromptTokensDetails(value: unknown): value is CreateCompletionPromptTokensDetails;
/**
 * Every way `value` differs from a {@link CreateCompletionPromptTokensDetails}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateCreateCompletionPromptTokensDetails(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link CreateCompletionPromptTokensDetails}. */
export declare function assertCreateCompletionPromptTokensDetails(value: unknown): asserts value is CreateCompletionPromptTokensDetails;
/** {@link CreateCompletionPromptTokensDetails} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const createCompletionPromptTokensDetailsSchema: v.StandardSchemaV1<unknown, CreateCompletionPromptTokensDetails>;
