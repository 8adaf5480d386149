import * as v from "../../runtime/validation.js";
import { type CreateCompletionChoices } from "./createcompletionchoices.js";
import { type CreateCompletionUsage } from "./createcompletionusage.js";
import { type Created } from "./created.js";
/** Represents a completion response from the API. */
export interface CreateCompletionResponseBody {
	/** A unique identifier for the completion. */
	id: string;
	/** The list of completion choices the model generated for the input prompt. */
	choices: CreateCompletionChoices[];
	/** The Unix timestamp (in seconds) of when the chat completion was created. */
	created?: Created;
	/** The model used for the chat completion. */
	model: string;
	/** This fingerprint represents the backend configuration that the model runs with. */
	system_fingerprint?: string;
	/** The object type */
	object: string;
	/** Usage statistics for the completion request. */
	usage?: CreateCompletionUsage;
}
/** Whether `value` is a {@link CreateCompletionResponseBody}. */
export declare function isCreateCompletionResponseBody(value: unknown): value is CreateCompletionResponseBody;
/**
 * Every way `value` differs from a {@link CreateCompletionResponseBody}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateCreateCompletionResponseBody(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link CreateCompletionResponseBody}. */
export declare function assertCreateCompletionResponseBody(value: unknown): asserts value is CreateCompletionResponseBody;
/** {@link CreateCompletionResponseBody} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const createCompletionResponseBodySchema: v.StandardSchemaV1<unknown, CreateCompletionResponseBody>;
