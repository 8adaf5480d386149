import * as v from "../../../runtime/validation.js";
import { type CreateCompletionResponseFinishReason } from "./createcompletionresponsefinishreason.js";
import { type CreateCompletionResponseLogprobs } from "./createcompletionresponselogprobs.js";
export interface CreateCompletionResponseChoices {
	finish_reason: CreateCompletionResponseFinishReason;
	index: number;
	logprobs?: CreateCompletionResponseLogprobs;
	text: string;
}
/** Whether `value` is a {@link CreateCompletionResponseChoices}. */
export declare function isCreateCompletionResponseChoices(value: unknown): value is CreateCompletionResponseChoices;
/**
 * Every way `value` differs from a {@link CreateCompletionResponseChoices}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateCreateCompletionResponseChoices(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link CreateCompletionResponseChoices}. */
export declare function assertCreateCompletionResponseChoices(value: unknown): asserts value is CreateCompletionResponseChoices;
/** {@link CreateCompletionResponseChoices} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const createCompletionResponseChoicesSchema: v.StandardSchemaV1<unknown, CreateCompletionResponseChoices>;
