import * as v from "../../../runtime/validation.js";
export interface CreateCompletionResponseLogprobs {
	text_offset?: number[];
	token_logprobs?: number[];
	tokens?: string[];
	top_logprobs?: {
		[key: string]: number;
	}[];
}
/** Whether `value` is a {@link CreateCompletionResponseLogprobs}. */
export declare function isCreateCompletionResponseLogprobs(value: unknown): value is CreateCompletionResponseLogprobs;
/**
 * Every way `value` differs from a {@link CreateCompletionResponseLogprobs}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateCreateCompletionResponseLogprobs(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link CreateCompletionResponseLogprobs}. */
export declare function assertCreateCompletionResponseLogprobs(value: unknown): asserts value is CreateCompletionResponseLogprobs;
/** {@link CreateCompletionResponseLogprobs} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const createCompletionResponseLogprobsSchema: v.StandardSchemaV1<unknown, CreateCompletionResponseLogprobs>;
