import * as v from "../../runtime/validation.js";
import { type ChatCompletionChoice } from "./chatcompletionchoice.js";
import { type CompletionUsage } from "./completionusage.js";
export interface ChatCompletionResponse {
	/** A list of chat completion choices. */
	choices: ChatCompletionChoice[];
	/**
	 * The Unix timestamp (in seconds) of when the chat completion was created.
	 * @example 1677652288
	 */
	created: number;
	/**
	 * A unique identifier for the chat completion.
	 * @example chatcmpl-123
	 */
	id: string;
	/**
	 * The model used for the chat completion.
	 * @example meta-llama/Llama-3.3-70B-Instruct
	 */
	model: string;
	/**
	 * The system fingerprint for the completion, if applicable.
	 * @example fp_44709d6fcb
	 */
	system_fingerprint?: string | null;
	usage?: CompletionUsage | null;
}
/** Whether `value` is a {@link ChatCompletionResponse}. */
export declare function isChatCompletionResponse(value: unknown): value is ChatCompletionResponse;
/**
 * Every way `value` differs from a {@link ChatCompletionResponse}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateChatCompletionResponse(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link ChatCompletionResponse}. */
export declare function assertChatCompletionResponse(value: unknown): asserts value is ChatCompletionResponse;
/** {@link ChatCompletionResponse} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const chatCompletionResponseSchema: v.StandardSchemaV1<unknown, ChatCompletionResponse>;
