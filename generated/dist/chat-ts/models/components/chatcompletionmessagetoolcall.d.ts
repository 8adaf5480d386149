import * as v from "../../../runtime/validation.js";
import { type FunctionT } from "./functiont.js";
/**
 * A call to a function tool created by the model.
 * @example ```ts
 * let value: ChatCompletionMessageToolCall = {
 *   id: "call_abc123",
 *   type: "function",
 *   function: {
 *     name: "get_current_weather",
 *     arguments: "{\"location\": \"Boston, MA\"}",
 *   },
 * };
 * ```
 */
export interface ChatCompletionMessageToolCall {
	/** The ID of the tool call. */
	id: string;
	/** The type of the tool. Currently, only `function` is supported. */
	type: "function";
	/** The function that the model called. */
	function: FunctionT;
}
/** Whether `value` is a {@link ChatCompletionMessageToolCall}. */
export declare function isChatCompletionMessageToolCall(value: unknown): value is ChatCompletionMessageToolCall;
/**
 * Every way `value` differs from a {@link ChatCompletionMessageToolCall}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateChatCompletionMessageToolCall(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link ChatCompletionMessageToolCall}. */
export declare function assertChatCompletionMessageToolCall(value: unknown): asserts value is ChatCompletionMessageToolCall;
/** {@link ChatCompletionMessageToolCall} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const chatCompletionMessageToolCallSchema: v.StandardSchemaV1<unknown, ChatCompletionMessageToolCall>;
