import * as v from "../../../runtime/validation.js";
import { type Custom } from "./custom.js";
/**
 * A call to a custom tool created by the model.
 * @example ```ts
 * let value: ChatCompletionMessageCustomToolCall = {
 *   id: "call_def456",
 *   type: "custom",
 *   custom: {
 *     name: "run_sql",
 *     input: "SELECT count(*) FROM orders;",
 *   },
 * };
 * ```
 */
export interface ChatCompletionMessageCustomToolCall {
	/** The ID of the tool call. */
	id: string;
	/** The type of the tool. Always `custom`. */
	type: "custom";
	/** The custom tool that the model called. */
	custom: Custom;
}
/** Whether `value` is a {@link ChatCompletionMessageCustomToolCall}. */
export declare function isChatCompletionMessageCustomToolCall(value: unknown): value is ChatCompletionMessageCustomToolCall;
/**
 * Every way `value` differs from a {@link ChatCompletionMessageCustomToolCall}, each with a JSON pointer to where;
 * none exactly when `value` is one (when the guard returns true).
 * @param path Where `value` sits in a larger document, as a JSON pointer; issues' paths start with it.
 */
export declare function validateChatCompletionMessageCustomToolCall(value: unknown, path?: string): v.Issue[];
/** Throws a `ValidationError` (a `TypeError`) listing every way `value` differs from a {@link ChatCompletionMessageCustomToolCall}. */
export declare function assertChatCompletionMessageCustomToolCall(value: unknown): asserts value is ChatCompletionMessageCustomToolCall;
/** {@link ChatCompletionMessageCustomToolCall} as a Standard Schema (https://standardschema.dev), for libraries that take any validator. */
export declare const chatCompletionMessageCustomToolCallSchema: v.StandardSchemaV1<unknown, ChatCompletionMessageCustomToolCall>;
