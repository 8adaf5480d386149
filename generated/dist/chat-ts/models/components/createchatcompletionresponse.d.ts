import * as v from "../../../runtime/validation.js";
import { type Choices } from "./choices.js";
import { type CompletionUsage } from "./completionusage.js";
import { type ObjectT } from "./objectt.js";
/** Represents a chat completion response returned by model, based on the provided input. */
export interface CreateChatCompletionResponse {
	/** A unique identifier for the chat completion. */
	id: string;
	/** A list of chat completion choices. Can be more than one if `n` is greater than 1. */
	choices: Choices[];
	/** The Unix timestamp (in seconds) of when the chat completion was created. */
	created: number;
	/** The model used for the chat completion. */
	model: string;
	/**
	 * This fingerprint represents the backend configuration that the model runs with.
	 * Can be used in conjunction with the `seed` request parameter to understand when backend changes have been made that might impact determinism.
	 */
	systemFingerprint?: string;
	/** The object type, which is always `chat.completion`. */
	object: ObjectT;
	/** Usage statistics for the completion request. */
	usage?: CompletionUsage;
}
/** Whether `value` is a {@link CreateChatCompletionResponse}. */
export declare function isCreateChatCompletionResponse(value: unknown): value is CreateChatCompletionResponse;
/**
 * Every way `value` differs from a {@link CreateChatCompletionResponse}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateCreateChatCompletionResponse(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link CreateChatCompletionResponse}. */
export declare function assertCreateChatCompletionResponse(value: unknown): asserts value is CreateChatCompletionResponse;
/** {@link CreateChatCompletionResponse} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const createChatCompletionResponseSchema: v.StandardSchemaV1<unknown, CreateChatCompletionResponse>;
