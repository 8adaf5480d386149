import * as v from "../../../runtime/validation.js";
import { type CreateCompletionResponseChoices } from "./createcompletionresponsechoices.js";
import { type CreateCompletionResponseUsage } from "./createcompletionresponseusage.js";
/** OK */
export interface CreateCompletionResponse {
	choices: CreateCompletionResponseChoices[];
	created: number;
	id: string;
	model: string;
	object: string;
	usage?: CreateCompletionResponseUsage;
}
/** Whether `value` is a {@link CreateCompletionResponse}. */
export declare function isCreateCompletionResponse(value: unknown): value is CreateCompletionResponse;
/**
 * Every way `value` differs from a {@link CreateCompletionResponse}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateCreateCompletionResponse(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link CreateCompletionResponse}. */
export declare function assertCreateCompletionResponse(value: unknown): asserts value is CreateCompletionResponse;
/** {@link CreateCompletionResponse} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const createCompletionResponseSchema: v.StandardSchemaV1<unknown, CreateCompletionResponse>;
