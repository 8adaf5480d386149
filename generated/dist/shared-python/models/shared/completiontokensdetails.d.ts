import * as v from "../../../runtime/validation.js";
export interface CompletionTokensDetails {
	accepted_prediction_tokens?: number;
	audio_tokens?: number;
	reasoning_tokens?: number;
	rejected_prediction_tokens?: number;
}
/** Whether `value` is a {@link CompletionTokensDetails}. */
export declare function isCompletionTokensDetails(value: unknown): value is CompletionTokensDetails;
/**
 * Every way `value` differs from a {@link CompletionTokensDetails}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateCompletionTokensDetails(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link CompletionTokensDetails}. */
export declare function assertCompletionTokensDetails(value: unknown): asserts value is CompletionTokensDetails;
/** {@link CompletionTokensDetails} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const completionTokensDetailsSchema: v.StandardSchemaV1<unknown, CompletionTokensDetails>;
