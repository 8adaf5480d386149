import * as v from "../../../runtime/validation.js";
import { type CompletionTokensDetails } from "./completiontokensdetails.js";
import { type PromptTokensDetails } from "./prompttokensdetails.js";
export interface CreateCompletionResponseUsage {
	completion_tokens: number;
	prompt_tokens: number;
	total_tokens: number;
	completion_tokens_details?: CompletionTokensDetails;
	prompt_tokens_details?: PromptTokensDetails;
}
/** Whether `value` is a {@link CreateCompletionResponseUsage}. */
export declare function isCreateCompletionResponseUsage(value: unknown): value is CreateCompletionResponseUsage;
/**
 * Every way `value` differs from a {@link CreateCompletionResponseUsage}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateCreateCompletionResponseUsage(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link CreateCompletionResponseUsage}. */
export declare function assertCreateCompletionResponseUsage(value: unknown): asserts value is CreateCompletionResponseUsage;
/** {@link CreateCompletionResponseUsage} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const createCompletionResponseUsageSchema: v.StandardSchemaV1<unknown, CreateCompletionResponseUsage>;
