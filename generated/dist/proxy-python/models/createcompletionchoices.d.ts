import * as v from "../../runtime/validation.js";
import { type CreateCompletionFinishReason } from "./createcompletionfinishreason.js";
export interface CreateCompletionChoices {
	/** The reason the model stopped generating tokens. This will be `stop` if the model hit a natural stop point or a provided stop sequence, `length` if the maximum number of tokens specified in the request was reached, or `content_filter` if content was omitted due to a flag from our content filters. */
	finish_reason: CreateCompletionFinishReason;
	/** The index of the choice in the list of choices. */
	index: number;
	/** The generated completion text. */
	text: string;
	/** The mean log probability of the generated tokens, when log probabilities were requested. */
	logprobs?: number | null;
}
/** Whether `value` is a {@link CreateCompletionChoices}. */
export declare function isCreateCompletionChoices(value: unknown): value is CreateCompletionChoices;
/**
 * Every way `value` differs from a {@link CreateCompletionChoices}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateCreateCompletionChoices(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link CreateCompletionChoices}. */
export declare function assertCreateCompletionChoices(value: unknown): asserts value is CreateCompletionChoices;
/** {@link CreateCompletionChoices} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const createCompletionChoicesSchema: v.StandardSchemaV1<unknown, CreateCompletionChoices>;
